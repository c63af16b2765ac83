import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import {
  amountsIn,
  asksForEntries,
  asksForInvoicePayments,
  listTransactions,
  moneyTotals,
  newTransaction,
  periodIn,
  sincePeriod,
  spelledAmounts,
  thingAsked,
  topCategories,
  wantsCategoryList,
  wantsMoneyTotals,
  wantsNewTransaction,
  wantsTopCategories,
  wantsTransactionList,
} from './money';
import { Turn } from './turn';

const turn = (query: string) =>
  new Turn({ query, history: [], user: { locale: 'en-US', time_zone: 'UTC', can_change: true } } as unknown as EngineRequest);

describe('money said in other words', () => {
  it('reads an amount written in words only when there is none in digits', () => {
    expect(amountsIn('paid eighty-five for the web domain renewal', 'en-US').amounts.map((a) => a.value)).toEqual(['85.00']);
    expect(amountsIn('spent two hundred and forty on tyres', 'en-US').amounts.map((a) => a.value)).toEqual(['240.00']);
    expect(amountsIn('one lunch for 12.50', 'en-US').amounts.map((a) => a.value)).toEqual(['12.50']);
  });

  it('reads amounts in words exactly, in whole cents, and leaves counts and names alone', () => {
    expect(spelledAmounts('worth ten grand')).toBe('worth 10000.00');
    expect(spelledAmounts('five thousand dollars for the site')).toBe('5000.00 dollars for the site');
    expect(spelledAmounts('valued at fifteen hundred')).toBe('valued at 1500.00');
    expect(spelledAmounts('3 grand')).toBe('3k');
    expect(spelledAmounts('twelve and a half thousand for the relaunch')).toBe('12500.00 for the relaunch');
    expect(spelledAmounts('paid sixty for a taxi')).toBe('paid 60.00 for a taxi');
    expect(spelledAmounts('bill kenji three hundred for the subtitles')).toBe('bill kenji 300.00 for the subtitles');
    expect(spelledAmounts('a hundred and five euros')).toBe('105.00 euros');
    expect(spelledAmounts('one and a half k')).toBe('1500.00');
    // counts, shares and names stay words
    expect(spelledAmounts('nordwerk relaunch phase two')).toBe('nordwerk relaunch phase two');
    expect(spelledAmounts('credit one of them')).toBe('credit one of them');
    expect(spelledAmounts('log two hours for amara')).toBe('log two hours for amara');
    expect(spelledAmounts('credit half of INV-0001')).toBe('credit half of INV-0001');
    expect(spelledAmounts('a credit note for two thirds of INV-0002')).toBe('a credit note for two thirds of INV-0002');
    expect(spelledAmounts('someone paid')).toBe('someone paid');
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

describe('Words the typo corrector would change', () => {
  it('reads "charge" and "categorised" as typed', () => {
    expect(wantsTransactionList(turn('what was the 29.99 charge?'))).toBe(true);
    expect(wantsTopCategories(turn('anything categorised as Software?'))).toBe(false);
    expect(wantsCategoryList(turn('anything categorised as Software?'))).toBe(false);
    expect(wantsTransactionList(turn('anything categorised as Software?'))).toBe(true);
  });
});

describe('money questions said in other shapes', () => {
  it('lists entries for the largest one, every one of a kind, what was bought and for how much, when one was recorded', () => {
    for (const q of [
      'largest single expense I have recorded',
      'my smallest transaction this month',
      'client work income, all of it',
      'software expenses, one by one',
      'what did I buy today, and for how much?',
      'when did I record the lunch with Lukas',
    ]) {
      expect(wantsTransactionList(turn(q)), q).toBe(true);
      expect(wantsMoneyTotals(turn(q)), q).toBe(false);
      expect(wantsTopCategories(turn(q)), q).toBe(false);
    }
    for (const q of ['my most expensive purchase this month', 'rent payments', 'my biggest single purchase']) {
      expect(wantsTransactionList(turn(q)), q).toBe(true);
      expect(wantsMoneyTotals(turn(q)), q).toBe(false);
    }
    expect(wantsTransactionList(turn('overdue payments'))).toBe(false);
    expect(wantsTopCategories(turn('where did most of my money go last month?'))).toBe(true);
    // a superlative about costs in general is still a ranking of categories
    expect(wantsTopCategories(turn('what was my largest cost last month'))).toBe(true);
  });

  it('totals income with a period, both sides said as came in and went out', () => {
    for (const q of [
      'client work revenue this month',
      'how much money came in and went out last month?',
      'what went out and what came in this week',
    ]) {
      expect(wantsMoneyTotals(turn(q)), q).toBe(true);
    }
    expect(wantsMoneyTotals(turn('show my income entries this month'))).toBe(false);
  });

  it('reads "since the start of" a period as from its first day to today', () => {
    expect(sincePeriod('how much have I spent since the start of last month?', '2026-12-07')).toEqual({
      from: '2026-11-01',
      to: '2026-12-07',
      label: 'since 2026-11-01',
    });
    expect(sincePeriod('income since the beginning of the year', '2026-12-07')?.from).toBe('2026-01-01');
    expect(sincePeriod('since next month', '2026-12-07')).toBeUndefined();
    expect(sincePeriod('spent this month', '2026-12-07')).toBeUndefined();
  });

  it('lists the categories when asked for all or every one of them, whatever kind is named', () => {
    for (const q of ['list all transaction categories', 'show me every expense category']) {
      expect(wantsCategoryList(turn(q)), q).toBe(true);
    }
  });
});

describe('entries asked by kind, period, amount range or what they were', () => {
  const today = (query: string) =>
    new Turn({
      query,
      history: [],
      user: { locale: 'en-US', time_zone: 'UTC', can_change: true, today: '2026-12-07' },
    } as unknown as EngineRequest);

  it('lists entries for a range, every entry, what was bought, money received', () => {
    for (const q of [
      'transactions between 20 and 50',
      'any expenses between 100 and 1,000?',
      'expenses bigger than 100',
      'every expense I have recorded, with amounts',
      'what software did I pay for',
      'money received last month',
      'what was the 120 expense',
    ]) {
      expect(wantsTransactionList(turn(q)), q).toBe(true);
    }
    expect(wantsMoneyTotals(turn('expenses bigger than 100'))).toBe(false);
  });

  it('never records money asked about', () => {
    for (const q of ['what was the 120 expense', 'did I log 45.90 for lunch', 'was the 29.99 charge software']) {
      expect(wantsNewTransaction(turn(q)), q).toBe(false);
    }
    expect(wantsNewTransaction(turn('new expense in Meals: 27.80 team breakfast'))).toBe(true);
  });

  it('reads a total with a period, and a period typed with a typo', () => {
    expect(wantsMoneyTotals(turn('rent total for last month'))).toBe(true);
    expect(wantsMoneyTotals(turn('total hours logged this week'))).toBe(false);
    expect(periodIn(today('net for lsat month?'))).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
  });
});

describe('ledger requests said as a period first, an amount alone, a pasted receipt or a form', () => {
  /** A request on fake tools: each tool answers from `data`, and every call is kept. */
  const on = (query: string, data: Record<string, unknown> = {}) => {
    const calls: { name: string; args: Record<string, unknown> }[] = [];
    const request = {
      query,
      history: [],
      user: { locale: 'en-US', time_zone: 'UTC', can_change: true, today: '2026-12-07', currency: 'USD' },
      tools: {
        call: async (name: string, args: Record<string, unknown>) => {
          calls.push({ name, args });
          return { ok: true, data: data[name] ?? { categories: [], transactions: [], total: 0 }, pending_action: { summary: name } };
        },
      },
    } as unknown as EngineRequest;
    return { turn: new Turn(request), calls, args: (tool: string) => calls.find((c) => c.name === tool)?.args };
  };
  const categories = { categories: [{ category: 'Rent' }, { category: 'Meals' }, { category: 'Software' }] };
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it('reads a period said before the entries it qualifies, and both sides named together', async () => {
    for (const q of ["this week's income", "yesterday's expenses", "last month's spending"])
      expect(wantsMoneyTotals(turn(q)), q).toBe(true);
    const both = on('costs and revenue for this week', { money_totals: { income: '10.00', expense: '4.00', net: '6.00' } });
    const said = await moneyTotals(both.turn);
    expect(said.response).toContain('income $10.00');
    expect(said.response).toContain('expenses $4.00');
  });

  it('lists every entry, the latest one, those recorded in a period, one asked by its amount or named before a question', () => {
    for (const q of [
      'all our purchases, please',
      'every one of my expenses',
      'list everything we entered this week',
      'when was my last hosting payment',
      'when did we last get paid',
      "what's the 120 about?",
      'the hosting plan - how much was it',
      'entries in the meals category',
    ]) {
      expect(wantsTransactionList(turn(q)), q).toBe(true);
      expect(wantsMoneyTotals(turn(q)), q).toBe(false);
      expect(wantsTopCategories(turn(q)), q).toBe(false);
    }
    expect(asksForEntries(turn('the hosting plan - how much was it'))).toBe(true);
    // hours are no entry of the books
    expect(wantsTransactionList(turn('show everything I recorded in hours this week'))).toBe(false);
  });

  it('applies "over 1,000" as one amount, and answers "when did I last" with the latest entry', async () => {
    const page = {
      total: 3,
      transactions: [
        { type: 'expense', amount: '800.00', category: 'Rent', description: null, date: '2026-11-10' },
        { type: 'income', amount: '1500.00', category: null, description: null, date: '2026-12-07' },
        { type: 'income', amount: '2000.00', category: null, description: null, date: '2026-11-10' },
      ],
    };
    const over = await listTransactions(on('payments over 1,000', { list_transactions: page, list_categories: categories }).turn);
    expect(over.response).toContain('$1,500.00');
    expect(over.response).not.toContain('$800.00');
    const latest = on('when did we last pay rent?', { list_transactions: page, list_categories: categories });
    const said = await listTransactions(latest.turn);
    expect(latest.args('list_transactions')).toMatchObject({ type: 'expense', category: 'Rent' });
    expect(said.response).toMatch(/^Your latest expense in Rent .*2026-11-10, \$800\.00/);
  });

  it('drops the kind of charge from what an entry was called when nothing has that name', async () => {
    const hosting = {
      total: 1,
      transactions: [{ type: 'expense', amount: '120.00', category: 'Software', description: 'Hosting', date: '2026-12-07' }],
    };
    const calls: unknown[] = [];
    const request = {
      query: 'the hosting plan - what did it cost',
      history: [],
      user: { locale: 'en-US', time_zone: 'UTC', can_change: true, today: '2026-12-07', currency: 'USD' },
      tools: {
        call: async (name: string, args: Record<string, unknown>) => {
          calls.push(args);
          if (name !== 'list_transactions') return { ok: true, data: categories };
          return { ok: true, data: args.query === 'hosting' ? hosting : { total: 0, transactions: [] } };
        },
      },
    } as unknown as EngineRequest;
    const said = await listTransactions(new Turn(request));
    expect(calls).toContainEqual(expect.objectContaining({ query: 'hosting plan' }));
    expect(said.response).toContain('$120.00');
  });

  it('reads a category only from its own words, never from a real word one letter away', async () => {
    const went = on('how much went out last week?', {
      list_categories: categories,
      money_totals: { income: '0.00', expense: '9.00', net: '-9.00' },
    });
    await moneyTotals(went.turn);
    expect(went.args('money_totals')).not.toHaveProperty('category');
    const typo = on('how much did sofware cost last week?', {
      list_categories: categories,
      money_totals: { income: '0.00', expense: '9.00', net: '-9.00' },
    });
    await moneyTotals(typo.turn);
    expect(typo.args('money_totals')).toMatchObject({ category: 'Software' });
  });

  it('names the categories when asked for their names, and ranks them when a place is asked', async () => {
    expect(wantsCategoryList(turn('category names'))).toBe(true);
    expect(wantsCategoryList(turn('which category came third in income'))).toBe(false);
    expect(wantsTopCategories(turn('which category came third in income'))).toBe(true);
    const ranked = {
      categories: [
        { category: 'Software', amount: '149.99' },
        { category: 'Meals', amount: '45.90' },
      ],
    };
    const second = on('which category is second for spending since the start of last month', { top_categories: ranked });
    const said = await topCategories(second.turn);
    expect(said.response).toMatch(/^In second place: Meals \(\$45\.90\)/);
    expect(second.args('top_categories')).toMatchObject({ type: 'expense', from: '2026-11-01', to: '2026-12-07' });
    const earns = on('which category earns us the most this year', { top_categories: ranked });
    await topCategories(earns.turn);
    expect(earns.args('top_categories')).toMatchObject({ type: 'income' });
  });

  it('records a form said with commas, a receipt by its total, a phone bill, a sale for the shop, the day paid over the month covered', async () => {
    const form = on('income, Client work, 300.00, today', { list_categories: { categories: [{ category: 'Client work' }] } });
    await newTransaction(form.turn);
    expect(form.args('create_transaction')).toMatchObject({ type: 'income', amount: '300.00', category: 'Client work', date: day(0) });

    const receipt = 'Bill: "Bakery — 2 x bagel 3.50, 1 x tea 2.20 — Total: 9.20" - log it as a meals expense';
    expect(wantsNewTransaction(turn(receipt))).toBe(true);
    const pasted = on(receipt, { list_categories: categories });
    await newTransaction(pasted.turn);
    expect(pasted.args('create_transaction')).toMatchObject({ type: 'expense', amount: '9.20', category: 'Meals' });

    expect(wantsNewTransaction(turn('paid 60 for the mobile phone bill'))).toBe(true);
    expect(wantsNewTransaction(turn('got 250 from Kenji for the shop window'))).toBe(true);
    // a contact's phone number is no amount
    expect(wantsNewTransaction(turn('add Jane Roe, phone 0171 555 0199'))).toBe(false);

    const rent = on('rent for last month, 750, paid yesterday', { list_categories: categories });
    await newTransaction(rent.turn);
    expect(rent.args('create_transaction')).toMatchObject({ type: 'expense', amount: '750.00', category: 'Rent', date: day(-1) });
    expect(rent.args('create_transaction')).not.toHaveProperty('description');
  });

  it('totals the entries a question names by what they were, over every entry unless a period is said', async () => {
    expect(thingAsked('how much did we pay for the printer toner')).toBe('printer toner');
    expect(thingAsked('what did the client dinner cost us?')).toBe('client dinner');
    expect(thingAsked('how much have I spent on coffee this month')).toBe('coffee');
    // a kind, a period or "it" names nothing
    for (const q of ['how much did I spend this month', 'what did it cost', 'how much did I spend on expenses'])
      expect(thingAsked(q), q).toBeUndefined();
    const entries = {
      total: 2,
      totals: { income: '0.00', expense: '30.00', net: '-30.00' },
      transactions: [
        { type: 'expense', amount: '12.00', category: 'Office', description: 'Printer toner', date: '2026-12-01' },
        { type: 'expense', amount: '18.00', category: 'Office', description: 'Printer toner', date: '2026-10-03' },
      ],
    };
    const toner = on('how much did we pay for the printer toner', { list_categories: categories, list_transactions: entries });
    const said = await moneyTotals(toner.turn);
    expect(said.response).toMatch(/^You spent \$30\.00 on “printer toner”, 2 entries/);
    expect(toner.args('list_transactions')).toEqual({ type: 'expense', query: 'printer toner', limit: 10 });
    const month = on('how much have I spent on coffee this month', { list_categories: categories, list_transactions: entries });
    await moneyTotals(month.turn);
    expect(month.args('list_transactions')).toMatchObject({ query: 'coffee', from: '2026-12-01', to: '2026-12-31' });
    // nothing of that name: the total of everything, saying so
    const none = on('how much did I spend on coffee this month', {
      list_categories: categories,
      money_totals: { income: '0.00', expense: '9.00', net: '-9.00' },
    });
    expect((await moneyTotals(none.turn)).response).toMatch(/^Nothing recorded is called “coffee”\. You spent \$9\.00/);
  });

  it('reads "ever", "all time" and "overall" as every entry, and "altogether", "combined" and "bring in" as totals', async () => {
    const totals = { money_totals: { income: '5.00', expense: '1.00', net: '4.00' } };
    const ever = on('what have we earned since the beginning, all-time', totals);
    expect((await moneyTotals(ever.turn)).response).toContain('in all (every entry recorded)');
    expect(ever.args('money_totals')).toEqual({});
    const ranked = on('biggest spending categories of all time', { top_categories: { categories: [] } });
    await topCategories(ranked.turn);
    expect(ranked.args('top_categories')).not.toHaveProperty('from');
    for (const q of ['money out since last week, combined', 'spending this year, all together', 'what did the design category bring in?'])
      expect(wantsMoneyTotals(turn(q)), q).toBe(true);
    // one category's total is no ranking
    expect(wantsTopCategories(turn('how much did the meals category cost last month'))).toBe(false);
  });

  it('ranks categories from the bottom for "the least", and income for where it comes from', async () => {
    for (const q of ['which category do we spend the least on', 'where did our revenue come from last month']) {
      expect(wantsTopCategories(turn(q)), q).toBe(true);
      expect(wantsCategoryList(turn(q)), q).toBe(false);
    }
    const ranked = {
      categories: [
        { category: 'Software', amount: '149.99' },
        { category: 'Meals', amount: '45.90' },
      ],
    };
    const least = on('which category do we spend the least on this month', { top_categories: ranked });
    expect((await topCategories(least.turn)).response).toMatch(/^The least: Meals \(\$45\.90\)/);
    expect(least.args('top_categories')).toMatchObject({ type: 'expense', limit: 20 });
    const from = on('where did our revenue come from last month', { top_categories: ranked });
    await topCategories(from.turn);
    expect(from.args('top_categories')).toMatchObject({ type: 'income', from: '2026-11-01' });
  });

  it('reads the smallest expense as one entry, every category got as the list, and payments received as entries', async () => {
    for (const q of ['the cheapest expense last week', 'lowest income this year']) {
      expect(wantsTransactionList(turn(q)), q).toBe(true);
      expect(wantsTopCategories(turn(q)), q).toBe(false);
    }
    // the smallest of a category is a ranking
    expect(wantsTopCategories(turn('which category is my smallest expense'))).toBe(true);
    const page = {
      total: 2,
      transactions: [
        { type: 'expense', amount: '45.90', category: 'Meals', description: 'Lunch', date: '2026-12-02' },
        { type: 'expense', amount: '9.99', category: 'Software', description: 'App', date: '2026-12-03' },
      ],
    };
    const cheapest = on('the cheapest expense this month', { list_categories: categories, list_transactions: page });
    expect((await listTransactions(cheapest.turn)).response).toContain(
      'Your smallest expense this month ([Transactions](/transactions)): 2026-12-03, $9.99',
    );
    expect(wantsCategoryList(turn('each category we have got for income and spending'))).toBe(true);
    for (const q of ['list the payments we got last month', 'the card payments I made in november']) {
      expect(asksForEntries(turn(q)), q).toBe(true);
      expect(wantsMoneyTotals(turn(q)), q).toBe(false);
    }
    expect(asksForEntries(turn('how much in payments have we received'))).toBe(false);
  });

  it('reads "lifetime" or "all-time" said first as every entry, and "what were my costs since …" as a total', async () => {
    const totals = { money_totals: { income: '5.00', expense: '1.00', net: '4.00' } };
    for (const q of ['lifetime revenue', 'all time expenses?']) {
      expect(wantsMoneyTotals(turn(q)), q).toBe(true);
      const asked = on(q, totals);
      expect((await moneyTotals(asked.turn)).response, q).toContain('in all (every entry recorded)');
      expect(asked.args('money_totals'), q).toEqual({});
      // every entry recorded is totalled, not read out
      expect(asked.args('list_transactions'), q).toBeUndefined();
    }
    // "were" as typed (the corrector reads it as "where"): a total, from the start of the period said to today
    expect(wantsMoneyTotals(turn('what were our expenses since the start of the month'))).toBe(true);
    const since = on('what were my expenses since the start of last month', totals);
    expect((await moneyTotals(since.turn)).response).toContain('You spent $1.00');
    expect(since.args('money_totals')).toMatchObject({ from: '2026-11-01', to: '2026-12-07' });
    // the entries of one kind without a period stay a list
    expect(wantsMoneyTotals(turn('what were my software expenses'))).toBe(false);
  });

  it('totals money received, and reads invoice payments without an invoice named as entries of the books', async () => {
    expect(wantsMoneyTotals(turn('sum of the payments received this year'))).toBe(true);
    for (const q of ['list my invoice payment entries', 'how much have invoice payments brought in overall']) {
      expect(asksForInvoicePayments(turn(q)), q).toBe(true);
    }
    // one invoice's payments, or a payment to record, are the invoice's
    for (const q of ['invoice payments on INV-0004', 'record an invoice payment of 200 for Amara'])
      expect(asksForInvoicePayments(turn(q)), q).toBe(false);
  });

  it('ranks as many categories as asked, and "spent the most on" as a ranking', async () => {
    const ranked = { top_categories: { categories: [{ category: 'Rent', amount: '800.00' }] } };
    for (const [q, limit] of [
      ['the three biggest costs by category', 3],
      ['top 4 income categories', 4],
      ['biggest expense categories', 5],
    ] as const) {
      const asked = on(q, ranked);
      await topCategories(asked.turn);
      expect(asked.args('top_categories'), q).toMatchObject({ limit });
    }
    for (const q of ['where have we spent the most this year', 'what am I spending the most on'])
      expect(wantsTopCategories(turn(q)), q).toBe(true);
  });

  it('finds an entry asked about with a typo, and one named by the invoice it paid by that number', async () => {
    // the corrector reads "charge" as "change"; the words as typed keep it
    expect(wantsTransactionList(turn('whta was the domain renewal charge'))).toBe(true);
    const typo = on('whta was the domain renewal charge', { list_categories: categories });
    await listTransactions(typo.turn);
    expect(typo.args('list_transactions')).toMatchObject({ query: 'domain renewal' });
    const paid = on('the payment for inv-0007: what was it?', { list_categories: categories });
    await listTransactions(paid.turn);
    expect(paid.args('list_transactions')).toMatchObject({ query: 'INV-0007' });
    const since = on('show my expenses since the start of last month', { list_categories: categories });
    await listTransactions(since.turn);
    expect(since.args('list_transactions')).toMatchObject({ type: 'expense', from: '2026-11-01', to: '2026-12-07' });
  });

  it('records the names a new entry quotes as typed: its category after "category", its description otherwise', async () => {
    const income = { list_categories: { categories: [{ category: 'Client work' }] } };
    const labelled = on('log income 450, description "Logo sketches", category "Design"', income);
    await newTransaction(labelled.turn);
    expect(labelled.args('create_transaction')).toMatchObject({
      type: 'income',
      amount: '450.00',
      description: 'Logo sketches',
      category: 'Design',
    });
    const alone = on('new expense 62.40, "Printer ink", date today', { list_categories: categories });
    await newTransaction(alone.turn);
    expect(alone.args('create_transaction')).toMatchObject({ type: 'expense', amount: '62.40', description: 'Printer ink', date: day(0) });
    expect(alone.args('create_transaction')).not.toHaveProperty('category');
    const aside = on('paid $15 for "Icon pack" (category software)', { list_categories: categories });
    await newTransaction(aside.turn);
    expect(aside.args('create_transaction')).toMatchObject({ description: 'Icon pack', category: 'Software' });
    // an existing category is written as it is, whatever the case typed
    const known = on('spent 30 on a team lunch, category "meals"', { list_categories: categories });
    await newTransaction(known.turn);
    expect(known.args('create_transaction')).toMatchObject({ category: 'Meals', description: 'A team lunch' });
    const unquoted = on('add income 90, description workshop tickets', income);
    await newTransaction(unquoted.turn);
    expect(unquoted.args('create_transaction')).toMatchObject({ description: 'Workshop tickets' });
  });

  it('searches a name said in quotation marks without them, in totals and in lists', async () => {
    expect(thingAsked('how much did we spend on "Printer toner" this year')).toBe('printer toner');
    const found = on('find the "Team offsite" expense', { list_categories: categories });
    await listTransactions(found.turn);
    expect(found.args('list_transactions')).toMatchObject({ query: 'Team offsite' });
  });

  it('reads an entry typed as a line of the books, a new category named with capitals, and where a search looks', async () => {
    // what, how much, the day, then the category: a new expense though no verb says so
    expect(wantsNewTransaction(turn('parking 12.50 today, Car'))).toBe(true);
    const line = on('train ticket 48.20 yesterday, Travel', { list_categories: categories });
    await newTransaction(line.turn);
    expect(line.args('create_transaction')).toMatchObject({
      type: 'expense',
      amount: '48.20',
      category: 'Travel',
      date: day(-1),
      description: 'Train ticket',
    });
    const known = on('coffee beans 18, meals', { list_categories: categories });
    await newTransaction(known.turn);
    expect(known.args('create_transaction')).toMatchObject({ amount: '18.00', category: 'Meals' });
    // a question is no line of the books
    expect(wantsNewTransaction(turn('taxi 32.80 yesterday, right?'))).toBe(false);
    // a category that does not exist yet, named with capitals after "in"; "in cash", "in Berlin" and "in March" are none
    const capitals = on('add an expense of 35 for "Toner" in Office Supplies', { list_categories: categories });
    await newTransaction(capitals.turn);
    expect(capitals.args('create_transaction')).toMatchObject({ description: 'Toner', category: 'Office Supplies' });
    for (const q of ['add an expense of 35 for "Toner", paid in cash', 'add an expense of 35 for "Toner", bought in Berlin']) {
      const none = on(q, { list_categories: categories });
      await newTransaction(none.turn);
      expect(none.args('create_transaction')?.category, q).toBe('Toner');
    }
    // "search transactions for …": where to look is no part of what is looked for
    expect(wantsTransactionList(turn('search my expenses for "cloud hosting"'))).toBe(true);
    const search = on('search my expenses for "cloud hosting"', { list_categories: categories });
    await listTransactions(search.turn);
    expect(search.args('list_transactions')).toMatchObject({ query: 'cloud hosting' });
  });
});
