import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Local mode's key material, generated once per checkout under
 * `DATA_DIR/auth/` (gitignored): an RSA key that signs Clerk-shaped session
 * tokens, and a secret that stands in for CLERK_SECRET_KEY (Clerk's SDK uses it
 * to sign the auth headers it passes from the proxy to route handlers).
 */

export interface LocalKeys {
  privateKey: KeyObject;
  publicKeyPem: string;
  kid: string;
  secretKey: string;
  publishableKey: string;
  issuer: string;
}

/** Frontend API host encoded in local mode's publishable key (never contacted). */
export const LOCAL_FRONTEND_API = 'clerk.local.invalid';
export const LOCAL_ISSUER = `https://${LOCAL_FRONTEND_API}`;

function readOrCreate(file: string, create: () => string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, create(), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file, 'utf8');
}

const cache = new Map<string, LocalKeys>();

export function localKeys(dataDir: string): LocalKeys {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const dir = path.join(dataDir, 'auth');
  const privatePem = readOrCreate(path.join(dir, 'local-session-key.pem'), () =>
    generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  );
  const secret = readOrCreate(path.join(dir, 'local-secret'), () => randomBytes(32).toString('hex')).trim();
  const publicKey = createPublicKey(privatePem);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const kid = `ins_local_${createHash('sha256').update(publicKeyPem).digest('hex').slice(0, 16)}`;
  const keys: LocalKeys = {
    privateKey: createPrivateKey(privatePem),
    publicKeyPem,
    kid,
    secretKey: `sk_test_local${secret}`,
    publishableKey: `pk_test_${Buffer.from(`${LOCAL_FRONTEND_API}$`).toString('base64')}`,
    issuer: LOCAL_ISSUER,
  };
  cache.set(dataDir, keys);
  return keys;
}

/** Normalises a PEM (or a bare base64 key) for comparison. */
export function samePublicKey(a: string, b: string): boolean {
  const norm = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return norm(a) === norm(b);
}
