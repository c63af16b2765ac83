import { sql } from 'drizzle-orm';
import { type Database, tables } from '@/lib/db';
import { ApiError } from '@/lib/errors';
import { roleAtLeast } from './roles';
import type { Session } from './session';
import { currentUser, findUserByClerkId, type UserRow } from './user';

/*
 * The workspace a request acts in (docs/decisions/0097-workspaces.md). The
 * database decides: app.use_workspace() picks the workspace the request asked
 * for, if the session's user is a member of it, and sets it for the rest of
 * the transaction; every policy then reads app.workspace_id(), which checks the
 * membership again on each statement. Nothing here trusts the request.
 */

export type WorkspaceRow = typeof tables.workspaces.$inferSelect;
export type WorkspaceRole = (typeof tables.WORKSPACE_ROLES)[number];

/** What services work with: the business (settings, id) and who is acting in it, with which role. */
export interface Workspace extends WorkspaceRow {
  role: WorkspaceRole;
  /** the person acting (the signed-in user) */
  user: UserRow;
  /** the acting person's language and number format */
  locale: string;
}

/** The cookie in which the UI remembers the chosen workspace (written by the browser: ./workspace-cookie). */
export { WORKSPACE_COOKIE } from './workspace-cookie';

export interface WorkspaceChoice {
  /** `X-Workspace-Id`: must be a workspace of the user, else the request is a 404 */
  header?: string | null;
  /**
   * Clerk mode: the session's active organization (the token's `o.id`, or
   * `org_id` in v1 tokens), read on every request: switching organization in
   * Clerk switches workspace on the next one. Passed over when the person is
   * not (or no longer, or not yet) a member of its workspace.
   */
  organization?: string | null;
  /** the UI's last choice (cookie): ignored when it no longer applies */
  remembered?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export { roleAtLeast };

const ROLE_WORDS: Record<WorkspaceRole, string> = {
  viewer: 'Viewers can look but not change anything',
  member: 'Members can add and change records, but not the workspace itself',
  admin: 'Admins manage the workspace, but only its owner can do this',
  owner: '',
};

/** The 403 for a role that may not do something, saying what the role allows. */
export function forbiddenFor(role: WorkspaceRole, needed: WorkspaceRole): ApiError {
  const neededWord = needed === 'member' ? 'a member' : `an ${needed}`;
  return new ApiError('forbidden', `${ROLE_WORDS[role]}: this needs ${neededWord} of the workspace.`);
}

/** Throws the 403 unless the workspace's role reaches `needed`. */
export function requireRole(workspace: Pick<Workspace, 'role'>, needed: WorkspaceRole): void {
  if (!roleAtLeast(workspace.role, needed)) throw forbiddenFor(workspace.role, needed);
}

/** A person a query names (`me`, or a user id) as a user id: `me` is the person acting. */
export function personId(value: string, workspace: Pick<Workspace, 'user'>): string {
  return value === 'me' ? workspace.user.id : value;
}

/**
 * Chooses the workspace of this transaction (see WorkspaceChoice, in that
 * order, then the personal workspace) and returns it, or null when the
 * header names a workspace the user is not a member of.
 */
export async function chooseWorkspace(tx: Database, user: UserRow, choice: WorkspaceChoice = {}): Promise<Workspace | null> {
  const chosen = await chooseWorkspaceRow(tx, choice);
  return chosen ? workspaceOf(chosen.workspace, chosen.role, user) : null;
}

/** chooseWorkspace's one statement: the database chooses (and remembers the choice for the transaction), then the row. */
async function chooseWorkspaceRow(tx: Database, choice: WorkspaceChoice): Promise<{ workspace: WorkspaceRow; role: WorkspaceRole } | null> {
  const header = choice.header?.trim() || null;
  if (header !== null && !UUID.test(header)) return null;
  const remembered = choice.remembered && UUID.test(choice.remembered) ? choice.remembered : null;
  const requested = header ?? remembered;
  const [chosen] = await tx
    .select({ workspace: tables.workspaces, role: sql<WorkspaceRole>`chosen.role` })
    .from(tables.workspaces)
    .innerJoin(
      sql`app.use_workspace(${requested}::uuid, ${choice.organization ?? null}::text, ${header !== null}) as chosen`,
      sql`chosen.workspace_id = ${tables.workspaces.id}`,
    );
  return chosen ?? null;
}

/**
 * What every signed-in request starts with: the person's users row (created on
 * their first request: currentUser) and the workspace of the request with
 * their role (chooseWorkspace; null when the choice names a workspace they are
 * not a member of). The two reads are sent together, without waiting for each
 * other: they leave in one round trip and run in this order in the database,
 * on every request (a removed member is refused at once). Only on a person's
 * first request, when there was no row to choose with, is the workspace chosen
 * again once the row exists.
 */
export async function sessionWorkspace(
  tx: Database,
  session: Pick<Session, 'userId' | 'identity'>,
  choice: WorkspaceChoice,
  start: { locale?: string | null } = {},
): Promise<{ user: UserRow; created: boolean; workspace: Workspace | null }> {
  const [existing, chosen] = await Promise.all([findUserByClerkId(tx, session.userId), chooseWorkspaceRow(tx, choice)]);
  if (existing) return { user: existing, created: false, workspace: chosen ? workspaceOf(chosen.workspace, chosen.role, existing) : null };
  const { user, created } = await currentUser(tx, session, start);
  return { user, created, workspace: await chooseWorkspace(tx, user, choice) };
}

/** Switches the transaction to workspace `id` (a path's `:id`); null when the user is not a member. */
export async function switchWorkspace(tx: Database, user: UserRow, id: string): Promise<Workspace | null> {
  return chooseWorkspace(tx, user, { header: id });
}

export function workspaceOf(row: WorkspaceRow, role: WorkspaceRole, user: UserRow): Workspace {
  return { ...row, role, user, locale: user.locale };
}
