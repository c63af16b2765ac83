import { Badge } from '@/components/ui/badge';
import { QUOTE_STATUS_LABELS, type QuoteStatus } from '../schema';

const TONES = { draft: 'neutral', sent: 'blue', accepted: 'green', declined: 'red', expired: 'amber', converted: 'violet' } as const;

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  return <Badge tone={TONES[status]}>{QUOTE_STATUS_LABELS[status]}</Badge>;
}
