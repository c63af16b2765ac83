import { invoiceIdParams } from '@/features/invoices/schema';
import { issueLink, revokeLink } from '@/features/links/service';
import { requestOrigin } from '@/lib/auth/config';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'invoices.share', summary: 'Create (or get) the public link of an invoice.', params: invoiceIdParams },
    async ({ req, tx, workspace, params, audit }) => {
      const link = await issueLink(tx, workspace, { kind: 'invoice', id: params.id }, requestOrigin(req.nextUrl, req.headers));
      audit('invoice.shared', { invoice_id: params.id, expires_at: link.expires_at });
      return { data: link };
    },
  ),
  DELETE: route(
    { name: 'invoices.unshare', summary: 'Revoke the public link of an invoice.', params: invoiceIdParams },
    async ({ tx, workspace, params, audit }) => {
      const result = await revokeLink(tx, workspace, { kind: 'invoice', id: params.id });
      audit('invoice.unshared', { invoice_id: params.id, revoked: result.revoked });
      return { data: result };
    },
  ),
});
