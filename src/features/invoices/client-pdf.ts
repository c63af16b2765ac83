import type { ClientView } from '@/features/links/schema';
import { pdfFilename } from './delivery';
import { type InvoicePdfData, renderInvoicePdf } from './pdf';
import type { InvoiceDetail } from './schema';

/**
 * The PDF behind a client link (docs/decisions/0111-client-links.md): the
 * same renderer as the app's, fed only with what the link's security definer
 * function returned (no ids, nothing else of the workspace).
 */
export async function clientDocumentPdf(view: ClientView): Promise<{ filename: string; pdf: Buffer }> {
  const doc = view.document;
  const isQuote = doc.kind === 'quote';
  const invoice = {
    id: '',
    workspace_id: '',
    user_id: null,
    contact_id: null,
    invoice_number: doc.number,
    status: isQuote ? (doc.status === 'draft' ? 'draft' : 'sent') : doc.status,
    effective_status: isQuote ? (doc.status === 'draft' ? 'draft' : 'sent') : doc.effective_status,
    issue_date: doc.issue_date,
    due_date: isQuote ? doc.valid_until : doc.due_date,
    currency: doc.currency,
    subtotal: doc.subtotal,
    discount_type: doc.discount_type,
    discount_value: doc.discount_value,
    discount_amount: doc.discount_amount,
    taxes: doc.taxes,
    tax_amount: doc.tax_amount,
    total_amount: doc.total_amount,
    amount_paid: isQuote ? '0.00' : doc.amount_paid,
    credited_amount: isQuote ? '0.00' : doc.credited_amount,
    balance_due: isQuote ? doc.total_amount : doc.balance_due,
    recurring_invoice_id: null,
    recurring_period: null,
    credit_notes: [],
    notes: doc.notes,
    sent_at: null,
    paid_at: null,
    quote_id: null,
    viewed_at: null,
    view_count: 0,
    created_at: new Date(0),
    updated_at: new Date(0),
    contact_name: view.client?.name ?? null,
    contact_email: view.client?.email ?? null,
    contact_company: view.client?.company ?? null,
    items: doc.items.map((item, position) => ({
      id: String(position),
      description: item.description,
      quantity: Number(item.quantity),
      unit_price: item.unit_price,
      tax_rate: item.tax_rate,
      total: item.total,
      position,
    })),
    payments: isQuote
      ? []
      : doc.payments.map((p, index) => ({
          id: String(index),
          amount: p.amount,
          date: p.date,
          description: p.description,
          category: null,
          created_at: new Date(0),
        })),
  } satisfies InvoiceDetail;
  const logo = view.business.logo;
  const data: InvoicePdfData = {
    invoice,
    client: view.client,
    business: {
      ...view.business,
      logo: logo
        ? { bytes: Buffer.from(logo.bytes, 'base64'), width: logo.width, height: logo.height, content_type: logo.content_type }
        : null,
    },
    locale: 'en-US',
    ...(isQuote ? { kind: 'quote' as const, quoteStatus: doc.status } : {}),
  };
  return { filename: pdfFilename(invoice, isQuote ? 'quote' : 'invoice'), pdf: await renderInvoicePdf(data) };
}
