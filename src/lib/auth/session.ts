import './clerk-env';
import { auth } from '@clerk/nextjs/server';
import type { Claims } from '@/lib/db';
import { env } from '@/lib/env';
import { isSessionActive } from './accounts';
import type { ApiKeyScope } from './api-key-scopes';
import type { Role } from './roles';

/**
 * The verified session of the current request, read from what Clerk's
 * middleware established (cookie or bearer token, both modes). Identity comes
 * from the token's claims: no call to Clerk's servers.
 */
export type { ApiKeyScope };

/** What a request made with an API key carries besides its creator's identity. */
export interface ApiKeyGrant {
  id: string;
  workspaceId: string;
  scopes: ApiKeyScope[];
  /** the creator's current role in the key's workspace, capped by the scopes */
  role: Role;
}

export interface Session {
  userId: string;
  sessionId: string | null;
  claims: Claims;
  /** Clerk mode: the session's active organization (its workspace is the default one) */
  organizationId: string | null;
  identity: { email: string | null; first_name: string | null; last_name: string | null };
  /** Set when the request was made with an API key (docs/decisions/0130-api-keys.md): the key acts as its creator. */
  apiKey?: ApiKeyGrant;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export async function getSession(): Promise<Session | null> {
  const state = await auth();
  if (!state.userId) return null;
  // local accounts: a signed token is honoured only while its session is active (sign-out, password change)
  if (env().authMode === 'local' && !(state.sessionId && (await isSessionActive(state.sessionId, state.userId)))) {
    return null;
  }
  const raw = (state.sessionClaims ?? {}) as Record<string, unknown>;
  const email = str(raw.email) ?? str(raw.primary_email_address) ?? str(raw.email_address);
  return {
    userId: state.userId,
    sessionId: state.sessionId ?? null,
    claims: { sub: state.userId, sid: state.sessionId ?? null, email },
    organizationId: state.orgId ?? null,
    identity: {
      email,
      first_name: str(raw.first_name) ?? str(raw.given_name),
      last_name: str(raw.last_name) ?? str(raw.family_name),
    },
  };
}
