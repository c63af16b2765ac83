import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { amountsIn, wantsCategoryList, wantsMoneyTotals, wantsNewTransaction, wantsTopCategories, wantsTransactionList } from './money';
import { Turn } from './turn';

const turn = (query: string) =>
  new Turn({ query, history: [], user: { locale: 'en-US', time_zone: 'UTC', can_change: true } } as unknown as EngineRequest);

describe('money said in other words', () => {
  it('reads an amount written in words only when there is none in digits', () => {
    expect(amountsIn('paid eighty-five for the web domain renewal', 'en-US').amounts.map((a) => a.value)).toEqual(['85.00']);
    expect(amountsIn('spent two hundred and forty on tyres', 'en-US').amounts.map((a) => a.value)).toEqual(['240.00']);
    expect(amountsIn('one lunch for 12.50', 'en-US').amounts.map((a) => a.value)).toEqual(['12.50']);
  });

  it('lists the entries when the question is about which ones, and totals when it is about how much', () => {
    for (const q of [
      'what did I spend money on today?',
      'expenses over 100 this month',
      'payments under 50 last month',
      'anything categorised as Software?',
      'what was the 45.90 expense?',
      'did we log the hosting payment?',
      'how much was the team lunch',
    ]) {
      expect(wantsTransactionList(turn(q)), q).toBe(true);
      expect(wantsMoneyTotals(turn(q)), q).toBe(false);
    }
    for (const q of [
      'am I in the black this month?',
      'how much came in last month',
      'net result for last month',
      'meals this month - how much?',
    ]) {
      expect(wantsMoneyTotals(turn(q)), q).toBe(true);
    }
  });

  it('tells the list of categories from their ranking, and records a sale with its category', () => {
    expect(wantsCategoryList(turn('how do I usually label my income'))).toBe(true);
    expect(wantsCategoryList(turn('is there a Travel category already?'))).toBe(true);
    expect(wantsCategoryList(turn('category breakdown of my spending this month'))).toBe(false);
    expect(wantsTopCategories(turn('category breakdown of my spending this month'))).toBe(true);
    expect(wantsNewTransaction(turn('cash sale 320, category Client work'))).toBe(true);
  });
});

describe('engine-b: words the typo corrector would change', () => {
  it('reads "charge" and "categorised" as typed', () => {
    expect(wantsTransactionList(turn('what was the 29.99 charge?'))).toBe(true);
    expect(wantsTopCategories(turn('anything categorised as Software?'))).toBe(false);
    expect(wantsCategoryList(turn('anything categorised as Software?'))).toBe(false);
    expect(wantsTransactionList(turn('anything categorised as Software?'))).toBe(true);
  });
});
