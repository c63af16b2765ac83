import { describe, expect, it } from 'vitest';
import { changeOf, comparison, periodDescription, periodLabel, rangeLabel, signedMoney } from './format';

describe('dashboard display helpers', () => {
  it('prints money exactly, with a real minus sign', () => {
    expect(signedMoney('1234567.89', 'USD', 'en-US')).toBe('$1,234,567.89');
    expect(signedMoney('-0.01', 'USD', 'en-US')).toBe('−$0.01');
    expect(signedMoney('-1320.01', 'EUR', 'de-DE')).toBe('−1.320,01\u00a0€');
  });

  it('says how a figure moved, without a percentage when there was nothing before', () => {
    expect(changeOf('150.00', '100.00')).toEqual({ direction: 'up', percent: '50.0 %' });
    expect(changeOf('0.00', '379.99')).toEqual({ direction: 'down', percent: '100.0 %' });
    expect(changeOf('10.00', '10.00')).toEqual({ direction: 'same', percent: '0.0 %' });
    expect(changeOf('10.00', '0.00')).toEqual({ direction: 'up', percent: null });
    // a negative net that improves is up
    expect(changeOf('-50.00', '-100.00')).toEqual({ direction: 'up', percent: '50.0 %' });
  });

  it('names periods on the calendar, whatever the server’s time zone', () => {
    expect(periodLabel({ start: '2025-12-01', end: '2025-12-31' }, 'month', 'en-US')).toBe('Dec');
    expect(periodLabel({ start: '2025-12-01', end: '2025-12-31' }, 'month', 'en-US', true)).toBe('December 2025');
    expect(periodLabel({ start: '2025-11-24', end: '2025-11-30' }, 'week', 'en-US')).toBe('Nov 24');
    expect(periodLabel({ start: '2025-11-24', end: '2025-11-30' }, 'week', 'en-US', true)).toMatch(/^Nov 24\s?–\s?30, 2025$/);
    expect(periodLabel({ start: '2025-12-29', end: '2026-01-04' }, 'week', 'en-US', true)).toMatch(/^Dec 29, 2025\s?–\s?Jan 4, 2026$/);
    expect(periodLabel({ start: '2026-11-01', end: '2026-11-01' }, 'week', 'en-US', true)).toBe('Nov 1, 2026');
    expect(periodLabel({ start: '2026-01-01', end: '2026-01-01' }, 'day', 'en-US')).toBe('1');
    expect(rangeLabel({ from: '2026-03-01', to: '2026-03-01' }, 'en-US')).toBe('Mar 1, 2026');
    expect(rangeLabel({ from: '2025-12-01', to: '2026-11-30' }, 'en-US')).toMatch(/^Dec 1, 2025\s?–\s?Nov 30, 2026$/);
  });

  it('says which days a month holds when the range cuts it short', () => {
    expect(periodLabel({ start: '2025-12-07', end: '2025-12-31' }, 'month', 'en-US')).toMatch(/^Dec 7\s?–\s?31$/);
    expect(periodLabel({ start: '2025-12-07', end: '2025-12-31' }, 'month', 'en-US', true)).toMatch(/^Dec 7\s?–\s?31, 2025$/);
    expect(periodLabel({ start: '2026-12-01', end: '2026-12-06' }, 'month', 'en-US', true)).toMatch(/^Dec 1\s?–\s?6, 2026$/);
    expect(periodLabel({ start: '2026-12-01', end: '2026-12-01' }, 'month', 'en-US', true)).toBe('Dec 1, 2026');
    expect(periodLabel({ start: '2026-11-01', end: '2026-11-30' }, 'month', 'en-US', true)).toBe('November 2026');
  });
});

describe('what a period covers, in words', () => {
  const today = '2026-12-06';

  it('names a preset with its exact dates', () => {
    expect(periodDescription({ from: '2025-12-07', to: '2026-12-06' }, today, 'en-US')).toMatchObject({
      name: 'Last 12 months',
      dates: expect.stringMatching(/^Dec 7, 2025\s?–\s?Dec 6, 2026$/),
      future: null,
    });
    expect(periodDescription({ from: '2026-01-01', to: '2026-12-06' }, today, 'en-US').name).toBe('This year so far');
    expect(periodDescription({ from: '2026-03-10', to: '2026-04-09' }, today, 'en-US')).toMatchObject({ name: null, future: null });
  });

  it('says when a range reaches past today', () => {
    expect(periodDescription({ from: '2026-01-01', to: '2026-12-31' }, today, 'en-US')).toMatchObject({
      name: null,
      future: 'includes 25 days still to come',
    });
    expect(periodDescription({ from: '2026-12-01', to: '2026-12-07' }, today, 'en-US').future).toBe('includes 1 day still to come');
    expect(periodDescription({ from: '2027-01-01', to: '2027-01-31' }, today, 'en-US').future).toBe('all of it still to come');
  });
});

describe('comparing with the period before', () => {
  const words = { currency: 'USD', locale: 'en-US', previousLabel: 'in Nov 1 – 30, 2026' };
  const text = (c: { headline: string; detail: string }) => `${c.headline} ${c.detail}`;

  it('gives a percentage when there was something before', () => {
    expect(text(comparison('income', '150.00', '100.00', words))).toBe('Up 50.0 % from $100.00 in Nov 1 – 30, 2026');
    expect(text(comparison('expense', '0.00', '379.99', words))).toBe('Down 100.0 % from $379.99 in Nov 1 – 30, 2026');
    expect(text(comparison('net', '-50.00', '-100.00', words))).toBe('Up 50.0 % from −$100.00 in Nov 1 – 30, 2026');
    expect(text(comparison('income', '10.00', '10.00', words))).toBe('Unchanged from $10.00 in Nov 1 – 30, 2026');
  });

  it('never says "up from $0.00" without saying what that means', () => {
    const fresh = comparison('income', '1250.00', '0.00', words);
    expect(fresh).toEqual({ direction: 'up', headline: 'New this period', detail: '— nothing in Nov 1 – 30, 2026' });
    expect(text(comparison('expense', '40.00', '0.00', words))).toBe('New this period — nothing in Nov 1 – 30, 2026');
    expect(text(comparison('income', '0.00', '0.00', words))).toBe('Nothing this period or in Nov 1 – 30, 2026');
    // a net of exactly zero before: the change in money
    expect(text(comparison('net', '120.50', '0.00', words))).toBe('Up $120.50 from $0.00 in Nov 1 – 30, 2026');
    expect(text(comparison('net', '-40.00', '0.00', words))).toBe('Down $40.00 from $0.00 in Nov 1 – 30, 2026');
    expect(text(comparison('net', '0.00', '0.00', words))).toBe('Unchanged from $0.00 in Nov 1 – 30, 2026');
  });
});
