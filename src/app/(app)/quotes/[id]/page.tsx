import * as React from 'react';
import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ShareLinkCard } from '@/features/links/components/share-link-card';
import { QuoteActions } from '@/features/quotes/components/quote-actions';
import { QuoteStatusBadge } from '@/features/quotes/components/quote-status-badge';
import { findQuote, quoteLink } from '@/features/quotes/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { asPageUser } from '@/lib/auth/page';
import { formatMoney } from '@/lib/money';
import { formatCalendarDate } from '@/lib/time';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'Quote' };

export default async function QuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const loaded = await asPageUser(async (tx, user) => {
    const quote = await findQuote(tx, user, id.toLowerCase());
    return quote ? { quote, link: await quoteLink(tx, user, quote.id), user } : null;
  });
  if (!loaded) notFound();
  const { quote, link, user } = loaded;
  const money = (value: string) => formatMoney(value, quote.currency, user.locale);
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <Link href="/quotes" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Quotes
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-all">{quote.quote_number}</h1>
            <span data-testid="quote-status">
              <QuoteStatusBadge status={quote.status} />
            </span>
          </div>
          <p className="text-muted-foreground">
            {quote.contact_name ?? 'No client'} · {money(quote.total_amount)} · valid until{' '}
            {formatCalendarDate(quote.valid_until, user.locale)}
          </p>
          {quote.invoice_id ? (
            <p className="text-sm">
              <Link href={`/invoices/${quote.invoice_id}`} className="underline">
                Open the invoice made from this quote
              </Link>
            </p>
          ) : null}
        </div>
        <QuoteActions id={quote.id} status={quote.status} number={quote.quote_number} />
      </div>
      <ReadOnlyNote />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <CardHeader>
            <CardTitle>Lines</CardTitle>
          </CardHeader>
          <CardContent>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">Lines of the quote</caption>
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
                      Tax
                    </th>
                    <th scope="col" className="py-2 text-right font-medium">
                      Amount
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {quote.items.map((item) => (
                    <tr key={item.id} className="border-b">
                      <td className="py-2 whitespace-pre-line">{item.description}</td>
                      <td className="py-2 text-right tabular-nums">{item.quantity}</td>
                      <td className="py-2 text-right tabular-nums">{money(item.unit_price)}</td>
                      <td className="py-2 text-right tabular-nums">{item.tax_rate === '0' ? '—' : `${item.tax_rate}%`}</td>
                      <td className="py-2 text-right tabular-nums">{money(item.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <dl className="ml-auto mt-4 grid max-w-xs grid-cols-2 gap-1 text-sm">
              <dt className="text-muted-foreground">Subtotal</dt>
              <dd className="text-right tabular-nums">{money(quote.subtotal)}</dd>
              {quote.discount_type ? (
                <>
                  <dt className="text-muted-foreground">Discount</dt>
                  <dd className="text-right tabular-nums">−{money(quote.discount_amount)}</dd>
                </>
              ) : null}
              {quote.taxes.map((tax) => (
                <React.Fragment key={tax.rate}>
                  <dt className="text-muted-foreground">Tax {tax.rate}%</dt>
                  <dd className="text-right tabular-nums">{money(tax.amount)}</dd>
                </React.Fragment>
              ))}
              <dt className="font-semibold">Total</dt>
              <dd className="text-right font-semibold tabular-nums" data-testid="quote-total">
                {money(quote.total_amount)}
              </dd>
            </dl>
            {quote.notes ? <p className="mt-4 text-sm whitespace-pre-line text-muted-foreground">{quote.notes}</p> : null}
          </CardContent>
        </Card>
        <div className="grid content-start gap-5">
          <ShareLinkCard
            endpoint={`/api/quotes/${quote.id}/share`}
            open={link ? { expires_at: link.expires_at.toISOString() } : null}
            viewedAt={quote.viewed_at ? new Date(quote.viewed_at).toISOString() : null}
            viewCount={quote.view_count}
            locale={user.locale}
          />
        </div>
      </div>
    </div>
  );
}
