import { expect } from 'vitest';
import { type Client, signIn } from './client';

/** Workspaces in API tests: a shared workspace, people invited into it with a role. */

export type Person = Client & { user: { id: string; email: string } };
export type Role = 'owner' | 'admin' | 'member' | 'viewer';

/** The token of an invitation link (its last path segment). */
export const tokenOf = (url: string): string => new URL(url).pathname.split('/').pop()!;

/** A new shared workspace of `owner`'s; returns its id. */
export async function createWorkspace(owner: Client, name = 'Team workspace'): Promise<string> {
  const res = await owner.post('/api/workspaces', { name });
  expect(res.status, res.text.slice(0, 300)).toBe(201);
  return res.body.data.id;
}

/** Invites `email` into workspace `id` as `role` (by an admin or the owner); the invitation with its token. */
export async function invite(admin: Client, id: string, email: string, role: Exclude<Role, 'owner'>) {
  const res = await admin.post(`/api/workspaces/${id}/invitations`, { email, role });
  expect(res.status, res.text.slice(0, 300)).toBe(201);
  return { ...(res.body.data as { id: string; url: string; email: string; role: string }), token: tokenOf(res.body.data.url) };
}

/**
 * A new person in workspace `id` with `role`: signed in, invited by `admin`,
 * the invitation accepted. `owner` is reached by a hand-over from `admin`
 * (who must be the owner then). The person's client acts in the workspace.
 */
export async function join(baseUrl: string, admin: Client, id: string, role: Role): Promise<Person> {
  const person = (await signIn(baseUrl)) as Person;
  const invitation = await invite(admin.in(id), id, person.user.email, role === 'owner' ? 'admin' : role);
  const accepted = await person.post('/api/invitations/accept', { token: invitation.token });
  expect(accepted.status, accepted.text.slice(0, 300)).toBe(200);
  expect(accepted.body.data).toEqual({ workspace_id: id, role: role === 'owner' ? 'admin' : role });
  if (role === 'owner') {
    const handed = await admin.in(id).put(`/api/workspaces/${id}/members/${person.user.id}`, { role: 'owner' });
    expect(handed.status, handed.text.slice(0, 300)).toBe(200);
  }
  return person.in(id);
}

/** The members of workspace `id` as `[user_id, role]`, sorted, as `viewer` sees them. */
export async function membersOf(viewer: Client, id: string): Promise<[string, string][]> {
  const res = await viewer.get(`/api/workspaces/${id}/members`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return (res.body.data as { user_id: string; role: string }[]).map((m): [string, string] => [m.user_id, m.role]).sort();
}
