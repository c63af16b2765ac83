'use client';

import { Command } from 'cmdk';
import {
  ArrowLeftRight,
  BookOpen,
  BookUser,
  Clock,
  FileText,
  Inbox,
  LayoutDashboard,
  ListTodo,
  Loader2,
  type LucideIcon,
  Plus,
  Search,
  Sparkles,
  Upload,
  UserRound,
  Users,
} from 'lucide-react';
import * as React from 'react';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import {
  buildResults,
  cleanQuery,
  type ContactRow,
  type InvoiceRow,
  type ListResult,
  type PaletteEntry,
  type PaletteIcon,
  type SearchResults,
  searchRequests,
  type TaskRow,
} from './command-palette-results';

/**
 * The palette's search field and results (cmdk): loaded when the palette
 * first opens (or its button is pointed at or focused), so that the pages'
 * first load does not carry them. Typing searches contacts, invoices and
 * tasks through the list APIs, in parallel, 200 ms after the last key; pages
 * and actions are matched in the browser.
 */

const ICONS: Record<PaletteIcon, LucideIcon> = {
  dashboard: LayoutDashboard,
  contact: BookUser,
  task: ListTodo,
  time: Clock,
  invoice: FileText,
  transaction: ArrowLeftRight,
  outbox: Inbox,
  assistant: Sparkles,
  team: Users,
  profile: UserRound,
  docs: BookOpen,
  new: Plus,
  import: Upload,
  search: Search,
};

const DEBOUNCE_MS = 200;

type Kind = 'contacts' | 'invoices' | 'tasks';

async function fetchList<T>(url: string): Promise<ListResult<T>> {
  const body = await apiFetch<{ data: T[]; page: { total: number; total_exact?: boolean } }>(url);
  return { data: body.data, total: body.page.total, total_exact: body.page.total_exact };
}

export function PaletteSearch({ onGo, canCreate }: { onGo: (entry: PaletteEntry) => void; canCreate: boolean }) {
  const [query, setQuery] = React.useState('');
  const [results, setResults] = React.useState<SearchResults>({});
  const [loading, setLoading] = React.useState(false);
  const [failed, setFailed] = React.useState<Kind[]>([]);
  const timer = React.useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = React.useRef(0);

  // a search still waiting must not run after the palette closed
  React.useEffect(
    () => () => {
      clearTimeout(timer.current);
      latest.current = -1;
    },
    [],
  );

  function search(value: string) {
    setQuery(value);
    clearTimeout(timer.current);
    const requests = searchRequests(value);
    const id = ++latest.current;
    if (!requests) {
      setResults({});
      setFailed([]);
      setLoading(false);
      return;
    }
    setLoading(true);
    timer.current = setTimeout(async () => {
      const kinds: Kind[] = ['contacts', 'invoices', 'tasks'];
      const settled = await Promise.allSettled([
        fetchList<ContactRow>(requests.contacts),
        fetchList<InvoiceRow>(requests.invoices),
        fetchList<TaskRow>(requests.tasks),
      ]);
      // an answer to an older query (or after closing) is dropped
      if (id !== latest.current) return;
      const next: SearchResults = {};
      const problems: Kind[] = [];
      settled.forEach((outcome, index) => {
        const kind = kinds[index]!;
        if (outcome.status === 'fulfilled') (next as Record<Kind, unknown>)[kind] = outcome.value;
        // a role without access to a list simply does not see that group
        else if (!(outcome.reason instanceof ApiClientError && outcome.reason.status === 403)) problems.push(kind);
      });
      setResults(next);
      setFailed(problems);
      setLoading(false);
    }, DEBOUNCE_MS);
  }

  const q = cleanQuery(query);
  const groups = buildResults(q, results, { canCreate });

  return (
    <Command label="Search contacts, invoices, tasks and pages" shouldFilter={false} loop vimBindings={false}>
      <div className="flex items-center gap-2 border-b px-3">
        <Search className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        <Command.Input
          // the field arrives after the dialog opened (and took the focus) the first time
          autoFocus
          value={query}
          onValueChange={search}
          placeholder="Search contacts, invoices, tasks or pages…"
          maxLength={200}
          className="h-12 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-muted-foreground md:text-sm"
        />
        {loading ? <Loader2 className="size-4 shrink-0 animate-spin text-muted-foreground" aria-hidden /> : null}
      </div>
      <div role="status" aria-live="polite" className="empty:hidden">
        {groups.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-muted-foreground">
            {loading ? 'Searching…' : `Nothing matches “${q}”. Try a name, a phone number or an invoice number.`}
          </p>
        ) : failed.length > 0 && !loading ? (
          <p className="px-3 pt-2 text-xs text-destructive">
            Could not search {failed.join(' and ')} just now. Type again to try once more.
          </p>
        ) : null}
      </div>
      <Command.List label="Results" className="max-h-[min(60dvh,26rem)] overflow-y-auto overscroll-contain p-2">
        {groups.map((group) => (
          <Command.Group
            key={group.name}
            heading={group.name}
            className="mb-1 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground"
          >
            {group.entries.map((entry) => {
              const Icon = ICONS[entry.icon ?? 'search'];
              return (
                <Command.Item
                  key={entry.id}
                  value={entry.id}
                  onSelect={() => onGo(entry)}
                  className="flex cursor-pointer items-center gap-3 rounded-md px-2 py-2 text-sm data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground"
                >
                  <Icon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                  <span className="grid min-w-0 flex-1">
                    <span className="truncate font-medium">{entry.label}</span>
                    {entry.hint ? <span className="truncate text-xs text-muted-foreground">{entry.hint}</span> : null}
                  </span>
                </Command.Item>
              );
            })}
          </Command.Group>
        ))}
      </Command.List>
      <div className="hidden items-center gap-4 border-t px-3 py-2 text-xs text-muted-foreground sm:flex" aria-hidden>
        <span>↑ ↓ to choose</span>
        <span>Enter to open</span>
        <span>Esc to close</span>
      </div>
    </Command>
  );
}
