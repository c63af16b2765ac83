/**
 * The scopes of an API key (docs/decisions/0130-api-keys.md), safe to use in
 * the browser: `read` (GET only, as a viewer), `write` (every method, with the
 * creator's role), `write:direct` (MCP writes applied without confirmation).
 */
export const API_KEY_SCOPES = ['read', 'write', 'write:direct'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
