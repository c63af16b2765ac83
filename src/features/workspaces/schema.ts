import { z } from 'zod';
import { accountEmail, clerkImageUrl, clerkText } from '@/features/users/schema';
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

export { ROLE_LABELS } from './roles';

// ---------------------------------------------------------------------------
// Clerk Organizations (docs/decisions/0098-clerk-organizations.md): the
// `organization.*` and `organizationMembership.*` events of Clerk's webhook,
// svix-verified before they are parsed. Clerk's payload, not ours: unknown
// fields are ignored, values that do not fit our columns are cut to size.
// ---------------------------------------------------------------------------

export const CLERK_ORGANIZATION_EVENTS = [
  'organization.created',
  'organization.updated',
  'organization.deleted',
  'organizationMembership.created',
  'organizationMembership.updated',
  'organizationMembership.deleted',
] as const;
export type ClerkOrganizationEvent = (typeof CLERK_ORGANIZATION_EVENTS)[number];

export function isClerkOrganizationEvent(type: string): type is ClerkOrganizationEvent {
  return (CLERK_ORGANIZATION_EVENTS as readonly string[]).includes(type);
}

/** What applying one event did (the webhook's answer and its log line say it). */
export type ClerkOrganizationOutcome =
  | 'created'
  | 'updated'
  | 'stale'
  | 'deleted'
  | 'unknown_organization'
  | 'unknown_membership'
  | 'organization_deleted'
  | 'membership_deleted'
  | 'account_deleted';

const clerkId = z.string().trim().min(1).max(200);
/** Milliseconds since 1970, up to the end of year 9999. */
const clerkTime = z.number().int().nonnegative().max(253_402_300_799_999).nullish();
/** An id that may be missing (Clerk's `created_by` is optional). */
const optionalClerkId = z
  .string()
  .nullish()
  .transform((v) => {
    const trimmed = v?.trim();
    return trimmed && trimmed.length <= 200 ? trimmed : null;
  });

export const clerkOrganizationSchema = z.object({
  id: clerkId,
  name: clerkText(200),
  created_by: optionalClerkId,
  created_at: clerkTime,
  updated_at: clerkTime,
});
export type ClerkOrganization = z.output<typeof clerkOrganizationSchema>;

/** `organization.deleted` carries only the id. */
export const clerkDeletedOrganizationSchema = z.object({ id: clerkId });

export const clerkMembershipSchema = z.object({
  id: clerkId,
  role: z.string().max(200).nullish(),
  created_at: clerkTime,
  updated_at: clerkTime,
  organization: clerkOrganizationSchema,
  public_user_data: z.object({
    user_id: clerkId,
    /** the person's email address, phone number or username, whichever identifies them */
    identifier: z.string().nullish(),
    first_name: clerkText(200),
    last_name: clerkText(200),
    image_url: clerkImageUrl,
  }),
});
export type ClerkMembership = z.output<typeof clerkMembershipSchema>;

/** The roles Clerk gives; the owner is Ledgerly's (the creator while an admin, else the admin who joined first). */
export type ClerkMemberRole = Exclude<Role, 'owner'>;

const CLERK_ROLES: Record<string, ClerkMemberRole> = {
  admin: 'admin',
  member: 'member',
  // instances made before Clerk prefixed roles with `org:`
  basic_member: 'member',
  guest_member: 'viewer',
  // a custom role of that name
  viewer: 'viewer',
};

/**
 * The workspace role of a Clerk organization role: `org:admin` → admin,
 * `org:member` → member, a custom `org:viewer` → viewer. Any other custom
 * role is a viewer (it can look and change nothing) rather than a guess at
 * more; `known` says whether the role was one of those.
 */
export function workspaceRoleFromClerk(role: string | null | undefined): { role: ClerkMemberRole; known: boolean } {
  const key = (role ?? '').trim().toLowerCase().replace(/^org:/, '');
  const mapped = Object.hasOwn(CLERK_ROLES, key) ? CLERK_ROLES[key] : undefined;
  return mapped ? { role: mapped, known: true } : { role: 'viewer', known: false };
}

/** The email address among a member's public data (their identifier, when it is one). */
export function emailFromIdentifier(identifier: string | null | undefined): string | null {
  const value = identifier?.trim();
  return value && value.length <= 320 && /^[^\s@]+@[^\s@]+$/.test(value) ? value : null;
}

/** A Clerk time (milliseconds since 1970) as the database takes it. */
export function clerkTimestamp(ms: number | null | undefined): string | null {
  return ms == null ? null : new Date(ms).toISOString();
}

/** The organization and person an event is about, read leniently: for its log line, also when it is refused. */
export function clerkEventSubject(
  type: ClerkOrganizationEvent,
  data: Record<string, unknown>,
): { clerk_org_id?: string; clerk_user_id?: string } {
  const text = (v: unknown) => (typeof v === 'string' && v.length <= 200 ? v : undefined);
  const record = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
  if (type.startsWith('organization.')) return { clerk_org_id: text(data.id) };
  return { clerk_org_id: text(record(data.organization).id), clerk_user_id: text(record(data.public_user_data).user_id) };
}
export { canAdmin, canWrite } from './roles';

/** One line per role, where a role is chosen (inviting, changing a member). */
export const ROLE_SUMMARIES: Record<Role, string> = {
  owner: 'Everything, including handing over ownership and deleting the workspace',
  admin: 'Manages the team and the business settings, and works on every record',
  member: 'Adds, changes and deletes contacts, invoices, tasks and money',
  viewer: 'Sees everything, changes nothing',
};
