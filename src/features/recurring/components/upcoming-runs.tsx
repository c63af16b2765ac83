import Link from 'next/link';
import { formatCalendarDate } from '@/lib/time';
import { FREQUENCY_LABELS, type RecurringInvoice } from '../schema';

/** The dashboard's card body: the next runs of the active recurring profiles, soonest first. */
export function UpcomingRuns({ runs, locale }: { runs: RecurringInvoice[]; locale: string }) {
  if (runs.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        No recurring invoices scheduled. <Link href="/recurring/new">Set one up</Link>.
      </p>
    );
  }
  return (
    <ul className="grid gap-2 text-sm" aria-label="Next recurring invoices">
      {runs.map((run) => {
        return (
          <li key={run.id} className="flex items-center justify-between gap-2">
            <div className="min-w-0">
              <Link href={`/recurring/${run.id}`} className="font-medium hover:underline">
                {run.contact_name ?? 'Client'}
              </Link>
              <p className="truncate text-xs text-muted-foreground">
                {FREQUENCY_LABELS[run.frequency]} · {run.items.map((item) => item.description).join(', ')}
              </p>
            </div>
            <span className="tabular-nums">{run.next_date ? formatCalendarDate(run.next_date, locale) : ''}</span>
          </li>
        );
      })}
    </ul>
  );
}
