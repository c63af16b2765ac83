import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  buildResults,
  cleanQuery,
  flatEntries,
  fold,
  isPaletteShortcut,
  matchesEntry,
  MAX_QUERY,
  PAGES,
  searchRequests,
  statusLabel,
} from './command-palette-results';

const contact = (
  id: string,
  first_name: string,
  extra: Partial<{ last_name: string; email: string; phone: string; company: string }> = {},
) => ({
  id,
  first_name,
  last_name: extra.last_name ?? null,
  email: extra.email ?? null,
  phone: extra.phone ?? null,
  company: extra.company ?? null,
});

describe('the command palette', () => {
  it('offers every action, then every page, before anything is typed', () => {
    const groups = buildResults('');
    expect(groups.map((g) => g.name)).toEqual(['Actions', 'Pages']);
    expect(groups[0]!.entries).toEqual(ACTIONS);
    expect(groups[1]!.entries).toEqual(PAGES);
    // every entry can be told apart (cmdk's value) and goes somewhere on this site
    const ids = flatEntries(groups).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of flatEntries(groups)) expect(entry.href).toMatch(/^\/[a-z]/);
  });

  it('offers a viewer no actions (each adds a record), only the pages', () => {
    const groups = buildResults('', {}, { canCreate: false });
    expect(groups.map((g) => g.name)).toEqual(['Pages']);
    expect(flatEntries(buildResults('new', {}, { canCreate: false }))).toEqual([]);
    expect(flatEntries(buildResults('invite', {}, { canCreate: false })).map((e) => e.label)).toEqual(['Team']);
  });

  it('finds pages and actions by the start of any word of their name or keywords', () => {
    const labels = (q: string) => flatEntries(buildResults(q)).map((e) => e.label);
    expect(labels('new inv')).toEqual(['New invoice']);
    expect(labels('profile')).toEqual(['Profile']);
    expect(labels('settings')).toEqual(['Profile']);
    expect(labels('overdue')).toEqual(['Overdue tasks', 'Overdue invoices']);
    expect(labels('expense')).toContain('Add transaction: money out');
    expect(labels('NEW CONTACT')).toEqual(['New contact']);
    // the middle of a word is not a match
    expect(labels('voice')).toEqual([]);
    expect(matchesEntry({ label: 'Café Zoë' }, 'zoe')).toBe(true);
    expect(fold('Zoë Ångström')).toBe('zoe angstrom');
  });

  it('opens the create dialogs through the URL of their page', () => {
    const href = (id: string) => ACTIONS.find((a) => a.id === id)!.href;
    expect(href('action:new-invoice')).toBe('/invoices/new');
    expect(href('action:new-contact')).toBe('/contacts?new=contact');
    expect(href('action:new-task')).toBe('/tasks?new=task');
    expect(href('action:add-expense')).toBe('/transactions?new=expense');
    expect(href('action:add-income')).toBe('/transactions?new=income');
  });

  it('searches the three lists from two characters on, five of each, with the query encoded', () => {
    expect(searchRequests('')).toBeNull();
    expect(searchRequests(' a ')).toBeNull();
    expect(searchRequests('+44 20')).toEqual({
      contacts: '/api/contacts?q=%2B44+20&limit=5',
      invoices: '/api/invoices?q=%2B44+20&limit=5',
      tasks: '/api/tasks?q=%2B44+20&limit=5',
    });
    expect(searchRequests('INV-0006&status=paid')!.invoices).toBe('/api/invoices?q=INV-0006%26status%3Dpaid&limit=5');
  });

  it('never sends a query the API refuses (NUL, broken unicode, too long)', () => {
    expect(cleanQuery('  ann\u0000a  ')).toBe('anna');
    expect(cleanQuery('a\uD800b')).toBe('ab');
    expect(cleanQuery('😀😀')).toBe('😀😀');
    const long = cleanQuery('x'.repeat(500));
    expect(long).toHaveLength(MAX_QUERY);
    // a surrogate pair is never cut in two at the limit
    const emoji = cleanQuery('😀'.repeat(150));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY);
    expect(emoji.isWellFormed()).toBe(true);
  });

  it('shows contacts with their company, email and phone, invoices by number, tasks by title', () => {
    const groups = buildResults('7946', {
      contacts: { data: [contact('c1', 'Grace', { last_name: 'Hopper', company: 'Navy', phone: '+44 20 7946 0123' })], total: 1 },
      invoices: {
        data: [{ id: 'i1', invoice_number: 'INV-7946', contact_name: 'Whitfield Bakery', status: 'sent', effective_status: 'overdue' }],
        total: 1,
      },
      tasks: { data: [{ id: 't1', title: 'Call 7946 back', status: 'in_progress' }], total: 1 },
    });
    expect(groups.map((g) => g.name)).toEqual(['Contacts', 'Invoices', 'Tasks']);
    expect(groups[0]!.entries[0]).toMatchObject({ label: 'Grace Hopper', hint: 'Navy · +44 20 7946 0123', href: '/contacts/c1' });
    expect(groups[1]!.entries[0]).toMatchObject({ label: 'Invoice INV-7946', hint: 'Whitfield Bakery · Overdue', href: '/invoices/i1' });
    expect(groups[2]!.entries[0]).toMatchObject({ label: 'Call 7946 back', hint: 'In progress', href: '/tasks?view=all&q=Call+7946+back' });
  });

  it('puts matching actions first, leaves out empty groups, and links to the rest of a long list', () => {
    const many = Array.from({ length: 5 }, (_, i) => contact(`c${i}`, `Anna ${i}`));
    const groups = buildResults('new', {
      contacts: { data: many, total: 12 },
      invoices: { data: [], total: 0 },
      tasks: { data: [], total: 0 },
    });
    expect(groups.map((g) => g.name)).toEqual(['Actions', 'Contacts']);
    const contacts = groups[1]!.entries;
    expect(contacts).toHaveLength(6);
    expect(contacts[5]).toMatchObject({ id: 'all:contacts', label: 'See all 12 contacts matching “new”', href: '/contacts?q=new' });
    // no records below two characters, whatever arrived for an earlier query
    expect(buildResults('n', { contacts: { data: many, total: 12 } }).map((g) => g.name)).not.toContain('Contacts');
  });

  it('says "1,000+" when the search stopped counting at the bound', () => {
    const many = Array.from({ length: 5 }, (_, i) => contact(`c${i}`, `Anna ${i}`));
    const group = buildResults('ann', { contacts: { data: many, total: 1000, total_exact: false } }).find((g) => g.name === 'Contacts');
    expect(group!.entries.at(-1)).toMatchObject({ id: 'all:contacts', label: 'See all 1,000+ contacts matching “ann”' });
  });

  it('names a contact without a last name or details by the first name alone', () => {
    const [group] = buildResults('zo', { contacts: { data: [contact('c9', 'Zoë')], total: 1 } }).filter((g) => g.name === 'Contacts');
    expect(group!.entries[0]).toMatchObject({ label: 'Zoë', hint: undefined });
    expect(statusLabel('in_progress')).toBe('In progress');
  });

  it('opens with Ctrl-K or ⌘-K, on any keyboard layout, and nothing else', () => {
    const key = (k: Partial<KeyboardEvent>) => ({
      key: 'k',
      code: 'KeyK',
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...k,
    });
    expect(isPaletteShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isPaletteShortcut(key({ metaKey: true, key: 'K' }))).toBe(true);
    expect(isPaletteShortcut(key({ ctrlKey: true, key: 'л' }))).toBe(true);
    expect(isPaletteShortcut(key({}))).toBe(false);
    expect(isPaletteShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPaletteShortcut(key({ ctrlKey: true, key: 'j', code: 'KeyJ' }))).toBe(false);
  });
});
