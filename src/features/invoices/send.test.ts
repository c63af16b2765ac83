import { describe, expect, it } from 'vitest';
import { zodDetails } from '@/lib/validation';
import { MAX_CC, sendInvoiceSchema, sendReceiptSchema } from './schema';

/** What the sender may set per email: subject, message, copies (CC). */
describe('the send body', () => {
  it('is optional field by field: an empty body sends the standard email', () => {
    expect(sendInvoiceSchema.parse({})).toEqual({});
    expect(sendReceiptSchema.parse({ message: 'Thanks!' })).toEqual({ message: 'Thanks!' });
  });

  it('takes a one-line subject and a message of up to 2000 characters', () => {
    expect(sendInvoiceSchema.parse({ subject: '  November invoice ', message: 'Hi Jordan,\n\nhere it is.' })).toEqual({
      subject: 'November invoice',
      message: 'Hi Jordan,\n\nhere it is.',
    });
    const bad = sendInvoiceSchema.safeParse({ subject: 'two\nlines', message: 'x'.repeat(2001) });
    expect(bad.success).toBe(false);
    expect(zodDetails(bad.error!)).toEqual({ subject: ['must be one line of text'], message: ['must be at most 2000 characters'] });
    expect(sendInvoiceSchema.safeParse({ subject: '' }).success).toBe(false);
  });

  it('takes up to five copies, checked one by one and without duplicates', () => {
    expect(sendInvoiceSchema.parse({ cc: [' a@client.example', 'A@client.example', 'b@client.example'] })).toEqual({
      cc: ['a@client.example', 'b@client.example'],
    });
    const bad = sendInvoiceSchema.safeParse({ cc: ['a@client.example', 'not an address', null] });
    expect(zodDetails(bad.error!)).toEqual({ 'cc.1': ['must be an email address'], 'cc.2': ['must be an email address'] });
    const many = sendInvoiceSchema.safeParse({ cc: Array.from({ length: MAX_CC + 1 }, (_, n) => `p${n}@client.example`) });
    expect(zodDetails(many.error!)).toEqual({ cc: [`must have at most ${MAX_CC} addresses`] });
    expect(zodDetails(sendInvoiceSchema.safeParse({ cc: 'a@client.example' }).error!)).toEqual({
      cc: ['must be a list of email addresses'],
    });
    expect(sendInvoiceSchema.safeParse({ bcc: ['a@client.example'] }).success).toBe(false);
  });
});
