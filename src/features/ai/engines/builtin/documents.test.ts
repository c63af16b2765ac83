import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { formatUnits, toUnits } from '@/lib/money';
import {
  creditInvoice,
  listRecurring,
  reasonIn,
  refundAsked,
  shareOf,
  wantsCredit,
  wantsPauseRecurring,
  wantsRecurringList,
} from './documents';
import { Turn } from './turn';

const turn = (query: string, history: unknown[] = []) =>
  new Turn({ query, history, user: { locale: 'en-US', time_zone: 'UTC', can_change: true } } as unknown as EngineRequest);

describe('credit notes said in other words', () => {
  it('reads a terse credit note, one "in full" and one of a few units', () => {
    for (const q of [
      'cr note 50 inv 1',
      'credit INV-0003 in full',
      'grace was charged for 4 banners but we only delivered 3, credit one of them',
      'refund 80 to Kenji on invoice 4',
    ]) {
      expect(wantsCredit(turn(q)), q).toBe(true);
    }
    expect(wantsCredit(turn('how much did we credit on INV-0001?'))).toBe(false);
  });

  it('pays back only when asked to, and never when refused', () => {
    expect(refundAsked(turn('credit note on the fernhill invoice for 1,000, and pay the money back'))).toBe(true);
    expect(refundAsked(turn('credit 40 on INV-0002 and send it back to him'))).toBe(true);
    expect(refundAsked(turn('credit 450 on her invoice - no refund needed'))).toBe(false);
    expect(refundAsked(turn('credit 20 on INV-0001 without a refund'))).toBe(false);
  });

  it('takes the reason from quotes, without them, and never an apostrophe for a quote', () => {
    const m = (text: string) => /\binv-\d+/i.exec(text);
    expect(reasonIn('raise a credit note: inv-0002, 75, "goodwill"', m('raise a credit note: inv-0002, 75, "goodwill"'))).toBe('goodwill');
    expect(reasonIn("credit 30 on INV-0001 with reason 'late delivery'", m("credit 30 on INV-0001 with reason 'late delivery'"))).toBe(
      'late delivery',
    );
    expect(reasonIn("credit Amara's invoice 50 because she's unhappy", null)).toBeUndefined();
  });
});

describe('recurring invoices said in other words', () => {
  it('pauses repeat or automatic invoicing, and what the previous answer listed', () => {
    expect(wantsPauseRecurring(turn('halt the repeat invoicing for amara'))).toBe(true);
    expect(wantsPauseRecurring(turn('freeze auto-billing for Nordwerk'))).toBe(true);
    expect(wantsPauseRecurring(turn('hold her monthly invoicing'))).toBe(true);
    const history = [
      {
        query: 'how often is amara invoiced automatically?',
        response: '1 recurring invoice: [Amara Okafor](/recurring/9d1c2f9e-0000-4000-8000-000000000001): monthly $500.00 (Retainer)',
        created_at: new Date().toISOString(),
      },
    ];
    expect(wantsPauseRecurring(turn('pause that', history))).toBe(true);
    expect(wantsPauseRecurring(turn('pause that'))).toBe(false);
  });

  it('lists them when asked how someone is billed', () => {
    expect(wantsRecurringList(turn('is lukas billed monthly or quarterly?'))).toBe(true);
    expect(wantsRecurringList(turn('what does amara get charged every month automatically'))).toBe(true);
    expect(wantsRecurringList(turn('Which client is on the quarterly retainer?'))).toBe(true);
  });
});

describe('A credit said as taking money off an invoice', () => {
  it('reads "knock 50 off", "take 50 off" and "write off" on an invoice', () => {
    expect(wantsCredit(turn('knock 50 off INV-0002'))).toBe(true);
    expect(wantsCredit(turn('take 120 off amara’s invoice'))).toBe(true);
    expect(wantsCredit(turn('write off 30 on invoice 2'))).toBe(true);
    expect(wantsCredit(turn('take the afternoon off'))).toBe(false);
  });
});

describe('shares and schedules', () => {
  it('reads a share of an amount exactly, rounding down to the cent', () => {
    expect(shareOf('credit half of INV-0001', '1200.00')).toBe('600.00');
    expect(shareOf('a third of it', '100.00')).toBe('33.33');
    expect(shareOf('two thirds of the invoice', '750.00')).toBe('500.00');
    expect(shareOf('three quarters', '10.00')).toBe('7.50');
    expect(shareOf('credit 60 on INV-0001', '1200.00')).toBeUndefined();
  });

  it('knows billing on a schedule is a recurring invoice', () => {
    for (const q of [
      'do we bill brightleaf on a schedule?',
      'is Lukas invoiced regularly?',
      'which clients do I charge on a regular basis',
    ]) {
      expect(wantsRecurringList(turn(q)), q).toBe(true);
    }
    expect(wantsRecurringList(turn('bill Lukas 300 for the workshop'))).toBe(false);
    expect(wantsRecurringList(turn('which clients are on a retainer?'))).toBe(true);
    expect(wantsRecurringList(turn('when will the next retainer invoices go out?'))).toBe(true);
    expect(wantsCredit(turn('knock fifty off the Nordwerk invoice'))).toBe(true);
  });
});

describe('credit notes and recurring invoices typed with typos', () => {
  it('reads "creditnote", a refund typed with a typo, and a bank line as no credit note', () => {
    expect(wantsCredit(turn('creditnote 45 on invoice 2'))).toBe(true);
    expect(wantsCredit(turn('bank statement line: "CREDIT NORDWERK GMBH INV-0002 500.00" - record it'))).toBe(false);
    expect(refundAsked(turn('credit note for priya: 300 on INV-0003, refnud the money to her'))).toBe(true);
    expect(refundAsked(turn('credit the wohle of INV-0003 back to Priya, no refund'))).toBe(false);
  });

  it('reads frequencies typed with typos and switching off as pausing', () => {
    expect(wantsRecurringList(turn('is amara on an automatic montly invoice?'))).toBe(true);
    expect(wantsRecurringList(turn('does anyone get billed quartely?'))).toBe(true);
    expect(wantsPauseRecurring(turn('temporarily switch off the automatic invoices for lukas brandt'))).toBe(true);
    expect(wantsPauseRecurring(turn('which automatic invoices are there?'))).toBe(false);
    expect(wantsRecurringList(turn("amara - doesn't her record say how often we invoice her?"))).toBe(true);
    expect(wantsRecurringList(turn('how often do we meet amara?'))).toBe(false);
  });
});

describe('a recurring invoice given the paused state, and asked which state it is in', () => {
  const listed = [
    {
      query: 'how often does amara get invoiced automatically?',
      response: '1 recurring invoice: [Amara Okafor](/recurring/9d1c2f9e-0000-4000-8000-000000000001): monthly $500.00 (Retainer)',
      created_at: new Date().toISOString(),
    },
  ];
  it('reads "set … to paused" and "put that on hold" after a list as pausing', () => {
    expect(wantsPauseRecurring(turn('set the automatic invoice for lukas to paused'))).toBe(true);
    expect(wantsPauseRecurring(turn('mark the retainer billing for amara as on hold'))).toBe(true);
    expect(wantsPauseRecurring(turn('alright, put that on hold', listed))).toBe(true);
    expect(wantsPauseRecurring(turn('can you stop it for now', listed))).toBe(true);
    expect(wantsPauseRecurring(turn('put that on hold'))).toBe(false);
  });

  it('filters by a state only when one is named, and says the state of each', async () => {
    const asked: Record<string, unknown>[] = [];
    const ask = (query: string) =>
      listRecurring(
        new Turn({
          query,
          history: [],
          user: { locale: 'en-US', time_zone: 'UTC', currency: 'USD', can_change: true },
          tools: {
            call: async (name: string, args: Record<string, unknown>) => {
              if (name === 'list_recurring_invoices') asked.push(args);
              const profile = { id: 'r1', contact_id: 'c1', contact_name: 'Lukas Brandt', frequency: 'quarterly', status: 'active' };
              return {
                ok: true,
                data:
                  name === 'find_mentions'
                    ? { contacts: [] }
                    : { recurring_invoices: [{ ...profile, next_date: '2099-01-31', generated_count: 0, url: '/recurring/r1' }] },
              };
            },
          },
        } as unknown as EngineRequest),
      );
    const both = await ask('is the recurring invoice active or paused?');
    expect(asked.at(-1)).not.toHaveProperty('status');
    expect(both.response).toContain('active');
    await ask('which recurring invoices are paused?');
    expect(asked.at(-1)).toMatchObject({ status: 'paused' });
  });
});

describe('a credit note for what is left, for a difference, or on the invoice its line names', () => {
  const invoice = (n: number, contact: string, status: string, total: string, paid: string, line: string) => ({
    id: `i${n}`,
    invoice_number: `INV-000${n}`,
    status,
    contact_id: contact,
    total_amount: total,
    amount_paid: paid,
    balance_due: formatUnits(toUnits(total) - toUnits(paid)),
    items: [{ description: line, quantity: '1', unit_price: total }],
  });
  const all = [
    invoice(1, 'c1', 'sent', '1200.00', '0.00', 'Brand retainer'),
    invoice(2, 'c2', 'overdue', '750.00', '250.00', 'Relaunch workshop'),
    invoice(3, 'c3', 'paid', '3000.00', '3000.00', 'Dashboard project'),
  ];
  const people = [{ id: 'c3', name: 'Priya Raman', first_name: 'Priya', last_name: 'Raman', company: 'Fernhill Analytics', url: '/c3' }];
  async function credited(query: string): Promise<Record<string, unknown> | string> {
    let write: Record<string, unknown> | undefined;
    const tools = {
      call: async (name: string, args: Record<string, unknown>) => {
        if (name === 'find_mentions') return { ok: true, data: { contacts: people } };
        if (name === 'get_invoice')
          return { ok: true, data: all.find((i) => i.id === args.invoice_id || i.invoice_number.endsWith(String(args.invoice_number))) };
        if (name === 'list_invoices') {
          const invoices = all.filter((i) => !args.contact_id || i.contact_id === args.contact_id).map(({ items: _items, ...i }) => i);
          return { ok: true, data: { total: invoices.length, invoices } };
        }
        write = args;
        return { ok: true, data: {}, pending_action: { summary: 'ok' } };
      },
    };
    const user = { locale: 'en-US', time_zone: 'UTC', currency: 'USD', can_change: true };
    const res = await creditInvoice(new Turn({ query, history: [], tools, user } as unknown as EngineRequest));
    return write ?? res.response;
  }
  it('credits the balance still due when asked for what remains', async () => {
    expect(await credited('credit the outstanding amount on INV-0002')).toMatchObject({ invoice_id: 'i2', amount: '500.00' });
    expect(await credited("credit what's left on INV-0002")).toMatchObject({ amount: '500.00' });
    expect(await credited('credit INV-0002 in full')).toMatchObject({ amount: '750.00' });
  });
  it('credits the difference between two amounts said, exactly', async () => {
    expect(await credited('priya paid 3,000.50 but the price was 2,700, credit the difference')).toMatchObject({
      invoice_id: 'i3',
      amount: '300.50',
    });
  });
  it('finds the invoice by the words of its lines, and asks when none or several fit', async () => {
    expect(await credited('put a 100 credit on the relaunch workshop invoice')).toMatchObject({ invoice_id: 'i2', amount: '100.00' });
    expect(await credited('put a 100 credit on the invoice')).toContain('Which invoice should I credit?');
    expect(await credited('credit 100 on the catering invoice')).toContain('Which invoice should I credit?');
  });
});
