import { describe, expect, it } from 'vitest';
import { anyOf, clearLabel, noMatchesTitle } from './empty-state';

describe('noMatchesTitle', () => {
  it('names exactly the search and filters applied', () => {
    expect(noMatchesTitle({ noun: 'invoices', search: 'acme' })).toBe('No invoices match “acme”.');
    expect(noMatchesTitle({ noun: 'paid invoices', search: 'acme' })).toBe('No paid invoices match “acme”.');
    expect(noMatchesTitle({ noun: 'paid invoices' })).toBe('No paid invoices.');
    expect(noMatchesTitle({ noun: 'invoices', qualifiers: ['for Acme Ltd'], search: ' web ' })).toBe(
      'No invoices for Acme Ltd match “web”.',
    );
    expect(noMatchesTitle({ noun: 'income', uncountable: true, qualifiers: ['from Dec 1, 2026'], search: 'rent' })).toBe(
      'No income from Dec 1, 2026 matches “rent”.',
    );
    expect(noMatchesTitle({ noun: 'open tasks', qualifiers: ['with high priority', 'about Amara Okafor'] })).toBe(
      'No open tasks with high priority about Amara Okafor.',
    );
    expect(noMatchesTitle({ noun: 'contacts', search: 'x'.repeat(80) })).toBe(`No contacts match “${'x'.repeat(59)}…”.`);
  });

  it('joins the values of one filter with "or"', () => {
    expect(anyOf(['paid'])).toBe('paid');
    expect(anyOf(['sent', 'overdue'])).toBe('sent or overdue');
    expect(anyOf(['draft', 'sent', 'overdue'])).toBe('draft, sent or overdue');
  });

  it('offers to clear what is set', () => {
    expect(clearLabel({ search: 'acme', filtered: false })).toBe('Clear search');
    expect(clearLabel({ search: 'acme', filtered: true })).toBe('Clear search and filters');
    expect(clearLabel({ search: undefined, filtered: true })).toBe('Clear filters');
  });
});
