import { taskResponse } from '@/features/tasks/response';
import { TASK_READ_ONLY, taskIdParams, taskUpdateSchema } from '@/features/tasks/schema';
import { deleteTask, getTask, updateTask } from '@/features/tasks/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'tasks.get', summary: 'Get a task.', response: taskResponse, params: taskIdParams },
    async ({ tx, workspace, params }) => ({
      data: await getTask(tx, workspace, params.id),
    }),
  ),
  PUT: route(
    {
      name: 'tasks.update',
      summary: 'Update a task (completing it sets completed_at).',
      response: taskResponse,
      params: taskIdParams,
      body: taskUpdateSchema,
      readOnly: TASK_READ_ONLY,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const task = await updateTask(tx, workspace, params.id, body);
      audit('task.updated', { task_id: task.id, fields: Object.keys(body) });
      return { data: task };
    },
  ),
  DELETE: route({ name: 'tasks.delete', summary: 'Delete a task.', params: taskIdParams }, async ({ tx, workspace, params, audit }) => {
    const deleted = await deleteTask(tx, workspace, params.id);
    audit('task.deleted', { task_id: deleted.id });
    return { data: { id: deleted.id, deleted: true } };
  }),
});
