import { localeFromAcceptLanguage } from '@/lib/http/accept-language';
import { z } from 'zod';
import { recordEvent } from '@/features/audit/service';
import { seedDemoData } from '@/features/demo/service';
import { tokenHash as invitationTokenHash } from '@/features/workspaces/service';
import {
  createAccount,
  createPasswordReset,
  createSession,
  findAccountByEmail,
  findAccountById,
  hasNoAccounts,
  listSessions,
  RESET_TTL_MINUTES,
  resetPassword,
  revokeSession,
  setPassword,
} from '@/lib/auth/accounts';
import { localUserId, mintLocalSessionToken } from '@/lib/auth/local';
import { hashPassword, passwordProblem, verifyNothing, verifyPassword } from '@/lib/auth/password';
import type { Session } from '@/lib/auth/session';
import { currentUser } from '@/lib/auth/user';
import { chooseWorkspace, type Workspace } from '@/lib/auth/workspace';
import { withTenant } from '@/lib/db';
import { assertEmailConfigured, sendEmail } from '@/lib/email';
import { env } from '@/lib/env';
import { ApiError, errors } from '@/lib/errors';
import { clientIp, requestOrigin } from '@/lib/http/forwarded';
import { isLoopback, peerAddress } from '@/lib/http/peer';
import { log } from '@/lib/log';
import { documentAs } from '@/lib/validation';
import { enforceLimit } from '@/lib/ratelimit';
import type { ChangePassword, DevSignIn, PasswordReset, PasswordSignIn, SignUp, UserProfile } from './schema';
import { toProfile } from './service';

/**
 * Sign-in without Clerk (docs/decisions/0080-auth-modes.md).
 * - Development sign-in (`AUTH_MODE=dev` or `next dev`): any email, no
 *   password, from this machine only (the socket's address).
 * - Local accounts (the default without Clerk keys in production): email and
 *   password (scrypt), sessions recorded and revocable, reset by an emailed
 *   single-use link, attempts limited per email and per address, and answers
 *   that never tell whether an email has an account.
 * Both mint the same Clerk-shaped tokens, verified on the one path.
 */

export interface RequestFacts {
  /** the origin the request was made to (tokens are minted for it) */
  origin: string;
  /** the client's address (for limits and the sessions list) */
  ip: string;
  /** the TCP peer's address (development sign-in accepts loopback only) */
  peer: string | null;
  userAgent: string | null;
  /** the browser's locale, which a new account starts with */
  locale: string | null;
}

export interface SignedIn {
  token: string;
  iat: number;
  exp: number;
  user: UserProfile;
  created: boolean;
}

const WRONG_CREDENTIALS = 'The email or password is not right.';

/**
 * A route's body schema that applies only in `mode`: in the other modes any
 * body passes to the handler, whose `requireMode` answers 404 (README, "The HTTP API": the
 * local routes do not exist in Clerk mode, whatever is sent).
 */
export function bodyForMode<S extends z.ZodType>(mode: 'dev' | 'local', schema: S): S {
  // the API description shows `schema`, whatever the mode of the process that generates it
  return documentAs(z.lazy(() => (env().authMode === mode ? schema : z.any())) as unknown as S, schema);
}

function requireMode(mode: 'dev' | 'local'): void {
  if (env().authMode !== mode) throw errors.notFound('Route');
}

/** Finds or creates the person's users row (with demo data when configured), as that person, under RLS. */
async function provision(
  sub: string,
  identity: { email: string; first_name: string | null; last_name: string | null },
  mode: 'dev' | 'local',
  locale: string | null,
): Promise<{ user: Workspace; created: boolean }> {
  return withTenant({ sub, email: identity.email }, async (tx) => {
    const result = await currentUser(tx, { userId: sub, identity }, { locale });
    // signing in lands in the person's own workspace
    const workspace = await chooseWorkspace(tx, result.user);
    if (!workspace) throw new Error('personal workspace missing after provisioning');
    if (result.created && env().demoData) await seedDemoData(tx, workspace);
    await recordEvent(tx, 'auth.signed_in', 'users', result.user.id, { mode });
    return { user: workspace, created: result.created };
  });
}

export async function signInDev(input: DevSignIn, facts: RequestFacts): Promise<SignedIn> {
  requireMode('dev');
  if (!isLoopback(facts.peer)) {
    log.warn('auth.dev_sign_in_refused', { peer: facts.peer });
    throw new ApiError('forbidden', 'Development sign-in accepts requests from this computer only.');
  }
  const sub = localUserId(input.email);
  const identity = { email: input.email, first_name: input.first_name ?? null, last_name: input.last_name ?? null };
  const { user, created } = await provision(sub, identity, 'dev', facts.locale);
  const minted = await mintLocalSessionToken({ sub, ...identity }, facts.origin);
  return { ...minted, user: toProfile(user), created };
}

async function limitAttempt(email: string, ip: string): Promise<void> {
  const message = 'Too many attempts.';
  await enforceLimit('auth_ip', `ip:${ip}`, message);
  await enforceLimit('auth_email', `email:${email}`, message);
}

async function startSession(
  account: { clerk_id: string; email: string },
  identity: { first_name: string | null; last_name: string | null },
  facts: RequestFacts,
): Promise<Omit<SignedIn, 'user' | 'created'>> {
  const minted = await mintLocalSessionToken({ sub: account.clerk_id, email: account.email, ...identity }, facts.origin);
  await createSession({
    id: minted.sid,
    clerk_id: account.clerk_id,
    expires_at: new Date((minted.exp + 60) * 1000),
    user_agent: facts.userAgent?.slice(0, 300) ?? null,
    ip: facts.ip.slice(0, 64),
  });
  return { token: minted.token, iat: minted.iat, exp: minted.exp };
}

export async function signInWithPassword(input: PasswordSignIn, facts: RequestFacts): Promise<SignedIn> {
  requireMode('local');
  await limitAttempt(input.email, facts.ip);
  const account = await findAccountByEmail(input.email);
  const valid = account ? await verifyPassword(input.password, account.password_hash) : await verifyNothing(input.password);
  if (!account || !valid) {
    log.info('auth.sign_in_failed', { reason: account ? 'password' : 'unknown_email' });
    throw new ApiError('unauthorized', WRONG_CREDENTIALS);
  }
  const { user, created } = await provision(
    account.clerk_id,
    { email: account.email, first_name: null, last_name: null },
    'local',
    facts.locale,
  );
  const session = await startSession(account, { first_name: user.user.first_name, last_name: user.user.last_name }, facts);
  return { ...session, user: toProfile(user), created };
}

/** Whether this installation takes new sign-ups now (the first account always may). */
export async function signUpOpen(): Promise<boolean> {
  if (env().authMode !== 'local') return false;
  return env().LOCAL_SIGNUP === 'open' || (await hasNoAccounts());
}

export async function signUp(input: SignUp, facts: RequestFacts): Promise<SignedIn> {
  requireMode('local');
  await limitAttempt(input.email, facts.ip);
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw errors.validation({ password: [problem] });
  const sub = localUserId(input.email);
  const outcome = await createAccount(
    { clerk_id: sub, email: input.email, password_hash: await hashPassword(input.password) },
    env().LOCAL_SIGNUP === 'open',
    input.invitation ? invitationTokenHash(input.invitation) : undefined,
  );
  if (outcome === 'closed') {
    throw new ApiError('forbidden', 'Sign-up is closed on this installation. Ask its owner to invite you, then sign up from the link.');
  }
  if (outcome === 'exists') {
    throw errors.conflict('An account could not be created with this email. If it is yours, sign in or reset the password.');
  }
  const identity = { email: input.email, first_name: input.first_name ?? null, last_name: input.last_name ?? null };
  const { user } = await provision(sub, identity, 'local', facts.locale);
  log.info('auth.signed_up', { user_id: user.user.id });
  const session = await startSession({ clerk_id: sub, email: input.email }, identity, facts);
  return { ...session, user: toProfile(user), created: true };
}

/** Ends this session (local accounts: revoked server-side, so a copied token stops working too). */
export async function signOut(session: Session): Promise<void> {
  if (env().authMode === 'local' && session.sessionId) await revokeSession(session.userId, session.sessionId);
}

export async function changePassword(session: Session, input: ChangePassword): Promise<{ signed_out_sessions: number }> {
  requireMode('local');
  const account = await findAccountById(session.userId);
  if (!account) throw errors.notFound('Account');
  await enforceLimit('auth_email', `email:${account.email}`, 'Too many attempts.');
  if (!(await verifyPassword(input.current_password, account.password_hash))) {
    throw errors.validation({ current_password: ['is not your current password'] });
  }
  const problem = passwordProblem(input.new_password, account.email);
  if (problem) throw errors.validation({ new_password: [problem] });
  const signedOut = await setPassword(account.clerk_id, await hashPassword(input.new_password), session.sessionId);
  return { signed_out_sessions: signedOut };
}

/**
 * Emails a reset link when the email has an account; the answer is the same
 * either way (and takes about as long), so it never tells whether it has one.
 */
export async function requestPasswordReset(email: string, facts: RequestFacts): Promise<void> {
  requireMode('local');
  // the same answer for every email: a missing mail setup is refused before the account is looked up
  assertEmailConfigured();
  await limitAttempt(email, facts.ip);
  const account = await findAccountByEmail(email);
  if (!account) {
    log.info('auth.reset_requested', { known: false });
    return;
  }
  const { token } = await createPasswordReset(account.clerk_id);
  const base = env().APP_URL ?? facts.origin;
  const url = new URL(`/reset-password?token=${encodeURIComponent(token)}`, base).toString();
  const { user } = await withTenant({ sub: account.clerk_id, email: account.email }, (tx) =>
    currentUser(tx, { userId: account.clerk_id, identity: { email: account.email, first_name: null, last_name: null } }),
  );
  await sendEmail(
    {
      to: account.email,
      subject: 'Reset your password',
      text: [
        'Someone (hopefully you) asked to reset the password of your account.',
        '',
        `Choose a new password here (the link works once, for ${RESET_TTL_MINUTES} minutes):`,
        url,
        '',
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ].join('\n'),
    },
    { account: user.id },
  );
  log.info('auth.reset_requested', { known: true, user_id: user.id });
}

export async function completePasswordReset(input: PasswordReset): Promise<void> {
  requireMode('local');
  // the rules are checked before the token is spent
  const problem = passwordProblem(input.password);
  if (problem) throw errors.validation({ password: [problem] });
  const account = await resetPassword(input.token, await hashPassword(input.password));
  if (!account) throw errors.notFound('Reset link (it may have been used already or expired)');
  log.info('auth.password_reset', { clerk_id: account.clerk_id });
}

export interface SessionView {
  id: string;
  created_at: string;
  expires_at: string;
  user_agent: string | null;
  ip: string | null;
  current: boolean;
}

export async function sessionsOf(session: Session): Promise<SessionView[]> {
  requireMode('local');
  const rows = await listSessions(session.userId);
  return rows.map((row) => ({
    id: row.id,
    created_at: new Date(row.created_at).toISOString(),
    expires_at: new Date(row.expires_at).toISOString(),
    user_agent: row.user_agent,
    ip: row.ip,
    current: row.id === session.sessionId,
  }));
}

export async function revokeOwnSession(session: Session, id: string): Promise<void> {
  requireMode('local');
  if (!(await revokeSession(session.userId, id))) throw errors.notFound('Session');
}

/** What the sign-in flows need to know about a request. */
export function requestFacts(req: { nextUrl: URL; headers: Headers }): RequestFacts {
  return {
    origin: requestOrigin(req.nextUrl, req.headers),
    ip: clientIp(req.headers),
    peer: peerAddress(req.headers),
    userAgent: req.headers.get('user-agent'),
    locale: localeFromAcceptLanguage(req.headers.get('accept-language')),
  };
}
