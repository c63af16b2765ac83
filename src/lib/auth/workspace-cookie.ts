/**
 * The cookie in which the UI remembers the workspace a person chose
 * (docs/decisions/0097-workspaces.md): read by the route wrapper and by pages,
 * ignored when it no longer applies (the person left, the workspace is gone).
 * No imports: the browser's workspace switcher writes it.
 */
export const WORKSPACE_COOKIE = 'ledgerly_workspace';

/** A year: the choice outlives sessions, like any remembered preference. */
export const WORKSPACE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `document.cookie` assignment that remembers workspace `id` (path /, SameSite=Lax, a year; Secure over https). */
export function workspaceCookie(id: string, options: { secure: boolean }): string {
  if (!UUID.test(id)) throw new Error('A workspace id is a UUID');
  return `${WORKSPACE_COOKIE}=${id.toLowerCase()}; Path=/; Max-Age=${WORKSPACE_COOKIE_MAX_AGE}; SameSite=Lax${options.secure ? '; Secure' : ''}`;
}

/** The `document.cookie` assignment that forgets the choice (the personal workspace applies again). */
export function clearedWorkspaceCookie(options: { secure: boolean }): string {
  return `${WORKSPACE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${options.secure ? '; Secure' : ''}`;
}
