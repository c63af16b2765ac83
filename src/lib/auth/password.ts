import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashes for local accounts: scrypt from node:crypto (memory-hard),
 * N=2^15, r=8, p=1 (32 MiB and ~100 ms a hash on a small server), a 16-byte
 * random salt, stored as `scrypt$N$r$p$salt$hash` (base64url) so the cost can
 * be raised later without invalidating old hashes (`needsRehash`).
 * Runs on libuv's thread pool: a hash never blocks the event loop.
 */

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 128 * options.N * options.r * 2 };
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFKC'), salt, KEY_LENGTH, scryptOptions, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const valid = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  if (!valid(N, 2 ** 20) || (N & (N - 1)) !== 0 || !valid(r, 32) || !valid(p, 16)) return null;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  if (salt.length < 16 || key.length !== KEY_LENGTH) return null;
  return { N, r, p, salt, key };
}

/** True when `password` matches `stored`; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, parsed);
  return timingSafeEqual(key, parsed.key);
}

/** A stored hash made with a lower cost than today's. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N < COST.N || parsed.r < COST.r || parsed.p < COST.p;
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification for an email that has no account, so
 * that the answer's timing does not tell whether an account exists.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(12).toString('hex'));
  await verifyPassword(password, await dummy);
  return false;
}

/** Length rules, with a sentence a person can act on (null when acceptable). */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < 10) return 'must be at least 10 characters';
  if (length > 200) return 'must be at most 200 characters';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'must not be your email address';
  if (/^(.)\1+$/.test(password)) return 'must not be one character repeated';
  return null;
}
