import { idParams } from '@/features/bank/schema';
import { unmatchLine } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'bank_lines.unmatch', summary: 'Undo a match: remove the payment it recorded and put the line back.', params: idParams },
    async ({ tx, workspace, params, audit }) => {
      const line = await unmatchLine(tx, workspace, params.id);
      audit('bank_line.unmatched', { bank_line_id: line.id });
      return { data: line };
    },
  ),
});
