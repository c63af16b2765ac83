import { describe, expect, it } from 'vitest';
import { answerParts, recordHref } from './links';

const hrefs = (text: string) => answerParts(text).flatMap((p) => ('href' in p ? [p.href] : []));
const plain = (text: string) =>
  answerParts(text)
    .map((p) => ('href' in p ? `[${p.label}](${p.href})` : p.text))
    .join('');

describe('answerParts', () => {
  it('links paths inside the app', () => {
    const text = 'See [Ada Lovelace](/contacts/1) and [INV-0003](/invoices/2?tab=items).';
    expect(answerParts(text)).toEqual([
      { text: 'See ' },
      { label: 'Ada Lovelace', href: '/contacts/1' },
      { text: ' and ' },
      { label: 'INV-0003', href: '/invoices/2?tab=items' },
      { text: '.' },
    ]);
  });

  it.each([
    '/\\evil.com',
    '/%5Cevil.com',
    '/%5cevil.com',
    '//evil.com',
    '/%2Fevil.com',
    '/.//evil.com',
    'https://evil.com',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,x',
    '/%09/evil.com',
    '/%0a/evil.com',
  ])('leaves [x](%s) as plain text', (target) => {
    const text = `Click [here](${target}) now`;
    expect(hrefs(text)).toEqual([]);
    expect(plain(text)).toBe(text);
  });

  it('keeps the safe links of an answer that also holds a hostile one', () => {
    expect(hrefs('[a](/\\evil.com) [b](/tasks) [c](//evil.com)')).toEqual(['/tasks']);
  });
});

describe('recordHref', () => {
  it('points at the record', () => {
    expect(recordHref('create_contact', { id: 'abc' })).toBe('/contacts/abc');
    expect(recordHref('create_invoice', { id: 'abc' })).toBe('/invoices/abc');
    expect(recordHref('create_task', { id: 'abc' })).toBe('/tasks');
  });
  it('never builds a link off the site from an odd id', () => {
    for (const id of ['/evil.com', '\\evil.com', '../..//evil.com', '%2F%2Fevil.com']) {
      const href = recordHref('update_contact', { id });
      expect(href === undefined || (href.startsWith('/contacts/') && !href.startsWith('//')), String(href)).toBe(true);
    }
    expect(recordHref('create_contact', { id: 5 })).toBeUndefined();
  });
});
