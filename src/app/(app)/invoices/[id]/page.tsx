import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { listInvoiceEdits } from '@/features/audit/service';
import { linesOfInvoice } from '@/features/bank/service';
import { CreditNotesCard } from '@/features/credit-notes/components/credit-notes-card';
import { creditPanel } from '@/features/credit-notes/service';
import { InvoiceActions, RemovePaymentButton } from '@/features/invoices/components/invoice-actions';
import { InvoiceHistory } from '@/features/invoices/components/invoice-history';
import { InvoicePreview } from '@/features/invoices/components/invoice-preview';
import { InvoiceStatusBadge } from '@/features/invoices/components/invoice-status-badge';
import { findInvoiceDocument, todayFor } from '@/features/invoices/service';
import { ShareLinkCard } from '@/features/links/components/share-link-card';
import { openLink } from '@/features/links/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { formatCalendarDate } from '@/lib/time';
import { compareMoney, formatMoney } from '@/lib/money';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'Invoice' };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const loaded = await asPageUser(async (tx, user) => {
    const document = await findInvoiceDocument(tx, user, id.toLowerCase());
    if (!document) return null;
    const [edits, credits, link, bankLines] = await Promise.all([
      listInvoiceEdits(tx, user, document.invoice.id),
      creditPanel(tx, user, document.invoice.id),
      openLink(tx, user, { kind: 'invoice', id: document.invoice.id }),
      linesOfInvoice(tx, user, document.invoice.id),
    ]);
    return { ...document, edits, credits, link, user, bankLines };
  });
  if (!loaded) notFound();
  const { invoice, business, client, events, edits, credits, sender, link, user, bankLines } = loaded;
  const money = (value: string) => formatMoney(value, invoice.currency, user.locale);
  const partlyPaid = compareMoney(invoice.amount_paid, '0.00') > 0;

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <Link href="/invoices" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Invoices
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-all">{invoice.invoice_number}</h1>
            <span data-testid="invoice-status">
              <InvoiceStatusBadge status={invoice.effective_status} partlyPaid={partlyPaid} />
            </span>
          </div>
          <p className="text-muted-foreground">
            {invoice.contact_name ?? 'No client'} · {money(invoice.total_amount)} · due {formatCalendarDate(invoice.due_date, user.locale)}
          </p>
        </div>
        <InvoiceActions
          invoice={invoice}
          locale={user.locale}
          today={todayFor(user)}
          sender={sender}
          greetingName={client?.first_name ?? client?.name ?? null}
        />
      </div>

      <ReadOnlyNote />

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <InvoicePreview invoice={invoice} business={{ ...business, has_logo: sender.has_logo }} client={client} locale={user.locale} />
        <div className="grid content-start gap-5">
          {invoice.quote_id ? (
            <p className="text-sm">
              <Link href={`/quotes/${invoice.quote_id}`} className="underline">
                Made from a quote
              </Link>
            </p>
          ) : null}
          <ShareLinkCard
            endpoint={`/api/invoices/${invoice.id}/share`}
            open={link ? { expires_at: link.expires_at.toISOString() } : null}
            viewedAt={invoice.viewed_at ? new Date(invoice.viewed_at).toISOString() : null}
            viewCount={invoice.view_count}
            locale={user.locale}
          />
          <Card>
            <CardHeader>
              <CardTitle>Payments</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              {invoice.payments.length === 0 ? (
                <p className="text-muted-foreground">
                  {invoice.status === 'draft' && canWrite(user.role)
                    ? 'Send the invoice (or mark it as sent) to record payments.'
                    : 'No payments yet.'}
                </p>
              ) : (
                <ul className="grid gap-2" aria-label="Payments">
                  {invoice.payments.map((p) => (
                    <li key={p.id} className="flex items-center justify-between gap-2">
                      <div className="min-w-0">
                        <p className="font-medium tabular-nums">{money(p.amount)}</p>
                        <p className="truncate text-xs text-muted-foreground">
                          {formatCalendarDate(p.date, user.locale)}
                          {p.description ? ` · ${p.description}` : ''}
                        </p>
                      </div>
                      <RemovePaymentButton invoiceId={invoice.id} paymentId={p.id} label={money(p.amount)} />
                    </li>
                  ))}
                </ul>
              )}
              <dl className="grid grid-cols-2 gap-1 border-t pt-3">
                <dt className="text-muted-foreground">Paid</dt>
                <dd className="text-right tabular-nums" data-testid="amount-paid">
                  {money(invoice.amount_paid)}
                </dd>
                {credits.notes.length > 0 ? (
                  <>
                    <dt className="text-muted-foreground">Credited</dt>
                    <dd className="text-right tabular-nums" data-testid="credited-amount">
                      {money(invoice.credited_amount)}
                    </dd>
                  </>
                ) : null}
                <dt className="text-muted-foreground">Balance due</dt>
                <dd className="text-right font-semibold tabular-nums" data-testid="balance-due">
                  {money(invoice.balance_due)}
                </dd>
              </dl>
            </CardContent>
          </Card>
          {bankLines.length > 0 ? (
            <Card data-testid="bank-lines">
              <CardHeader>
                <CardTitle>Paid from the bank</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                {bankLines.map((line) => (
                  <Link key={line.id} href="/bank?status=matched" className="flex justify-between gap-2 hover:underline">
                    <span className="truncate">
                      {formatCalendarDate(line.date, user.locale)} · {line.counterparty ?? line.description}
                    </span>
                    <span className="tabular-nums">{money(line.amount)}</span>
                  </Link>
                ))}
              </CardContent>
            </Card>
          ) : null}
          {invoice.status !== 'draft' ? (
            <CreditNotesCard
              notes={credits.notes}
              invoice={credits.invoice}
              currency={invoice.currency}
              locale={user.locale}
              canCredit={credits.creditable && canWrite(user.role)}
            />
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>History</CardTitle>
            </CardHeader>
            <CardContent>
              <InvoiceHistory events={events} edits={edits} currency={invoice.currency} user={user} />
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
