import { Badge } from '@/components/ui/badge';
import { type EffectiveStatus, STATUS_LABELS } from '../schema';

const TONES = { draft: 'neutral', sent: 'blue', overdue: 'red', paid: 'green', cancelled: 'neutral' } as const;

/** The displayed status (overdue derived), as text and colour; "Partly paid" when payments cover part of it. */
export function InvoiceStatusBadge({ status, partlyPaid = false }: { status: EffectiveStatus; partlyPaid?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONES[status]} className={status === 'cancelled' ? 'line-through decoration-slate-400' : undefined}>
        {STATUS_LABELS[status]}
      </Badge>
      {partlyPaid && (status === 'sent' || status === 'overdue') ? <Badge tone="amber">Partly paid</Badge> : null}
    </span>
  );
}
