import { describe, expect, it } from 'vitest';
import { correct, countIn, editDistance, findAmounts, normaliseNumber, oneTypoFrom, stem, words } from './text';

describe('amounts as people type them', () => {
  it.each([
    ['paid 1,500 for the laptop', '1500.00'],
    ['lunch €45.90', '45.90'],
    ['45,90 € for parking', '45.90'],
    ['1.234,50 EUR', '1234.50'],
    ['$0.10', '0.10'],
    ['1.5k', '1500.00'],
    ['2k', '2000.00'],
    ['999999999999.99 dollars', '999999999999.99'],
    ['120 each', '120.00'],
  ])('%s → %s', (text, value) => {
    expect(findAmounts(text)[0]?.value).toBe(value);
  });

  it('marks unit prices and currencies', () => {
    expect(findAmounts('3 hours at 80 per hour')).toEqual([expect.objectContaining({ value: '80.00', each: true })]);
    expect(findAmounts('5 licences at 120 each')[0]).toMatchObject({ value: '120.00', each: true });
    expect(findAmounts('€45.90')[0]!.currency).toBe('EUR');
    expect(findAmounts('20 pounds')[0]!.currency).toBe('GBP');
  });

  it('skips numbers that are not money', () => {
    expect(findAmounts('in 3 days')).toEqual([]);
    expect(findAmounts('invoice INV-0003')).toEqual([]);
    expect(findAmounts('at 10:30')).toEqual([]);
    expect(findAmounts('on 12/05')).toEqual([]);
    // the number of a part of the work, not its price ("the phase 3 discovery, 3,200")
    expect(findAmounts('the phase 3 discovery, 3,200').map((a) => a.value)).toEqual(['3200.00']);
    expect(findAmounts('milestone 2 of the relaunch')).toEqual([]);
    expect(findAmounts('phase $300')[0]?.value).toBe('300.00');
    expect(findAmounts('back in 2027')).toEqual([]);
  });

  it('never goes through a float', () => {
    expect(normaliseNumber('0.1', false)).toBe('0.10');
    expect(normaliseNumber('1.005', false)).toBeUndefined(); // three places: not an amount
    expect(normaliseNumber('0.3', true)).toBe('300.00');
  });
});

describe('words and typos', () => {
  it('folds accents, case and possessives', () => {
    expect(words("Tomás's e-mail?")).toEqual(['tomas', 'e-mail']);
  });
  it('corrects vocabulary typos but keeps inflections and unknown words', () => {
    const vocabulary = ['customers', 'contact', 'move', 'invoice'];
    expect(correct('cusotmers', vocabulary)).toBe('customers');
    expect(correct('contcat', vocabulary)).toBe('contact');
    expect(correct('moved', vocabulary)).toBe('moved');
    expect(correct('invoices', vocabulary)).toBe('invoices');
    expect(correct('amara', vocabulary)).toBe('amara');
  });
  it('never reads a real word as a typo of a command verb', () => {
    const vocabulary = ['create', 'complete', 'list', 'show', 'customers'];
    expect(correct('creative', vocabulary)).toBe('creative');
    expect(correct('incomplete', vocabulary)).toBe('incomplete');
    expect(correct('lost', vocabulary)).toBe('lost');
    expect(correct('shop', vocabulary)).toBe('shop');
    expect(correct('assignee', ['assign'])).toBe('assignee');
    // a typo that is no word still is one, and a real word still reads as a near word that is no command
    expect(correct('craete', vocabulary)).toBe('create');
    expect(correct('lsit', vocabulary)).toBe('list');
    expect(correct('deal', ['deals'])).toBe('deals');
  });
  it('measures transpositions as one edit', () => {
    expect(editDistance('form', 'from')).toBe(1);
    expect(editDistance('amra', 'amara')).toBe(1);
  });
  it('finds the word a typo is one edit from, with the same first letter', () => {
    const vocabulary = ['clock', 'admin', 'timer'];
    expect(oneTypoFrom('clcok', vocabulary)).toBe('clock');
    expect(oneTypoFrom('adimn', vocabulary)).toBe('admin');
    expect(oneTypoFrom('timr', vocabulary)).toBe('timer');
    expect(oneTypoFrom('clock', vocabulary)).toBeUndefined();
    expect(oneTypoFrom('block', vocabulary)).toBeUndefined();
    expect(oneTypoFrom('cloak', ['clock'])).toBe('clock');
    expect(oneTypoFrom('clk', vocabulary)).toBeUndefined();
  });
});

describe('amounts in the user’s locale', () => {
  it('reads the separators the locale way where two readings exist, and refuses the ambiguous', () => {
    expect(normaliseNumber('2,400', false, 'en-US')).toBe('2400.00');
    expect(normaliseNumber('2.400', false, 'de-DE')).toBe('2400.00');
    expect(normaliseNumber('2,400', false, 'de-DE')).toBeUndefined();
    expect(findAmounts('bought a chair for 2.400 €', 'de-DE')[0]?.value).toBe('2400.00');
    expect(findAmounts('1.234,56 EUR', 'en-US')[0]?.value).toBe('1234.56');
  });
});

describe('stems for matching titles', () => {
  it('gives the inflections of a word the same stem, and leaves short words alone', () => {
    for (const form of ['renewal', 'renewing', 'renewed', 'renews']) expect(stem(form)).toBe(stem('renew'));
    expect(stem('taxes')).toBe(stem('tax'));
    expect(stem('called')).toBe('call');
    expect(stem('lease')).toBe(stem('leases'));
    expect(stem('call')).toBe('call');
  });
});

describe('counts', () => {
  it('reads small number words and digits, and nothing else', () => {
    expect(['one', 'Five', 'ten', 'twelve', '3', '1.5', '40'].map(countIn)).toEqual([1, 5, 10, 12, 3, 1.5, 40]);
    expect(countIn('dozen')).toBeNaN();
    expect(countIn('thirteen')).toBeNaN();
  });
});
