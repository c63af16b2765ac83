import { describe, expect, it } from 'vitest';
import { domainTypo, fixVerbTypo, fixWordTypos, rephrase, verbTypo } from './routing';

describe('putting a request no rule read back into verb-first order', () => {
  it('brings a passive or inflected verb to the front, with its object', () => {
    expect(rephrase('the lease reminder should be removed')).toBe('remove the lease reminder');
    expect(rephrase('can the Amara invoice be shown?')).toBe('show the Amara invoice');
    expect(rephrase('the retainer report should be moved to friday')).toBe('move the retainer report to friday');
  });
  it('reads an -ing form as the command', () => {
    expect(rephrase('pulling up lukas brandt please')).toBe('pull up lukas brandt please');
  });
  it('leaves a request without a known verb alone', () => {
    expect(rephrase('the weather in Lisbon')).toBeUndefined();
  });
});

describe('reading the opening verb through a typo', () => {
  it('corrects a verb one letter off, in any domain', () => {
    expect(fixVerbTypo('crdit 60 on INV-0001')).toBe('credit 60 on INV-0001');
    expect(fixVerbTypo('puase the recurring billing for lukas')).toBe('pause the recurring billing for lukas');
    expect(fixVerbTypo('qoute acme 5 x workshop seats @ 90')).toBe('quote acme 5 x workshop seats @ 90');
    expect(fixVerbTypo('crate a deal "Trailer pack" worth 3,750')).toBe('create a deal "Trailer pack" worth 3,750');
    expect(fixVerbTypo('strat timer for acme')).toBe('start timer for acme');
    expect(fixVerbTypo('stp the timer')).toBe('stop the timer');
    expect(fixVerbTypo('shw my leads')).toBe('show my leads');
    expect(fixVerbTypo('lgo 2 hours for acme')).toBe('log 2 hours for acme');
    expect(fixVerbTypo('mrak INV-0002 as paid')).toBe('mark INV-0002 as paid');
    expect(fixVerbTypo('updte grace whitfield: position Owner')).toBe('update grace whitfield: position Owner');
  });
  it('leaves real words, names and the verbs themselves alone', () => {
    for (const text of [
      'lost the acme deal',
      'last month: money in vs out',
      'sale of 500 today',
      'none of my leads',
      'mark INV-0002 as paid',
    ]) {
      expect(fixVerbTypo(text)).toBe(text);
    }
    for (const text of [
      'Grace Whitfield is a customer now',
      'kenji phone',
      'Beacon: make a note',
      'priya is now Head of Product',
      'sent 500 to Lukas',
    ]) {
      expect(fixVerbTypo(text)).toBe(text);
    }
    // two letters swapped, not next to each other, in a word of five letters or more
    expect(fixVerbTypo('cretid 35 on INV-0001')).toBe('credit 35 on INV-0001');
    expect(verbTypo('uptade')).toBe('update');
    expect(verbTypo('ad')).toBeUndefined();
    expect(verbTypo('lot')).toBeUndefined();
    // nouns one letter from a verb, and inflections, stay as typed
    for (const word of ['truck', 'concert', 'node', 'clocks', 'stats', 'notes', 'lists']) expect(verbTypo(word), word).toBeUndefined();
  });
});

describe('reading the words of every domain through their typos, anywhere in a request', () => {
  it('corrects a word one letter off or with two letters swapped', () => {
    expect(fixWordTypos('time loged for beacon plc')).toBe('time logged for beacon plc');
    expect(fixWordTypos("i'm done, stop the clcok")).toBe("i'm done, stop the clock");
    expect(fixWordTypos('is amara on an automatic montly invoice?')).toBe('is amara on an automatic monthly invoice?');
    expect(fixWordTypos('convert the acepted quote')).toBe('convert the accepted quote');
    // the task and pipeline words, read here for every rule rather than by a reader of each domain
    expect(fixWordTypos('make it a tsak')).toBe('make it a task');
    expect(fixWordTypos('add a tdoo for sam')).toBe('add a todo for sam');
    expect(fixWordTypos('deals wiht sofia')).toBe('deals with sofia');
    // the words of quotes and payments, read here rather than by readers of their own
    expect(fixWordTypos('Beacon wnats a quote')).toBe('Beacon wants a quote');
    expect(fixWordTypos('was the quote aproved?')).toBe('was the quote approved?');
    expect(fixWordTypos('amara sent 400 twoards her invoice, 50 agianst the other')).toBe(
      'amara sent 400 towards her invoice, 50 against the other',
    );
    expect(fixWordTypos('what was kenji chraged')).toBe('what was kenji charged');
  });
  it('leaves real words, inflections, names, addresses and quoted text as typed', () => {
    for (const text of [
      'the lease was timed, noted and wanted',
      'the dealer clocks the times',
      'lunch with Tiem Osei',
      'email tiem@example.com',
      'add a task "Tiem sheet review"',
      'lukas brandt, grace whitfield, kenji watanabe',
    ]) {
      expect(fixWordTypos(text), text).toBe(text);
    }
    expect(domainTypo('frist')).toBe('first');
    expect(domainTypo('form')).toBeUndefined();
    // a letter more or another letter is no typo here: real words the lexicon lacks look like that
    expect(domainTypo('contract')).toBeUndefined();
    expect(domainTypo('quota')).toBeUndefined();
  });
});

describe('"check" as an opening verb', () => {
  it('reads its typos, and leaves the real words one letter from it', () => {
    expect(fixVerbTypo('chek my timer')).toBe('check my timer');
    expect(verbTypo('chekc')).toBe('check');
    for (const word of ['chuck', 'checks', 'chest', 'cheque']) expect(verbTypo(word), word).toBeUndefined();
  });
});
