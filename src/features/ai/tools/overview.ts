import { z } from 'zod';
import { CONTACT_STATUSES, contactListQuerySchema } from '@/features/contacts/schema';
import { listContacts } from '@/features/contacts/service';
import { invoiceListQuerySchema } from '@/features/invoices/schema';
import { listInvoices } from '@/features/invoices/service';
import { taskListQuerySchema } from '@/features/tasks/schema';
import { listTasks } from '@/features/tasks/service';
import { transactionTotals } from '@/features/transactions/service';
import { addMoney } from '@/lib/money';
import { readTool, type Tool, type ToolContext } from './types';

/**
 * The figures an owner checks each morning, computed through the feature
 * services (the same rows and rules as their pages).
 */

async function invoiceSums(ctx: ToolContext, status: string) {
  let count = 0;
  const byCurrency: Record<string, string> = {};
  let cursor: string | undefined;
  do {
    const page = await listInvoices(
      ctx.tx,
      ctx.user,
      invoiceListQuerySchema.parse({ status, limit: '200', ...(cursor ? { cursor } : {}) }),
    );
    for (const i of page.data) {
      count += 1;
      byCurrency[i.currency] = addMoney(byCurrency[i.currency] ?? '0.00', i.balance_due);
    }
    cursor = page.page.next_cursor ?? undefined;
  } while (cursor);
  return { count, amount: byCurrency };
}

export const overviewTools: Tool[] = [
  readTool({
    name: 'get_overview',
    kind: 'read',
    description:
      'Figures at a glance: contacts by status; open, overdue and due-today tasks; unpaid and overdue invoice balances ' +
      "(per currency); this month's income, expense and net.",
    input: z.strictObject({}),
    async run(ctx) {
      const { tx, user, today } = ctx;
      const base = contactListQuerySchema.parse({ limit: '1' });
      const by_status = Object.fromEntries(
        await Promise.all(
          CONTACT_STATUSES.map(async (s) => [s, (await listContacts(tx, user, { ...base, status: s })).page.total] as const),
        ),
      );
      const tasks = async (params: Record<string, string>) =>
        (await listTasks(tx, user, taskListQuerySchema.parse({ limit: '1', status: 'pending,in_progress', ...params }))).page.total;
      const monthStart = `${today.slice(0, 8)}01`;
      const month = await transactionTotals(tx, user, { from: monthStart, to: today });
      return {
        today,
        contacts: { total: Object.values(by_status).reduce((a, b) => a + b, 0), by_status },
        tasks: { open: await tasks({}), overdue: await tasks({ overdue: 'true' }), due_today: await tasks({ from: today, to: today }) },
        invoices: { outstanding: await invoiceSums(ctx, 'sent,overdue'), overdue: await invoiceSums(ctx, 'overdue') },
        month: { from: monthStart, to: today, currency: user.currency, ...month },
      };
    },
  }),
];
