import { generateApiKey } from '@/lib/auth/api-keys';
import type { Workspace } from '@/lib/auth/workspace';
import type { Database } from '@/lib/db';
import { ApiError } from '@/lib/errors';
import { addDays, safeTimeZone, zonedToUtc } from '@/lib/time';
import { countApiKeys, insertApiKey, revokeApiKeyRow, selectApiKeys, type ApiKeyRow } from './queries';
import { type ApiKey, type ApiKeyCreateInput, type ApiKeyScope, MAX_API_KEYS, type NewApiKeyView } from './schema';

/*
 * API keys of a workspace, managed by its admins (docs/decisions/0130-api-keys.md).
 * The key is made here, shown once in the answer to its creation, and kept
 * only as its sha-256; the database (RLS) lets admins alone see or change keys.
 */

function view(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiKeyScope[],
    expires_at: row.expires_at?.toISOString() ?? null,
    last_used_at: row.last_used_at?.toISOString() ?? null,
    revoked: row.revoked_at !== null,
    revoked_at: row.revoked_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    user_id: row.user_id,
  };
}

/** When a key made with `expires_at` stops working: a timestamp as given, a date at the end of that day in the workspace. */
export function expiryOf(expiresAt: string | null | undefined, timeZone: string): Date | null {
  if (expiresAt === null || expiresAt === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(expiresAt)) return zonedToUtc(addDays(expiresAt, 1), '00:00', safeTimeZone(timeZone));
  return new Date(expiresAt);
}

export async function listApiKeys(tx: Database, workspace: Workspace): Promise<ApiKey[]> {
  return (await selectApiKeys(tx, workspace.id)).map(view);
}

export async function createApiKey(tx: Database, workspace: Workspace, input: ApiKeyCreateInput, now = new Date()): Promise<NewApiKeyView> {
  const expires = expiryOf(input.expires_at, workspace.time_zone);
  if (expires && expires.getTime() <= now.getTime()) {
    throw new ApiError('validation_failed', 'Some fields are invalid.', { expires_at: ['must be in the future'] });
  }
  if ((await countApiKeys(tx, workspace.id)) >= MAX_API_KEYS) {
    throw new ApiError('conflict', `A workspace can have at most ${MAX_API_KEYS} API keys: revoke one you no longer use.`);
  }
  const made = generateApiKey();
  const row = await insertApiKey(tx, {
    workspace_id: workspace.id,
    name: input.name,
    prefix: made.prefix,
    key_hash: made.hash,
    scopes: input.scopes,
    expires_at: expires,
  });
  return { ...view(row), key: made.key };
}

/** Revokes a key at once (the next request made with it is a 401). */
export async function revokeApiKey(tx: Database, workspace: Workspace, id: string): Promise<ApiKey> {
  const row = await revokeApiKeyRow(tx, workspace.id, id);
  if (!row) throw new ApiError('not_found', 'API key not found.');
  return view(row);
}
