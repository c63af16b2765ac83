import { recordEvent } from '@/features/audit/service';
import { seedDemoData } from '@/features/demo/service';
import { localUserId, mintLocalSessionToken } from '@/lib/auth/local';
import { currentUser, type UserRow } from '@/lib/auth/user';
import { withTenant } from '@/lib/db';
import { env } from '@/lib/env';
import { errors } from '@/lib/errors';
import type { LocalSignIn, UserProfile } from './schema';

export function toProfile(user: UserRow): UserProfile {
  const { clerk_updated_at: _internal, ...profile } = user;
  return profile;
}

/**
 * Local mode sign-in: finds or creates the person's account (with demo data
 * on first sign-in unless DEMO_DATA=false) and mints a Clerk-shaped session
 * token for `origin`. The account is touched as that person, under RLS.
 */
export async function signInLocally(
  input: LocalSignIn,
  origin: string,
): Promise<{ token: string; iat: number; exp: number; user: UserProfile; created: boolean }> {
  const config = env();
  if (config.authMode !== 'local') throw errors.notFound('Route');
  const sub = localUserId(input.email);
  const identity = {
    email: input.email,
    first_name: input.first_name ?? null,
    last_name: input.last_name ?? null,
  };
  const { user, created } = await withTenant({ sub, email: input.email }, async (tx) => {
    const result = await currentUser(tx, { userId: sub, identity });
    if (result.created && config.demoData) await seedDemoData(tx, result.user);
    await recordEvent(tx, 'auth.signed_in', 'users', result.user.id, { mode: 'local' });
    return result;
  });
  const minted = await mintLocalSessionToken({ sub, ...identity }, origin);
  return { ...minted, user: toProfile(user), created };
}
