import { clientDocumentPdf } from '@/features/invoices/service';
import { linkTokenParams } from '@/features/links/schema';
import { clientView } from '@/features/links/service';
import { errors } from '@/lib/errors';
import { methods, publicRoute } from '@/lib/http';
import { pdfResponse } from '@/lib/pdf/response';

/** The PDF of a client link (no account; rate limited per address; a dead link is a 404). */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: publicRoute({ name: 'client_link.pdf', params: linkTokenParams }, async ({ params }) => {
    const view = await clientView(params.token, { view: false });
    if (!view) throw errors.notFound('Link');
    const { filename, pdf } = await clientDocumentPdf(view);
    const response = pdfResponse(pdf, filename);
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return response;
  }),
});
