import { logoUploadSchema, MAX_LOGO_BYTES } from '@/features/users/schema';
import { checkLogo, getLogo, removeLogo, setLogo } from '@/features/users/service';
import { errors } from '@/lib/errors';
import { methods, route, routeWithoutTransaction } from '@/lib/http';

/** The business logo printed on invoices: the image (GET), a new one as base64 JSON (PUT), or none (DELETE). */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'invoices.logo.get', summary: 'The logo printed on invoices and quotes (the image itself).', produces: 'image/*' },
    async ({ tx, workspace }) => {
      const logo = await getLogo(tx, workspace);
      if (!logo) throw errors.notFound('Logo');
      return new Response(new Uint8Array(logo.bytes), {
        headers: {
          'Content-Type': logo.content_type,
          'Content-Length': String(logo.bytes.length),
          'Content-Disposition': `inline; filename="logo.${logo.content_type === 'image/png' ? 'png' : 'jpg'}"`,
        },
      });
    },
  ),
  PUT: routeWithoutTransaction(
    // base64 makes the file a third larger, plus the JSON around it
    {
      name: 'invoices.logo.update',
      summary: 'Upload the logo printed on invoices and quotes.',
      role: 'admin',
      body: logoUploadSchema,
      maxBodyBytes: Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4096,
      exactNumbers: false,
    },
    async ({ workspace, body, newTransaction, audit }) => {
      const upload = await checkLogo(body.image);
      const logo = await newTransaction((tx) => setLogo(tx, workspace, upload));
      audit('user.logo_changed', { content_type: logo.content_type, size: logo.size });
      return { data: logo };
    },
  ),
  DELETE: route(
    { name: 'invoices.logo.delete', summary: 'Remove the logo printed on invoices and quotes.', role: 'admin' },
    async ({ tx, workspace, audit }) => {
      const removed = await removeLogo(tx, workspace);
      if (!removed) throw errors.notFound('Logo');
      audit('user.logo_changed', { removed: true });
      return { data: { removed: true } };
    },
  ),
});
