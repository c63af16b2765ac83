import { createHash, randomBytes } from 'node:crypto';
import { recordEvent } from '@/features/audit/service';
import { personName } from '@/lib/auth/people';
import { requireRole, switchWorkspace, type Workspace } from '@/lib/auth/workspace';
import { type Database, type TenantRunner, withSystem } from '@/lib/db';
import { EmailDeliveryError, sendEmail } from '@/lib/email';
import { env } from '@/lib/env';
import { ApiError, errors } from '@/lib/errors';
import { log } from '@/lib/log';
import {
  acceptInvitationRow,
  type ClerkOrganizationValues,
  deleteClerkMembership,
  deleteClerkOrganization,
  deleteWorkspaceRow,
  insertInvitation,
  insertWorkspace,
  removeMemberRow,
  revokeInvitationRow,
  revokePendingFor,
  selectInvitations,
  selectMember,
  selectMembers,
  selectMyWorkspaces,
  setMemberRole,
  syncClerkMembership,
  syncClerkOrganization,
  updateWorkspaceName,
} from './queries';
import {
  type ClerkOrganization,
  type ClerkOrganizationEvent,
  type ClerkOrganizationOutcome,
  clerkDeletedOrganizationSchema,
  clerkMembershipSchema,
  clerkOrganizationSchema,
  clerkTimestamp,
  emailFromIdentifier,
  INVITATION_DAYS,
  type Invitation,
  type InvitationCreate,
  type Member,
  type Role,
  ROLE_LABELS,
  type WorkspaceSummary,
  workspaceRoleFromClerk,
} from './schema';

/**
 * Workspaces, members and invitations. Every operation on `/api/workspaces/:id`
 * first enters that workspace (a 404 when the person is not a member), then
 * checks the role it needs; the database checks both again.
 */

/** A workspace that mirrors a Clerk organization is changed in Clerk (a 409 saying where). */
function refuseIfClerk(workspace: Workspace, what: string): void {
  if (workspace.clerk_org_id) throw errors.conflict(`This workspace is a Clerk organization: ${what} in Clerk.`);
}

async function enter(tx: Database, current: Workspace, id: string): Promise<Workspace> {
  if (id === current.id) return current;
  const workspace = await switchWorkspace(tx, current.user, id);
  if (!workspace) throw errors.notFound('Workspace');
  return workspace;
}

export async function listWorkspaces(tx: Database, current: Workspace): Promise<WorkspaceSummary[]> {
  return selectMyWorkspaces(tx, current.user.id);
}

export async function createWorkspace(tx: Database, current: Workspace, name: string): Promise<WorkspaceSummary> {
  const id = await insertWorkspace(tx, name);
  return { id, name: name.trim(), role: 'owner', personal: false };
}

export async function getWorkspace(tx: Database, current: Workspace, id: string): Promise<WorkspaceSummary> {
  const workspace = await enter(tx, current, id);
  return { id: workspace.id, name: workspace.name, role: workspace.role, personal: workspace.personal };
}

export async function renameWorkspace(tx: Database, current: Workspace, id: string, name: string): Promise<WorkspaceSummary> {
  const workspace = await enter(tx, current, id);
  requireRole(workspace, 'admin');
  refuseIfClerk(workspace, 'rename the organization');
  if (!(await updateWorkspaceName(tx, workspace.id, name))) throw errors.notFound('Workspace');
  return { id: workspace.id, name: name.trim(), role: workspace.role, personal: workspace.personal };
}

/** Deletes a shared workspace and everything in it (its owner only). */
export async function deleteWorkspace(tx: Database, current: Workspace, id: string): Promise<{ id: string; deleted: true }> {
  const workspace = await enter(tx, current, id);
  requireRole(workspace, 'owner');
  if (workspace.personal) {
    throw errors.conflict('Your personal workspace goes only with your account: delete the account to remove it.');
  }
  refuseIfClerk(workspace, 'delete the organization');
  if (!(await deleteWorkspaceRow(tx, workspace.id))) throw errors.notFound('Workspace');
  return { id: workspace.id, deleted: true };
}

export async function listMembers(tx: Database, current: Workspace, id: string): Promise<Member[]> {
  const workspace = await enter(tx, current, id);
  return selectMembers(tx, workspace.id);
}

/**
 * The member `userId` of the request's workspace (a task's assignee), checked
 * before the database's foreign key would: not a member is a 422 naming `field`.
 */
export async function requireMember(tx: Database, workspace: Pick<Workspace, 'id'>, userId: string, field: string): Promise<Member> {
  const member = await selectMember(tx, workspace.id, userId);
  if (!member) {
    throw errors.unprocessable('That person is not a member of this workspace.', { [field]: ['is not a member of this workspace'] });
  }
  return member;
}

/** The members of the request's workspace (the people a task can be assigned to). */
/** The workspace's owner (null only while a Clerk organization has no admin known yet). */
export async function workspaceOwner(tx: Database, workspace: Pick<Workspace, 'id'>): Promise<Member | null> {
  return (await selectMembers(tx, workspace.id)).find((member) => member.role === 'owner') ?? null;
}

export async function workspaceMembers(tx: Database, workspace: Pick<Workspace, 'id'>): Promise<Member[]> {
  return selectMembers(tx, workspace.id);
}

/** Changes a member's role; `owner` hands ownership over (the owner becomes an admin). */
export async function changeMemberRole(tx: Database, current: Workspace, id: string, userId: string, role: Role): Promise<Member> {
  const workspace = await enter(tx, current, id);
  requireRole(workspace, 'admin');
  await setMemberRole(tx, userId, role);
  const member = await selectMember(tx, workspace.id, userId);
  if (!member) throw errors.notFound('Member');
  return member;
}

/** Removes a member, or leaves the workspace (for oneself). Takes effect on their next request. */
export async function removeMember(
  tx: Database,
  current: Workspace,
  id: string,
  userId: string,
): Promise<{ user_id: string; removed: true }> {
  const workspace = await enter(tx, current, id);
  if (userId !== workspace.user.id) requireRole(workspace, 'admin');
  await removeMemberRow(tx, userId);
  return { user_id: userId, removed: true };
}

export async function listInvitations(tx: Database, current: Workspace, id: string): Promise<Invitation[]> {
  const workspace = await enter(tx, current, id);
  requireRole(workspace, 'admin');
  return selectInvitations(tx, workspace.id);
}

export async function revokeInvitation(tx: Database, current: Workspace, id: string, invitationId: string): Promise<Invitation> {
  const workspace = await enter(tx, current, id);
  requireRole(workspace, 'admin');
  const revoked = await revokeInvitationRow(tx, workspace.id, invitationId);
  if (!revoked) throw errors.notFound('Invitation');
  await recordEvent(tx, 'workspace.invitation_revoked', 'workspaces', workspace.id, { email: revoked.email });
  return revoked;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SentInvitation extends Invitation {
  url: string;
  email_sent: boolean;
  /** why the email did not go out (the link can still be passed on by hand) */
  email_problem?: string;
}

/**
 * Invites an email address (admins): a single-use link for that address,
 * valid for INVITATION_DAYS, replacing any earlier pending one; emailed
 * (SMTP or the outbox) after the invitation is saved.
 */
export async function invite(
  run: TenantRunner,
  current: Workspace,
  id: string,
  input: InvitationCreate,
  origin: string,
): Promise<SentInvitation> {
  const token = randomBytes(32).toString('base64url');
  const url = new URL(`/invitations/${token}`, env().APP_URL ?? origin).toString();
  const { invitation, workspace } = await run(async (tx) => {
    const workspace = await enter(tx, current, id);
    requireRole(workspace, 'admin');
    refuseIfClerk(workspace, 'invite people to the organization');
    const members = await selectMembers(tx, workspace.id);
    if (members.some((member) => member.email?.toLowerCase() === input.email)) {
      throw errors.conflict(`${input.email} is already a member of this workspace.`, { email: ['is already a member'] });
    }
    await revokePendingFor(tx, workspace.id, input.email);
    const invitation = await insertInvitation(tx, {
      workspaceId: workspace.id,
      email: input.email,
      role: input.role,
      tokenHash: tokenHash(token),
      invitedBy: workspace.user.id,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    });
    await recordEvent(tx, 'workspace.invitation_sent', 'workspaces', workspace.id, { email: input.email, role: input.role });
    return { invitation, workspace };
  });
  const inviter = personName(workspace.user) || 'A colleague';
  const roleWord = ROLE_LABELS[input.role].toLowerCase();
  try {
    await sendEmail(
      {
        to: input.email,
        subject: `${inviter} invited you to ${workspace.name} on Ledgerly`,
        text: [
          `${inviter} invited you to work in ${workspace.name} as ${roleWord === 'admin' ? 'an' : 'a'} ${roleWord}.`,
          '',
          `Accept here (sign in with ${input.email}; the link works once, for ${INVITATION_DAYS} days):`,
          url,
          '',
          'If you were not expecting this, ignore this message.',
        ].join('\n'),
        replyTo: workspace.user.email,
      },
      // the link grants a role: it goes to the outbox of the person who sent it, not to the
      // workspace's, which every member reads
      { account: workspace.user.id },
    );
    return { ...invitation, url, email_sent: true };
  } catch (error) {
    const problem = error instanceof EmailDeliveryError || error instanceof ApiError ? error.message : 'the email could not be sent';
    log.warn('workspace.invitation_email_failed', { workspace_id: workspace.id, reason: problem });
    return { ...invitation, url, email_sent: false, email_problem: problem };
  }
}

/** Accepts an invitation as the signed-in person: once, in time, and only for the address it was sent to. */
export async function acceptInvitation(tx: Database, token: string): Promise<{ workspace_id: string; role: Role }> {
  return acceptInvitationRow(tx, tokenHash(token));
}

// ---------------------------------------------------------------------------
// Clerk Organizations (docs/decisions/0098-clerk-organizations.md)
// ---------------------------------------------------------------------------

export interface ClerkOrganizationResult {
  outcome: ClerkOrganizationOutcome;
  clerk_org_id: string;
  clerk_user_id?: string;
  /** a membership's role as Clerk named it, when it is not one Ledgerly knows (the person is a viewer) */
  unknown_clerk_role?: string;
}

function malformed(message: string): ApiError {
  return new ApiError('validation_failed', `The webhook event is malformed: ${message}.`);
}

function organizationValues(org: ClerkOrganization): ClerkOrganizationValues {
  return { orgId: org.id, name: org.name, createdBy: org.created_by, updatedAt: clerkTimestamp(org.updated_at ?? org.created_at) };
}

/**
 * Applies one `organization.*` or `organizationMembership.*` event of Clerk's
 * webhook (already verified) in one transaction as `ledgerly_system`, through
 * the database's own functions: they apply one organization's events one at
 * a time and reach the same state whatever order the events come in (newer
 * data only; deleted organizations and memberships stay deleted). A
 * malformed event is a 400.
 */
export async function applyClerkOrganizationEvent(type: ClerkOrganizationEvent, data: unknown): Promise<ClerkOrganizationResult> {
  if (type === 'organization.deleted') {
    const parsed = clerkDeletedOrganizationSchema.safeParse(data);
    if (!parsed.success) throw malformed('the deleted organization has no id');
    const orgId = parsed.data.id;
    return { outcome: await withSystem((tx) => deleteClerkOrganization(tx, orgId)), clerk_org_id: orgId };
  }
  if (type === 'organization.created' || type === 'organization.updated') {
    const parsed = clerkOrganizationSchema.safeParse(data);
    if (!parsed.success) throw malformed('the organization has no id or a field of the wrong type');
    const org = parsed.data;
    if ((org.updated_at ?? org.created_at) == null) throw malformed('the organization has no updated_at');
    return { outcome: await withSystem((tx) => syncClerkOrganization(tx, organizationValues(org))), clerk_org_id: org.id };
  }
  const parsed = clerkMembershipSchema.safeParse(data);
  if (!parsed.success) throw malformed('the membership has no id, organization or user, or a field of the wrong type');
  const membership = parsed.data;
  const person = membership.public_user_data;
  const base = { organization: organizationValues(membership.organization), membershipId: membership.id, clerkUserId: person.user_id };
  const result = { clerk_org_id: membership.organization.id, clerk_user_id: person.user_id };
  if (type === 'organizationMembership.deleted') {
    return { ...result, outcome: await withSystem((tx) => deleteClerkMembership(tx, base)) };
  }
  const updatedAt = membership.updated_at ?? membership.created_at;
  if (updatedAt == null) throw malformed('the membership has no updated_at');
  const { role, known } = workspaceRoleFromClerk(membership.role);
  const outcome = await withSystem((tx) =>
    syncClerkMembership(tx, {
      ...base,
      role,
      createdAt: clerkTimestamp(membership.created_at),
      updatedAt: clerkTimestamp(updatedAt),
      email: emailFromIdentifier(person.identifier),
      firstName: person.first_name,
      lastName: person.last_name,
      imageUrl: person.image_url,
    }),
  );
  return { ...result, outcome, ...(known ? {} : { unknown_clerk_role: (membership.role ?? '').slice(0, 200) }) };
}
