import { z } from 'zod';
import { accountEmail } from '@/features/users/schema';
import { requiredText, uuid } from '@/lib/validation';

/**
 * Workspaces: a business shared by a team (docs/decisions/0097-workspaces.md).
 * The roles, what each may do, and the shapes the API answers with.
 */

export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
/** Roles an invitation can give (ownership is handed over, never given by invitation). */
export const INVITABLE_ROLES = ['admin', 'member', 'viewer'] as const;

export const role = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });
export const invitableRole = z.enum(INVITABLE_ROLES, { error: `must be one of ${INVITABLE_ROLES.join(', ')}` });

export const workspaceName = requiredText(200);

export const workspaceCreateSchema = z.strictObject({ name: workspaceName });
export const workspaceUpdateSchema = z.strictObject({ name: workspaceName });
export const workspaceIdParams = z.strictObject({ id: uuid });
export const memberParams = z.strictObject({ id: uuid, user_id: uuid });
export const invitationParams = z.strictObject({ id: uuid, invitation_id: uuid });
export const memberUpdateSchema = z.strictObject({ role });
export const invitationCreateSchema = z.strictObject({
  email: accountEmail,
  role: invitableRole,
});
export type InvitationCreate = z.output<typeof invitationCreateSchema>;
/** The token of an invitation link: 43 characters of base64url (32 random bytes). */
export const invitationAcceptSchema = z.strictObject({
  token: z.string({ error: 'must be the token of an invitation link' }).regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not an invitation token'),
});

/** The token of an invitation page's path (`/invitations/<token>`, where sign-in sends an invitee back), or null. */
export function invitationTokenIn(path: string | null | undefined): string | null {
  const match = /^\/invitations\/([A-Za-z0-9_-]{20,100})\/?(?:[?#].*)?$/.exec(path ?? '');
  return match ? match[1]! : null;
}

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
  personal: boolean;
}

export interface Member {
  user_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  role: Role;
  joined_at: Date;
}

export interface Invitation {
  id: string;
  email: string;
  role: Exclude<Role, 'owner'>;
  expires_at: Date;
  created_at: Date;
  /** pending until accepted, withdrawn or past its date */
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

/** What each role may do, in words (the settings page and the README show the same table). */
export const PERMISSIONS: { action: string; least: Role }[] = [
  { action: 'See contacts, invoices, tasks, money and the dashboard', least: 'viewer' },
  { action: 'Ask the assistant questions', least: 'viewer' },
  { action: 'Add, change and delete records; send invoices; confirm the assistant’s changes', least: 'member' },
  { action: 'Change business settings and the logo; invite, remove and change members; export and import', least: 'admin' },
  { action: 'Hand over ownership; delete the workspace', least: 'owner' },
];

export const ROLE_LABELS: Record<Role, string> = { owner: 'Owner', admin: 'Admin', member: 'Member', viewer: 'Viewer' };

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/** True when `role` may do what `least` may (owner > admin > member > viewer). */
export function hasRole(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}

/** Whether a role adds, changes and deletes records (members and above). */
export const canWrite = (role: Role): boolean => hasRole(role, 'member');
/** Whether a role manages the workspace: settings, logo, members, invitations (admins and the owner). */
export const canAdmin = (role: Role): boolean => hasRole(role, 'admin');

/** One line per role, where a role is chosen (inviting, changing a member). */
export const ROLE_SUMMARIES: Record<Role, string> = {
  owner: 'Everything, including handing over ownership and deleting the workspace',
  admin: 'Manages the team and the business settings, and works on every record',
  member: 'Adds, changes and deletes contacts, invoices, tasks and money',
  viewer: 'Sees everything, changes nothing',
};
