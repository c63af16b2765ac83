import { z } from 'zod';
import { dateOut, idOut, timestampOut } from '@/lib/openapi/schemas';
import { TASK_PRIORITIES, TASK_STATUSES, type Task } from './schema';

/** A task as the API answers it, for the API description (`satisfies` keeps it in step with `Task`). */
export const taskResponse = z
  .object({
    id: idOut,
    workspace_id: idOut,
    user_id: idOut.nullable().meta({ description: 'Who made it (null: imported, or a person since deleted).' }),
    assignee_id: idOut.nullable().meta({ description: 'The member who is to do it (null: nobody yet).' }),
    contact_id: idOut.nullable(),
    title: z.string(),
    description: z.string().nullable(),
    due_date: timestampOut.nullable().meta({ description: 'The moment it is due (for a task due on a day: the end of `due_on`).' }),
    due_on: dateOut.nullable().meta({ description: 'The day it is due when it has no time, else null.' }),
    status: z.enum(TASK_STATUSES),
    priority: z.enum(TASK_PRIORITIES),
    completed_at: timestampOut.nullable(),
    created_at: timestampOut,
    updated_at: timestampOut,
  } satisfies Record<keyof Task, z.ZodType>)
  .meta({ id: 'Task' });
