import { formatMoney } from '@/lib/money';
import type { MoneyPicture } from '../schema';

/** Invoiced, paid, outstanding (and overdue) for one contact, per currency. */
export function MoneyPictureView({ money, currency, locale }: { money: MoneyPicture[]; currency: string; locale: string }) {
  const rows = money.length > 0 ? money : [{ currency, invoiced: '0.00', paid: '0.00', outstanding: '0.00', overdue: '0.00' }];
  return (
    <div className="grid gap-4">
      {rows.map((m) => (
        <dl key={m.currency} className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm" aria-label={`Money in ${m.currency}`}>
          <Figure label="Invoiced" testId="money-invoiced" value={formatMoney(m.invoiced, m.currency, locale)} />
          <Figure label="Paid" testId="money-paid" tone="text-green-700" value={formatMoney(m.paid, m.currency, locale)} />
          <Figure label="Outstanding" testId="money-outstanding" value={formatMoney(m.outstanding, m.currency, locale)} />
          <Figure
            label="Of which overdue"
            tone={m.overdue !== '0.00' ? 'text-red-700' : undefined}
            value={formatMoney(m.overdue, m.currency, locale)}
          />
        </dl>
      ))}
      {money.length === 0 ? <p className="text-xs text-muted-foreground">No invoices sent to this contact yet.</p> : null}
    </div>
  );
}

/** One figure of the picture: its label over the amount. */
function Figure({ label, value, tone, testId }: { label: string; value: string; tone?: string; testId?: string }) {
  return (
    <div>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className={tone ? `tabular font-semibold ${tone}` : 'tabular font-semibold'} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
