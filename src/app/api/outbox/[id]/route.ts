import { z } from 'zod';
import { readOutboxMessage } from '@/lib/email';
import { errors } from '@/lib/errors';
import { methods, routeWithoutTransaction } from '@/lib/http';
import { pdfResponse } from '@/lib/pdf/response';

const params = z.strictObject({ id: z.string().regex(/^[\w-]{10,80}$/) });
const query = z.strictObject({
  attachment: z
    .string()
    .regex(/^\d{1,3}$/, 'must be an attachment number')
    .optional(),
});

/** The raw message (`message/rfc822`, opens in any mail program), or one attachment with `?attachment=N`. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: routeWithoutTransaction(
    { name: 'outbox.get', summary: 'Get an email of the outbox with its delivery attempts.', params, query },
    async ({ workspace, params: { id }, query: q }) => {
      const found = await readOutboxMessage(workspace.id, id);
      if (!found) throw errors.notFound('Message');
      if (q.attachment !== undefined) {
        const index = Number(q.attachment);
        const meta = found.message.attachments[index];
        const content = found.attachment(index);
        if (!meta || !content) throw errors.notFound('Attachment');
        if (meta.contentType === 'application/pdf') return pdfResponse(content, meta.filename);
        return new Response(new Uint8Array(content), {
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Disposition': `attachment; filename="${meta.filename.replace(/[^\w.-]+/g, '_')}"`,
          },
        });
      }
      return new Response(new Uint8Array(found.raw), {
        headers: { 'Content-Type': 'message/rfc822', 'Content-Disposition': `attachment; filename="${id}.eml"` },
      });
    },
  ),
});
