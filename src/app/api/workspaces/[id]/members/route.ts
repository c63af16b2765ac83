import { workspaceIdParams } from '@/features/workspaces/schema';
import { listMembers } from '@/features/workspaces/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'workspaces.members.list', summary: "List a workspace's members and their roles.", params: workspaceIdParams },
    async ({ tx, workspace, params }) => ({
      data: await listMembers(tx, workspace, params.id),
    }),
  ),
});
