import { z } from 'zod';
import { CONTACT_STATUSES, contactListQuerySchema } from '@/features/contacts/schema';
import { listContacts } from '@/features/contacts/service';
import { taskListQuerySchema } from '@/features/tasks/schema';
import { listTasks } from '@/features/tasks/service';
import { transactionTotals } from '@/features/transactions/service';
import { readTool, type Tool } from './types';

/**
 * The figures an owner checks each morning, computed through the feature
 * services (the same rows and rules as their pages).
 */

export const overviewTools: Tool[] = [
  readTool({
    name: 'get_overview',
    kind: 'read',
    description:
      'Figures at a glance: contacts by status; open, overdue and due-today tasks; this month\'s income, expense and net.',
    input: z.strictObject({}),
    async run(ctx) {
      const { tx, user, today } = ctx;
      const base = contactListQuerySchema.parse({ limit: '1' });
      const by_status = Object.fromEntries(
        await Promise.all(CONTACT_STATUSES.map(async (s) => [s, (await listContacts(tx, user, { ...base, status: s })).page.total] as const)),
      );
      const tasks = async (params: Record<string, string>) =>
        (await listTasks(tx, user, taskListQuerySchema.parse({ limit: '1', status: 'pending,in_progress', ...params }))).page.total;
      const monthStart = `${today.slice(0, 8)}01`;
      const month = await transactionTotals(tx, user, { from: monthStart, to: today });
      return {
        today,
        contacts: { total: Object.values(by_status).reduce((a, b) => a + b, 0), by_status },
        tasks: { open: await tasks({}), overdue: await tasks({ overdue: 'true' }), due_today: await tasks({ from: today, to: today }) },
        month: { from: monthStart, to: today, currency: user.currency, ...month },
      };
    },
  }),
];
