import { TASK_READ_ONLY, taskIdParams, taskUpdateSchema } from '@/features/tasks/schema';
import { deleteTask, getTask, updateTask } from '@/features/tasks/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'tasks.get', params: taskIdParams }, async ({ tx, user, params }) => ({
    data: await getTask(tx, user, params.id),
  })),
  PUT: route(
    { name: 'tasks.update', params: taskIdParams, body: taskUpdateSchema, readOnly: TASK_READ_ONLY },
    async ({ tx, user, params, body, audit }) => {
      const task = await updateTask(tx, user, params.id, body);
      audit('task.updated', { task_id: task.id, fields: Object.keys(body) });
      return { data: task };
    },
  ),
  DELETE: route({ name: 'tasks.delete', params: taskIdParams }, async ({ tx, user, params, audit }) => {
    const deleted = await deleteTask(tx, user, params.id);
    audit('task.deleted', { task_id: deleted.id });
    return { data: { id: deleted.id, deleted: true } };
  }),
});
