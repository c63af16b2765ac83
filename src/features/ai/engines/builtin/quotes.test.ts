import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { convertQuote, draftQuote, lineIn, listQuotes, quoteText, wantsConvertQuote, wantsDraftQuote, wantsQuoteList } from './quotes';
import { stubContact, stubEngine, turn } from './test-turn';
import { Turn } from './turn';
const line = (text: string) => lineIn(text, 'en-US').line;

describe('quote phrasings of the built-in engine', () => {
  it('reads a line: quantity, unit, description and price, in the orders people write them', () => {
    expect(line('3 days of design at 600 each')).toEqual({ description: 'Design', quantity: '3', unit_price: '600.00' });
    expect(line('3,500 for a logo refresh')).toEqual({ description: 'Logo refresh', quantity: '1', unit_price: '3500.00' });
    expect(line('3D renders x4 at 350')).toEqual({ description: '3D renders', quantity: '4', unit_price: '350.00' });
    expect(line('25 hours consulting @ 95')).toEqual({ description: 'Consulting', quantity: '25', unit_price: '95.00' });
    expect(line('3 months of support at 900 per month')).toEqual({ description: 'Support', quantity: '3', unit_price: '900.00' });
    expect(line('hosting for a year 240')).toEqual({ description: 'Hosting for a year', quantity: '1', unit_price: '240.00' });
    expect(line('6500 dollars')).toEqual({ description: '', quantity: '1', unit_price: '6500.00' });
    expect(line('5 × 120 for workshop seats')).toEqual({ description: 'Workshop seats', quantity: '5', unit_price: '120.00' });
    expect(lineIn('brand workshop', 'en-US')).toEqual({ description: 'Brand workshop' });
  });

  it('tells drafting a quote from asking about quotes or converting one', () => {
    for (const q of [
      'quote sofia 3,500 for a logo refresh',
      'send priya a quotation for 3 months of support at 900 per month',
      'I want to quote Beacon for 25 hours consulting @ 95',
      'Put together a quote for Harborline Logistics, fleet dashboard, 6500 dollars',
      'make a quote: Tomás Novák, translation of the catalogue, 780',
      'draft a quote',
      'send sofia an estimate: 2 landing pages at 700 each',
      'can I get a quote drafted for Amara, 5 hours coaching at 150/h',
    ]) {
      expect(wantsDraftQuote(turn(q)), q).toBe(true);
    }
    for (const q of ['what did we quote sofia', 'how much is quo 2 worth', 'convert quote 1', 'show my quotes']) {
      expect(wantsDraftQuote(turn(q)), q).toBe(false);
    }
    expect(wantsQuoteList(turn('show me the quotations'))).toBe(true);
    expect(wantsConvertQuote(turn('QUO-0002 -> invoice'))).toBe(true);
    expect(wantsConvertQuote(turn('create the invoice from the Casa Marquez quote'))).toBe(true);
  });
});

describe('converting the quote the previous answer named', () => {
  it('reads "turn that into an invoice" after an answer about one quote', () => {
    const history = [
      {
        query: 'what did we quote sofia',
        response: 'You have 1 quote for [Sofia](/contacts/1):\n- [QUO-0001](/quotes/2): $4,800.00',
        created_at: new Date().toISOString(),
      },
    ];
    const t = new Turn({ query: 'turn that into an invoice', history } as unknown as EngineRequest);
    expect(wantsConvertQuote(t)).toBe(true);
  });
});

describe('Quotes by their state, their number typed loosely, and lines said before the verb', () => {
  it('reads "quote 2 to invoice" with a typo, and a question about which quotes could be converted as a question', () => {
    expect(wantsConvertQuote(turn('qoute 3 into an invoice'))).toBe(true);
    expect(wantsConvertQuote(turn('which quotes can I still turn into invoices?'))).toBe(false);
    expect(wantsConvertQuote(turn('what quotes could we convert to invoices'))).toBe(false);
  });

  it('lets a description said in a segment of its own win over a unit', () => {
    expect(lineIn('3 days @ 1,000', 'en-US')).toEqual({
      line: { description: 'Days', quantity: '3', unit_price: '1000.00' },
      description: 'Days',
      unitOnly: true,
    });
    expect(lineIn('2 days of audit at 700', 'en-US').unitOnly).toBeUndefined();
  });
});

describe('quotes converted by their line, their number after "from", or a follow-up', () => {
  it('reads a conversion said with the line, the number or the quote before the verb', () => {
    for (const q of [
      'invoice the office fit-out drawings quote',
      'create an invoice from QUO-0001 please',
      'invoice QUO-0003',
      'the 4,800 quote is approved, turn it into an invoice',
      'the website redesign quote can become an invoice now',
    ]) {
      expect(wantsConvertQuote(turn(q)), q).toBe(true);
    }
    expect(wantsConvertQuote(turn('which quotes can I still turn into invoices?'))).toBe(false);
  });

  it('reads a quote someone wants, with its price, as a new quote', () => {
    expect(wantsDraftQuote(turn('Grace wants a quote for a menu redesign, 650'))).toBe(true);
    expect(wantsDraftQuote(turn('Grace wants a quote'))).toBe(false);
  });

  it('strips quotation marks around a description but keeps apostrophes', () => {
    expect(line("'Storyboard revisions' 2 x 350")).toEqual({ description: 'Storyboard revisions', quantity: '2', unit_price: '350.00' });
    expect(line("Kenji's title cards 2 x 100")).toEqual({ description: "Kenji's title cards", quantity: '2', unit_price: '100.00' });
  });
});

describe('quotes typed with typos, and said without the word', () => {
  const ask = (query: string, history: unknown[] = []) => new Turn({ query, history } as unknown as EngineRequest);
  const quotesShown = [
    {
      query: 'what quotes has grace got?',
      response: 'You have 1 quote for [Grace Whitfield](/contacts/x):\n- [QUO-0003](/quotes/y)',
      created_at: new Date().toISOString(),
    },
  ];

  it('reads the words of quotes through a typo', () => {
    expect(quoteText(ask('list estimtes for Osei Architects'))).toContain('quotes');
    expect(wantsQuoteList(ask('list estimtes for Osei Architects'))).toBe(true);
    expect(wantsDraftQuote(ask('do a quotaton for tomas novak, website refresh 2k'))).toBe(true);
    expect(wantsDraftQuote(ask('Beacon plc wnats a quote - "Firewall audit" 3,900'))).toBe(true);
    expect(wantsDraftQuote(ask('do I have any quotes for 2k?'))).toBe(false);
  });

  it('reads "another one" after an answer about quotes as a new quote', () => {
    expect(wantsDraftQuote(ask('make Grace Whitfield another one, 500 for gift boxes', quotesShown))).toBe(true);
    expect(wantsDraftQuote(ask('make Grace Whitfield another one, 500 for gift boxes'))).toBe(false);
  });

  it('converts "this" right after an answer about one quote, and an invoice "form" a quote', () => {
    const shown = [
      { query: 'show me QUO-0002', response: '[QUO-0002](/quotes/y) for Daniel Osei is sent', created_at: new Date().toISOString() },
    ];
    expect(wantsConvertQuote(ask('ok go ahead and invoice this', shown))).toBe(true);
    expect(wantsConvertQuote(ask('ok go ahead and invoice this'))).toBe(false);
    expect(wantsConvertQuote(ask('raise an invoice form the osei architects quote'))).toBe(true);
  });
});

describe('quotes asked for by a state said as a verb or denied, by several clients, and one shown with its lines', () => {
  const person = (id: string, name: string, company: string | null = null) => {
    const [first_name, last_name] = name.split(' ');
    return { id, name, first_name, last_name, company, email: null, status: 'active', url: `/contacts/${id}` };
  };
  const people = [
    person('c1', 'Sofia Marquez', 'Casa Marquez'),
    person('c2', 'Daniel Osei', 'Osei Architects'),
    person('c3', 'Daniel Kim'),
  ];
  const quote = (n: number, contact: number, status: string, total: string, line: string) => ({
    id: `q${n}`,
    quote_number: `QUO-000${n}`,
    status,
    contact_id: people[contact]!.id,
    contact_name: people[contact]!.name,
    valid_until: '2099-01-01',
    currency: 'USD',
    total_amount: total,
    url: `/quotes/q${n}`,
    items: [{ description: line, quantity: '1', unit_price: total }],
  });
  const all = [
    quote(1, 0, 'sent', '4800.00', 'Website redesign'),
    quote(2, 1, 'accepted', '2850.00', 'Office drawings'),
    quote(3, 2, 'draft', '900.00', 'API review'),
    quote(4, 2, 'declined', '1600.00', 'Fleet dashboard'),
  ];
  let write: [string, unknown] | undefined;
  const ask = (query: string) =>
    new Turn({
      query,
      history: [],
      user: { locale: 'en-US', time_zone: 'UTC', currency: 'USD', can_change: true },
      tools: {
        call: async (name: string, args: Record<string, unknown>) => {
          if (name === 'find_mentions') return { ok: true, data: { contacts: people } };
          if (name === 'list_quotes') {
            const quotes = all
              .filter(
                (q) => !args.status || q.status === args.status || (args.status === 'open' && ['sent', 'accepted'].includes(q.status)),
              )
              .filter((q) => !args.contact_id || q.contact_id === args.contact_id)
              .map(({ items, ...q }) => (args.with_items ? { ...q, items } : q));
            return { ok: true, data: { total: quotes.length, quotes } };
          }
          write = [name, args];
          return { ok: true, data: {}, pending_action: { summary: 'ok' } };
        },
      },
    } as unknown as EngineRequest);

  it('reads a state said as a verb ("did clients refuse") and states denied ("not accepted or declined")', async () => {
    const refused = (await listQuotes(ask('which quotes did the client refuse'))).response;
    expect(refused).toContain('QUO-0004');
    expect(refused).not.toContain('QUO-0002');
    const neither = (await listQuotes(ask('show quotes that are not accepted or declined'))).response;
    expect(neither).toContain('QUO-0001');
    expect(neither).toContain('QUO-0003');
    expect(neither).not.toContain('QUO-0002');
    expect(neither).not.toContain('QUO-0004');
    const other = (await listQuotes(ask('every quote other than the declined ones'))).response;
    expect(other).toContain('QUO-0002');
    expect(other).not.toContain('QUO-0004');
  });

  it('lists the quotes of several clients named apart, and asks which when one name fits two', async () => {
    const both = (await listQuotes(ask('quotes for sofia and for daniel kim'))).response;
    expect(both).toContain('QUO-0001');
    expect(both).toContain('QUO-0003');
    expect(both).not.toContain('QUO-0002');
    const which = await listQuotes(ask('quotes for daniel'));
    expect(which.clarify).toBe(true);
  });

  it('shows the lines of the one quote a question is about', async () => {
    expect((await listQuotes(ask("what was sofia's quote for?"))).response).toContain('Website redesign');
    expect((await listQuotes(ask('show my quotes'))).response).not.toContain('Website redesign');
  });

  it('converts the one quote in the state said in a clause of its own', async () => {
    write = undefined;
    await convertQuote(ask('the quote which got accepted, turn it into an invoice'));
    expect(write).toEqual(['convert_quote', { quote_number: 'QUO-0002' }]);
    write = undefined;
    await convertQuote(ask('make the sent quote an invoice'));
    expect(write).toEqual(['convert_quote', { quote_number: 'QUO-0001' }]);
  });

  it('reads "waiting for an answer" as sent, and says what became of a client’s quotes when none is in the state asked', async () => {
    const waiting = (await listQuotes(ask('which quotes are we still waiting on a reply for'))).response;
    expect(waiting).toContain('QUO-0001');
    expect(waiting).not.toContain('QUO-0002');
    const kim = (await listQuotes(ask('did daniel kim accept his quote?'))).response;
    expect(kim).toContain('no accepted quotes');
    expect(kim).toContain('QUO-0004');
    expect(kim).toContain('declined');
  });

  it('drafts a quote "priced up", and never takes "one item" for what a line is', async () => {
    expect(wantsDraftQuote(ask('price up a quote for sofia: "Tiling" 650'))).toBe(true);
    expect(wantsDraftQuote(ask('price out a quote for daniel kim, api review 900'))).toBe(true);
    write = undefined;
    await draftQuote(ask('new quote for sofia marquez, one item, "Tile samples", 300'));
    expect(write).toEqual([
      'create_quote',
      { contact_id: 'c1', items: [{ description: 'Tile samples', quantity: '1', unit_price: '300.00' }] },
    ]);
    write = undefined;
    await draftQuote(ask('quote sofia marquez, a single line: site visit, 150'));
    expect(write).toEqual([
      'create_quote',
      { contact_id: 'c1', items: [{ description: 'Site visit', quantity: '1', unit_price: '150.00' }] },
    ]);
  });

  it('lists the quotes over or under an amount', async () => {
    const over = (await listQuotes(ask('quotes over 2k'))).response;
    expect(over).toContain('QUO-0001');
    expect(over).toContain('QUO-0002');
    expect(over).not.toContain('QUO-0003');
    expect(over).not.toContain('QUO-0004');
    const under = (await listQuotes(ask('which quotes are below $1,000'))).response;
    expect(under).toContain('QUO-0003');
    expect(under).not.toContain('QUO-0004');
  });

  it('reads a tax, a discount and how long a quote is valid apart from its lines', async () => {
    write = undefined;
    await draftQuote(ask('quote sofia marquez "Tiling" 2 x 650 + 7.5% sales tax, valid for 30 days'));
    expect(write).toEqual([
      'create_quote',
      {
        contact_id: 'c1',
        items: [{ description: 'Tiling', quantity: '2', unit_price: '650.00', tax_rate: '7.5' }],
        valid_until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    write = undefined;
    await draftQuote(ask('new quote for daniel kim - API review - 900 - discount 10%'));
    expect(write).toEqual([
      'create_quote',
      {
        contact_id: 'c3',
        items: [{ description: 'API review', quantity: '1', unit_price: '900.00' }],
        discount_type: 'percent',
        discount_value: '10.00',
      },
    ]);
  });

  it('drafts a quote whose client is a label before the verb, and a line per line of a pasted list', async () => {
    expect(wantsDraftQuote(ask('Casa Marquez: quote 4 photo days at 350'))).toBe(true);
    expect(wantsDraftQuote(ask('Kenji: quote 4 is accepted'))).toBe(false);
    write = undefined;
    await draftQuote(ask('Quote for Sofia Marquez:\nTile samples - 300\nSite visit - 150'));
    expect(write).toEqual([
      'create_quote',
      {
        contact_id: 'c1',
        items: [
          { description: 'Tile samples', quantity: '1', unit_price: '300.00' },
          { description: 'Site visit', quantity: '1', unit_price: '150.00' },
        ],
      },
    ]);
  });
});

describe('a count before a quoted description, a quoted title holding a word of the client, and "the one" after a list', () => {
  const people = [
    stubContact('Priya', 'Raman', { id: 'c1', company: 'Fernhill Analytics' }),
    stubContact('Sofia', 'Marquez', { id: 'c2', company: 'Casa Marquez' }),
  ];
  const quotes = [
    { id: 'q1', quote_number: 'QUO-0001', status: 'sent', contact_id: 'c2', contact_name: 'Sofia Marquez', total_amount: '4800.00' },
    { id: 'q2', quote_number: 'QUO-0002', status: 'accepted', contact_id: 'c1', contact_name: 'Priya Raman', total_amount: '900.00' },
  ].map((q) => ({ ...q, valid_until: '2099-01-01', currency: 'USD', url: `/quotes/${q.id}` }));
  const ask = stubEngine({
    contacts: (text) => people.filter((p) => text.toLowerCase().includes(p.first_name.toLowerCase())),
    reads: {
      list_quotes: (args: Record<string, unknown>) => {
        const found = quotes.filter((q) => !args.contact_id || q.contact_id === args.contact_id);
        return { total: found.length, quotes: found };
      },
    },
  });

  it('reads a count before a quoted description as the quantity', async () => {
    expect(line('4 "Brand workshops" at 650 each')).toEqual({ description: 'Brand workshops', quantity: '4', unit_price: '650.00' });
    const { write } = await ask('quote Sofia 2 "Site visits" at $180 and 1 "Moodboard" at 400');
    expect(write).toEqual([
      'create_quote',
      {
        contact_id: 'c2',
        items: [
          { description: 'Site visits', quantity: '2', unit_price: '180.00' },
          { description: 'Moodboard', quantity: '1', unit_price: '400.00' },
        ],
      },
    ]);
  });

  it('keeps a quoted title whole though it holds a word of the client’s company', async () => {
    const { write } = await ask('new quote for Priya Raman, "Analytics roadmap" $2,400');
    expect(write).toEqual([
      'create_quote',
      { contact_id: 'c1', items: [{ description: 'Analytics roadmap', quantity: '1', unit_price: '2400.00' }] },
    ]);
  });

  it('converts "the one for <client>" right after an answer that listed quotes', async () => {
    const history = [
      {
        query: 'show me my quotes',
        response: 'You have 2 quotes:\n- [QUO-0001](/quotes/q1) (Sofia Marquez)\n- [QUO-0002](/quotes/q2) (Priya Raman)',
        created_at: new Date().toISOString(),
      },
    ];
    expect(wantsConvertQuote(turn('turn the one for Sofia into an invoice', history))).toBe(true);
    // without an answer about quotes, "the one" names no quote
    expect(wantsConvertQuote(turn('turn the one for Sofia into an invoice'))).toBe(false);
    const { write } = await ask('convert the one for Priya into an invoice', history);
    expect(write).toEqual(['convert_quote', { quote_number: 'QUO-0002' }]);
  });
});
