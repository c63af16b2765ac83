import { Badge } from '@/components/ui/badge';
import type { ContactStatus } from '../schema';

const TONES = { lead: 'amber', active: 'blue', customer: 'green', inactive: 'neutral' } as const;
export const STATUS_LABELS: Record<ContactStatus, string> = {
  lead: 'Lead',
  active: 'Active',
  customer: 'Customer',
  inactive: 'Inactive',
};

export function ContactStatusBadge({ status }: { status: ContactStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
