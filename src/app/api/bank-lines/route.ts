import { lineListQuerySchema } from '@/features/bank/schema';
import { exportLinesCsv, listLines } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    {
      name: 'bank_lines.list',
      summary: 'List imported bank lines with their suggested invoice, filtered by status, account and dates.',
      query: lineListQuerySchema,
    },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportLinesCsv(newTransaction, workspace, query) : listLines(tx, workspace, query),
  ),
});
