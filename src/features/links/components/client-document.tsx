import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatMoney } from '@/lib/money';
import { formatCalendarDate } from '@/lib/time';
import type { ClientView } from '../schema';

const STATUS_WORDS: Record<string, string> = {
  draft: 'Draft',
  sent: 'Awaiting your answer',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired',
  converted: 'Accepted and invoiced',
  overdue: 'Overdue',
  paid: 'Paid',
  cancelled: 'Cancelled',
};

/**
 * An invoice or quote as its client sees it through a link: who it is from
 * and to, the lines and totals, and for a sent quote Accept and Decline
 * (plain forms: they work without JavaScript).
 */
export function ClientDocument({ view, token }: { view: ClientView; token: string }) {
  const { document: doc, business, client } = view;
  const money = (value: string) => formatMoney(value, doc.currency);
  const day = (value: string) => formatCalendarDate(value);
  const isQuote = doc.kind === 'quote';
  const status = isQuote ? doc.status : doc.effective_status;
  const base = `/p/${encodeURIComponent(token)}`;
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <Card>
        <CardHeader className="flex flex-row items-start justify-between gap-4">
          <div>
            <p className="text-sm text-muted-foreground">{business.name}</p>
            <CardTitle className="text-2xl">
              {isQuote ? 'Quote' : 'Invoice'} {doc.number}
            </CardTitle>
          </div>
          <Badge tone="neutral" data-testid="client-status">
            {STATUS_WORDS[status] ?? status}
          </Badge>
        </CardHeader>
        <CardContent className="space-y-6">
          <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-muted-foreground">From</dt>
              <dd className="whitespace-pre-line">{[business.name, business.address, business.email].filter(Boolean).join('\n')}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">To</dt>
              <dd className="whitespace-pre-line">
                {client ? [client.name, client.company, client.address].filter(Boolean).join('\n') : '—'}
              </dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Issued</dt>
              <dd>{day(doc.issue_date)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">{isQuote ? 'Valid until' : 'Due'}</dt>
              <dd>{day(isQuote ? doc.valid_until : doc.due_date)}</dd>
            </div>
          </dl>
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Lines</caption>
              <thead>
                <tr className="border-b text-left text-muted-foreground">
                  <th scope="col" className="py-2 font-medium">
                    Description
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Qty
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Unit price
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {doc.items.map((item, index) => (
                  <tr key={index} className="border-b">
                    <td className="py-2 whitespace-pre-line">{item.description}</td>
                    <td className="py-2 text-right tabular-nums">{item.quantity}</td>
                    <td className="py-2 text-right tabular-nums">{money(item.unit_price)}</td>
                    <td className="py-2 text-right tabular-nums">{money(item.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl className="ml-auto w-full max-w-xs space-y-1 text-sm">
            <Row label="Subtotal" value={money(doc.subtotal)} />
            {doc.discount_type ? <Row label="Discount" value={`−${money(doc.discount_amount)}`} /> : null}
            {doc.taxes.map((tax) => (
              <Row key={tax.rate} label={`Tax ${tax.rate}%`} value={money(tax.amount)} />
            ))}
            <Row label="Total" value={money(doc.total_amount)} strong />
            {!isQuote ? <Row label="Balance due" value={money(doc.balance_due)} strong /> : null}
          </dl>
          {doc.notes ? <p className="text-sm whitespace-pre-line text-muted-foreground">{doc.notes}</p> : null}
          {!isQuote && business.payment_instructions && doc.balance_due !== '0.00' ? (
            <div className="text-sm">
              <p className="font-medium">How to pay</p>
              <p className="whitespace-pre-line text-muted-foreground">{business.payment_instructions}</p>
            </div>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button asChild variant="outline">
              <a href={`${base}/pdf`}>Download PDF</a>
            </Button>
            {isQuote && doc.status === 'sent' ? (
              <>
                <form method="post" action={`${base}/accept`}>
                  <Button type="submit">Accept quote</Button>
                </form>
                <form method="post" action={`${base}/decline`}>
                  <Button type="submit" variant="outline">
                    Decline
                  </Button>
                </form>
              </>
            ) : null}
          </div>
        </CardContent>
      </Card>
    </main>
  );
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 ${strong ? 'font-semibold' : ''}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}
