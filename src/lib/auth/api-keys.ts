import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { selectRows, withSystem } from '@/lib/db';
import { API_KEY_SCOPES } from './api-key-scopes';
import type { Role } from './roles';
import type { ApiKeyGrant, ApiKeyScope, Session } from './session';

export type { ApiKeyGrant, ApiKeyScope };

/**
 * API keys (docs/decisions/0130-api-keys.md): `lk_<prefix>_<secret>`, where
 * `prefix` is 8 visible characters to recognise the key by and `secret` 32
 * random bytes (256 bits). Only the sha-256 of the whole key is stored. The
 * type prefix `lk_` is none of those Clerk takes for its own machine tokens
 * (`ak_`, `mt_`, `oat_`), so Clerk treats the header as a failed session token
 * (signed out) and leaves the request to the route wrapper, which resolves it
 * here on every request: revoking or expiring a key takes effect at once.
 */

export const API_KEY_TYPE_PREFIX = 'lk_';
export { API_KEY_SCOPES } from './api-key-scopes';

const KEY_FORMAT = /^lk_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export interface NewApiKey {
  key: string;
  prefix: string;
  hash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: shown once to its creator, kept as its hash. */
export function generateApiKey(): NewApiKey {
  const bytes = randomBytes(8);
  const prefix = Array.from(bytes, (b) => PREFIX_ALPHABET[b % PREFIX_ALPHABET.length]).join('');
  const key = `${API_KEY_TYPE_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** True when `token` has the shape of one of our keys (not whether it is valid). */
export function looksLikeApiKey(token: string): boolean {
  return KEY_FORMAT.test(token);
}

/** The API key of `Authorization: Bearer lk_…` (any other bearer token, or none: null). */
export function bearerApiKey(headers: Headers): string | null {
  const value = headers.get('authorization');
  if (!value) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  const token = match?.[1];
  return token && token.startsWith(API_KEY_TYPE_PREFIX) ? token : null;
}

export function canWrite(grant: Pick<ApiKeyGrant, 'scopes'>): boolean {
  return grant.scopes.includes('write');
}

/** The role a key acts with: its creator's, or viewer for a read-only key. */
export function cappedRole(role: Role, scopes: readonly ApiKeyScope[]): Role {
  return scopes.includes('write') ? role : 'viewer';
}

interface KeyRow extends Record<string, unknown> {
  id: string;
  workspace_id: string;
  scopes: string[] | string;
  clerk_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  role: Role;
}

/** PGlite hands text[] back as an array; a few drivers as `{a,b}`. */
function scopesOf(raw: string[] | string): ApiKeyScope[] {
  const list = Array.isArray(raw) ? raw : raw.replace(/^\{|\}$/g, '').split(',');
  return list.filter((s): s is ApiKeyScope => (API_KEY_SCOPES as readonly string[]).includes(s));
}

/**
 * The session of a request made with `key`: its creator, bound to the key's
 * workspace and scope (claims the database honours), or null when the key is
 * unknown, revoked, expired, or its creator is no longer a member.
 */
export async function apiKeySession(key: string): Promise<Session | null> {
  if (!looksLikeApiKey(key)) return null;
  const hash = hashApiKey(key);
  const [row] = await withSystem((tx) => selectRows<KeyRow>(tx, sql`select * from app.api_key_session(${hash})`));
  if (!row) return null;
  const scopes = scopesOf(row.scopes);
  const grant: ApiKeyGrant = { id: row.id, workspaceId: row.workspace_id, scopes, role: cappedRole(row.role, scopes) };
  return {
    userId: row.clerk_id,
    sessionId: null,
    claims: {
      sub: row.clerk_id,
      sid: null,
      email: row.email,
      api_key_id: grant.id,
      api_key_workspace: grant.workspaceId,
      api_key_scope: canWrite(grant) ? 'write' : 'read',
    },
    organizationId: null,
    identity: { email: row.email, first_name: row.first_name, last_name: row.last_name },
    apiKey: grant,
  };
}
