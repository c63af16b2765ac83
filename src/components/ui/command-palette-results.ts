/**
 * What the command palette offers for a query: the pages and actions whose
 * names match, and the contacts, invoices and tasks the list APIs find
 * (`GET /api/contacts?q=`, `/api/invoices?q=`, `/api/tasks?q=`, the same
 * search as the list pages). Pure functions, so that they can be tested
 * without a browser; the component is command-palette.tsx.
 */

import { formatTotal } from '@/lib/pagination/count';

export type PaletteGroupName = 'Actions' | 'Pages' | 'Contacts' | 'Invoices' | 'Tasks';

export interface PaletteEntry {
  /** unique across the palette (also cmdk's value) */
  id: string;
  label: string;
  /** a second, quieter line: company, email and phone; an invoice's client and status */
  hint?: string;
  href: string;
  /** other words it is found by */
  keywords?: readonly string[];
  /** the symbol shown before it */
  icon?: PaletteIcon;
}

export type PaletteIcon =
  | 'dashboard'
  | 'contact'
  | 'task'
  | 'time'
  | 'invoice'
  | 'transaction'
  | 'outbox'
  | 'assistant'
  | 'team'
  | 'profile'
  | 'docs'
  | 'new'
  | 'import'
  | 'search';

export interface PaletteGroup {
  name: PaletteGroupName;
  entries: PaletteEntry[];
}

/** The URL parameter a page's create dialog opens on (src/components/ui/use-open-from-url.ts). */
export const NEW_PARAM = 'new';

export const PAGES: readonly PaletteEntry[] = [
  {
    id: 'page:dashboard',
    label: 'Dashboard',
    href: '/dashboard',
    icon: 'dashboard',
    keywords: ['home', 'overview', 'figures', 'income', 'expenses'],
  },
  { id: 'page:contacts', label: 'Contacts', href: '/contacts', icon: 'contact', keywords: ['clients', 'customers', 'leads', 'people'] },
  { id: 'page:tasks', label: 'Tasks', href: '/tasks', icon: 'task', keywords: ['to do', 'todo', 'reminders'] },
  { id: 'page:tasks-overdue', label: 'Overdue tasks', href: '/tasks?view=overdue', icon: 'task', keywords: ['late'] },
  { id: 'page:time', label: 'Time', href: '/time', icon: 'time', keywords: ['timesheet', 'timer', 'hours', 'tracking'] },
  { id: 'page:invoices', label: 'Invoices', href: '/invoices', icon: 'invoice', keywords: ['bills', 'billing'] },
  {
    id: 'page:invoices-overdue',
    label: 'Overdue invoices',
    href: '/invoices?status=overdue',
    icon: 'invoice',
    keywords: ['unpaid', 'late', 'owed'],
  },
  {
    id: 'page:transactions',
    label: 'Transactions',
    href: '/transactions',
    icon: 'transaction',
    keywords: ['money', 'income', 'expenses', 'payments'],
  },
  { id: 'page:outbox', label: 'Outbox', href: '/outbox', icon: 'outbox', keywords: ['emails', 'sent'] },
  { id: 'page:ai', label: 'Assistant', href: '/ai', icon: 'assistant', keywords: ['ai', 'ask', 'chat', 'history'] },
  {
    id: 'page:team',
    label: 'Team',
    href: '/settings/team',
    icon: 'team',
    keywords: ['members', 'invite', 'invitations', 'roles', 'permissions', 'workspace', 'people'],
  },
  {
    id: 'page:profile',
    label: 'Profile',
    href: '/profile',
    icon: 'profile',
    keywords: ['account', 'settings', 'business', 'password', 'time zone', 'currency'],
  },
  {
    id: 'page:api-docs',
    label: 'API documentation',
    href: '/docs/api',
    icon: 'docs',
    keywords: ['api', 'openapi', 'developers', 'integrations', 'zapier', 'n8n', 'reference'],
  },
];

export const ACTIONS: readonly PaletteEntry[] = [
  { id: 'action:new-invoice', label: 'New invoice', href: '/invoices/new', icon: 'new', keywords: ['create', 'bill', 'add'] },
  {
    id: 'action:new-contact',
    label: 'New contact',
    href: `/contacts?${NEW_PARAM}=contact`,
    icon: 'new',
    keywords: ['create', 'add', 'client', 'customer', 'lead'],
  },
  {
    id: 'action:new-task',
    label: 'New task',
    href: `/tasks?${NEW_PARAM}=task`,
    icon: 'new',
    keywords: ['create', 'add', 'reminder', 'to do', 'todo'],
  },
  {
    id: 'action:add-expense',
    label: 'Add transaction: money out',
    href: `/transactions?${NEW_PARAM}=expense`,
    icon: 'new',
    keywords: ['expense', 'spent', 'record', 'create'],
  },
  {
    id: 'action:add-income',
    label: 'Add transaction: money in',
    href: `/transactions?${NEW_PARAM}=income`,
    icon: 'new',
    keywords: ['income', 'payment', 'received', 'record', 'create'],
  },
  {
    id: 'action:import-contacts',
    label: 'Import contacts from a CSV file',
    href: '/contacts/import',
    icon: 'import',
    keywords: ['upload', 'spreadsheet'],
  },
];

/** Whether the keyboard shortcut was pressed: Ctrl-K or ⌘-K (by key, or by its place on the keyboard for other layouts). */
export function isPaletteShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  return event.key.toLowerCase() === 'k' || event.code === 'KeyK';
}

/** The longest query sent to the APIs (they accept 200 characters). */
export const MAX_QUERY = 100;
/** Records searched for from this many characters on. */
export const MIN_SEARCH = 2;
/** Records of each kind shown. */
export const PER_KIND = 5;

/** The query as sent: trimmed, no NUL or broken unicode (the API refuses them), at most MAX_QUERY characters. */
export function cleanQuery(raw: string): string {
  // by code point, so that a pair of surrogates is never cut in two; lone ones and NUL are dropped
  const points = Array.from(raw.trim()).filter((ch) => ch !== '\u0000' && !(ch.length === 1 && ch >= '\uD800' && ch <= '\uDFFF'));
  return points.slice(0, MAX_QUERY).join('').trim();
}

/** Lower case without accents, for matching names ("Zoë" is found by "zoe"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Every word of the query starts a word of the entry's label or keywords. */
export function matchesEntry(entry: Pick<PaletteEntry, 'label' | 'keywords'>, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([entry.label, ...(entry.keywords ?? [])].join(' '))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
}

/** The list requests for a query (run in parallel); none below MIN_SEARCH characters. */
export function searchRequests(query: string): { contacts: string; invoices: string; tasks: string } | null {
  const q = cleanQuery(query);
  if (q.length < MIN_SEARCH) return null;
  const params = (extra: Record<string, string> = {}) => new URLSearchParams({ q, limit: String(PER_KIND), ...extra }).toString();
  return {
    contacts: `/api/contacts?${params()}`,
    invoices: `/api/invoices?${params()}`,
    tasks: `/api/tasks?${params()}`,
  };
}

// The rows the list APIs return, as far as the palette reads them (the palette
// is a UI primitive and knows no feature's types).
export interface ContactRow {
  id: string;
  first_name: string;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
}
export interface InvoiceRow {
  id: string;
  invoice_number: string;
  contact_name: string | null;
  effective_status?: string;
  status: string;
}
export interface TaskRow {
  id: string;
  title: string;
  status: string;
}

export interface ListResult<T> {
  data: T[];
  total: number;
  /** false: `total` is the bound of a search's count, more match ("1,000+") */
  total_exact?: boolean;
}

export interface SearchResults {
  contacts?: ListResult<ContactRow>;
  invoices?: ListResult<InvoiceRow>;
  tasks?: ListResult<TaskRow>;
}

/** "in_progress" → "In progress". */
export function statusLabel(status: string): string {
  const words = status.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function contactEntry(c: ContactRow): PaletteEntry {
  const name = [c.first_name, c.last_name].filter(Boolean).join(' ');
  return {
    id: `contact:${c.id}`,
    label: name,
    hint: [c.company, c.email, c.phone].filter(Boolean).join(' · ') || undefined,
    href: `/contacts/${c.id}`,
    icon: 'contact',
  };
}

function invoiceEntry(i: InvoiceRow): PaletteEntry {
  return {
    id: `invoice:${i.id}`,
    label: `Invoice ${i.invoice_number}`,
    hint: [i.contact_name, statusLabel(i.effective_status ?? i.status)].filter(Boolean).join(' · '),
    href: `/invoices/${i.id}`,
    icon: 'invoice',
  };
}

function taskEntry(t: TaskRow): PaletteEntry {
  // tasks have no page of their own: the task list, searched for this title, in every status
  return {
    id: `task:${t.id}`,
    label: t.title,
    hint: statusLabel(t.status),
    href: `/tasks?${new URLSearchParams({ view: 'all', q: t.title.slice(0, 200) })}`,
    icon: 'task',
  };
}

/** "See all 12 contacts matching “ann”", when the list holds more than the palette shows. */
function seeAll(kind: 'contacts' | 'invoices' | 'tasks', query: string, total: string): PaletteEntry {
  const params = new URLSearchParams(kind === 'tasks' ? { view: 'all', q: query } : { q: query });
  return {
    id: `all:${kind}`,
    label: `See all ${total} ${kind} matching “${query}”`,
    href: `/${kind}?${params}`,
    icon: 'search',
  };
}

/**
 * The palette's groups for a query. Without a query: the actions, then the
 * pages. With one: the matching actions and pages first (they are few and
 * exact), then contacts, invoices and tasks from the search, each with a
 * "see all" entry when there are more than shown. Empty groups are left out.
 * Without `canCreate` (a viewer of the workspace) there are no actions: each
 * one adds a record.
 */
export function buildResults(
  query: string,
  results: SearchResults = {},
  { canCreate = true }: { canCreate?: boolean } = {},
): PaletteGroup[] {
  const q = cleanQuery(query);
  const groups: PaletteGroup[] = [
    { name: 'Actions', entries: canCreate ? ACTIONS.filter((entry) => matchesEntry(entry, q)) : [] },
    { name: 'Pages', entries: PAGES.filter((entry) => matchesEntry(entry, q)) },
  ];
  if (q.length >= MIN_SEARCH) {
    const found = (name: PaletteGroupName, kind: 'contacts' | 'invoices' | 'tasks', entries: PaletteEntry[], list: ListResult<unknown>) => {
      if (list.total > entries.length && entries.length > 0) entries.push(seeAll(kind, q, formatTotal(list)));
      groups.push({ name, entries });
    };
    const { contacts, invoices, tasks } = results;
    if (contacts) found('Contacts', 'contacts', contacts.data.slice(0, PER_KIND).map(contactEntry), contacts);
    if (invoices) found('Invoices', 'invoices', invoices.data.slice(0, PER_KIND).map(invoiceEntry), invoices);
    if (tasks) found('Tasks', 'tasks', tasks.data.slice(0, PER_KIND).map(taskEntry), tasks);
  }
  return groups.filter((group) => group.entries.length > 0);
}

/** Every entry of the groups in the order shown (for keyboard tests and counts). */
export function flatEntries(groups: readonly PaletteGroup[]): PaletteEntry[] {
  return groups.flatMap((group) => group.entries);
}
