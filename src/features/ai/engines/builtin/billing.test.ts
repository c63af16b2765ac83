import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { formatUnits, toUnits } from '@/lib/money';
import {
  billedText,
  draftInvoice,
  invoiceInfo,
  itemsIn,
  markPaid,
  opensNewInvoice,
  payerIn,
  wantsDraftInvoice,
  wantsInvoiceInfo,
  wantsMarkPaid,
} from './billing';
import { wantsCredit } from './documents';
import { stubContact, stubEngine, turn } from './test-turn';
import { Turn } from './turn';

const items = (text: string, name: string, company: string | null = null) => itemsIn(billedText(text, { name, company }), 'en-US');

describe('the items of an invoice or a quote', () => {
  it('reads a quantity, a unit and a unit price, with or without a description', () => {
    expect(items('invoice sofia 10 hours of design at 80 each', 'Sofia Marquez')).toEqual([
      { description: 'Design', quantity: '10', unit_price: '80.00' },
    ]);
    expect(items('bill priya 12 hours of data analysis at 110/hour', 'Priya Raman')).toEqual([
      { description: 'Data analysis', quantity: '12', unit_price: '110.00' },
    ]);
    expect(items('send priya a quotation for 3 months of support at 900 per month', 'Priya Raman')).toEqual([
      { description: 'Support', quantity: '3', unit_price: '900.00' },
    ]);
    expect(items('estimate for osei architects: 3D renders x4 at 350', 'Daniel Osei', 'Osei Architects')).toEqual([
      { description: '3D renders', quantity: '4', unit_price: '350.00' },
    ]);
  });

  it('keeps the client’s name out of the description, whatever stands between them', () => {
    expect(items('Could you draft an invoice for Grace Whitfield: website design, $1,800', 'Grace Whitfield')).toEqual([
      { description: 'Website design', quantity: '1', unit_price: '1800.00' },
    ]);
    expect(items('new invoice for Kenji Watanabe - storyboard revisions 450', 'Kenji Watanabe')).toEqual([
      { description: 'Storyboard revisions', quantity: '1', unit_price: '450.00' },
    ]);
    expect(
      items('Put together a quote for Harborline Logistics, fleet dashboard, 6500 dollars', 'Daniel Kim', 'Harborline Logistics'),
    ).toEqual([{ description: 'Fleet dashboard', quantity: '1', unit_price: '6500.00' }]);
  });

  it('reads a description after the price, or in a piece of its own', () => {
    expect(items('bill amara 1,500 for the brand refresh', 'Amara Okafor')).toEqual([
      { description: 'Brand refresh', quantity: '1', unit_price: '1500.00' },
    ]);
    expect(items('make an invoice to Acme for 2.5k, logo design', 'Acme', 'Acme Ltd')).toEqual([
      { description: 'Logo design', quantity: '1', unit_price: '2500.00' },
    ]);
  });

  it('reads every item of a list, and leaves out what is not an item', () => {
    expect(items('invoice grace 2 things: logo 500 and business cards 150', 'Grace Whitfield')).toEqual([
      { description: 'Logo', quantity: '1', unit_price: '500.00' },
      { description: 'Business cards', quantity: '1', unit_price: '150.00' },
    ]);
    expect(items('bill Olu for hosting 120; support 3 hours at 60, thanks', 'Olu Adeyemi')).toEqual([
      { description: 'Hosting', quantity: '1', unit_price: '120.00' },
      { description: 'Support', quantity: '3', unit_price: '60.00' },
    ]);
    expect(items('quote lukas brandt 2 days of workshops at 1,100 a day, valid until next friday', 'Lukas Brandt')).toEqual([
      { description: 'Workshops', quantity: '2', unit_price: '1100.00' },
    ]);
  });
});

describe('Invoices said in fewer or other words', () => {
  it('drops a count of lines before them and reads a quantity marked with x', () => {
    expect(items('invoice priya, three lines: data audit 900, report 300, workshop 450', 'Priya Raman')).toEqual([
      { description: 'Data audit', quantity: '1', unit_price: '900.00' },
      { description: 'Report', quantity: '1', unit_price: '300.00' },
      { description: 'Workshop', quantity: '1', unit_price: '450.00' },
    ]);
    expect(items('inv for grace 2x banner 150', 'Grace Whitfield')).toEqual([
      { description: 'Banner', quantity: '2', unit_price: '150.00' },
    ]);
    expect(items('can you raise an invoice to kenji for the colour pass, 640?', 'Kenji Watanabe')).toEqual([
      { description: 'Colour pass', quantity: '1', unit_price: '640.00' },
    ]);
  });

  it('reads a new invoice wherever its verb and "an invoice" stand, and not a question about invoices', () => {
    for (const q of [
      'Sofia needs an invoice: 2 menus at 90',
      'could you issue an invoice to Kenji for the edit, 800',
      'draft Lukas Brandt a new invoice for 2 workshop days at 700',
      'we need another invoice for Acme, 300 for hosting',
      'inv for amara 3x logo 400',
    ]) {
      expect(wantsDraftInvoice(turn(q)), q).toBe(true);
    }
    for (const q of ['what invoices does amara have?', 'which invoice is overdue', 'is INV-0002 paid', 'send her the invoice']) {
      expect(wantsDraftInvoice(turn(q)), q).toBe(false);
    }
  });

  it('finds who paid when money comes in from someone, and never for money going out', () => {
    expect(payerIn(turn('got a cheque from Brightleaf for 700'))).toBe('Brightleaf');
    expect(payerIn(turn('nordwerk paid off the balance yesterday'))).toBe('nordwerk');
    expect(payerIn(turn('a transfer came in from Osei Architects, 950'))).toBe('Osei Architects');
    expect(payerIn(turn('Kenji has just paid 250'))).toBe('Kenji');
    for (const q of [
      'I paid 1,100 rent today',
      'lunch with lukas, paid 45.90',
      'show me the paid invoices',
      'spent 80 on a gift from amara',
    ]) {
      expect(payerIn(turn(q)), q).toBeUndefined();
    }
  });

  it('tells a payment from a question about payments', () => {
    expect(wantsMarkPaid(turn('payments received on INV-0002?'))).toBe(false);
    expect(wantsMarkPaid(turn('any paid invoices so far?'))).toBe(false);
    expect(wantsMarkPaid(turn('we overcharged Priya by 300 on INV-0003 - credit it and pay her back'))).toBe(false);
    expect(wantsMarkPaid(turn('part payment from amara: 400'))).toBe(true);
  });
});

describe('News from a client is no payment', () => {
  it('needs a word of paying or an amount', () => {
    expect(payerIn(turn('got a call from amara about the launch'))).toBeUndefined();
    expect(payerIn(turn('Kenji sent over the storyboard'))).toBeUndefined();
    expect(payerIn(turn('received 640 from Kenji'))).toBe('Kenji');
  });
});

describe('invoices asked for, paid and listed in other shapes', () => {
  it('drops the words that ask for the invoice from what it bills', () => {
    expect(items('Brightleaf needs an invoice for the spring campaign, 2,750', 'Amara Okafor', 'Brightleaf Studio')).toEqual([
      { description: 'Spring campaign', quantity: '1', unit_price: '2750.00' },
    ]);
    expect(items('Lukas Brandt - invoice for workshop travel costs 380.50', 'Lukas Brandt')).toEqual([
      { description: 'Workshop travel costs', quantity: '1', unit_price: '380.50' },
    ]);
  });

  it('reads a new invoice with an adjective before it, or a segment that opens with "invoice for"', () => {
    for (const q of [
      "create a draft invoice to Kenji: 'Storyboard revisions' 2 x 350",
      'write a separate invoice for Priya, 450',
      'Lukas Brandt - invoice for workshop travel costs 380.50',
    ]) {
      expect(wantsDraftInvoice(turn(q)), q).toBe(true);
    }
    expect(wantsDraftInvoice(turn('credit 50 - invoice for Lukas'))).toBe(false);
    expect(wantsDraftInvoice(turn('Daniel Osei should be invoiced 420 for site photos'))).toBe(true);
    expect(wantsDraftInvoice(turn('when was Daniel Osei invoiced 420?'))).toBe(false);
    expect(items('Daniel Osei should be invoiced 420 for site photos', 'Daniel Osei')).toEqual([
      { description: 'Site photos', quantity: '1', unit_price: '420.00' },
    ]);
    expect(items('a draft invoice for Kenji? color grading, 3 hours at 95', 'Kenji Watanabe')).toEqual([
      { description: 'Color grading', quantity: '3', unit_price: '95.00' },
    ]);
  });

  it('reads money received against an invoice, and the rest of what is owed, as a payment', () => {
    expect(wantsMarkPaid(turn('received 300 from Lukas against his overdue invoice'))).toBe(true);
    expect(payerIn(turn('got the rest of the money from Lukas Brandt'))).toBe('Lukas Brandt');
    expect(payerIn(turn('Lukas sent the remainder'))).toBe('Lukas');
    expect(payerIn(turn('got the brochure from Lukas'))).toBeUndefined();
    expect(payerIn(turn('money in from Amara Okafor: 1,200'))).toBe('Amara Okafor');
  });

  it('reads late payers, not-late invoices and "have not been paid" as invoice questions, and "which ones" as no debt', () => {
    for (const q of [
      'is anybody late paying me?',
      'which invoices are not late yet',
      "which invoices haven't been paid yet?",
      'who is behind on payments?',
      'which clients are overdue?',
    ]) {
      expect(wantsInvoiceInfo(turn(q)), q).toBe(true);
    }
    expect(wantsInvoiceInfo(turn('what category should lunch go under, which ones do I have already?'))).toBe(false);
    expect(wantsInvoiceInfo(turn('which of my tasks are overdue?'))).toBe(false);
  });
});

describe('invoices asked about in other words', () => {
  it('reads what was invoiced in all, negated payments and a number after a typo as questions', () => {
    for (const q of [
      'what have we biled lukas brandt so far',
      "what's the total we've invoiced, all invoices together",
      "which invoices hasn't anyone paid a penny on",
      'how many workshops are on invocie 2',
    ]) {
      expect(wantsInvoiceInfo(turn(q)), q).toBe(true);
    }
    expect(wantsMarkPaid(turn('total and amount paid for INV-0002'))).toBe(false);
    expect(wantsMarkPaid(turn("show me every invoice that isn't paid in full"))).toBe(false);
  });

  it('reads a transfer on an invoice, a bank line and a payment on the invoice just shown as payments', () => {
    expect(wantsMarkPaid(turn('Brightleaf transferred 400 on their invoice'))).toBe(true);
    expect(wantsMarkPaid(turn('bank statement line: "CREDIT NORDWERK GMBH INV-0002 500.00" - record it'))).toBe(true);
    const shown = [
      { query: 'show me INV-0002', response: '[INV-0002](/invoices/x) for Lukas Brandt is overdue', created_at: new Date().toISOString() },
    ];
    expect(wantsMarkPaid(turn('he paid 100 of that yesterday', shown))).toBe(true);
    expect(wantsMarkPaid(turn('he paid 100 of that yesterday'))).toBe(false);
  });

  it('keeps the quotes around a description out of it', () => {
    expect(items('Can you draft an invoice for Grace Whitfield? "Shop photography" - 850', 'Grace Whitfield')).toEqual([
      { description: 'Shop photography', quantity: '1', unit_price: '850.00' },
    ]);
  });
});

describe('invoices described by their state, one shown with its lines, money that came in, and what a client word bills', () => {
  it('reads "paid or not" as every invoice and "partly paid" invoices as a list', () => {
    expect(wantsInvoiceInfo(turn('what have we billed altogether, paid or unpaid'))).toBe(true);
    expect(wantsMarkPaid(turn('which invoices are partially paid'))).toBe(false);
    expect(wantsMarkPaid(turn('invoices that have already been paid'))).toBe(false);
    expect(wantsMarkPaid(turn('Lukas paid the invoices that were overdue'))).toBe(true);
  });

  it('reads money that came in on an invoice, with how much of it, as a payment', () => {
    expect(wantsMarkPaid(turn('a third of the nordwerk invoice arrived'))).toBe(true);
    expect(wantsMarkPaid(turn('400 of the fernhill invoice came through today'))).toBe(true);
    expect(wantsMarkPaid(turn('the printer invoice arrived'))).toBe(false);
  });

  it("keeps the client's words further on in what is billed, and drops brackets around it", () => {
    expect(items('bill Amara Okafor for the brightleaf studio rebrand, 900', 'Amara Okafor', 'Brightleaf Studio')).toEqual([
      { description: 'Brightleaf studio rebrand', quantity: '1', unit_price: '900.00' },
    ]);
    expect(items('invoice sofia marquez at casa marquez for tiles 300', 'Sofia Marquez', 'Casa Marquez')).toEqual([
      { description: 'Tiles', quantity: '1', unit_price: '300.00' },
    ]);
    expect(items('invoice kenji watanabe 700 (storyboard fee)', 'Kenji Watanabe')).toEqual([
      { description: 'Storyboard fee', quantity: '1', unit_price: '700.00' },
    ]);
    expect(items('invoice for Kenji Watanabe:\nhosting - 240\nsupport - 600', 'Kenji Watanabe')).toEqual([
      { description: 'Hosting', quantity: '1', unit_price: '240.00' },
      { description: 'Support', quantity: '1', unit_price: '600.00' },
    ]);
  });

  const invoice = (n: number, contact: string, status: string, total: string, paid: string, line: string) => ({
    id: `i${n}`,
    invoice_number: `INV-000${n}`,
    status,
    contact_id: contact,
    contact_name: contact === 'c1' ? 'Amara Okafor' : 'Lukas Brandt',
    due_date: '2099-01-01',
    currency: 'USD',
    total_amount: total,
    amount_paid: paid,
    balance_due: formatUnits(toUnits(total) - toUnits(paid)),
    url: `/invoices/i${n}`,
    items: [{ description: line, quantity: '1', unit_price: total, total }],
  });
  const all = [
    invoice(1, 'c1', 'sent', '1200.00', '0.00', 'Brand retainer'),
    invoice(2, 'c2', 'overdue', '750.00', '250.00', 'Relaunch workshop'),
    invoice(3, 'c2', 'paid', '3000.00', '3000.00', 'Dashboard project'),
  ];
  const people = [
    { id: 'c1', name: 'Amara Okafor', first_name: 'Amara', last_name: 'Okafor', company: 'Brightleaf Studio', url: '/contacts/c1' },
    { id: 'c2', name: 'Lukas Brandt', first_name: 'Lukas', last_name: 'Brandt', company: 'Nordwerk GmbH', url: '/contacts/c2' },
  ];
  const reply = async (query: string) =>
    (
      await invoiceInfo(
        new Turn({
          query,
          history: [],
          user: { locale: 'en-US', time_zone: 'UTC', currency: 'USD', can_change: true },
          tools: {
            call: async (name: string, args: Record<string, unknown>) => {
              if (name === 'find_mentions') return { ok: true, data: { contacts: people } };
              if (name === 'get_invoice') return { ok: true, data: all.find((i) => i.id === args.invoice_id) };
              const unpaid = args.status === 'unpaid' ? ['sent', 'overdue'] : args.status ? [args.status] : undefined;
              const invoices = all
                .filter((i) => !unpaid || unpaid.includes(i.status))
                .filter((i) => !args.contact_id || i.contact_id === args.contact_id)
                .map(({ items: _items, ...i }) => i);
              return { ok: true, data: { total: invoices.length, invoices } };
            },
          },
        } as unknown as EngineRequest),
      )
    ).response;

  it('answers every invoice for "paid or not", the partly paid ones, and one with its lines', async () => {
    expect(await reply('how much have we billed overall, paid or not')).toContain('4,950.00');
    const partly = await reply('show the invoices that are partly paid');
    expect(partly).toContain('INV-0002');
    expect(partly).not.toContain('INV-0001');
    expect(await reply("what's on amara's invoice?")).toContain('Brand retainer');
    expect(await reply('show unpaid invoices')).not.toContain('Brand retainer');
  });
  it('reads "sent to" as whom, sums what clients paid, and reads "the overdue amount" as a question about invoices', async () => {
    const sentTo = await reply('invoices sent to nordwerk');
    expect(sentTo).toContain('INV-0002');
    expect(sentTo).not.toContain('not yet due');
    const paid = await reply('how much have clients paid on my invoices');
    expect(paid).toContain('3,250.00');
    expect(paid).not.toContain('INV-0001');
    expect(await reply('how much has lukas paid us so far')).toContain('3,250.00');
    expect(await reply('how much have we billed overall, paid or not')).not.toContain('3,250.00');
    expect(wantsInvoiceInfo(turn('overdue amount across all clients?'))).toBe(true);
    expect(wantsInvoiceInfo(turn('the outstanding total please'))).toBe(true);
    expect(await reply('overdue amount across all clients?')).toContain('500.00');
  });

  it('lists the invoices of several clients named together', async () => {
    for (const q of ['invoices for both amara and lukas', 'unpaid invoices for amara plus lukas', 'invoices of amara, lukas']) {
      const both = await reply(q);
      expect(both, q).toContain('INV-0001');
      expect(both, q).toContain('INV-0002');
    }
  });
});

describe('a payment said as money in, or in words', () => {
  const paying = async (query: string) => {
    const calls: { name: string; args: Record<string, unknown> }[] = [];
    const invoice = { id: 'inv-2', invoice_number: 'INV-0002', status: 'overdue', total: '750.00', balance_due: '500.00', currency: 'USD' };
    await markPaid(
      new Turn({
        query,
        history: [],
        user: { locale: 'en-US', time_zone: 'UTC', currency: 'USD', can_change: true, today: '2026-12-07' },
        tools: {
          call: async (name: string, args: Record<string, unknown>) => {
            calls.push({ name, args });
            return { ok: true, data: name === 'get_invoice' ? invoice : {}, pending_action: { summary: name } };
          },
        },
      } as unknown as EngineRequest),
    );
    return calls.find((c) => c.name === 'record_payment')?.args;
  };

  it('reads "<amount> in from <someone>" on an invoice as a payment', () => {
    expect(wantsMarkPaid(turn('statement has 200 in from Lukas for INV-0002'))).toBe(true);
    expect(wantsMarkPaid(turn('money in on INV-0002: 120'))).toBe(true);
    // a question about the invoice stays one
    expect(wantsMarkPaid(turn('what is on INV-0002'))).toBe(false);
  });

  it('records an amount said in words, never the whole balance instead', async () => {
    expect(await paying('payment received: two hundred and fifty from nordwerk on invoice INV-0002')).toEqual({
      invoice_id: 'inv-2',
      amount: '250.00',
    });
    expect(await paying('INV-0002 paid, 120 of it')).toEqual({ invoice_id: 'inv-2', amount: '120.00' });
  });
});

describe('payments asked to be shown', () => {
  it('reads "show the payments on INV-0002" as a question about the invoice, and an amount beside it as a payment', () => {
    expect(wantsMarkPaid(turn('show me the payments received on INV-0002'))).toBe(false);
    expect(wantsMarkPaid(turn('list the payments on inv 3'))).toBe(false);
    expect(wantsMarkPaid(turn('can you pull up what was paid on INV-0001'))).toBe(false);
    expect(wantsMarkPaid(turn('payment of 200 received on INV-0002'))).toBe(true);
    expect(wantsMarkPaid(turn('INV-0002 got paid today'))).toBe(true);
  });
});

describe('the terms of a new invoice, a payment towards an invoice named by its state, and what a client owes', () => {
  const people = [
    { id: 'c1', name: 'Amara Okafor', first_name: 'Amara', last_name: 'Okafor', company: 'Brightleaf Studio', url: '/contacts/c1' },
    { id: 'c2', name: 'Lukas Brandt', first_name: 'Lukas', last_name: 'Brandt', company: 'Nordwerk GmbH', url: '/contacts/c2' },
    { id: 'c3', name: 'Acme', first_name: 'Acme', last_name: null, company: 'Acme Ltd', url: '/contacts/c3' },
  ];
  const invoices = [
    { id: 'i1', invoice_number: 'INV-0001', status: 'sent', contact_id: 'c1', contact_name: 'Amara Okafor', due_date: '2099-01-01' },
    { id: 'i2', invoice_number: 'INV-0002', status: 'overdue', contact_id: 'c2', contact_name: 'Lukas Brandt', due_date: '2026-11-27' },
  ].map((i, n) => ({
    ...i,
    currency: 'USD',
    total_amount: n === 0 ? '1200.00' : '750.00',
    amount_paid: n === 0 ? '0.00' : '250.00',
    balance_due: n === 0 ? '1200.00' : '500.00',
    url: `/invoices/${i.id}`,
    items: [{ description: n === 0 ? 'Brand retainer' : 'Relaunch workshop', quantity: '1', unit_price: '1.00', total: '1.00' }],
  }));
  const run = async (query: string, step: (turn: Turn) => Promise<{ response: string } | undefined>) => {
    const writes: { name: string; args: Record<string, unknown> }[] = [];
    const answer = await step(
      new Turn({
        query,
        history: [],
        user: { locale: 'en-US', time_zone: 'UTC', currency: 'USD', can_change: true, today: '2026-12-07' },
        tools: {
          call: async (name: string, args: Record<string, unknown>) => {
            if (name === 'find_mentions') return { ok: true, data: { contacts: people } };
            if (name === 'get_invoice') return { ok: true, data: invoices.find((i) => i.id === args.invoice_id) };
            if (name === 'list_invoices') {
              const states = args.status === 'unpaid' ? ['sent', 'overdue'] : args.status ? [args.status] : undefined;
              const found = invoices
                .filter((i) => (!states || states.includes(i.status)) && (!args.contact_id || i.contact_id === args.contact_id))
                .map(({ items: _items, ...i }) => i);
              return { ok: true, data: { total: found.length, invoices: found } };
            }
            writes.push({ name, args });
            return { ok: true, data: {}, pending_action: { summary: name } };
          },
        },
      } as unknown as EngineRequest),
    );
    return { response: answer?.response ?? '', write: writes[0] };
  };
  const drafted = async (query: string) => (await run(query, draftInvoice)).write?.args;

  it('reads a tax, a discount and when the invoice is due apart from its items', async () => {
    expect(await drafted('bill amara 1,200 for the brand retainer plus 19% VAT')).toEqual({
      contact_id: 'c1',
      items: [{ description: 'Brand retainer', quantity: '1', unit_price: '1200.00', tax_rate: '19' }],
    });
    expect(await drafted('invoice lukas 3 "Coaching sessions" at 250 each, 15% off')).toEqual({
      contact_id: 'c2',
      items: [{ description: 'Coaching sessions', quantity: '3', unit_price: '250.00' }],
      discount_type: 'percent',
      discount_value: '15.00',
    });
    expect(await drafted('invoice amara 900 for illustrations, discount of $50')).toMatchObject({
      discount_type: 'amount',
      discount_value: '50.00',
    });
    expect(await drafted('invoice Acme 2k for hosting, net 14')).toEqual({
      contact_id: 'c3',
      items: [{ description: 'Hosting', quantity: '1', unit_price: '2000.00' }],
      due_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const due = (await drafted('invoice lukas 400 for travel, payable within 10 days')) as { due_date: string; items: unknown[] };
    expect(due.items).toEqual([{ description: 'Travel', quantity: '1', unit_price: '400.00' }]);
    expect(Date.parse(due.due_date) - Date.parse(new Date().toISOString().slice(0, 10))).toBe(10 * 86_400_000);
    // a price the tax is already in is left as it is said
    expect(await drafted('invoice amara 600 for editing including 20% VAT')).not.toHaveProperty('items.0.tax_rate');
  });

  it('reads a quoted description after a quantity and its unit', () => {
    expect(items('bill lukas 6 hours of "Facilitation" at 120 an hour', 'Lukas Brandt')).toEqual([
      { description: 'Facilitation', quantity: '6', unit_price: '120.00' },
    ]);
  });

  it('opens a new invoice whatever the quoted words of what it bills', () => {
    expect(opensNewInvoice(turn('bill amara 2,000 for "Sales pipeline setup"'))).toBe(true);
    expect(opensNewInvoice(turn('bill the deal for the pipeline setup'))).toBe(false);
    expect(opensNewInvoice(turn('invoice amara for the hours logged this week'))).toBe(false);
  });

  it('reads a payment towards an invoice through a typo, and an invoice named by its state', async () => {
    expect(wantsMarkPaid(turn('Lukas sent 200 towrads his invoice'))).toBe(true);
    expect((await run('Amara transferred 300 twoards her invoice', markPaid)).write?.args).toEqual({ invoice_id: 'i1', amount: '300.00' });
    expect((await run('the overdue invoice has been paid in full', markPaid)).write?.args).toEqual({ invoice_id: 'i2', amount: '500.00' });
    // "all of it" is the whole amount, "all invoices" a list
    expect(wantsMarkPaid(turn('her late invoice got settled, all of it'))).toBe(true);
    expect(wantsMarkPaid(turn('all invoices paid this month'))).toBe(false);
    // with two unpaid invoices and neither a client nor a state named: which one
    expect((await run('the invoice has been paid in full', markPaid)).write).toBeUndefined();
  });

  it('never reads the words of money coming in as a client ("came in" is no Acme)', async () => {
    expect((await run('half of the brightleaf invoice came in', markPaid)).write?.args).toEqual({ invoice_id: 'i1', amount: '600.00' });
  });

  it('reads what is overdue from someone as what they owe, and shows the lines of the one invoice billed', async () => {
    expect(wantsInvoiceInfo(turn('anything overdue from amara?'))).toBe(true);
    expect(wantsInvoiceInfo(turn('any tasks overdue from last week?'))).toBe(false);
    expect((await run('anything overdue from lukas?', invoiceInfo)).response).toContain('INV-0002');
    expect((await run('what did I bill Lukas for on his invoice', invoiceInfo)).response).toContain('Relaunch workshop');
  });
});

describe('a credit note that reduces what a client owes', () => {
  it('is read as a credit note, not as a question about what is owed', () => {
    expect(wantsCredit(turn('reduce what lukas owes by 50 with a credit note'))).toBe(true);
    expect(wantsCredit(turn('what credit notes did I issue for INV-0002?'))).toBe(false);
  });
});

describe('an invoice by its short number, a payment made today, and a quoted title holding a word of the client', () => {
  const people = [stubContact('Priya', 'Raman', { id: 'c1', company: 'Fernhill Analytics' })];
  const invoice = {
    id: 'i2',
    invoice_number: 'INV-0002',
    status: 'overdue',
    contact_id: 'c1',
    contact_name: 'Priya Raman',
    due_date: '2026-11-27',
    currency: 'USD',
    total_amount: '750.00',
    amount_paid: '0.00',
    balance_due: '750.00',
    url: '/invoices/i2',
  };
  const engine = stubEngine({
    contacts: people,
    // the tools match a number by its digits, whatever its prefix and padding
    reads: {
      get_invoice: (args: Record<string, unknown>) =>
        String(args.invoice_number).replace(/\D/g, '').replace(/^0+/, '') === '2' && !/^inv-2$/i.test(String(args.invoice_number))
          ? invoice
          : null,
    },
  });

  it('reads "inv-2" as the invoice numbered 2', async () => {
    const { response, calls } = await engine('invoice inv-7, is it paid?');
    expect(calls.get_invoice).toEqual([{ invoice_number: '7' }]);
    expect(response).not.toContain('INV-7');
    expect((await engine('what status is inv-2 in')).response).toContain('overdue');
  });

  it('records the day of a payment said, today included', async () => {
    expect((await engine('Priya paid 200 today on INV-0002')).write).toEqual([
      'record_payment',
      { invoice_id: 'i2', amount: '200.00', date: new Date().toISOString().slice(0, 10) },
    ]);
    // no day said: none sent (the tool records today)
    expect((await engine('Priya paid 200 on INV-0002')).write).toEqual(['record_payment', { invoice_id: 'i2', amount: '200.00' }]);
  });

  it('keeps a quoted title whole though it holds a word of the client’s company', () => {
    expect(items('invoice Priya Raman "Analytics training" $1,200', 'Priya Raman', 'Fernhill Analytics')).toEqual([
      { description: 'Analytics training', quantity: '1', unit_price: '1200.00' },
    ]);
  });
});
