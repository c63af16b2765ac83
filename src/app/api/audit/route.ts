import { auditListQuerySchema } from '@/features/audit/schema';
import { listAudit } from '@/features/audit/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'audit.list', summary: 'List the audit trail of the workspace.', query: auditListQuerySchema },
    async ({ tx, workspace, query }) => listAudit(tx, workspace, query),
  ),
});
