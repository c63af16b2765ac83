import { invitationCreateSchema, workspaceIdParams } from '@/features/workspaces/schema';
import { invite, listInvitations } from '@/features/workspaces/service';
import { requestOrigin } from '@/lib/auth/config';
import { methods, route, routeWithoutTransaction } from '@/lib/http';

// admins of the workspace named by the path (checked there)
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'workspaces.invitations.list', summary: "List a workspace's pending invitations.", params: workspaceIdParams },
    async ({ tx, workspace, params }) => ({
      data: await listInvitations(tx, workspace, params.id),
    }),
  ),
  POST: routeWithoutTransaction(
    {
      name: 'workspaces.invitations.create',
      summary: 'Invite someone to a workspace by email (admins).',
      role: 'viewer',
      params: workspaceIdParams,
      body: invitationCreateSchema,
      status: 201,
    },
    async ({ req, workspace, params, body, newTransaction, audit }) => {
      const sent = await invite(newTransaction, workspace, params.id, body, requestOrigin(req.nextUrl, req.headers));
      audit('workspace.invited', { workspace_id: params.id, invitation_id: sent.id, role: sent.role, email_sent: sent.email_sent });
      return { data: sent };
    },
  ),
});
