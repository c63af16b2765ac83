import { memberParams, memberUpdateSchema } from '@/features/workspaces/schema';
import { changeMemberRole, removeMember } from '@/features/workspaces/service';
import { methods, route } from '@/lib/http';

// roles are checked in the workspace named by the path: admins manage members, anyone may leave
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PUT: route(
    {
      name: 'workspaces.members.update',
      summary: "Change a member's role (admins).",
      role: 'viewer',
      params: memberParams,
      body: memberUpdateSchema,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const member = await changeMemberRole(tx, workspace, params.id, params.user_id, body.role);
      audit('workspace.member_role_changed', { workspace_id: params.id, member: params.user_id, role: member.role });
      return { data: member };
    },
  ),
  DELETE: route(
    {
      name: 'workspaces.members.delete',
      summary: 'Remove a member from a workspace (admins), or leave it yourself.',
      role: 'viewer',
      params: memberParams,
    },
    async ({ tx, workspace, params, audit }) => {
      const removed = await removeMember(tx, workspace, params.id, params.user_id);
      audit('workspace.member_removed', { workspace_id: params.id, member: params.user_id });
      return { data: removed };
    },
  ),
});
