import { invitationParams } from '@/features/workspaces/schema';
import { revokeInvitation } from '@/features/workspaces/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: route(
    { name: 'workspaces.invitations.revoke', summary: 'Revoke a pending invitation (admins).', role: 'viewer', params: invitationParams },
    async ({ tx, workspace, params, audit }) => {
      const revoked = await revokeInvitation(tx, workspace, params.id, params.invitation_id);
      audit('workspace.invitation_revoked', { workspace_id: params.id, invitation_id: revoked.id });
      return { data: revoked };
    },
  ),
});
