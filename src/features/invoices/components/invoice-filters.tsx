'use client';

import { NativeSelect } from '@/components/ui/select';
import { SearchField, SortSelect, useSearchText, useUrlFilters } from '@/components/ui/url-filters';
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
  const { params, update } = useUrlFilters();
  const search = useSearchText(update);

  return (
    <form
      role="search"
      className="flex flex-col gap-2 sm:flex-row sm:items-center"
      onSubmit={(e) => {
        e.preventDefault();
        search.flush();
      }}
    >
      <SearchField label="Search invoices" placeholder="Search number or client" search={search} />
      <div className="flex gap-2">
        <NativeSelect
          aria-label="Filter by status"
          className="sm:w-44"
          value={params.get('status') ?? ''}
          onChange={(e) => update({ status: e.target.value })}
        >
          <option value="">All statuses</option>
          <option value="sent,overdue">Unpaid (sent or overdue)</option>
          {EFFECTIVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </NativeSelect>
        <SortSelect sorts={SORTS} fallback="-issue_date" value={params.get('sort')} onChange={(sort) => update({ sort })} className="sm:w-44" />
      </div>
    </form>
  );
}
