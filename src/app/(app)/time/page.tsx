import { ChevronLeft, ChevronRight, Clock, Download } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { contactOptions } from '@/features/invoices/service';
import { BillTimeButton, DeleteTimeEntryButton } from '@/features/time/components/time-entry-actions';
import { TimeEntryDialog, type TimeEntryRow } from '@/features/time/components/time-entry-dialog';
import { TimeSettingsForm } from '@/features/time/components/time-settings-form';
import { formatMinutes } from '@/features/time/duration';
import { timeEntryListQuerySchema } from '@/features/time/schema';
import { getTimeSettings, listTimeEntries, unbilledByClient } from '@/features/time/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canAdmin, canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import type { SearchParams } from '@/lib/http/list-page';
import { addDays, dateInZone, safeTimeZone, timeInZone, todayIn } from '@/lib/time';
import { formatTotal } from '@/lib/pagination/count';

export const metadata: Metadata = { title: 'Time' };

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The Monday of the week `day` is in. */
function mondayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/**
 * The week's timesheet: the person's own entries of one week (in the
 * workspace's time zone), totals per day and client, logging and correcting
 * time, and the workspace's unbilled time per client, billed in one click.
 */
export default async function TimePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const asked = typeof raw.week === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.week) ? raw.week : null;

  const data = await asPageUser(async (tx, u) => {
    const timeZone = safeTimeZone(u.time_zone);
    const today = todayIn(timeZone);
    const monday = mondayOf(asked ?? today);
    const sunday = addDays(monday, 6);
    const query = timeEntryListQuerySchema.parse({ user_id: 'me', from: monday, to: sunday, sort: 'started_at', limit: '200' });
    const [entries, contacts, unbilled, settings] = [
      await listTimeEntries(tx, u, query),
      await contactOptions(tx, u),
      await unbilledByClient(tx, u),
      await getTimeSettings(tx, u),
    ];
    return { u, timeZone, today, monday, sunday, entries: entries.data, total: formatTotal(entries.page), contacts, unbilled, settings };
  });
  const { u, timeZone, today, monday, sunday, entries, total, contacts, unbilled, settings } = data;
  const writable = canWrite(u.role);
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const rows: TimeEntryRow[] = entries.map((e) => ({
    ...e,
    started_at: new Date(e.started_at).toISOString(),
    ended_at: e.ended_at ? new Date(e.ended_at).toISOString() : null,
  }));

  // totals per client and day (whole minutes: finished entries)
  const grid = new Map<string, number[]>();
  for (const e of rows) {
    const key = e.contact_id ?? '';
    const day = days.indexOf(dateInZone(new Date(e.started_at), timeZone));
    if (day < 0) continue;
    const line = grid.get(key) ?? Array<number>(7).fill(0);
    line[day]! += e.duration_minutes ?? 0;
    grid.set(key, line);
  }
  const dayTotals = days.map((_, i) => [...grid.values()].reduce((sum, line) => sum + line[i]!, 0));
  const weekTotal = dayTotals.reduce((a, b) => a + b, 0);
  const shared = { contacts, timeZone, locale: u.locale, currency: u.currency };

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Time</h1>
          <p className="text-sm text-muted-foreground">
            Your week from {monday} to {sunday} ({timeZone}): {formatMinutes(weekTotal)} h
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <nav aria-label="Weeks" className="flex items-center gap-1">
            <Button asChild variant="outline" size="sm">
              <Link href={`/time?week=${addDays(monday, -7)}`} aria-label="Previous week">
                <ChevronLeft aria-hidden /> Previous
              </Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href="/time">This week</Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href={`/time?week=${addDays(monday, 7)}`} aria-label="Next week">
                Next <ChevronRight aria-hidden />
              </Link>
            </Button>
          </nav>
          <Button asChild variant="outline" size="sm">
            <a href={`/api/time-entries?format=csv&user_id=me&from=${monday}&to=${sunday}`} download>
              <Download aria-hidden /> CSV
            </a>
          </Button>
          {writable ? <TimeEntryDialog {...shared} day={today >= monday && today <= sunday ? today : monday} /> : null}
        </div>
      </div>
      {!writable ? <ReadOnlyNote /> : null}

      <Card>
        <CardHeader>
          <CardTitle>Week by client</CardTitle>
          <CardDescription>Hours logged per day (h:mm), as logged: rounding applies only on invoices.</CardDescription>
        </CardHeader>
        <CardContent>
          <Table aria-label="Hours per client and day">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Client</TableHead>
                {days.map((d, i) => (
                  <TableHead key={d} scope="col" className="text-right">
                    {DAY_NAMES[i]} <span className="text-xs font-normal text-muted-foreground">{d.slice(5)}</span>
                  </TableHead>
                ))}
                <TableHead scope="col" className="text-right">
                  Total
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...grid.entries()].map(([contact, line]) => (
                <TableRow key={contact || 'none'}>
                  <TableHead scope="row">{contact ? (names.get(contact) ?? 'Client') : 'No client'}</TableHead>
                  {line.map((m, i) => (
                    <TableCell key={days[i]} className="text-right tabular-nums">
                      {m ? formatMinutes(m) : '–'}
                    </TableCell>
                  ))}
                  <TableCell className="text-right font-medium tabular-nums">{formatMinutes(line.reduce((a, b) => a + b, 0))}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableHead scope="row">Total</TableHead>
                {dayTotals.map((m, i) => (
                  <TableCell key={days[i]} className="text-right font-medium tabular-nums" data-testid={`day-total-${days[i]}`}>
                    {formatMinutes(m)}
                  </TableCell>
                ))}
                <TableCell className="text-right font-semibold tabular-nums" data-testid="week-total">
                  {formatMinutes(weekTotal)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Entries</CardTitle>
          <CardDescription>
            {total} {total === '1' ? 'entry' : 'entries'} this week. Billed entries are locked until their invoice is deleted.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {rows.length === 0 ? (
            <EmptyState icon={Clock} title="No time this week" description="Start the timer in the menu, or log time by hand." />
          ) : (
            <Table aria-label="Time entries">
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">Day</TableHead>
                  <TableHead scope="col">From – to</TableHead>
                  <TableHead scope="col">Client</TableHead>
                  <TableHead scope="col">Description</TableHead>
                  <TableHead scope="col" className="text-right">
                    Time
                  </TableHead>
                  <TableHead scope="col">Rate</TableHead>
                  <TableHead scope="col">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>{dateInZone(new Date(e.started_at), timeZone)}</TableCell>
                    <TableCell className="tabular-nums">
                      {timeInZone(new Date(e.started_at), timeZone)} – {e.ended_at ? timeInZone(new Date(e.ended_at), timeZone) : 'running'}
                    </TableCell>
                    <TableCell>{e.contact_id ? (names.get(e.contact_id) ?? 'Client') : '–'}</TableCell>
                    <TableCell>
                      {e.description}
                      {!e.billable ? <span className="ml-2 text-xs text-muted-foreground">(not billable)</span> : null}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {e.duration_minutes === null ? '…' : formatMinutes(e.duration_minutes)}
                    </TableCell>
                    <TableCell className="tabular-nums">{e.effective_rate ?? '–'}</TableCell>
                    <TableCell className="text-right">
                      {e.invoice_id ? (
                        <Link className="text-sm underline" href={`/invoices/${e.invoice_id}`}>
                          Billed
                        </Link>
                      ) : writable && e.ended_at ? (
                        <span className="inline-flex gap-1">
                          <TimeEntryDialog {...shared} day={monday} entry={e} />
                          <DeleteTimeEntryButton id={e.id} description={e.description} />
                        </span>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Unbilled time</CardTitle>
          <CardDescription>
            Billable time of the whole team not yet on an invoice
            {settings.time_rounding_minutes ? `; each entry rounds up to ${settings.time_rounding_minutes} minutes on the invoice` : ''}.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {unbilled.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing to bill.</p>
          ) : (
            <ul className="grid gap-2" aria-label="Unbilled time per client">
              {unbilled.map((c) => {
                const name = names.get(c.contact_id) ?? 'Client';
                return (
                  <li key={c.contact_id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border px-3 py-2">
                    <span>
                      <span className="font-medium">{name}</span>{' '}
                      <span className="text-sm text-muted-foreground">
                        {formatMinutes(c.minutes)} h in {c.entries} {c.entries === 1 ? 'entry' : 'entries'}
                      </span>
                    </span>
                    {writable ? <BillTimeButton contactId={c.contact_id} name={name} hours={formatMinutes(c.minutes)} /> : null}
                  </li>
                );
              })}
            </ul>
          )}
        </CardContent>
      </Card>

      {canAdmin(u.role) ? (
        <Card>
          <CardHeader>
            <CardTitle>Rates and rounding</CardTitle>
            <CardDescription>An entry’s own rate wins, then the client’s (on the contact), then this default.</CardDescription>
          </CardHeader>
          <CardContent>
            <TimeSettingsForm settings={settings} locale={u.locale} currency={u.currency} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
