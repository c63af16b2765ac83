import { taskResponse } from '@/features/tasks/response';
import { TASK_READ_ONLY, taskCreateSchema, taskListQuerySchema } from '@/features/tasks/schema';
import { createTask, exportTasksCsv, listTasks } from '@/features/tasks/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    {
      name: 'tasks.list',
      summary: 'List tasks, searched, filtered and sorted (JSON or CSV).',
      response: taskResponse,
      query: taskListQuerySchema,
    },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportTasksCsv(newTransaction, workspace, query) : listTasks(tx, workspace, query),
  ),
  POST: route(
    {
      name: 'tasks.create',
      summary: 'Create a task.',
      response: taskResponse,
      body: taskCreateSchema,
      readOnly: TASK_READ_ONLY,
      status: 201,
    },
    async ({ tx, workspace, body, audit }) => {
      const task = await createTask(tx, workspace, body);
      audit('task.created', { task_id: task.id });
      return { data: task };
    },
  ),
});
