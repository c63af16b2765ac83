import { type LucideIcon, SearchX } from 'lucide-react';
import Link from 'next/link';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils';

export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  className,
}: {
  icon: LucideIcon;
  title: string;
  description?: string;
  action?: React.ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cn(
        'flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed bg-card px-6 py-14 text-center',
        className,
      )}
    >
      <div className="rounded-full bg-accent p-3 text-accent-foreground">
        <Icon className="size-6" aria-hidden />
      </div>
      <div className="space-y-1">
        <p className="font-medium">{title}</p>
        {description ? <p className="max-w-sm text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {action}
    </div>
  );
}

/**
 * The search and filters a list actually applied, in words: an empty result
 * names exactly these, never one that was not set.
 */
export interface AppliedFilters {
  /** what the list holds, plural, with any filter that reads as a kind: "invoices", "paid invoices", "customers" */
  noun: string;
  /** a mass noun ("income"): "matches" instead of "match" */
  uncountable?: boolean;
  /** the other filters, as phrases after the noun: "for Acme Ltd", "with high priority", "from Dec 1, 2026" */
  qualifiers?: string[];
  /** the search text, as typed */
  search?: string;
}

/** "No paid invoices for Acme Ltd match “acme”." */
export function noMatchesTitle(filters: AppliedFilters): string {
  const what = [filters.noun, ...(filters.qualifiers ?? [])].join(' ');
  const search = filters.search?.trim();
  if (!search) return `No ${what}.`;
  const shown = search.length > 60 ? `${search.slice(0, 59)}…` : search;
  return `No ${what} ${filters.uncountable ? 'matches' : 'match'} “${shown}”.`;
}

/** "sent or overdue": one of several values a filter allows. */
export function anyOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** "Clear search", "Clear filters" or both, for what is set. */
export function clearLabel(filters: { search?: string; filtered: boolean }): string {
  const search = Boolean(filters.search?.trim());
  if (search && filters.filtered) return 'Clear search and filters';
  return search ? 'Clear search' : 'Clear filters';
}

/** A list with nothing to show for its search and filters: says which, and offers to clear them. */
export function NoMatches({
  filters,
  filtered,
  clearHref,
  icon = SearchX,
}: {
  filters: AppliedFilters;
  /** whether any filter besides the search is set */
  filtered: boolean;
  /** the same list without the search and filters */
  clearHref: string;
  icon?: LucideIcon;
}) {
  return (
    <EmptyState
      icon={icon}
      title={noMatchesTitle(filters)}
      action={
        <Button asChild variant="outline">
          <Link href={clearHref}>{clearLabel({ search: filters.search, filtered })}</Link>
        </Button>
      }
    />
  );
}
