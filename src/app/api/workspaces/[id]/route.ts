import { workspaceIdParams, workspaceUpdateSchema } from '@/features/workspaces/schema';
import { deleteWorkspace, getWorkspace, renameWorkspace } from '@/features/workspaces/service';
import { methods, route } from '@/lib/http';

// the role needed is checked in the workspace named by the path (the service), not the request's
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'workspaces.get', summary: 'Get a workspace and your role in it.', params: workspaceIdParams },
    async ({ tx, workspace, params }) => ({
      data: await getWorkspace(tx, workspace, params.id),
    }),
  ),
  PUT: route(
    {
      name: 'workspaces.update',
      summary: 'Rename a workspace or change its settings (admins).',
      role: 'viewer',
      params: workspaceIdParams,
      body: workspaceUpdateSchema,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const updated = await renameWorkspace(tx, workspace, params.id, body.name);
      audit('workspace.renamed', { workspace_id: updated.id });
      return { data: updated };
    },
  ),
  DELETE: route(
    {
      name: 'workspaces.delete',
      apiKey: 'never',
      summary: 'Delete a workspace and everything in it (owner only).',
      role: 'viewer',
      params: workspaceIdParams,
    },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteWorkspace(tx, workspace, params.id);
      audit('workspace.deleted', { workspace_id: deleted.id });
      return { data: deleted };
    },
  ),
});
