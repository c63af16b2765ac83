'use client';

import * as DialogPrimitive from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import {
  BookOpen,
  ArrowLeftRight,
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
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { cn } from '@/lib/utils';
import {
  buildResults,
  cleanQuery,
  type ContactRow,
  isPaletteShortcut,
  type InvoiceRow,
  type ListResult,
  type PaletteEntry,
  type PaletteIcon,
  type SearchResults,
  searchRequests,
  type TaskRow,
} from './command-palette-results';

/**
 * The command palette: Ctrl-K (⌘-K on a Mac) or the search button in the
 * navigation opens it; typing searches contacts (name, email, company,
 * phone), invoices (number, client) and tasks through the list APIs, in
 * parallel, 200 ms after the last key; pages and actions are matched in the
 * browser. Arrow keys choose, Enter opens, Escape closes. The input is a
 * combobox and the results a listbox (cmdk), inside a modal dialog.
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

interface PaletteContextValue {
  open: boolean;
  setOpen: (open: boolean) => void;
}

const PaletteContext = React.createContext<PaletteContextValue | null>(null);

function usePalette(): PaletteContextValue {
  const context = React.useContext(PaletteContext);
  if (!context) throw new Error('CommandPaletteTrigger must be inside CommandPaletteProvider');
  return context;
}

const subscribeNothing = () => () => {};

/** "⌘K" on Apple devices, "Ctrl K" elsewhere (and while rendering on the server). */
function useShortcutLabel(): string {
  return React.useSyncExternalStore(
    subscribeNothing,
    () => (/Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent) ? '⌘K' : 'Ctrl K'),
    () => 'Ctrl K',
  );
}

/** Holds the palette's open state, listens for the shortcut, and renders the palette. */
export function CommandPaletteProvider({ children, canCreate = true }: { children: React.ReactNode; canCreate?: boolean }) {
  const [open, setOpen] = React.useState(false);

  React.useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !isPaletteShortcut(event)) return;
      // another dialog (a form being filled in, the menu) keeps the keyboard
      if (!open && document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      setOpen(!open);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const value = React.useMemo(() => ({ open, setOpen }), [open]);
  return (
    <PaletteContext.Provider value={value}>
      {children}
      <CommandPalette open={open} onOpenChange={setOpen} canCreate={canCreate} />
    </PaletteContext.Provider>
  );
}

/** The button that opens the palette: a search field look in the sidebar, an icon in the phone's top bar. */
export function CommandPaletteTrigger({ compact = false, className }: { compact?: boolean; className?: string }) {
  const { setOpen } = usePalette();
  const shortcut = useShortcutLabel();
  if (compact) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Search or jump to…"
        aria-keyshortcuts="Control+K Meta+K"
        className={cn(
          'inline-flex size-9 items-center justify-center rounded-md hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
          className,
        )}
      >
        <Search className="size-4" aria-hidden />
      </button>
    );
  }
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      aria-keyshortcuts="Control+K Meta+K"
      className={cn(
        'flex h-9 w-full items-center gap-2 rounded-md border border-input bg-background px-3 text-sm text-muted-foreground shadow-sm transition-colors hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
        className,
      )}
    >
      <Search className="size-4 shrink-0" aria-hidden />
      <span className="flex-1 truncate text-left">Search or jump to…</span>
      <kbd aria-hidden className="rounded border bg-muted px-1.5 font-sans text-[11px] font-medium">
        {shortcut}
      </kbd>
    </button>
  );
}

type Kind = 'contacts' | 'invoices' | 'tasks';

async function fetchList<T>(url: string): Promise<ListResult<T>> {
  const body = await apiFetch<{ data: T[]; page: { total: number; total_exact?: boolean } }>(url);
  return { data: body.data, total: body.page.total, total_exact: body.page.total_exact };
}

function CommandPalette({ open, onOpenChange, canCreate }: { open: boolean; onOpenChange: (open: boolean) => void; canCreate: boolean }) {
  const router = useRouter();
  const navigating = React.useRef(false);

  function go(entry: PaletteEntry) {
    navigating.current = true;
    onOpenChange(false);
    router.push(entry.href);
  }

  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-slate-950/40 data-[state=open]:animate-in data-[state=open]:fade-in-0" />
        <DialogPrimitive.Content
          className="fixed left-1/2 top-3 z-50 w-[calc(100%-1.5rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-lg border bg-card shadow-2xl data-[state=open]:animate-in data-[state=open]:fade-in-0 data-[state=open]:zoom-in-95 sm:top-[12dvh]"
          onOpenAutoFocus={() => {
            navigating.current = false;
          }}
          // after choosing a result the new page takes the focus, not the button that opened the palette
          onCloseAutoFocus={(event) => {
            if (navigating.current) event.preventDefault();
          }}
        >
          <DialogPrimitive.Title className="sr-only">Search or jump to</DialogPrimitive.Title>
          <DialogPrimitive.Description className="sr-only">
            Type a name, phone number, invoice number, task or page. Use the arrow keys to choose and Enter to open.
          </DialogPrimitive.Description>
          {/* inside the content, so that every opening starts with an empty search */}
          <PaletteSearch onGo={go} canCreate={canCreate} />
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

function PaletteSearch({ onGo, canCreate }: { onGo: (entry: PaletteEntry) => void; canCreate: boolean }) {
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
