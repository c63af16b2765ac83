import { ArrowLeft, Pencil } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { InvoiceStatusBadge } from '@/features/invoices/components/invoice-status-badge';
import { invoiceListQuerySchema } from '@/features/invoices/schema';
import { listInvoices } from '@/features/invoices/service';
import { PauseResumeButton } from '@/features/recurring/components/pause-button';
import { FREQUENCY_LABELS } from '@/features/recurring/schema';
import { findRecurring } from '@/features/recurring/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { formatMoney } from '@/lib/money';
import { formatCalendarDate } from '@/lib/time';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'Recurring invoice' };

export default async function RecurringDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const loaded = await asPageUser(async (tx, u) => {
    const profile = await findRecurring(tx, u, id.toLowerCase());
    if (!profile) return null;
    const query = invoiceListQuerySchema.parse({ recurring_invoice_id: profile.id, sort: '-issue_date', limit: '200' });
    return { profile, invoices: (await listInvoices(tx, u, query)).data, user: u };
  });
  if (!loaded) notFound();
  const { profile, invoices, user } = loaded;
  const date = (d: string) => formatCalendarDate(d, user.locale);
  const ends = profile.occurrences ? `after ${profile.occurrences} invoices` : profile.end_date ? `on ${date(profile.end_date)}` : 'never';
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href="/recurring" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Recurring invoices
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <div className="flex items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight">{profile.contact_name ?? 'Client'}</h1>
            <Badge tone={profile.status === 'active' ? 'green' : 'neutral'}>{profile.status === 'active' ? 'Active' : 'Paused'}</Badge>
          </div>
          <p className="text-muted-foreground">
            {FREQUENCY_LABELS[profile.frequency]} from {date(profile.start_date)} · ends {ends} ·{' '}
            {profile.auto_send ? 'sent automatically' : 'left as drafts'}
          </p>
        </div>
        {canWrite(user.role) ? (
          <div className="flex gap-2">
            <PauseResumeButton id={profile.id} status={profile.status} />
            <Button variant="outline" asChild>
              <Link href={`/recurring/${profile.id}/edit`}>
                <Pencil aria-hidden /> Edit
              </Link>
            </Button>
          </div>
        ) : null}
      </div>
      <ReadOnlyNote />
      <div className="grid gap-5 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Next dates</CardTitle>
          </CardHeader>
          <CardContent className="text-sm">
            {profile.next_dates.length === 0 ? (
              <p className="text-muted-foreground">The schedule has ended.</p>
            ) : (
              <ol className="grid gap-1" aria-label="Next dates">
                {profile.next_dates.map((d) => (
                  <li key={d} className="tabular-nums">
                    {date(d)}
                  </li>
                ))}
              </ol>
            )}
            {profile.status === 'paused' ? (
              <p className="mt-3 text-muted-foreground">Paused: nothing is made until it is resumed.</p>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Lines of every invoice</CardTitle>
          </CardHeader>
          <CardContent className="text-sm">
            <ul className="grid gap-1">
              {profile.items.map((item, i) => (
                <li key={i} className="flex justify-between gap-2">
                  <span className="min-w-0 truncate">
                    {item.quantity} × {item.description}
                    {item.tax_rate !== '0' ? ` (${item.tax_rate} % tax)` : ''}
                  </span>
                  <span className="tabular-nums">{formatMoney(item.unit_price, profile.currency, user.locale)}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Invoices it made ({profile.generated_count})</CardTitle>
        </CardHeader>
        <CardContent className="text-sm">
          {invoices.length === 0 ? (
            <p className="text-muted-foreground">None yet.</p>
          ) : (
            <ul className="grid gap-2" aria-label="Invoices it made">
              {invoices.map((inv) => (
                <li key={inv.id} className="flex items-center justify-between gap-2">
                  <Link href={`/invoices/${inv.id}`} className="font-medium hover:underline">
                    {inv.invoice_number}
                  </Link>
                  <span className="text-muted-foreground">{date(inv.issue_date)}</span>
                  <InvoiceStatusBadge status={inv.effective_status} />
                  <span className="tabular-nums">{formatMoney(inv.total_amount, inv.currency, user.locale)}</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
