import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` checks the types (with the route types of `next typegen`) just before it builds, and sets this so
  // that the build does not check them a second time (docs/decisions/0227); `npm run build` always checks them
  typescript: { ignoreBuildErrors: process.env.LEDGERLY_TYPES_CHECKED === '1' },
  // A CI checkout is built once and thrown away: writing and compacting Turbopack's build cache (10-30 s on two
  // cores) would serve no later build there. Builds elsewhere keep it (docs/decisions/0227).
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  // Native/WASM database drivers stay outside the bundle; so do pdfkit (it reads
  // its own data files at run time) and the mail libraries.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'ioredis', 'pdfkit', 'fontkit', 'nodemailer', 'mailparser'],
  // Read at run time: migrations (PGlite migrates on boot) and the PDF fonts.
  outputFileTracingIncludes: {
    '/**': ['./supabase/**/*.sql'],
    '/api/**': [
      './node_modules/@expo-google-fonts/noto-sans/400Regular/*.ttf',
      './node_modules/@expo-google-fonts/noto-sans/700Bold/*.ttf',
      './node_modules/@expo-google-fonts/noto-sans-jp/400Regular/*.ttf',
      './node_modules/@expo-google-fonts/noto-sans-jp/700Bold/*.ttf',
    ],
  },
  // Browsers ask for /favicon.ico on their own, whatever the page's icon link says: the app's icon.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
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
      {
        // client links: never indexed, never cached, the token never sent on as a referrer
        source: '/p/:path*',
        headers: [
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cache-Control', value: 'private, no-store' },
        ],
      },
    ];
  },
};

export default nextConfig;
