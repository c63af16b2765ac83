import { idParams } from '@/features/bank/schema';
import { getLine } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'bank_lines.get', summary: 'One bank line with its suggestion, or the invoice or transaction it became.', params: idParams },
    async ({ tx, workspace, params }) => ({ data: await getLine(tx, workspace, params.id) }),
  ),
});
