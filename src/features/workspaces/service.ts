import { createHash, randomBytes } from 'node:crypto';
import { recordEvent } from '@/features/audit/service';
import { requireRole, switchWorkspace, type Workspace } from '@/lib/auth/workspace';
import type { Database, TenantRunner } from '@/lib/db';
import { EmailDeliveryError, sendEmail } from '@/lib/email';
import { env } from '@/lib/env';
import { ApiError, errors } from '@/lib/errors';
import { log } from '@/lib/log';
import {
  acceptInvitationRow,
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
  updateWorkspaceName,
} from './queries';
import {
  INVITATION_DAYS,
  type Invitation,
  type InvitationCreate,
  type Member,
  type Role,
  ROLE_LABELS,
  type WorkspaceSummary,
} from './schema';

/**
 * Workspaces, members and invitations. Every operation on `/api/workspaces/:id`
 * first enters that workspace (a 404 when the person is not a member), then
 * checks the role it needs; the database checks both again.
 */

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
  if (!(await deleteWorkspaceRow(tx, workspace.id))) throw errors.notFound('Workspace');
  return { id: workspace.id, deleted: true };
}

export async function listMembers(tx: Database, current: Workspace, id: string): Promise<Member[]> {
  const workspace = await enter(tx, current, id);
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
  const inviter = [workspace.user.first_name, workspace.user.last_name].filter(Boolean).join(' ') || workspace.user.email || 'A colleague';
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
