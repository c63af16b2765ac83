import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Nothing secret reaches the browser: the client bundles of the build that
 * the API tests run against contain no server secret, no server-only
 * environment variable and no server-only module.
 */

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

const CLIENT_DIR = path.resolve('.next/static');

const FORBIDDEN: [string, RegExp][] = [
  ['a Clerk secret key', /sk_(test|live)_[A-Za-z0-9]{10,}/],
  ['a webhook signing secret', /whsec_[A-Za-z0-9+/=]{10,}/],
  ['a private key', /BEGIN (RSA |EC )?PRIVATE KEY/],
  ['a database URL', /postgres(ql)?:\/\/[^"'\s]+@/],
  ['a Redis URL', /rediss?:\/\/[^"'\s]*@/],
  ['the CLERK_SECRET_KEY variable', /CLERK_SECRET_KEY/],
  ['the DATABASE_URL variable', /DATABASE_URL/],
  ['the CLERK_WEBHOOK_SIGNING_SECRET variable', /CLERK_WEBHOOK_SIGNING_SECRET/],
  ['the CLERK_ENCRYPTION_KEY variable', /CLERK_ENCRYPTION_KEY/],
  ['the UPSTASH_REDIS_REST_TOKEN variable', /UPSTASH_REDIS_REST_TOKEN/],
  ['server-only database code', /set_config\('role'|app\.workspace_id|pg_advisory_xact_lock/],
  ['the local signing key file', /local-session-key\.pem|local-secret/],
];

/**
 * Clerk's browser SDK (loaded only in Clerk mode) reads the names of its server
 * variables from the browser's empty `process.env` (always undefined there: the
 * build inlines only NEXT_PUBLIC_ variables). Those reads are names, never
 * values; they are ignored in Clerk's own chunk, and only there.
 */
const CLERK_SDK = /name:"@clerk\/nextjs",version:/;
const CLERK_SDK_ENV_READS = /\benv\.(CLERK_SECRET_KEY|CLERK_ENCRYPTION_KEY|CLERK_MACHINE_SECRET_KEY)\b/g;

describe('client bundles', () => {
  const bundle = files(CLIENT_DIR).filter((f) => /\.(js|css|html|json|map)$/.test(f));

  it('exist (the build ran)', () => {
    expect(bundle.length).toBeGreaterThan(5);
  });

  it('contain no secret and no server-only code', () => {
    const findings: string[] = [];
    for (const file of bundle) {
      const raw = fs.readFileSync(file, 'utf8');
      const text = CLERK_SDK.test(raw) ? raw.replace(CLERK_SDK_ENV_READS, 'env.(clerk sdk)') : raw;
      for (const [what, pattern] of FORBIDDEN) {
        if (pattern.test(text)) findings.push(`${path.relative(CLIENT_DIR, file)}: ${what}`);
      }
    }
    console.warn(`[bundle] scanned ${bundle.length} client files for ${FORBIDDEN.length} kinds of secret`);
    expect(findings).toEqual([]);
  });
});
