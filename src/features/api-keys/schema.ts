import { z } from 'zod';
import { API_KEY_SCOPES, type ApiKeyScope } from '@/lib/auth/api-key-scopes';
import { date, requiredText, timestamp, uuid } from '@/lib/validation';

/**
 * API keys (docs/decisions/0130-api-keys.md): what an admin sends to make one,
 * and what the API shows of it (never the key again, never its hash).
 */

export { API_KEY_SCOPES, type ApiKeyScope };

export const MAX_API_KEYS = 100;

const scope = z.enum(API_KEY_SCOPES, { error: `must be one of ${API_KEY_SCOPES.join(', ')}` });

export const apiKeyScopes = z
  .array(scope, { error: 'must be a list of scopes, e.g. ["read"] or ["read", "write"]' })
  .min(1, 'must name at least the read scope')
  .max(API_KEY_SCOPES.length, `must have at most ${API_KEY_SCOPES.length} scopes`)
  .refine((list) => new Set(list).size === list.length, 'must not repeat a scope')
  .refine((list) => list.includes('read'), 'must include read (every key may read)')
  .refine((list) => !list.includes('write:direct') || list.includes('write'), 'write:direct needs write too')
  .describe(
    'read: GET only (acts as a viewer); write: every method, as the creator; write:direct: the assistant tools apply writes without confirmation',
  );

export const apiKeyCreateSchema = z
  .strictObject({
    name: requiredText(100).describe('a name to recognise the key by, e.g. "Zapier"'),
    scopes: apiKeyScopes,
    expires_at: z
      .union([timestamp, date, z.null()], { error: 'must be a timestamp (ISO 8601 with offset), a date (YYYY-MM-DD) or null' })
      .optional()
      .describe(
        'when the key stops working: a timestamp, or a date (the key works through that day in the workspace time zone); none: never',
      ),
  })
  .describe('A new API key');
export type ApiKeyCreateInput = z.output<typeof apiKeyCreateSchema>;

export const apiKeyIdParams = z.strictObject({ id: uuid });

/** A key as the API lists it. */
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  expires_at: string | null;
  last_used_at: string | null;
  revoked: boolean;
  revoked_at: string | null;
  created_at: string;
  /** the admin who made it (null once they have left the workspace: the key no longer works) */
  user_id: string | null;
}

/** A key just made: the only answer that holds the key itself. */
export interface NewApiKeyView extends ApiKey {
  key: string;
}
