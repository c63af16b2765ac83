import { type Role, roleAtLeast } from '@/lib/auth/roles';

/**
 * The roles' names and the two questions the frame asks of a role, without the
 * workspace schemas: the navigation, the switcher and the role provider are in
 * every signed-in page's first load, which need not carry zod for them.
 */

export const ROLE_LABELS: Record<Role, string> = { owner: 'Owner', admin: 'Admin', member: 'Member', viewer: 'Viewer' };

/** Whether a role adds, changes and deletes records (members and above). */
export const canWrite = (role: Role): boolean => roleAtLeast(role, 'member');
/** Whether a role manages the workspace: settings, logo, members, invitations (admins and the owner). */
export const canAdmin = (role: Role): boolean => roleAtLeast(role, 'admin');
