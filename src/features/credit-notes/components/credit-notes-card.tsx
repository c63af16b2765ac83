import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatMoney } from '@/lib/money';
import { formatCalendarDate } from '@/lib/time';
import type { CreditNote } from '../schema';
import { type CreditableInvoice, CreditNoteDialog } from './credit-note-dialog';

/** The invoice page's credit notes: each one issued, and (for writers, while something is left) the credit dialog. */
export function CreditNotesCard({
  notes,
  invoice,
  currency,
  locale,
  canCredit,
}: {
  notes: CreditNote[];
  invoice: Omit<CreditableInvoice, 'currency'>;
  currency: string;
  locale: string;
  canCredit: boolean;
}) {
  const money = (value: string) => formatMoney(value, currency, locale);
  return (
    <Card>
      <CardHeader className="flex flex-row items-center justify-between gap-2 space-y-0">
        <CardTitle>Credit notes</CardTitle>
        {canCredit ? <CreditNoteDialog invoice={{ ...invoice, currency }} locale={locale} /> : null}
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {notes.length === 0 ? (
          <p className="text-muted-foreground">No credit notes.</p>
        ) : (
          <ul className="grid gap-2" aria-label="Credit notes">
            {notes.map((n) => (
              <li key={n.id} className="flex items-center justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium">{n.credit_note_number}</p>
                  <p className="truncate text-xs text-muted-foreground">
                    {formatCalendarDate(n.issue_date, locale)}
                    {n.refunded ? ' · refunded' : ''}
                    {n.reason ? ` · ${n.reason}` : ''}
                  </p>
                </div>
                <span className="tabular-nums">−{money(n.total_amount)}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="border-t pt-3 text-muted-foreground" data-testid="creditable-amount">
          Left to credit: {money(invoice.creditable_amount)}
        </p>
      </CardContent>
    </Card>
  );
}
