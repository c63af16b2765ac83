import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { localeFromAcceptLanguage } from '@/lib/http/accept-language';
import { cache } from 'react';
import { type Database, withTenant } from '@/lib/db';
import { getSession, type Session } from './session';
import { currentUser, type UserRow } from './user';

/**
 * Server components read data the same way route handlers do: as the signed-in
 * user, in a tenant transaction under RLS. Signed-out visitors are sent to
 * /sign-in (the proxy normally does this before a page renders).
 */

export interface PageUser {
  session: Session;
  user: UserRow;
}

export const getPageUser = cache(async (): Promise<PageUser> => {
  const session = await getSession();
  if (!session) redirect('/sign-in');
  const locale = localeFromAcceptLanguage((await headers()).get('accept-language'));
  const { user } = await withTenant(session.claims, (tx) => currentUser(tx, session, { locale }));
  return { session, user };
});

/** Runs `fn` in a tenant transaction of the signed-in user. */
export async function asPageUser<T>(fn: (tx: Database, user: UserRow) => Promise<T>): Promise<T> {
  const { session, user } = await getPageUser();
  return withTenant(session.claims, (tx) => fn(tx, user));
}
