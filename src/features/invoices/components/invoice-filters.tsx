'use client';

import { ListFilterBar } from '@/components/ui/url-filters';
import { EFFECTIVE_STATUSES, STATUS_LABELS } from '../schema';

const SORTS = [
  ['-issue_date', 'Newest first'],
  ['issue_date', 'Oldest first'],
  ['due_date', 'Due soonest'],
  ['-total_amount', 'Largest first'],
  ['-invoice_number', 'Number, descending'],
  ['invoice_number', 'Number, ascending'],
] as const;

/** Search, status and sort, kept in the URL (shareable; the back button works). */
export function InvoiceFilters() {
  return (
    <ListFilterBar
      searchLabel="Search invoices"
      placeholder="Search number or client"
      filters={[
        {
          name: 'status',
          label: 'Filter by status',
          all: 'All statuses',
          className: 'sm:w-44',
          options: [['sent,overdue', 'Unpaid (sent or overdue)'], ...EFFECTIVE_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const)],
        },
      ]}
      sorts={SORTS}
      fallbackSort="-issue_date"
    />
  );
}
