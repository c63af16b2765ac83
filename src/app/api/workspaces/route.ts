import { workspaceCreateSchema } from '@/features/workspaces/schema';
import { createWorkspace, listWorkspaces } from '@/features/workspaces/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'workspaces.list', summary: 'List the workspaces you belong to, with your role.' }, async ({ tx, workspace }) => ({
    data: await listWorkspaces(tx, workspace),
  })),
  // anyone may start a workspace of their own, whatever their role in the current one
  POST: route(
    {
      name: 'workspaces.create',
      apiKey: 'never',
      summary: 'Create a workspace (you become its owner).',
      role: 'viewer',
      body: workspaceCreateSchema,
      status: 201,
    },
    async ({ tx, workspace, body, audit }) => {
      const created = await createWorkspace(tx, workspace, body.name);
      audit('workspace.created', { workspace_id: created.id });
      return { data: created };
    },
  ),
});
