import { formatMoney } from '@/lib/money';
import type { MoneyPicture } from '../schema';

/** Invoiced, paid, outstanding (and overdue) for one contact, per currency. */
export function MoneyPictureView({ money, currency, locale }: { money: MoneyPicture[]; currency: string; locale: string }) {
  const rows = money.length > 0 ? money : [{ currency, invoiced: '0.00', paid: '0.00', outstanding: '0.00', overdue: '0.00' }];
  return (
    <div className="grid gap-4">
      {rows.map((m) => (
        <dl key={m.currency} className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm" aria-label={`Money in ${m.currency}`}>
          <div>
            <dt className="text-xs text-muted-foreground">Invoiced</dt>
            <dd className="tabular font-semibold" data-testid="money-invoiced">
              {formatMoney(m.invoiced, m.currency, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Paid</dt>
            <dd className="tabular font-semibold text-green-700" data-testid="money-paid">
              {formatMoney(m.paid, m.currency, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Outstanding</dt>
            <dd className="tabular font-semibold" data-testid="money-outstanding">
              {formatMoney(m.outstanding, m.currency, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Of which overdue</dt>
            <dd className={`tabular font-semibold ${m.overdue !== '0.00' ? 'text-red-700' : ''}`}>
              {formatMoney(m.overdue, m.currency, locale)}
            </dd>
          </div>
        </dl>
      ))}
      {money.length === 0 ? <p className="text-xs text-muted-foreground">No invoices sent to this contact yet.</p> : null}
    </div>
  );
}
