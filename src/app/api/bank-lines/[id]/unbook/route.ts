import { idParams } from '@/features/bank/schema';
import { unbookLine } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'bank_lines.unbook', summary: 'Undo a booking: delete the transaction the line became.', params: idParams },
    async ({ tx, workspace, params, audit }) => {
      const line = await unbookLine(tx, workspace, params.id);
      audit('bank_line.unbooked', { bank_line_id: line.id });
      return { data: line };
    },
  ),
});
