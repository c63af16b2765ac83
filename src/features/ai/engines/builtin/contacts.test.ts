import { describe, expect, it } from 'vitest';
import {
  asksContactDetail,
  namesTheStatus,
  wantsBroadOverview,
  wantsContactChange,
  wantsContactDetail,
  wantsContactList,
  wantsContactStatus,
  wantsContactsByStatus,
  wantsMentions,
  wantsNewContact,
  wantsNote,
  wantsOverview,
} from './contacts';
import type { Candidate } from './mentions';
import { stubContact, stubEngine, turn } from './test-turn';

/** The contact reads of the stubs: the contacts by status, and one by its id. */
function contactReads(people: Candidate[]) {
  return {
    search_contacts: (args: Record<string, unknown>) => {
      const found = people.filter((p) => !args.status || p.status === args.status);
      return { total: found.length, contacts: found };
    },
    get_contact: (args: Record<string, unknown>) => people.find((p) => p.id === args.contact_id),
  };
}

describe('contact changes said as news', () => {
  it('reads a new employer, a field with its value and a change in a later clause as a change', () => {
    for (const q of [
      'Priya Raman has left Fernhill, she is at Larch Analytics now',
      'Sofia Marquez phone: +34 600 123 456',
      'kenji isn’t active any more, set him to inactive',
      "priya's contract ended - set her status to inactive",
      'Osei Architects: Daniel is our customer as of this week',
    ]) {
      expect(wantsContactChange(turn(q)), q).toBe(true);
    }
    for (const q of ['is grace a customer?', 'amara okafor - email?', 'what is sofia’s phone'])
      expect(wantsContactChange(turn(q)), q).toBe(false);
  });
  it('reads a status given to a contact before the deal rules, unless a deal is named', () => {
    expect(wantsContactStatus(turn('make grace whitfield a customer, she signed today'))).toBe(true);
    expect(wantsContactStatus(turn('mark tomas novak as a lead again'))).toBe(true);
    expect(wantsContactStatus(turn('move the casa marquez deal to lead'))).toBe(false);
    expect(wantsContactStatus(turn('mark the high priority one as done'))).toBe(false);
  });
});

describe('new contacts without a verb', () => {
  it('reads a card and "put … in my contacts" as a new contact', () => {
    expect(wantsNewContact(turn("contact: Sean O'Brien, Harbour Pubs, sean@harbourpubs.ie"))).toBe(true);
    expect(wantsNewContact(turn('can you put Arjun Mehta in my contacts? email arjun.mehta@quillpay.com'))).toBe(true);
    expect(wantsNewContact(turn('new lead - Chloe Dubois'))).toBe(true);
    expect(wantsNewContact(turn('contacts at casa marquez?'))).toBe(false);
  });
});

describe('contact lists by status and company', () => {
  it('reads "whose status is", "who have I got at" and statuses said with the word contacts', () => {
    expect(wantsContactList(turn('contacts whose status is inactive or customer'))).toBe(true);
    expect(wantsContactList(turn('who have I got at Nordwerk GmbH, Studio Kaze and Fernhill?'))).toBe(true);
    expect(wantsContactsByStatus(turn('list the active ones in my contacts'))).toBe(true);
    expect(wantsContactsByStatus(turn('mark my inactive contacts as leads'))).toBe(false);
  });
});

describe('notes and the overview in other words', () => {
  it('reads "attach a note", "note down for" and "saying"', () => {
    expect(wantsNote(turn('attach a note to Lukas Brandt - "Petra handles the invoices"'))).toBe(true);
    expect(wantsNote(turn('note down for Sofia: "Prefers WhatsApp to email"'))).toBe(true);
    expect(wantsNote(turn('put a note on Lukas Brandt saying budget resets in April'))).toBe(true);
    expect(wantsNote(turn('what do the notes on kenji say?'))).toBe(false);
  });
  it('reads headlines, the overall picture and the general state as the overview', () => {
    for (const q of [
      'give me the headlines for today',
      'what should I worry about today? give me the overall picture',
      'morning - anything I should know?',
      'what is the general state of my account',
    ]) {
      expect(wantsOverview(turn(q)), q).toBe(true);
    }
  });
  it('reads what needs attention and what the business looks like as the overview, unless a domain is named', () => {
    for (const q of ['what needs our attention this week', 'what do the books look like right now'])
      expect(wantsOverview(turn(q)), q).toBe(true);
    expect(wantsOverview(turn('which tasks need my attention today'))).toBe(false);
  });
});

describe('a note said before the request to note it', () => {
  it('reads "… - note that" and "…, add it as a note on her" as a note', () => {
    expect(wantsNote(turn('Grace will send the logo files on friday - note that'))).toBe(true);
    expect(wantsNote(turn('Lukas prefers email, add it as a note on his file'))).toBe(true);
    expect(wantsNote(turn('note that'))).toBe(false);
  });
});

describe('a field given with a colon, a new value said as a change', () => {
  it('reads "title: …" and "changed to" as a change, and a name before "in my contacts"', () => {
    expect(wantsContactChange(turn("Kenji's title: Senior Producer"))).toBe(true);
    expect(wantsContactChange(turn("Amara's phone number changed to +44 20 7946 0555"))).toBe(true);
    expect(wantsContactChange(turn('Lukas, from Nordwerk: what is his position there?'))).toBe(false);
    expect(wantsNewContact(turn("stick Mei Lin into my address book, she's at Lotus Tea"))).toBe(true);
  });
  it('does not read one contact’s status question as a list', () => {
    expect(wantsContactList(turn('what status is the contact from Osei Architects on?'))).toBe(false);
    expect(wantsContactList(turn('Customers and leads - who are they?'))).toBe(true);
  });
});

describe('contacts said in the ways of tuning-4.ts', () => {
  it('reads a detail given to someone already there as a change, not a new contact', () => {
    for (const q of [
      "kenji's phone is +81 3 1234 5678, save it on his contact",
      'the right email for Beacon is accounts@beaconplc.com',
      "add Daniel Osei's phone number: +233 20 123 4567",
      'Grace Whitfield changed her surname to Whitfield-Hart',
    ]) {
      expect(wantsNewContact(turn(q)), q).toBe(false);
      expect(wantsContactChange(turn(q)), q).toBe(true);
    }
    expect(wantsContactChange(turn("what is kenji's phone?"))).toBe(false);
    expect(wantsContactChange(turn('Kenji got promoted to Executive Producer'))).toBe(true);
    expect(wantsContactDetail(turn("grace's phone number is wrong, it's +1 212 555 0100"))).toBe(true);
    expect(wantsContactDetail(turn('use kenji@kaze.co.jp for Kenji from now on'))).toBe(true);
    // a short reference number is no phone, a new person's email no change
    expect(wantsContactDetail(turn('the reference number is 4471, mark it paid'))).toBe(false);
    expect(wantsContactDetail(turn('met Jonas Berg today, his email is jonas@berg.se, add him'))).toBe(false);
  });
  it('reads a described person followed by "save her" or "put … in my address book" as a new contact', () => {
    expect(wantsNewContact(turn('met someone at the expo: "Isabel Romero", isabel@romero.studio - save her'))).toBe(true);
    expect(wantsContactsByStatus(turn('put Kwame Mensah in my address book as an active contact'))).toBe(false);
    expect(wantsNewContact(turn('put fernhill data platform back in lead'))).toBe(false);
  });
  it('reads a note after "<name>:", after a noting verb and before "add that as a note on him"', () => {
    for (const q of [
      'Beacon: make a note that their PO number is 4471',
      'amara okafor: add note - renewal signed for another year',
      'Sofia Marquez - jot down "Wants the site live before Easter"',
      'add a timeline note to the Osei Architects contact: "Site visit booked"',
      'called Lukas today - he wants the revised quote by Friday. add that as a note on him',
    ]) {
      expect(wantsNote(turn(q)), q).toBe(true);
    }
    expect(wantsNote(turn('Beacon: what do the notes say?'))).toBe(false);
  });
  it('asks which contacts a pasted text names, and a question about one person is no list', () => {
    expect(wantsMentions(turn('the meeting notes say: "Priya and Daniel joined". which contacts are those?'))).toBe(true);
    expect(wantsMentions(turn('my calendar says "demo w/ harborline" - who am I meeting?'))).toBe(true);
    expect(wantsMentions(turn('match the names in this list to my contacts: Raman, Kim'))).toBe(true);
    expect(wantsMentions(turn('who are my leads?'))).toBe(false);
    expect(wantsContactList(turn('Tomás Novák: which company is he from, and is he still active?'))).toBe(false);
    expect(wantsContactList(turn('contacts at nordwerk or studio kaze?'))).toBe(true);
    expect(wantsContactList(turn('everyone at casa marquez'))).toBe(true);
  });
  it('reads "how is the month going" as the overview, and an address as no word of the request', () => {
    expect(wantsOverview(turn('how is the month going so far, overall'))).toBe(true);
    expect(wantsOverview(turn('what does my week look like so far?'))).toBe(true);
    expect(wantsOverview(turn('invite my accountant anna@numbers.co to the workspace'))).toBe(false);
  });
});

describe('contacts in the phrasings of tuning-5.ts', () => {
  it('reads news about a contact as a change: a new mobile, a changed email, a possessive status, a new title', () => {
    for (const q of [
      'lukas has a new moblie: +49 171 555 0123',
      "priya's email changed, it's priya@fernhill.io now",
      "Beacon's a customer now, they signed",
      'Amara Okafor: new title - Managing Partner',
      'Kenji Watanabe switched companies, its Kaze Studios Tokyo now',
      'daniel kim goes by Dan - change his first name',
    ]) {
      expect(wantsContactChange(turn(q)), q).toBe(true);
    }
    expect(wantsContactDetail(turn("priya's email changed, it's priya@fernhill.io now"))).toBe(true);
    for (const q of ["is beacon's a customer?", "what's amara's customer number?"]) expect(wantsContactChange(turn(q)), q).toBe(false);
  });
  it('reads a note put on a timeline, a note after a dash, a jotted note with a typo and a note to self on a contact', () => {
    for (const q of [
      'Lukas Brandt - "Budget for phase 2 approved" - put that on his timeline',
      'jot this donw for Grace: "Wants a quote for wedding cakes"',
      'Daniel Kim note - "Prefers calls after 4pm"',
      'note to self on Grace Whitfield - "No calls on Saturdays, the bakery is busy"',
    ]) {
      expect(wantsNote(turn(q)), q).toBe(true);
    }
    expect(wantsNote(turn('note to self: renew the domain'))).toBe(false);
  });
  it('reads a status question about one contact apart from a list by status, and a passive "is set as" as a list', () => {
    expect(wantsContactsByStatus(turn('what staus is Daniel Osei on in the crm'))).toBe(false);
    expect(wantsContactsByStatus(turn("i'm cleaning up the crm: who is set as inactive?"))).toBe(true);
  });
  it('reads the state of the business and a status of several features as the overview', () => {
    for (const q of ['hows my business doing overall', 'where are we at with everything', 'overall health of my business?'])
      expect(wantsOverview(turn(q)), q).toBe(true);
    expect(wantsOverview(turn('where are we at with the Acme deal'))).toBe(false);
    expect(wantsBroadOverview(turn('a quick status of contacts, tasks and cash'))).toBe(true);
    expect(wantsBroadOverview(turn('what is the status of my invoices'))).toBe(false);
    expect(wantsBroadOverview(turn('add a task to update the contacts and tasks lists'))).toBe(false);
  });
  it("reads a figure of one feature in each of two clauses as the overview, and one feature's figures as that feature's", () => {
    expect(wantsBroadOverview(turn('how much is unpaid on invoices, plus how many tasks are overdue?'))).toBe(true);
    expect(wantsBroadOverview(turn('how many open tasks; how much cash came in'))).toBe(true);
    expect(wantsBroadOverview(turn('what is outstanding and overdue on invoices'))).toBe(false);
    expect(wantsBroadOverview(turn('how many tasks are overdue for clients with unpaid invoices'))).toBe(false);
  });
  it('reads a pasted text labelled with where it came from as a question about who it names', () => {
    expect(wantsMentions(turn('pasted from teams: "@Priya can you loop in the Osei Architects guy"'))).toBe(true);
    expect(wantsMentions(turn('from my calendar: "lunch w/ kenji + grace"'))).toBe(true);
    expect(wantsMentions(turn('remind me to call amara: "about the invoice"'))).toBe(false);
  });
  it('reads "the customer" as a contact meant by status, but not "the customer stage" nor a typo of another word', () => {
    expect(namesTheStatus(turn("what's the customer's email"))).toBe(true);
    expect(namesTheStatus(turn('open a deal with the customer for 5k'))).toBe(true);
    expect(namesTheStatus(turn('move it to the lead stage'))).toBe(false);
    expect(namesTheStatus(turn('inactive for now, she paused the project'))).toBe(false);
    // a client in general, not one of them: "an answer from the client", "a taxi to the client's office"
    expect(namesTheStatus(turn('any quotes still waiting on an answer from the client?'))).toBe(false);
    expect(namesTheStatus(turn("paid 18.40 for a taxi to the client's office"))).toBe(false);
  });
});

describe('the changes and new contacts proposed', () => {
  const people = [
    ['Sofia', 'Marquez', 'Casa Marquez', 'lead'],
    ['Daniel', 'Kim', 'Harborline Logistics', 'active'],
    ['Daniel', 'Osei', 'Osei Architects', 'lead'],
    ['Kenji', 'Watanabe', 'Studio Kaze', 'active'],
    ['Priya', 'Raman', 'Fernhill Analytics', 'customer'],
  ].map(([first_name, last_name, company, status]) => stubContact(first_name!, last_name!, { company, status }));
  const ask = stubEngine({ contacts: people, reads: { search_contacts: { total: 0, contacts: [] } } });
  const proposed = async (query: string) => (await ask(query)).write;
  it('takes the value from the news and the field from the request after it', async () => {
    expect(await proposed('kenji watanabe is Executive Producer now, update his title')).toEqual([
      'update_contact',
      { contact_id: 'Kenji-Watanabe', changes: { position: 'Executive Producer' } },
    ]);
    expect((await proposed('daniel kim goes by Dan - change his first name'))?.[1]).toEqual({
      contact_id: 'Daniel-Kim',
      changes: { first_name: 'Dan' },
    });
    expect((await proposed("Priya's organisation is now Fernhill Labs, update her company"))?.[1]).toMatchObject({
      changes: { company: 'Fernhill Labs' },
    });
    expect((await proposed('Kenji Watanabe switched companies, its Kaze Studios Tokyo now'))?.[1]).toMatchObject({
      changes: { company: 'Kaze Studios Tokyo' },
    });
  });
  it('skips a status the contact no longer has', async () => {
    expect((await proposed("sofia marquez isn't a lead anymore, make her active"))?.[1]).toMatchObject({ changes: { status: 'active' } });
  });
  it('settles which of two contacts a note is for by the company the request names', async () => {
    expect((await proposed('osei architects called, they want to strat in may. make a note on daniel'))?.[1]).toMatchObject({
      contact_id: 'Daniel-Osei',
    });
    expect((await proposed('harborline rang about the shipping dates, add a note on daniel'))?.[1]).toMatchObject({
      contact_id: 'Daniel-Kim',
    });
  });
  it('reads the name, the company and the place met of a new contact', async () => {
    expect((await proposed('new lead from the trade fair: Henrik Olsen, Olsen Marine, henrik@olsenmarine.dk'))?.[1]).toMatchObject({
      first_name: 'Henrik',
      last_name: 'Olsen',
      company: 'Olsen Marine',
    });
    expect((await proposed('put in a new lead - Clara Jensen, Jensen Bikes'))?.[1]).toMatchObject({
      first_name: 'Clara',
      last_name: 'Jensen',
      company: 'Jensen Bikes',
    });
    expect((await proposed('contact pls: ravi patel 07911 123456'))?.[1]).toMatchObject({ first_name: 'Ravi', last_name: 'Patel' });
    expect((await proposed('New contact:\nName: Diego Ramos\nCompany: Ramos Coffee'))?.[1]).toMatchObject({
      first_name: 'Diego',
      last_name: 'Ramos',
      company: 'Ramos Coffee',
    });
    expect(
      (await proposed('Fernhill Analytics has a new person on our account: Tom Reid, tom.reid@fernhill.io. add him'))?.[1],
    ).toMatchObject({ first_name: 'Tom', last_name: 'Reid', company: 'Fernhill Analytics' });
  });
});

describe('contacts said in more ways: job titles, notes in a clause, a plan then a question', () => {
  const people = [
    ['Sofia', 'Marquez', 'Casa Marquez', 'lead', 'Owner', 'sofia@casamarquez.es'],
    ['Daniel', 'Kim', 'Harborline Logistics', 'active', 'CTO', 'dkim@harborline.co'],
    ['Daniel', 'Osei', 'Osei Architects', 'lead', null, 'daniel@oseiarchitects.com'],
    ['Grace', 'Whitfield', 'Whitfield Bakery', 'lead', 'Owner', 'grace@whitfieldbakery.com'],
    ['Amara', 'Okafor', 'Brightleaf Studio', 'customer', 'Creative Director', 'amara@brightleaf.studio'],
  ].map(([first_name, last_name, company, status, position, email], i) =>
    stubContact(first_name!, last_name!, {
      id: `00000000-0000-0000-0000-00000000000${i}`,
      company,
      email,
      status: status!,
      position,
      phone: first_name === 'Daniel' && last_name === 'Kim' ? '+1 415 555 0142' : null,
      address: null,
      notes: null,
    }),
  );
  const run = stubEngine({ contacts: people, reads: contactReads(people), otherReads: { tasks: [], members: [] } });
  it('lists contacts by a job title, and asks which one when "the owner" is two of them', async () => {
    const listed = await run('which of my contacts is a creative director?');
    expect(listed.response).toContain('Amara Okafor');
    expect(listed.response).not.toContain('Sofia');
    const which = await run('what is the owner’s phone number');
    expect(which.clarify).toBe(true);
    expect(which.response).toContain('Sofia Marquez');
    expect(which.response).toContain('Grace Whitfield');
    expect((await run("what's the CTO's email")).response).toContain('dkim@harborline.co');
  });
  it('leaves out a status said with "not", and reads "the contact for X" as one contact', async () => {
    const leads = (await run('which contacts are leads? not customers, only leads')).response;
    expect(leads).toContain('Sofia Marquez');
    expect(leads).not.toContain('Amara');
    expect(wantsContactList(turn('show me the contact for daniel osei'))).toBe(false);
    expect(wantsContactList(turn('show me the contacts'))).toBe(true);
  });
  it('reads a note said after a dash or in a clause of its own, or put "on his contact"', async () => {
    for (const q of [
      'sofia marquez note - she wants the terrace photos first',
      'for amara okafor, note that the retainer renews in march',
      'Copied from a text: "Grace - the oven arrives friday". Add it to her contact as a note',
    ])
      expect(wantsNote(turn(q)), q).toBe(true);
    expect(wantsNote(turn("kenji's mobile is +81 90 1234 5678, add it to his contact"))).toBe(false);
    // a quoted title holding "notes" is someone's wording, not a request for a note; a quote after "note" still is one
    expect(wantsNote(turn('worked 45 minutes for amara yesterday, "Call notes"'))).toBe(false);
    expect(wantsNote(turn('amara okafor note "prefers calls"'))).toBe(true);
    expect((await run('on the brightleaf contact, note that amara is away until the 3rd'))?.write).toEqual([
      'add_note',
      { contact_id: people[4]!.id, body: 'Amara is away until the 3rd' },
    ]);
  });
  it('asks which lead a note is for when "the lead" is several', async () => {
    const asked = await run('put a note on the lead: "wants a call in spring"');
    expect(asked.clarify).toBe(true);
    expect(asked.response).toContain('Grace Whitfield');
    expect(asked.write).toBeUndefined();
  });
  it('answers the question after a plan, and a contact named by its address', async () => {
    expect((await run('I have to call Daniel Kim later, what number do we have?')).response).toContain('+1 415 555 0142');
    expect((await run('got a message from grace@whitfieldbakery.com - who is that?')).response).toContain('Grace Whitfield');
    expect((await run('who is nobody@example.org in my contacts?')).response).toContain('None of your contacts');
  });
  it('reads a new contact met but not named, a source that is no company, and where the contact goes', async () => {
    expect((await run('we met somebody at the design fair')).response).toContain("new contact's name");
    expect((await run('From a business card: "Ines Duarte | Buyer | Duarte Foods" - add her to contacts'))?.write?.[1]).toMatchObject({
      first_name: 'Ines',
      company: 'Duarte Foods',
    });
    expect((await run('put Omar Haddad from Cedar Labs into the address book'))?.write?.[1]).toMatchObject({ company: 'Cedar Labs' });
    expect((await run("add Grace's colleague Noor Aziz"))?.write?.[1]).toMatchObject({ first_name: 'Noor', last_name: 'Aziz' });
  });
});

describe('the overview asked as fires to put out, and client work as no client', () => {
  it('reads urgent matters in general as the overview, and "the client work" as work for clients', () => {
    for (const q of ['anything on fire this morning?', 'which fires do I have to put out this week', 'any burning issues?'])
      expect(wantsOverview(turn(q)), q).toBe(true);
    expect(namesTheStatus(turn('how much did the client work category bring in'))).toBe(false);
    // the client who works something out is one
    expect(namesTheStatus(turn('did the client work out the price?'))).toBe(true);
  });
});

describe('contacts in the phrasings of tuning-7.ts', () => {
  const people = [
    ['Sofia', 'Marquez', 'Casa Marquez', 'lead', 'Owner'],
    ['Daniel', 'Osei', 'Osei Architects', 'lead', null],
    ['Grace', 'Whitfield', 'Whitfield Bakery', 'lead', 'Owner'],
    ['Lukas', 'Brandt', 'Nordwerk GmbH', 'active', 'Head of Operations'],
    ['Amara', 'Okafor', 'Brightleaf Studio', 'customer', 'Creative Director'],
    ['Priya', 'Raman', 'Fernhill Analytics', 'customer', 'Product Manager'],
    ['Beacon', null, 'Beacon plc', 'lead', null],
  ].map(([first_name, last_name, company, status, position], i) =>
    stubContact(first_name!, last_name ?? null, {
      id: `00000000-0000-0000-0000-00000000001${i}`,
      company,
      status: status!,
      position,
      phone: null,
      address: null,
      notes: null,
    }),
  );
  const unpaid = [
    { id: 'i1', invoice_number: 'INV-0001', contact_name: 'Amara Okafor', status: 'sent', url: '/invoices/i1' },
    { id: 'i2', invoice_number: 'INV-0002', contact_name: 'Lukas Brandt', status: 'overdue', url: '/invoices/i2' },
  ];
  const run = stubEngine({
    contacts: people,
    reads: {
      ...contactReads(people),
      list_invoices: (args: Record<string, unknown>) => ({ total: 2, invoices: args.status === 'unpaid' ? unpaid : [] }),
    },
    otherReads: { tasks: [], members: [], deals: [], quotes: [], invoices: [] },
  });
  it('lists a status narrowed with "only" or "just"', () => {
    for (const q of ['customers only', 'just the leads', 'only prospects']) expect(wantsContactList(turn(q)), q).toBe(true);
    expect(wantsContactList(turn('only call the leads'))).toBe(false);
  });
  it('reads a card labelled "contact to add", a title qualified by "head" and a company said with "of" after the name', async () => {
    expect(wantsNewContact(turn('Lead to add — name: Olga Petrova | email: olga@petrova.dev'))).toBe(true);
    expect(wantsNewContact(turn('contact to add: Ravi Patel'))).toBe(true);
    expect((await run('Contact to add - name: Olga Petrova | status: active')).write?.[1]).toMatchObject({
      first_name: 'Olga',
      last_name: 'Petrova',
      status: 'active',
    });
    expect((await run('add a contact for Tariq Aziz, position Head Designer')).write?.[1]).toMatchObject({ position: 'Head Designer' });
    expect((await run('add a contact for Mia Berg, Head of Sales')).write?.[1]).toMatchObject({ position: 'Head of Sales' });
    expect((await run('new client Ines Duarte of Duarte Ceramics, add her as a customer')).write?.[1]).toMatchObject({
      first_name: 'Ines',
      company: 'Duarte Ceramics',
    });
  });
  it('reads a value that "should read", a request after "<name>:", "give him the position …" and "the phone on X is wrong"', async () => {
    expect((await run('the company for grace whitfield should read "Whitfield Bakes Ltd"')).write).toEqual([
      'update_contact',
      { contact_id: people[2]!.id, changes: { company: 'Whitfield Bakes Ltd' } },
    ]);
    expect(wantsContactStatus(turn('Beacon: mark as customer'))).toBe(true);
    expect((await run('Beacon: set status to customer')).write?.[1]).toEqual({
      contact_id: people[6]!.id,
      changes: { status: 'customer' },
    });
    expect((await run('lukas brandt — give him the title Managing Director')).write?.[1]).toEqual({
      contact_id: people[3]!.id,
      changes: { position: 'Managing Director' },
    });
    expect(wantsContactDetail(turn('the email on priya raman is outdated, use priya@fernhill.com'))).toBe(true);
    expect((await run('the phone on amara okafor is wrong, use +44 20 7946 0999')).write?.[1]).toEqual({
      contact_id: people[4]!.id,
      changes: { phone: '+44 20 7946 0999' },
    });
  });
  it('reads an hourly rate as an exact amount, and a value said with a comment after it', async () => {
    expect((await run("set amara's hourly rate to 95.50")).write).toEqual([
      'update_contact',
      { contact_id: people[4]!.id, changes: { hourly_rate: '95.50' } },
    ]);
    expect((await run("lukas's surname is really Brandt-Meyer, with a hyphen - fix it please")).write).toEqual([
      'update_contact',
      { contact_id: people[3]!.id, changes: { last_name: 'Brandt-Meyer' } },
    ]);
  });
  it('reads a note asked for in a sentence after the news, and a "new note on" one', async () => {
    expect((await run('Talked to Lukas Brandt today. Note on him: wants a second workshop')).write).toEqual([
      'add_note',
      { contact_id: people[3]!.id, body: 'Wants a second workshop' },
    ]);
    expect((await run('new note on Grace Whitfield\'s contact: "Oven arrives friday"')).write).toEqual([
      'add_note',
      { contact_id: people[2]!.id, body: 'Oven arrives friday' },
    ]);
    expect(wantsNote(turn('I just spoke with Lukas. What is his number?'))).toBe(false);
  });
  it('changes the one contact with the job title said, or asks which', async () => {
    expect((await run("set the product manager's status to lead")).write?.[1]).toEqual({
      contact_id: people[5]!.id,
      changes: { status: 'lead' },
    });
    // "creative" is a word of its own, not a typo of "create"
    expect((await run("set the creative director's status to active")).write).toEqual([
      'update_contact',
      { contact_id: people[4]!.id, changes: { status: 'active' } },
    ]);
    expect((await run('the creative director is a customer now')).write?.[0]).not.toBe('create_contact');
    const which = await run("set the owner's status to customer");
    expect(which.clarify).toBe(true);
    expect(which.response).toContain('Sofia Marquez');
    expect(which.response).toContain('Grace Whitfield');
    expect(which.write).toBeUndefined();
  });
  it('asks which invoice "the client" paid, naming the unpaid ones', async () => {
    const asked = await run('the customer settled up today');
    expect(asked.clarify).toBe(true);
    expect(asked.response).toContain('INV-0001');
    expect(asked.response).toContain('INV-0002');
    expect(asked.write).toBeUndefined();
    // without a payment, "the customer" is still which contact
    expect((await run("what's the customer's company")).response).toContain('Amara Okafor');
  });
});

describe('contacts in the phrasings of tuning-9.ts', () => {
  const people = [
    ['Sofia', 'Marquez', 'Casa Marquez', 'lead', 'Owner'],
    ['Lukas', 'Brandt', 'Nordwerk GmbH', 'active', 'Head of Operations'],
    ['Amara', 'Okafor', 'Brightleaf Studio', 'customer', 'Creative Director'],
    ['Kenji', 'Watanabe', 'Studio Kaze', 'active', 'Producer'],
    ['Tomás', 'Novák', 'Novák & Syn', 'inactive', null],
  ].map(([first_name, last_name, company, status, position], i) =>
    stubContact(first_name!, last_name!, {
      id: `00000000-0000-0000-0000-00000000002${i}`,
      company,
      status: status!,
      position,
      email: `${first_name!.toLowerCase()}@example.com`,
      phone: null,
      address: null,
      notes: null,
    }),
  );
  const run = stubEngine({
    contacts: people,
    reads: contactReads(people),
    otherReads: { tasks: [], members: [], deals: [], quotes: [], invoices: [] },
  });
  it('keeps a note in quotation marks as typed, and capitalises one said in the request’s own words', async () => {
    expect((await run('add a note to Lukas Brandt: "wants the workshop repeated in spring"')).write).toEqual([
      'add_note',
      { contact_id: people[1]!.id, body: 'wants the workshop repeated in spring' },
    ]);
    expect((await run('Sofia Marquez - "call after 5pm" - put that on her timeline')).write?.[1]).toEqual({
      contact_id: people[0]!.id,
      body: 'call after 5pm',
    });
    expect((await run('add a note to amara saying "iPad mockups by friday"')).write?.[1]).toMatchObject({ body: 'iPad mockups by friday' });
    expect((await run('put a note on Lukas Brandt saying budget resets in April')).write?.[1]).toMatchObject({
      body: 'Budget resets in April',
    });
  });
  it('reads a change asked for in a sentence after the news, and a field stated with a new value', async () => {
    expect((await run('sofia marquez signed with us! set her status to customer')).write).toEqual([
      'update_contact',
      { contact_id: people[0]!.id, changes: { status: 'customer' } },
    ]);
    expect((await run("Lukas's title is Managing Director now")).write).toEqual([
      'update_contact',
      { contact_id: people[1]!.id, changes: { position: 'Managing Director' } },
    ]);
    expect((await run("kenji's role is Executive Producer these days")).write?.[1]).toEqual({
      contact_id: people[3]!.id,
      changes: { position: 'Executive Producer' },
    });
    // a question about the field changes nothing
    expect((await run("what's lukas's title now?")).write).toBeUndefined();
  });
  it('answers the fields listed after "what do I have on <someone>", not the tasks', async () => {
    const asked = await run('what do I have on Tomás Novák: email and status');
    expect(asked.response).toContain('tomás@example.com');
    expect(asked.response).toContain('inactive');
    expect(asksContactDetail(turn('what have we got on Kenji - phone, company?'))).toBe(true);
    expect(asksContactDetail(turn('what do I have on tomorrow?'))).toBe(false);
  });
  it('names the contact a quoted text is from when asked which contact it is', async () => {
    expect(wantsMentions(turn('text from an unknown number: "hi it\'s brandt, running late" — which contact?'))).toBe(true);
    expect((await run('got a voicemail: "this is kenji, call me back" - who is that?')).response).toContain('Kenji Watanabe');
    expect((await run('"running late, sorry" - which contact?')).response).toContain('None of your contacts');
  });
  it('asks which contact "my contact at the studio" is when two companies hold the word', async () => {
    expect(wantsContactList(turn('what is the email of my contact at the studio?'))).toBe(false);
    const asked = await run('what is the email of my contact at the studio?');
    expect(asked.clarify).toBe(true);
    expect(asked.response).toContain('Amara Okafor');
    expect(asked.response).toContain('Kenji Watanabe');
  });
});

describe('contacts by job title, asked of the whole account', () => {
  const designers = Array.from({ length: 50 }, (_, i) =>
    stubContact(`Designer${i}`, 'Example', { id: `d${i}`, position: i % 2 ? 'Senior Designer' : 'Designer', status: 'active' }),
  );
  const run = stubEngine({
    contacts: [],
    reads: {
      search_contacts: (args: Record<string, unknown>) => {
        const found = designers.filter(
          (c) => !args.position || String(c.position).toLowerCase().includes(String(args.position).toLowerCase()),
        );
        return { total: args.position ? 120 : 5000, contacts: found.slice(0, Number(args.limit)) };
      },
    },
    otherReads: { tasks: [], members: [], deals: [], quotes: [], invoices: [] },
  });
  it('filters by position in the search, and says how many hold the title when there are more than it read', async () => {
    const asked = await run('who is a designer?');
    expect(asked.calls.search_contacts?.[0]).toEqual({ position: 'Designer', limit: 50 });
    expect(asked.response).toContain('the newest 50 of 120');
    expect(asked.response).not.toContain('newest contacts');
  });
});
