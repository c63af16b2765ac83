'use client';

import { NativeSelect } from '@/components/ui/select';
import { SearchField, SortSelect, useSearchText, useUrlFilters } from '@/components/ui/url-filters';
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
      <SearchField label="Search contacts" placeholder="Search name, email, phone or company" search={search} />
      <div className="flex gap-2">
        <NativeSelect
          aria-label="Filter by status"
          className="sm:w-40"
          value={params.get('status') ?? ''}
          onChange={(e) => update({ status: e.target.value })}
        >
          <option value="">All statuses</option>
          {CONTACT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </NativeSelect>
        <SortSelect sorts={SORTS} fallback="-created_at" value={params.get('sort')} onChange={(sort) => update({ sort })} className="sm:w-44" />
      </div>
    </form>
  );
}
