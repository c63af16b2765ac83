import { describe, expect, it } from 'vitest';
import { suggestCategory, type CategorisedExample, type CategoryRule, type MatchLine } from './index';

const line = (description: string, counterparty: string | null, amount = '-49.90'): MatchLine => ({
  id: 'l',
  date: '2026-11-20',
  amount,
  description,
  counterparty,
  reference: null,
});

const rule = (id: string, pattern: string, category: string, more: Partial<CategoryRule> = {}): CategoryRule => ({
  id,
  pattern,
  match: 'contains',
  field: 'description',
  category,
  type: 'expense',
  ...more,
});

describe('suggestCategory', () => {
  it('applies the first matching rule, ignoring case and accents', () => {
    const rules = [rule('r1', 'telekom', 'Phone'), rule('r2', 'lastschrift', 'Direct debits'), rule('r3', 'CAFÉ', 'Meals')];
    expect(suggestCategory(line('LASTSCHRIFT TELEKOM DEUTSCHLAND', null), rules, [])).toEqual({
      category: 'Phone',
      source: 'rule',
      rule_id: 'r1',
    });
    expect(suggestCategory(line('Lastschrift Stadtwerke', null), rules, [])).toEqual({
      category: 'Direct debits',
      source: 'rule',
      rule_id: 'r2',
    });
    expect(suggestCategory(line('Kartenzahlung CAFE CENTRAL', null), rules, [])?.rule_id).toBe('r3');
  });

  it('honours the field and the kind of match', () => {
    const rules = [
      rule('eq', 'Hetzner Online GmbH', 'Hosting', { field: 'counterparty', match: 'equals' }),
      rule('sw', 'visa', 'Card', { match: 'starts_with' }),
    ];
    expect(suggestCategory(line('Invoice 123', 'HETZNER ONLINE GMBH'), rules, [])?.rule_id).toBe('eq');
    expect(suggestCategory(line('Invoice 123', 'Hetzner Online GmbH Gunzenhausen'), rules, [])).toBeNull();
    expect(suggestCategory(line('VISA 4711 AMAZON', null), rules, [])?.rule_id).toBe('sw');
    expect(suggestCategory(line('Payment by VISA', null), rules, [])).toBeNull();
  });

  it('applies expense rules to outgoing lines and income rules to incoming ones', () => {
    const rules = [rule('out', 'amazon', 'Office supplies'), rule('in', 'amazon', 'Refunds', { type: 'income' })];
    expect(suggestCategory(line('AMAZON EU', null, '-20.00'), rules, [])?.rule_id).toBe('out');
    expect(suggestCategory(line('AMAZON EU', null, '20.00'), rules, [])?.rule_id).toBe('in');
  });

  it('learns from the same counterparty, written another way', () => {
    const history: CategorisedExample[] = [
      { description: 'Rechnung 2026-10', counterparty: 'Hetzner Online GmbH', category: 'Hosting', type: 'expense' },
      { description: 'Rechnung 2026-09', counterparty: 'Hetzner Online GmbH', category: 'Hosting', type: 'expense' },
    ];
    expect(suggestCategory(line('Rechnung 2026-11', 'HETZNER ONLINE'), [], history)).toEqual({ category: 'Hosting', source: 'learned' });
  });

  it('makes no guess when the history disagrees', () => {
    const history: CategorisedExample[] = [
      { description: 'Order 1', counterparty: 'Amazon EU SARL', category: 'Office supplies', type: 'expense' },
      { description: 'Order 2', counterparty: 'Amazon EU SARL', category: 'Books', type: 'expense' },
      { description: 'Order 3', counterparty: 'Amazon EU SARL', category: 'Office supplies', type: 'expense' },
    ];
    expect(suggestCategory(line('Order 4', 'AMAZON EU S.A.R.L.'), [], history)).toBeNull();
  });

  it('falls back on similar descriptions, and needs a real overlap', () => {
    const history: CategorisedExample[] = [
      { description: 'VISA Kartenzahlung Tankstelle Aral', counterparty: null, category: 'Fuel', type: 'expense' },
      { description: 'VISA Kartenzahlung Tankstelle Shell', counterparty: null, category: 'Fuel', type: 'expense' },
      { description: 'Miete Buero Dezember', counterparty: 'Immobilien Schulz', category: 'Rent', type: 'expense' },
    ];
    expect(suggestCategory(line('VISA KARTENZAHLUNG TANKSTELLE ARAL 12.11.', null), [], history)).toEqual({
      category: 'Fuel',
      source: 'learned',
    });
    expect(suggestCategory(line('Miete Buero Januar', null), [], history)).toEqual({ category: 'Rent', source: 'learned' });
    expect(suggestCategory(line('Kartenzahlung Baumarkt', null), [], history)).toBeNull();
  });

  it('does not learn across directions', () => {
    const history: CategorisedExample[] = [{ description: 'Stripe payout', counterparty: 'Stripe', category: 'Sales', type: 'income' }];
    expect(suggestCategory(line('Stripe fees', 'Stripe', '-3.10'), [], history)).toBeNull();
    expect(suggestCategory(line('Stripe payout', 'Stripe', '310.00'), [], history)).toEqual({ category: 'Sales', source: 'learned' });
  });

  it('prefers a rule over what was learned, and returns null with nothing to go on', () => {
    const history: CategorisedExample[] = [{ description: 'Telekom', counterparty: 'Telekom', category: 'Learned', type: 'expense' }];
    expect(suggestCategory(line('Telekom', 'Telekom'), [rule('r', 'telekom', 'Phone')], history)?.source).toBe('rule');
    expect(suggestCategory(line('Something new', 'Nobody'), [], history)).toBeNull();
  });
});
