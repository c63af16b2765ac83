import { canAdmin, type Member, type Role, ROLES } from '../schema';

/**
 * What the team page offers for each member, by the rules the database
 * enforces (app.set_member_role, app.remove_member): admins manage admins,
 * members and viewers; only the owner hands ownership over; the owner cannot
 * be demoted, removed, or leave before handing over; anyone else may leave.
 * A control that does not apply is left out; one the person might look for
 * carries the reason instead.
 */

export interface Acting {
  user_id: string;
  role: Role;
}

export interface WorkspaceFacts {
  personal: boolean;
  /** how many people are in the workspace */
  members: number;
}

export interface MemberControls {
  /** the roles to choose from, the current one included; null: the role is shown, not changeable */
  roles: Role[] | null;
  /** why the role cannot be changed, when an admin would look for the control */
  roleReason?: string;
  /** may remove this member (never oneself: that is leaving) */
  remove: boolean;
  removeReason?: string;
  /** for oneself: may leave the workspace */
  leave: boolean;
  leaveReason?: string;
}

export function memberControls(me: Acting, target: Pick<Member, 'user_id' | 'role'>, workspace: WorkspaceFacts): MemberControls {
  const self = me.user_id === target.user_id;
  const admin = canAdmin(me.role);
  if (self) {
    if (me.role === 'owner') {
      return {
        roles: null,
        roleReason: 'You are the owner: hand ownership to another member to change your role.',
        remove: false,
        leave: false,
        leaveReason: workspace.personal
          ? 'This is your personal workspace: it stays with your account.'
          : workspace.members > 1
            ? 'You own this workspace: hand ownership to another member before you leave.'
            : 'You are the only member: delete the workspace instead, or invite someone and hand ownership over.',
      };
    }
    // an admin may step down (the database allows it; the page asks first)
    return { roles: admin ? ROLES.filter((r) => r !== 'owner') : null, remove: false, leave: true };
  }
  if (!admin) return { roles: null, remove: false, leave: false };
  if (target.role === 'owner') {
    return {
      roles: null,
      roleReason: 'The owner’s role changes only when they hand ownership over.',
      remove: false,
      removeReason: 'The owner cannot be removed.',
      leave: false,
    };
  }
  return { roles: me.role === 'owner' ? [...ROLES] : ROLES.filter((r) => r !== 'owner'), remove: true, leave: false };
}

/** What choosing `next` for a member means, when it needs a confirmation; null when it does not. */
export function roleChangeWarning(me: Acting, target: Pick<Member, 'user_id' | 'role'>, next: Role, name: string): string | null {
  if (next === target.role) return null;
  if (next === 'owner') {
    return `${name} becomes the owner of this workspace, and you become an admin. Only ${name} can then hand ownership back or delete the workspace.`;
  }
  if (me.user_id === target.user_id && canAdmin(target.role) && !canAdmin(next)) {
    return 'You will no longer be able to manage the team or the business settings. Only an admin or the owner can give you those rights back.';
  }
  return null;
}

/** A person as the team page names them: their name, else their email. */
export function memberName(member: Pick<Member, 'first_name' | 'last_name' | 'email'>): string {
  const name = [member.first_name, member.last_name].filter(Boolean).join(' ').trim();
  return name || member.email || 'Someone';
}

export type InvitationOutcome =
  | { kind: 'used' | 'expired' | 'withdrawn' | 'malformed' | 'failed'; title: string; message: string }
  | { kind: 'wrong_email'; title: string; message: string; invitedEmail: string | null };

/**
 * The message for a refused acceptance (POST /api/invitations/accept):
 * 409 used or expired, 403 for another address (the API names it), 404
 * withdrawn or unknown, 400 a mangled link.
 */
export function invitationOutcome(error: { status: number; message: string; details?: Record<string, string[]> }): InvitationOutcome {
  const tokenProblem = error.details?.token?.join(' ') ?? '';
  if (error.status === 409) {
    if (/expired/i.test(tokenProblem) || /expired/i.test(error.message)) {
      return {
        kind: 'expired',
        title: 'This invitation has expired',
        message: 'Invitations work for 7 days. Ask the person who invited you to send a new one.',
      };
    }
    return {
      kind: 'used',
      title: 'This invitation has already been used',
      message:
        'Each invitation link works once. If you accepted it before, the workspace is in your workspace menu; otherwise ask for a new one.',
    };
  }
  if (error.status === 403) {
    const invitedEmail = /invitation is for (\S+?@\S+?)[:\s]/i.exec(error.message)?.[1] ?? null;
    return {
      kind: 'wrong_email',
      title: 'This invitation is for another email address',
      message: invitedEmail
        ? `It was sent to ${invitedEmail}. Sign in with that address to accept it.`
        : error.message || 'Sign in with the address the invitation was sent to.',
      invitedEmail,
    };
  }
  if (error.status === 404) {
    return {
      kind: 'withdrawn',
      title: 'This invitation is no longer valid',
      message:
        'It was withdrawn or replaced by a newer one, or the link is not complete. Ask the person who invited you for a new invitation.',
    };
  }
  if (error.status === 400) return malformedInvitation();
  return { kind: 'failed', title: 'Could not accept the invitation', message: error.message || 'Something went wrong. Try again.' };
}

export function malformedInvitation(): InvitationOutcome {
  return {
    kind: 'malformed',
    title: 'This invitation link is not complete',
    message: 'Open the link from the email again, or copy all of it into the address bar: it ends with a long code.',
  };
}
