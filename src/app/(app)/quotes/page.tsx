import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { QuoteStatusBadge } from '@/features/quotes/components/quote-status-badge';
import { QUOTE_EFFECTIVE_STATUSES, QUOTE_STATUS_LABELS, quoteListQuerySchema } from '@/features/quotes/schema';
import { listQuotes } from '@/features/quotes/service';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { formatMoney } from '@/lib/money';
import { formatCalendarDate } from '@/lib/time';

export const metadata: Metadata = { title: 'Quotes' };

export default async function QuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { status } = await searchParams;
  const chosen = typeof status === 'string' && (QUOTE_EFFECTIVE_STATUSES as readonly string[]).includes(status) ? status : undefined;
  const query = quoteListQuerySchema.parse({ limit: '200', ...(chosen ? { status: chosen } : {}) });
  const { quotes, user } = await asPageUser(async (tx, u) => ({ quotes: await listQuotes(tx, u, query), user: u }));
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Quotes</h1>
        {canWrite(user.role) ? (
          <Button asChild>
            <Link href="/quotes/new">New quote</Link>
          </Button>
        ) : null}
      </div>
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        <Link href="/quotes" className={chosen ? 'text-muted-foreground' : 'font-semibold'}>
          All
        </Link>
        {QUOTE_EFFECTIVE_STATUSES.map((s) => (
          <Link key={s} href={`/quotes?status=${s}`} className={chosen === s ? 'font-semibold' : 'text-muted-foreground'}>
            {QUOTE_STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      <Card>
        <CardContent className="p-0">
          {quotes.data.length === 0 ? (
            <p className="p-6 text-sm text-muted-foreground">No quotes {chosen ? 'with this status' : 'yet'}.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">Quotes</caption>
                <thead>
                  <tr className="border-b text-left text-muted-foreground">
                    <th scope="col" className="px-4 py-2 font-medium">
                      Number
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Client
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Status
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Valid until
                    </th>
                    <th scope="col" className="px-4 py-2 text-right font-medium">
                      Total
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {quotes.data.map((q) => (
                    <tr key={q.id} className="border-b last:border-0">
                      <td className="px-4 py-2">
                        <Link href={`/quotes/${q.id}`} className="font-medium hover:underline">
                          {q.quote_number}
                        </Link>
                      </td>
                      <td className="px-4 py-2">{q.contact_name ?? '—'}</td>
                      <td className="px-4 py-2">
                        <QuoteStatusBadge status={q.status} />
                      </td>
                      <td className="px-4 py-2">{formatCalendarDate(q.valid_until, user.locale)}</td>
                      <td className="px-4 py-2 text-right tabular-nums">{formatMoney(q.total_amount, q.currency, user.locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
