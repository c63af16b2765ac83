import { CheckCircle2, CircleDollarSign, FilePlus2, Mail, MailWarning, PencilLine, RefreshCw, Undo2 } from 'lucide-react';
import type { ActivityItem } from '@/features/audit/schema';
import { formatCalendarDate } from '@/lib/time';
import { formatDateTime, type Locale } from '@/lib/format';
import { formatMoney } from '@/lib/money';
import { type InvoiceEvent, STATUS_LABELS } from '../schema';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const sentence = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const statusLabel = (v: unknown) => STATUS_LABELS[str(v) as keyof typeof STATUS_LABELS] ?? sentence(str(v).replace(/_/g, ' '));

interface Line {
  id: string;
  created_at: Date;
  icon: typeof Mail;
  text: string;
  detail?: string;
  more?: string[];
}

function describe(event: InvoiceEvent, currency: string, locale: string): Omit<Line, 'id' | 'created_at'> {
  const d = event.data;
  const money = (v: unknown) => formatMoney(str(v) || '0.00', currency, locale);
  const to = str(d.to) ? `To ${str(d.to)}` : undefined;
  switch (event.type) {
    case 'created':
      return { icon: FilePlus2, text: 'Created as a draft' };
    case 'status_changed':
      return { icon: RefreshCw, text: `Status: ${statusLabel(d.from)} → ${statusLabel(d.to)}` };
    case 'email_sent': {
      const days = typeof d.step_days === 'number' ? d.step_days : null;
      const text =
        d.kind === 'receipt'
          ? 'Receipt emailed'
          : d.kind !== 'reminder'
            ? 'Invoice emailed'
            : d.automatic
              ? days
                ? `Reminder sent automatically, ${days} ${days === 1 ? 'day' : 'days'} after the due date`
                : 'Reminder sent automatically'
              : 'Reminder sent';
      const outbox = d.transport === 'outbox' ? 'saved to the outbox' : undefined;
      return { icon: Mail, text, detail: [to, outbox].filter(Boolean).join(' · ') || undefined };
    }
    case 'email_failed':
      return {
        icon: MailWarning,
        text: d.kind === 'reminder' ? 'Reminder could not be sent' : 'Email could not be sent',
        detail: sentence(str(d.reason)) || undefined,
      };
    case 'payment_recorded':
      return {
        icon: CircleDollarSign,
        text: `Payment of ${money(d.amount)} recorded`,
        detail: /^\d{4}-\d{2}-\d{2}$/.test(str(d.date)) ? `received ${formatCalendarDate(str(d.date), locale)}` : undefined,
      };
    case 'payment_changed':
      return { icon: CircleDollarSign, text: `Payment changed from ${money(d.previous_amount)} to ${money(d.amount)}` };
    case 'payment_removed':
      return { icon: Undo2, text: `Payment of ${money(d.amount)} removed` };
    case 'credited':
      return { icon: Undo2, text: `Credit note ${str(d.credit_note_number)} issued for ${money(d.amount)}` };
    default:
      return { icon: CheckCircle2, text: 'Updated' };
  }
}

/**
 * What happened to the invoice, newest first: creation, edits (one entry per
 * save, in words: "Changed the price of “Design work” from … to …; total now
 * …"), sends, reminders, payments and status changes.
 */
export function InvoiceHistory({
  events,
  edits = [],
  currency,
  user,
}: {
  events: InvoiceEvent[];
  edits?: ActivityItem[];
  currency: string;
  user: Locale;
}) {
  const lines: Line[] = [
    ...events.map((event) => ({ id: event.id, created_at: event.created_at, ...describe(event, currency, user.locale) })),
    ...edits.map((edit) => ({ id: edit.id, created_at: edit.created_at, icon: PencilLine, text: edit.title, more: edit.details })),
  ].sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime());
  if (lines.length === 0) return <p className="text-sm text-muted-foreground">Nothing has happened yet.</p>;
  return (
    <ol className="grid gap-3" aria-label="History">
      {lines.map(({ id, icon: Icon, text, detail, more, created_at }) => (
        <li key={id} className="flex gap-3 text-sm">
          <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
          <div className="min-w-0">
            <p className="font-medium break-words">{text}</p>
            {more && more.length > 0 ? (
              <ul className="break-words text-muted-foreground">
                {more.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            ) : null}
            <p className="text-xs break-words text-muted-foreground">
              {formatDateTime(created_at, user)}
              {detail ? ` · ${detail}` : ''}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
