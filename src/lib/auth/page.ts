import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { localeFromAcceptLanguage } from '@/lib/http/accept-language';
import { cache } from 'react';
import { type Database, withTenant, withWorkspace } from '@/lib/db';
import { getSession, type Session } from './session';
import type { UserRow } from './user';
import { sessionWorkspace, type Workspace, WORKSPACE_COOKIE } from './workspace';

/**
 * Server components read data the same way route handlers do: as the signed-in
 * user, in a tenant transaction under RLS, in the workspace the UI chose (the
 * Clerk organization, or the personal workspace). Signed-out visitors are sent
 * to /sign-in (the proxy normally does this before a page renders).
 */

export interface PageUser {
  session: Session;
  user: UserRow;
  workspace: Workspace;
}

export const getPageUser = cache(async (): Promise<PageUser> => {
  const session = await getSession();
  if (!session) redirect('/sign-in');
  const locale = localeFromAcceptLanguage((await headers()).get('accept-language'));
  const remembered = (await cookies()).get(WORKSPACE_COOKIE)?.value ?? null;
  const found = await withTenant(session.claims, async (tx) => {
    const { user, workspace } = await sessionWorkspace(tx, session, { remembered, organization: session.organizationId }, { locale });
    return { user, workspace };
  });
  if (!found.workspace) redirect('/sign-in');
  return { session, user: found.user, workspace: found.workspace };
});

/** Runs `fn` in a tenant transaction of the signed-in user, in the page's workspace. */
export async function asPageUser<T>(fn: (tx: Database, workspace: Workspace) => Promise<T>): Promise<T> {
  const { session, workspace } = await getPageUser();
  return withWorkspace(session.claims, workspace.id, (tx) => fn(tx, workspace));
}
