import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native/WASM database drivers stay outside the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'ioredis'],
  // Migrations are read at runtime (PGlite migrates on boot).
  outputFileTracingIncludes: { '/**': ['./supabase/**/*.sql'] },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
