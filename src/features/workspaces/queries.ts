import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, selectRows, tables } from '@/lib/db';
import type { ClerkMemberRole, ClerkOrganizationOutcome, Invitation, Member, Role, WorkspaceSummary } from './schema';

/**
 * Workspace queries. They run in the tenant transaction, after the request
 * chose its workspace; RLS shows a person their own memberships and the
 * members of the chosen workspace, and the team's changes go through the
 * database's own functions (app.create_workspace, app.set_member_role,
 * app.remove_member, app.accept_invitation), which check the caller's role.
 */

const w = tables.workspaces;
const m = tables.workspaceMembers;
const u = tables.users;
const inv = tables.workspaceInvitations;

const ROLE_ORDER = sql`case ${m.role} when 'owner' then 0 when 'admin' then 1 when 'member' then 2 else 3 end`;

/** Every workspace the signed-in person belongs to: personal first, then by name. */
export async function selectMyWorkspaces(tx: Database, userId: string): Promise<WorkspaceSummary[]> {
  return tx
    .select({ id: w.id, name: w.name, role: m.role, personal: w.personal })
    .from(w)
    .innerJoin(m, and(eq(m.workspace_id, w.id), eq(m.user_id, userId)))
    .orderBy(desc(w.personal), asc(sql`lower(${w.name})`), asc(w.id));
}

export async function insertWorkspace(tx: Database, name: string): Promise<string> {
  const [row] = await selectRows<{ id: string }>(tx, sql`select app.create_workspace(${name})::text as id`);
  return row!.id;
}

export async function updateWorkspaceName(tx: Database, workspaceId: string, name: string): Promise<boolean> {
  const rows = await tx.update(w).set({ name }).where(eq(w.id, workspaceId)).returning({ id: w.id });
  return rows.length > 0;
}

export async function deleteWorkspaceRow(tx: Database, workspaceId: string): Promise<boolean> {
  const rows = await tx.delete(w).where(eq(w.id, workspaceId)).returning({ id: w.id });
  return rows.length > 0;
}

const memberColumns = {
  user_id: m.user_id,
  email: u.email,
  first_name: u.first_name,
  last_name: u.last_name,
  role: m.role,
  joined_at: m.created_at,
};

export async function selectMembers(tx: Database, workspaceId: string): Promise<Member[]> {
  return tx
    .select(memberColumns)
    .from(m)
    .innerJoin(u, eq(u.id, m.user_id))
    .where(eq(m.workspace_id, workspaceId))
    .orderBy(ROLE_ORDER, asc(sql`lower(coalesce(${u.first_name}, ${u.email}))`), asc(m.user_id));
}

export async function selectMember(tx: Database, workspaceId: string, userId: string): Promise<Member | undefined> {
  const [row] = await tx
    .select(memberColumns)
    .from(m)
    .innerJoin(u, eq(u.id, m.user_id))
    .where(and(eq(m.workspace_id, workspaceId), eq(m.user_id, userId)))
    .limit(1);
  return row;
}

export async function setMemberRole(tx: Database, userId: string, role: Role): Promise<void> {
  await tx.execute(sql`select app.set_member_role(${userId}::uuid, ${role})`);
}

export async function removeMemberRow(tx: Database, userId: string): Promise<void> {
  await tx.execute(sql`select app.remove_member(${userId}::uuid)`);
}

const invitationStatus = sql<Invitation['status']>`case
  when ${inv.accepted_at} is not null then 'accepted'
  when ${inv.revoked_at} is not null then 'revoked'
  when ${inv.expires_at} <= now() then 'expired'
  else 'pending' end`;

const invitationColumns = {
  id: inv.id,
  email: inv.email,
  role: inv.role,
  expires_at: inv.expires_at,
  created_at: inv.created_at,
  status: invitationStatus,
};

export async function selectInvitations(tx: Database, workspaceId: string): Promise<Invitation[]> {
  return tx
    .select(invitationColumns)
    .from(inv)
    .where(eq(inv.workspace_id, workspaceId))
    .orderBy(desc(inv.created_at), desc(inv.id))
    .limit(200);
}

/** Withdraws the pending invitations of this address (a new one replaces them). */
export async function revokePendingFor(tx: Database, workspaceId: string, email: string): Promise<void> {
  await tx
    .update(inv)
    .set({ revoked_at: sql`now()` })
    .where(and(eq(inv.workspace_id, workspaceId), eq(inv.email, email), sql`${inv.accepted_at} is null and ${inv.revoked_at} is null`));
}

export async function insertInvitation(
  tx: Database,
  values: { workspaceId: string; email: string; role: Invitation['role']; tokenHash: string; invitedBy: string; expiresAt: Date },
): Promise<Invitation> {
  const [row] = await tx
    .insert(inv)
    .values({
      workspace_id: values.workspaceId,
      email: values.email,
      role: values.role,
      token_hash: values.tokenHash,
      invited_by: values.invitedBy,
      expires_at: values.expiresAt,
    })
    .returning(invitationColumns);
  return row!;
}

export async function revokeInvitationRow(tx: Database, workspaceId: string, id: string): Promise<Invitation | undefined> {
  const [row] = await tx
    .update(inv)
    .set({ revoked_at: sql`coalesce(${inv.revoked_at}, now())` })
    .where(and(eq(inv.workspace_id, workspaceId), eq(inv.id, id), sql`${inv.accepted_at} is null`))
    .returning(invitationColumns);
  return row;
}

export async function acceptInvitationRow(tx: Database, tokenHash: string): Promise<{ workspace_id: string; role: Role }> {
  const [row] = await selectRows<{ workspace_id: string; role: Role }>(
    tx,
    sql`select workspace_id::text, role from app.accept_invitation(${tokenHash})`,
  );
  return row!;
}

// ---------------------------------------------------------------------------
// Clerk Organizations: Clerk's webhook has no session; it runs as the
// `ledgerly_system` role, which may call these four functions and nothing
// else that writes (supabase/migrations/*_clerk_organizations.sql). Each
// applies one event and answers what it did.
// ---------------------------------------------------------------------------

export interface ClerkOrganizationValues {
  orgId: string;
  name: string | null;
  createdBy: string | null;
  /** ISO time of the organization's `updated_at` as the event tells it */
  updatedAt: string | null;
}

export interface ClerkMembershipValues {
  organization: ClerkOrganizationValues;
  membershipId: string;
  clerkUserId: string;
  role: ClerkMemberRole;
  createdAt: string | null;
  updatedAt: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  imageUrl: string | null;
}

async function outcomeOf(tx: Database, query: SQL): Promise<ClerkOrganizationOutcome> {
  const [row] = await selectRows<{ outcome: ClerkOrganizationOutcome }>(tx, query);
  return row!.outcome;
}

export async function syncClerkOrganization(tx: Database, org: ClerkOrganizationValues): Promise<ClerkOrganizationOutcome> {
  return outcomeOf(
    tx,
    sql`select app.clerk_sync_organization(${org.orgId}, ${org.name}, ${org.createdBy}, ${org.updatedAt}::timestamptz) as outcome`,
  );
}

export async function deleteClerkOrganization(tx: Database, orgId: string): Promise<ClerkOrganizationOutcome> {
  return outcomeOf(tx, sql`select app.clerk_delete_organization(${orgId}) as outcome`);
}

export async function syncClerkMembership(tx: Database, m: ClerkMembershipValues): Promise<ClerkOrganizationOutcome> {
  const o = m.organization;
  return outcomeOf(
    tx,
    sql`select app.clerk_sync_membership(
          ${o.orgId}, ${o.name}, ${o.createdBy}, ${o.updatedAt}::timestamptz,
          ${m.membershipId}, ${m.clerkUserId}, ${m.role}, ${m.createdAt}::timestamptz, ${m.updatedAt}::timestamptz,
          ${m.email}, ${m.firstName}, ${m.lastName}, ${m.imageUrl}) as outcome`,
  );
}

export async function deleteClerkMembership(
  tx: Database,
  m: Pick<ClerkMembershipValues, 'organization' | 'membershipId' | 'clerkUserId'>,
): Promise<ClerkOrganizationOutcome> {
  const o = m.organization;
  return outcomeOf(
    tx,
    sql`select app.clerk_delete_membership(
          ${o.orgId}, ${o.name}, ${o.createdBy}, ${o.updatedAt}::timestamptz, ${m.membershipId}, ${m.clerkUserId}) as outcome`,
  );
}
