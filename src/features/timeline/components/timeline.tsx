'use client';

import { Banknote, Eye, FileText, Handshake, StickyNote, Undo2, XCircle } from 'lucide-react';
import Link from 'next/link';
import * as React from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DeleteNoteButton } from '@/features/notes/components/note-form';
import { formatDue } from '@/features/tasks/components/due';
import { PriorityBadge, STATUS_LABELS } from '@/features/tasks/components/task-badges';
import { TaskDoneToggle } from '@/features/tasks/components/task-status-control';
import { isOverdue } from '@/features/tasks/schema';
import { apiFetch } from '@/lib/api-client';
import { byPerson } from '@/lib/auth/people';
import { formatCalendarDate, formatDateTime, type Locale } from '@/lib/format';
import { formatMoney } from '@/lib/money';
import { todayIn } from '@/lib/time';
import type { TimelineEntry } from '../schema';

type Page = { limit: number; next_cursor: string | null; total: number; total_exact?: boolean };

const INVOICE_TONES = { draft: 'neutral', sent: 'blue', paid: 'green', cancelled: 'neutral' } as const;

/**
 * Everything about a contact, newest first: tasks (mark done right here),
 * notes, invoices and payments. Older entries load on demand.
 */
export function Timeline({
  contactId,
  initial,
  page,
  user,
}: {
  contactId: string;
  initial: TimelineEntry[];
  page: Page;
  user: Locale & { locale: string };
}) {
  const [older, setOlder] = React.useState<TimelineEntry[]>([]);
  const [cursor, setCursor] = React.useState(page.next_cursor);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<string>();

  // a refresh (after a change) brings a new first page: start over from it
  const [shown, setShown] = React.useState(initial);
  if (shown !== initial) {
    setShown(initial);
    setOlder([]);
    setCursor(page.next_cursor);
  }

  if (initial.length === 0) {
    return <p className="text-sm text-muted-foreground">Nothing here yet. Add a note or a task and it shows up here.</p>;
  }

  return (
    <div className="grid gap-3">
      <ol className="relative grid gap-0" aria-label="Timeline">
        {[...initial, ...older].map((entry) => (
          <li
            key={`${entry.kind}-${entry.id}`}
            className="relative flex gap-3 pb-4 last:pb-0"
            data-testid="timeline-entry"
            data-kind={entry.kind}
          >
            <span className="absolute left-3.5 top-8 bottom-0 w-px bg-border" aria-hidden />
            <EntryIcon entry={entry} />
            <div className="min-w-0 flex-1 pt-1">
              <EntryBody entry={entry} contactId={contactId} user={user} />
            </div>
          </li>
        ))}
      </ol>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      {cursor ? (
        <Button
          variant="outline"
          size="sm"
          className="justify-self-start"
          disabled={loading}
          onClick={async () => {
            setLoading(true);
            setError(undefined);
            try {
              const res = await apiFetch<{ data: TimelineEntry[]; page: Page }>(
                `/api/contacts/${contactId}/timeline?cursor=${encodeURIComponent(cursor)}`,
              );
              setOlder((o) => [...o, ...res.data]);
              setCursor(res.page.next_cursor);
            } catch {
              setError('Could not load older entries.');
            } finally {
              setLoading(false);
            }
          }}
        >
          {loading
            ? 'Loading…'
            : page.total_exact === false
              ? 'Show older'
              : `Show older (${page.total - initial.length - older.length} more)`}
        </Button>
      ) : null}
    </div>
  );
}

function EntryIcon({ entry }: { entry: TimelineEntry }) {
  const base = 'relative z-[1] grid size-7 shrink-0 place-items-center rounded-full border bg-card';
  switch (entry.kind) {
    case 'task':
      // a task's marker is its done checkbox
      return entry.data.status === 'cancelled' ? (
        <span className={`${base} text-slate-500`}>
          <XCircle className="size-4" aria-hidden />
        </span>
      ) : (
        <span className={base}>
          <TaskDoneToggle task={{ id: entry.id, title: entry.data.title, status: entry.data.status }} />
        </span>
      );
    case 'note':
      return (
        <span className={`${base} text-amber-700`}>
          <StickyNote className="size-4" aria-hidden />
        </span>
      );
    case 'invoice':
      return (
        <span className={`${base} text-blue-800`}>
          <FileText className="size-4" aria-hidden />
        </span>
      );
    case 'payment':
      return (
        <span className={`${base} text-green-700`}>
          <Banknote className="size-4" aria-hidden />
        </span>
      );
    case 'deal':
      return (
        <span className={`${base} text-violet-700`}>
          <Handshake className="size-4" aria-hidden />
        </span>
      );
    case 'client_view':
      return (
        <span className={`${base} text-violet-700`}>
          <Eye className="size-4" aria-hidden />
        </span>
      );
    case 'credit_note':
      return (
        <span className={`${base} text-rose-700`}>
          <Undo2 className="size-4" aria-hidden />
        </span>
      );
  }
}

/**
 * When it happened, and who made the record (when known): "added by" where the
 * moment shown is not its making (a task done later, perhaps by someone else).
 */
function When({ by, added = false, children }: { by?: string | null; added?: boolean; children: React.ReactNode }) {
  return (
    <p className="text-xs text-muted-foreground">
      {children}
      {by ? (
        <span data-testid="timeline-by">
          {' · '}
          {added ? 'added ' : ''}
          {byPerson(by)}
        </span>
      ) : null}
    </p>
  );
}

function EntryBody({ entry, contactId, user }: { entry: TimelineEntry; contactId: string; user: Locale }) {
  switch (entry.kind) {
    case 'task': {
      const task = entry.data;
      const done = task.status === 'completed';
      const overdue = isOverdue({ due_date: task.due_date ? new Date(task.due_date) : null, status: task.status });
      return (
        <div className="grid gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <span className={done || task.status === 'cancelled' ? 'text-muted-foreground line-through' : 'font-medium'}>{task.title}</span>
            {task.status !== 'pending' ? <Badge tone={done ? 'green' : 'neutral'}>{STATUS_LABELS[task.status]}</Badge> : null}
            {task.priority === 'high' ? <PriorityBadge priority="high" /> : null}
            {overdue ? <Badge tone="red">Overdue</Badge> : null}
          </div>
          <When by={entry.by} added={done && Boolean(task.completed_at)}>
            {done && task.completed_at
              ? `Task done ${formatDateTime(task.completed_at, user)}`
              : `Task added ${formatDateTime(task.created_at, user)}`}
            {task.due_date && !done ? ` · due ${formatDue(task.due_date, user, { inSentence: true })}` : ''}
          </When>
        </div>
      );
    }
    case 'note':
      return (
        <div className="grid gap-1">
          <p className="whitespace-pre-line break-words text-sm">{entry.data.body}</p>
          <div className="flex items-center gap-2">
            <When by={entry.by}>Note · {formatDateTime(entry.data.created_at, user)}</When>
            <DeleteNoteButton contactId={contactId} noteId={entry.id} />
          </div>
        </div>
      );
    case 'invoice': {
      const invoice = entry.data;
      const overdue = invoice.status === 'sent' && invoice.due_date < todayIn(user.time_zone);
      return (
        <div className="grid gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/invoices/${entry.id}`} className="font-medium hover:underline">
              Invoice {invoice.invoice_number}
            </Link>
            <Badge tone={overdue ? 'red' : INVOICE_TONES[invoice.status]}>
              {overdue ? 'Overdue' : invoice.status[0]!.toUpperCase() + invoice.status.slice(1)}
            </Badge>
            <span className="tabular text-sm">{formatMoney(invoice.total_amount, invoice.currency, user.locale)}</span>
          </div>
          <When by={entry.by}>
            Issued {formatCalendarDate(invoice.issue_date, user)} · due {formatCalendarDate(invoice.due_date, user)}
            {invoice.amount_paid !== '0.00' && invoice.status !== 'paid'
              ? ` · ${formatMoney(invoice.amount_paid, invoice.currency, user.locale)} paid`
              : ''}
          </When>
        </div>
      );
    }
    case 'payment': {
      const payment = entry.data;
      return (
        <div className="grid gap-1">
          <p className="text-sm">
            <span className="tabular font-medium text-green-700">+{formatMoney(payment.amount, payment.currency, user.locale)}</span>{' '}
            received for{' '}
            <Link href={`/invoices/${payment.invoice_id}`} className="font-medium hover:underline">
              {payment.invoice_number}
            </Link>
            {payment.description ? <span className="text-muted-foreground"> · {payment.description}</span> : null}
          </p>
          <When by={entry.by}>Payment · {formatCalendarDate(payment.date, user)}</When>
        </div>
      );
    }
    case 'deal': {
      const deal = entry.data;
      const what =
        deal.type === 'created'
          ? `Deal added in ${deal.to ?? 'the pipeline'}`
          : deal.type === 'invoiced'
            ? 'Deal invoiced'
            : deal.type === 'quoted'
              ? 'Deal quoted'
              : `Deal moved${deal.from ? ` from ${deal.from}` : ''} to ${deal.to ?? 'another stage'}`;
      return (
        <div className="grid gap-1">
          <p className="text-sm">
            <Link href={`/deals/${deal.deal_id}`} className="font-medium hover:underline">
              {deal.title}
            </Link>{' '}
            <span className="tabular text-muted-foreground">{formatMoney(deal.value, deal.currency, user.locale)}</span>
            {deal.lost_reason ? <span className="text-muted-foreground"> · lost: {deal.lost_reason}</span> : null}
          </p>
          <When by={entry.by}>
            {what} · {formatDateTime(entry.at, user)}
          </When>
        </div>
      );
    }
    case 'client_view': {
      const view = entry.data;
      return (
        <div className="grid gap-1">
          <p className="text-sm">
            Viewed by the client:{' '}
            <Link href={`/${view.document}s/${entry.id}`} className="font-medium hover:underline">
              {view.document === 'quote' ? 'Quote' : 'Invoice'} {view.number}
            </Link>
          </p>
          <When>
            First {formatDateTime(entry.at, user)} · {view.view_count} {view.view_count === 1 ? 'view' : 'views'}
          </When>
        </div>
      );
    }
    case 'credit_note': {
      const note = entry.data;
      return (
        <div className="grid gap-1">
          <p className="text-sm">
            <span className="tabular font-medium text-rose-700">−{formatMoney(note.total_amount, note.currency, user.locale)}</span>{' '}
            credited on{' '}
            <Link href={`/invoices/${note.invoice_id}`} className="font-medium hover:underline">
              {note.invoice_number}
            </Link>
            {note.reason ? <span className="text-muted-foreground"> · {note.reason}</span> : null}
          </p>
          <When by={entry.by}>
            Credit note {note.credit_note_number} · {formatCalendarDate(note.issue_date, user)}
            {note.refunded ? ' · refunded' : ''}
          </When>
        </div>
      );
    }
  }
}
