import { invitationAcceptSchema } from '@/features/workspaces/schema';
import { acceptInvitation } from '@/features/workspaces/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  // accepting joins another workspace: whatever the role in the current one
  POST: route(
    {
      name: 'invitations.accept',
      apiKey: 'never',
      summary: 'Accept an invitation to a workspace with its token.',
      role: 'viewer',
      body: invitationAcceptSchema,
    },
    async ({ tx, body, audit }) => {
      const joined = await acceptInvitation(tx, body.token);
      audit('workspace.joined', { workspace_id: joined.workspace_id, role: joined.role });
      return { data: joined };
    },
  ),
});
