import { CheckCircle2, CircleDollarSign, FilePlus2, Mail, MailWarning, RefreshCw, Undo2 } from 'lucide-react';
import { formatCalendarDate } from '@/lib/time';
import { formatDateTime, type Locale } from '@/lib/format';
import { formatMoney } from '@/lib/money';
import { type InvoiceEvent, STATUS_LABELS } from '../schema';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function describe(event: InvoiceEvent, currency: string, locale: string): { icon: typeof Mail; text: string; detail?: string } {
  const d = event.data;
  const money = (v: unknown) => formatMoney(str(v) || '0.00', currency, locale);
  switch (event.type) {
    case 'created':
      return { icon: FilePlus2, text: 'Created as a draft' };
    case 'status_changed':
      return {
        icon: RefreshCw,
        text: `Status: ${STATUS_LABELS[str(d.from) as keyof typeof STATUS_LABELS] ?? str(d.from)} → ${STATUS_LABELS[str(d.to) as keyof typeof STATUS_LABELS] ?? str(d.to)}`,
      };
    case 'email_sent':
      return {
        icon: Mail,
        text: d.kind === 'reminder' ? (d.automatic ? `Automatic reminder sent (${str(String(d.step_days ?? ''))} days after due)` : 'Reminder sent') : 'Invoice emailed',
        detail: `To ${str(d.to)}${d.transport === 'outbox' ? ' · saved to the outbox' : ''}`,
      };
    case 'email_failed':
      return { icon: MailWarning, text: d.kind === 'reminder' ? 'Reminder could not be sent' : 'Email could not be sent', detail: str(d.reason) };
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
    default:
      return { icon: CheckCircle2, text: event.type };
  }
}

/** Sends, reminders, payments and status changes, newest first. */
export function InvoiceHistory({ events, currency, user }: { events: InvoiceEvent[]; currency: string; user: Locale }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">Nothing has happened yet.</p>;
  return (
    <ol className="grid gap-3" aria-label="History">
      {events.map((event) => {
        const { icon: Icon, text, detail } = describe(event, currency, user.locale);
        return (
          <li key={event.id} className="flex gap-3 text-sm">
            <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
            <div className="min-w-0">
              <p className="font-medium">{text}</p>
              <p className="text-xs break-words text-muted-foreground">
                {formatDateTime(event.created_at, user)}
                {detail ? ` · ${detail}` : ''}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
