import { formatCalendarDate } from '@/lib/time';
import { compareMoney, formatMoney } from '@/lib/money';
import { writeDecimal } from '@/lib/money/input';
import type { InvoiceDetail } from '../schema';

export interface PreviewParty {
  name: string | null;
  address: string | null;
  tax_id?: string | null;
  email: string | null;
  company?: string | null;
}

/** The business as printed: its party details, how to pay, and whether it has a logo (served by the API). */
export interface PreviewBusiness extends PreviewParty {
  payment_instructions?: string | null;
  has_logo?: boolean;
}

/** The invoice as the client sees it: the same content and totals as the PDF. */
export function InvoicePreview({
  invoice,
  business,
  client,
  locale,
}: {
  invoice: InvoiceDetail;
  business: PreviewBusiness;
  client: PreviewParty | null;
  locale: string;
}) {
  const money = (value: string) => formatMoney(value, invoice.currency, locale);
  const day = (value: string) => formatCalendarDate(value, locale);
  const hasTax = invoice.items.some((i) => i.tax_rate !== '0');
  return (
    <article
      aria-label={`Invoice ${invoice.invoice_number} as the client sees it`}
      className="rounded-lg border bg-white p-5 text-slate-900 shadow-sm sm:p-8"
    >
      <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          {business.has_logo ? (
            // the account's own logo, served by its API (the same image the PDF prints)
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src="/api/invoices/settings/logo"
              alt={`${business.name ?? 'Business'} logo`}
              className="mb-2 max-h-14 max-w-48 object-contain"
            />
          ) : null}
          <p className="text-lg font-semibold break-words">{business.name ?? ''}</p>
          <p className="text-xs whitespace-pre-line text-slate-500">
            {[business.address, business.tax_id ? `Tax ID: ${business.tax_id}` : null, business.email].filter(Boolean).join('\n')}
          </p>
        </div>
        <div className="sm:text-right">
          <p className="text-2xl font-bold tracking-tight text-blue-800">INVOICE</p>
          <p className="font-semibold break-all">{invoice.invoice_number}</p>
        </div>
      </header>

      <div className="mt-6 grid gap-5 sm:grid-cols-2">
        <div className="min-w-0">
          <p className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">Bill to</p>
          {client ? (
            <div className="mt-1 text-sm break-words">
              <p className="font-semibold">{client.name}</p>
              <p className="whitespace-pre-line text-slate-700">
                {[client.company && client.company !== client.name ? client.company : null, client.address, client.email]
                  .filter(Boolean)
                  .join('\n')}
              </p>
            </div>
          ) : (
            <p className="mt-1 text-sm text-slate-500">No client chosen yet.</p>
          )}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">Issue date</dt>
          <dd className="text-right font-medium">{day(invoice.issue_date)}</dd>
          <dt className="text-slate-500">Due date</dt>
          <dd className="text-right font-medium">{day(invoice.due_date)}</dd>
          <dt className="text-slate-500">Amount due</dt>
          <dd className="text-right text-base font-bold text-blue-800">{money(invoice.balance_due)}</dd>
        </dl>
      </div>

      <div className="mt-6 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b-2 border-slate-900 text-[11px] uppercase tracking-wide text-slate-500">
              <th className="py-2 pr-2 text-left font-semibold">Description</th>
              <th className="px-2 py-2 text-right font-semibold">Qty</th>
              <th className="hidden px-2 py-2 text-right font-semibold sm:table-cell">Unit price</th>
              {hasTax ? <th className="hidden px-2 py-2 text-right font-semibold sm:table-cell">Tax</th> : null}
              <th className="py-2 pl-2 text-right font-semibold">Amount</th>
            </tr>
          </thead>
          <tbody>
            {invoice.items.map((item) => (
              <tr key={item.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-2 whitespace-pre-line break-words">
                  {item.description}
                  <span className="block text-xs text-slate-500 sm:hidden">
                    {money(item.unit_price)} each{hasTax ? ` · tax ${item.tax_rate}%` : ''}
                  </span>
                </td>
                <td className="px-2 py-2 text-right tabular-nums">{writeDecimal(String(item.quantity), locale)}</td>
                <td className="hidden px-2 py-2 text-right tabular-nums sm:table-cell">{money(item.unit_price)}</td>
                {hasTax ? <td className="hidden px-2 py-2 text-right text-slate-500 sm:table-cell">{item.tax_rate}%</td> : null}
                <td className="py-2 pl-2 text-right tabular-nums">{money(item.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <dl className="mt-4 ml-auto grid max-w-sm gap-1 text-sm" data-testid="invoice-totals">
        <Row label="Subtotal" value={money(invoice.subtotal)} />
        {invoice.discount_type ? (
          <Row
            label={invoice.discount_type === 'percent' ? `Discount (${invoice.discount_value!.replace(/\.?0+$/, '')}%)` : 'Discount'}
            value={`−${money(invoice.discount_amount)}`}
          />
        ) : null}
        {invoice.taxes.map((tax) => (
          <Row key={tax.rate} label={`Tax ${tax.rate}% on ${money(tax.base)}`} value={money(tax.amount)} />
        ))}
        <div className="mt-1 border-t border-slate-900 pt-1">
          <Row label="Total" value={money(invoice.total_amount)} strong />
        </div>
        {compareMoney(invoice.amount_paid, '0.00') > 0 ? <Row label="Paid" value={`−${money(invoice.amount_paid)}`} /> : null}
        <div className="border-t border-slate-200 pt-1">
          <Row label="Balance due" value={money(invoice.balance_due)} strong testId="invoice-balance" />
        </div>
      </dl>

      {business.payment_instructions && compareMoney(invoice.balance_due, '0.00') > 0 && invoice.status !== 'cancelled' ? (
        <section className="mt-6" data-testid="how-to-pay">
          <p className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">How to pay</p>
          <p className="mt-1 text-sm whitespace-pre-line break-words">{business.payment_instructions}</p>
        </section>
      ) : null}

      {invoice.notes ? (
        <section className="mt-6">
          <p className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">Notes</p>
          <p className="mt-1 text-sm whitespace-pre-line break-words">{invoice.notes}</p>
        </section>
      ) : null}
    </article>
  );
}

function Row({ label, value, strong = false, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className={`flex items-baseline justify-between gap-4 ${strong ? 'font-semibold' : ''}`}>
      <dt className={strong ? '' : 'text-slate-500'}>{label}</dt>
      <dd className="tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
