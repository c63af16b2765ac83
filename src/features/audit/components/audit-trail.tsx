import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatDateTime, type Locale } from '@/lib/format';
import type { Page } from '@/lib/pagination';
import type { ActivityItem } from '../schema';
import { formatTotal } from '@/lib/pagination/count';

/**
 * The account's activity, newest first: one entry per change (an edit, a
 * payment, a send, a sign-in), in plain words, as the database recorded it.
 * Read-only; older entries page by cursor.
 */
export function AuditTrail({
  entries,
  page,
  user,
  olderHref,
  newestHref,
}: {
  entries: ActivityItem[];
  page: Page;
  user: Locale;
  olderHref: (cursor: string) => string;
  newestHref: string | null;
}) {
  return (
    <Card id="activity" className="scroll-mt-4">
      <CardHeader>
        <CardTitle>Activity</CardTitle>
        <CardDescription>
          Every change to your records and every sign-in, recorded as it happens ({formatTotal(page)}{' '}
          {page.total === 1 ? 'entry' : 'entries'}). Nobody can edit or remove an entry.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing recorded yet.</p>
        ) : (
          <ol className="divide-y" aria-label="Activity, newest first">
            {entries.map((entry) => (
              <li key={entry.id} className="py-2.5 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="min-w-0 break-words font-medium">{entry.title}</span>
                  <span className="shrink-0 text-xs text-muted-foreground">
                    {entry.actor} ·{' '}
                    <time dateTime={new Date(entry.created_at).toISOString()}>{formatDateTime(entry.created_at, user)}</time>
                  </span>
                </div>
                {entry.details.length > 0 ? (
                  <ul className="mt-1 space-y-0.5 text-muted-foreground">
                    {entry.details.map((d, i) => (
                      <li key={i} className="break-words">
                        {d}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {page.next_cursor || newestHref ? (
          <nav className="mt-3 flex gap-4 text-sm" aria-label="Activity pages">
            {newestHref ? (
              <Link className="text-primary underline-offset-4 hover:underline" href={newestHref} scroll={false}>
                Newest
              </Link>
            ) : null}
            {page.next_cursor ? (
              <Link className="text-primary underline-offset-4 hover:underline" href={olderHref(page.next_cursor)} scroll={false}>
                Older activity
              </Link>
            ) : null}
          </nav>
        ) : null}
      </CardContent>
    </Card>
  );
}
