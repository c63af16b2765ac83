import { bulkSchema } from '@/features/bank/schema';
import { bulkLines } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    {
      name: 'bank_lines.bulk',
      summary: 'Accept the suggestions of, book, ignore or unignore many bank lines at once (all or nothing).',
      body: bulkSchema,
    },
    async ({ tx, workspace, body, audit }) => {
      const result = await bulkLines(tx, workspace, body);
      audit('bank_lines.bulk', { action: result.action, count: result.count });
      return { data: result };
    },
  ),
});
