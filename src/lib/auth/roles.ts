/**
 * The order of workspace roles (docs/decisions/0097-workspaces.md), safe to
 * use in the browser: the route wrapper, the services and the pages all ask
 * the same question the same way.
 */

export type Role = 'owner' | 'admin' | 'member' | 'viewer';

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/** True when `role` may do what `least` may (owner > admin > member > viewer). */
export function roleAtLeast(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}
