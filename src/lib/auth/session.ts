import './clerk-env';
import { auth } from '@clerk/nextjs/server';
import type { NextRequest } from 'next/server';
import type { Claims } from '@/lib/db';
import { env } from '@/lib/env';
import { requestOrigin } from '@/lib/http/forwarded';
import { isSessionActive } from './accounts';
import type { ApiKeyScope } from './api-key-scopes';
import { clerkOptions } from './config';
import type { Role } from './roles';
import { authenticateApiRequest, organizationOf } from './verify';

/**
 * The verified session of the current request (cookie or bearer token, every
 * mode). Pages read what Clerk's middleware established (`getSession`); API
 * requests are verified by the route wrapper itself, through the same
 * verification and its cache (`getApiSession`, docs/decisions/0150). Identity
 * comes from the token's claims: no call to Clerk's servers.
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

/** Local accounts: a signed token is honoured only while its session is active (sign-out, password change). */
async function sessionStillActive(sessionId: string | null, userId: string): Promise<boolean> {
  if (env().authMode !== 'local') return true;
  return sessionId !== null && (await isSessionActive(sessionId, userId));
}

function toSession(
  userId: string,
  sessionId: string | null,
  organizationId: string | null,
  raw: Readonly<Record<string, unknown>>,
): Session {
  const email = str(raw.email) ?? str(raw.primary_email_address) ?? str(raw.email_address);
  return {
    userId,
    sessionId,
    claims: { sub: userId, sid: sessionId, email },
    organizationId,
    identity: {
      email,
      first_name: str(raw.first_name) ?? str(raw.given_name),
      last_name: str(raw.last_name) ?? str(raw.family_name),
    },
  };
}

/** Pages (server components): the session Clerk's middleware established in the proxy. */
export async function getSession(): Promise<Session | null> {
  const state = await auth();
  if (!state.userId) return null;
  const sessionId = state.sessionId ?? null;
  if (!(await sessionStillActive(sessionId, state.userId))) return null;
  return toSession(state.userId, sessionId, state.orgId ?? null, (state.sessionClaims ?? {}) as Record<string, unknown>);
}

/**
 * API requests: the session token (bearer header or Clerk's cookies) verified
 * here, by Clerk's rules and its `verifyToken`, once per token (the cache), with
 * this request's authorized parties.
 */
export async function getApiSession(req: NextRequest): Promise<Session | null> {
  const config = env();
  const options = clerkOptions(requestOrigin(req.nextUrl, req.headers));
  const verified = await authenticateApiRequest(
    { headers: req.headers, url: req.nextUrl, method: req.method, cookie: (name) => req.cookies.get(name)?.value },
    { publishableKey: options.publishableKey, selfSigned: config.selfSignedAuth, authorizedParties: options.authorizedParties },
  );
  if (!verified) return null;
  if (!(await sessionStillActive(verified.sid, verified.sub))) return null;
  return toSession(verified.sub, verified.sid, organizationOf(verified.claims), verified.claims);
}
