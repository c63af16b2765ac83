'use client';

import { ListFilterBar } from '@/components/ui/url-filters';
import { CONTACT_STATUSES } from '../schema';
import { STATUS_LABELS } from './contact-status-badge';

const SORTS = [
  ['-created_at', 'Newest first'],
  ['created_at', 'Oldest first'],
  ['last_name', 'Last name A–Z'],
  ['first_name', 'First name A–Z'],
  ['company', 'Company A–Z'],
  ['-updated_at', 'Recently updated'],
] as const;

/** Search, status filter and sort, kept in the URL (shareable, back button works). */
export function ContactFilters() {
  return (
    <ListFilterBar
      searchLabel="Search contacts"
      placeholder="Search name, email, phone or company"
      filters={[
        {
          name: 'status',
          label: 'Filter by status',
          all: 'All statuses',
          options: CONTACT_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const),
        },
      ]}
      sorts={SORTS}
      fallbackSort="-created_at"
    />
  );
}
