// Over 400 lines on purpose: a corpus of requests and their expected results, data rather than logic.
import type { CorpusCase } from './types';

/**
 * Tuning material since 2026-12-07 (evening): the sixth batch of requests
 * written blind, on 2026-12-07, by someone who never saw the engine (it read
 * only this folder's types.ts and fixture.ts, requests.ts, the corpus harness
 * with its seeds, the two earlier blind batches ./tuning-4.ts and ./tuning-5.ts
 * for the format, and the tools' argument schemas). It was the set-aside part
 * while the engine was measured against it (78.9 % with the engine before the
 * changes tuned on ./tuning-5.ts, 80.4 % after); once its failures had been
 * read it became tuning material, and a fresh blind batch took its place in
 * ./holdout.ts. It covers 38 intents, 13 to 15 requests each.
 *
 * Each case: `intent` is the tool the request is about, `clarify` for a
 * request with two real readings (the answer must ask back, naming them when
 * `reply` lists them), `unsupported` for something no tool does (`reply`
 * holds what the answer must offer instead, only when that is unambiguous).
 * `reply` holds facts any correct answer contains (amounts, names, numbers),
 * never wording.
 *
 * Records. The harness runs these cases on
 * the set-aside account: the nine contacts of FIXTURE_CONTACTS (requests.ts)
 * plus "Acme" of Acme Ltd and "Beacon" of Beacon plc, both leads; eight tasks:
 * "Send the retainer report" high, due today, Amara; "Call Grace about the
 * bakery website" due tomorrow 10:00, Grace; "Follow up on the relaunch
 * proposal" high, due two days ago 10:00 (overdue), Lukas; "Renew the domain"
 * low, due in 10 days, assigned to Sam Lee; "Prepare quarterly taxes", "Order
 * business cards" and "Check the lease" without a due date; "Send Kenji the
 * storyboard" completed, Kenji; six transactions (today: income $1,500.00
 * Client work "Website milestone", expenses $45.90 Meals "Lunch with Lukas",
 * $120.00 Software "Hosting", $29.99 Software "Design tool"; on the 10th of
 * last month: income $2,000.00 Client work, expense $800.00 Rent, neither
 * described) plus the two invoice payments, which are income transactions in
 * the category "Invoice payments": $250.00 "Payment for invoice INV-0002" 100
 * days ago and $3,000.00 "Payment for invoice INV-0003" 110 days ago (so the
 * largest income transaction is $3,000.00; neither falls in this month or
 * the last); invoices INV-0001 Amara $1,200.00 ("Brand retainer") sent, due
 * in 10 days; INV-0002 Lukas $750.00 (5 × "Relaunch workshop" at $150.00),
 * $250.00 paid, due 10 days ago, so overdue with $500.00 left; INV-0003 Priya
 * $3,000.00 ("Dashboard project") paid; recurring profiles for Amara (monthly)
 * and Lukas (quarterly), 1 × "Retainer" at $500.00 from 2099-01-31, active,
 * none generated; time entries of the asker on the 1st of this month at
 * 09:00: Acme "Design" 90 min and "Review" 45 min, Beacon "Other" 600 min;
 * the asker, Robin Example, owns the workspace, with Sam Lee (member) and Vera
 * Viewer (viewer). SET_ASIDE_FIXTURE (./fixture.ts) adds the quotes, issued
 * today and valid 30 days: QUO-0001 Sofia 1 × "Website redesign" $4,800.00
 * sent, QUO-0002 Daniel Osei 3 × "Office fit-out drawings" at $950.00 =
 * $2,850.00 accepted, QUO-0003 Grace 1 × "Online shop setup" $2,200.00 draft,
 * QUO-0004 Kenji 1 × "Title animation" $1,600.00 declined; and the deals on
 * the default stages (Lead 10 %, Qualified 25 %, Proposal 50 %, Negotiation
 * 75 %, Won 100 %, Lost 0 %): "Casa Marquez website" $4,800.00 Sofia in
 * Proposal (closing in 20 days), "Osei office drawings" $2,850.00 Daniel Osei
 * in Negotiation, "Whitfield online shop" $2,200.00 Grace in Lead, "Fernhill
 * data platform" $12,000.00 Priya in Qualified, "Nordwerk relaunch phase 2"
 * $9,500.00 Lukas in Qualified. Money is USD, the time zone UTC, no timer
 * runs at the start.
 *
 * Derived figures used below: outstanding $1,700.00 (INV-0001 $1,200.00 +
 * INV-0002 $500.00); all invoices $4,950.00; quotes $11,450.00; open deals
 * $31,350.00, weighted $10,132.50, in Qualified $21,500.00; this month income
 * $1,500.00, expenses $195.89 (Software $149.99, Meals $45.90), net $1,304.11;
 * last month income $2,000.00, expenses $800.00, net $1,200.00; since the
 * start of last month income $3,500.00, expenses $995.89, net $2,504.11; time
 * this month 12:15 (735 min: Acme 2:15 = 135 min, Beacon 10:00 = 600 min).
 *
 * Tokens the harness resolves in `args` and `record`:
 *  - ME: the asker's user id; TOMORROW_15: tomorrow 15:00 as an ISO timestamp;
 *  - TODAY, TOMORROW, YESTERDAY, IN_<N>_DAYS: that day, YYYY-MM-DD;
 *  - NEXT_<WEEKDAY> (NEXT_FRIDAY…): the coming such day or the one a week later;
 *  - '@contact:<full name>' (first name alone for Acme and Beacon), '@task:<title>',
 *    '@invoice:<number>', '@quote:<number>', '@deal:<title>', '@stage:<name>',
 *    '@recurring:<client full name>', '@member:<full name>': the id of that record.
 *    A '@task:' may name a task created by the case's `before`.
 *
 * Conversation: `before` is asked first in the same conversation. It is a
 * question, a request that asks back, or a write; when its answer proposes a
 * write the harness confirms it before asking `q` (and undoes it after the
 * case, latest first). Writes whose tool cannot be undone (credit_invoice,
 * convert_quote, stop_timer) run on an account of their own, seeded the same
 * way. No `q` deletes what its `before` created.
 *
 * Arguments: `propose.args` lists only what the sentence determines (an item's
 * description or a task's title is left out when the words do not fix it or
 * their capitals are a guess, a lost deal's reason unless it is quoted, a date
 * the tokens cannot name such as "the 1st" or "the end of the month", a note's
 * body unless it is quoted). A default the sentence repeats ("billable") is
 * checked on the record, not in the arguments. Amounts in `reply` are written
 * as the app formats them, without the currency sign.
 */

// --- contacts -------------------------------------------------------------------

const GET_CONTACT: CorpusCase[] = [
  { intent: 'get_contact', q: 'hey can you pull up grace whitfields phone number', reply: ['+1 212 555 0187'] },
  { intent: 'get_contact', q: 'What is the email address of the producer at Studio Kaze?', reply: ['kenji@studio-kaze.jp'] },
  { intent: 'get_contact', q: "lukas brandt's email please, I need to forward him something", reply: ['lukas.brandt@nordwerk.de'] },
  { intent: 'get_contact', q: 'is priya raman down as a lead or a customer', reply: ['customer'] },
  { intent: 'get_contact', q: 'whats the status on tomas novak', reply: ['inactive'] },
  { intent: 'get_contact', q: 'Amara Okafor, job title?', reply: ['Creative Director'] },
  {
    intent: 'get_contact',
    before: 'show me the contact for daniel osei',
    q: 'which company is he at again',
    reply: ['Osei Architects'],
  },
  { intent: 'get_contact', q: 'I need to ring Daniel Kim at Harborline, what number have we got?', reply: ['+1 415 555 0142'] },
  { intent: 'get_contact', q: "what's written in the notes on kenji's contact", reply: ['JST'] },
  { intent: 'get_contact', q: 'sofia marquez - what does she do at casa marquez', reply: ['Owner'] },
  { intent: 'get_contact', q: 'email adress for grace at the bakery', reply: ['grace@whitfieldbakery.com'] },
  {
    intent: 'get_contact',
    q: 'do we have both a phone number and an email for amara?',
    reply: ['+44 20 7946 0321', 'amara@brightleaf.studio'],
  },
  { intent: 'get_contact', q: 'Which company does Priya work for these days?', reply: ['Fernhill Analytics'] },
  { intent: 'get_contact', q: 'the nordwerk guy: his position and his phone', reply: ['Head of Operations', '+49 30 901820'] },
  { intent: 'get_contact', q: 'what is daniel oseis email address', reply: ['daniel@oseiarchitects.com'] },
];

const SEARCH_CONTACTS: CorpusCase[] = [
  { intent: 'search_contacts', q: 'list my leads', reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield'], absent: ['Amara'] },
  { intent: 'search_contacts', q: 'who do I have at Fernhill?', reply: ['Priya Raman'] },
  {
    intent: 'search_contacts',
    q: 'show me every contact marked as customer please',
    reply: ['Amara Okafor', 'Priya Raman'],
    absent: ['Lukas'],
  },
  { intent: 'search_contacts', q: 'who do we have with an email at casamarquez.es', reply: ['Sofia Marquez'] },
  { intent: 'search_contacts', q: 'search contacts for novak', reply: ['Tomás Novák'] },
  { intent: 'search_contacts', q: 'inactive contacts?', reply: ['Tomás Novák'], absent: ['Grace'] },
  { intent: 'search_contacts', q: 'find the harborline contact', reply: ['Daniel Kim'] },
  { intent: 'search_contacts', q: 'look up everyone whose last name is Watanabe', reply: ['Kenji Watanabe'] },
  {
    intent: 'search_contacts',
    q: 'which contacts are active? not the customers, just active',
    reply: ['Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Amara'],
  },
  { intent: 'search_contacts', q: 'do we have anybody from beacon plc in the system', reply: ['Beacon'] },
  {
    intent: 'search_contacts',
    q: 'customers and leads, show both lists',
    reply: ['Amara Okafor', 'Priya Raman', 'Sofia Marquez', 'Daniel Osei', 'Grace Whitfield'],
    absent: ['Tomás'],
  },
  { intent: 'search_contacts', q: 'contacts at osei architects and at fernhill analytics', reply: ['Daniel Osei', 'Priya Raman'] },
  { intent: 'search_contacts', q: 'who in my crm is a Creative Director', reply: ['Amara Okafor'] },
  { intent: 'search_contacts', q: 'serach the contacts for acme', reply: ['Acme'] },
];

const FIND_MENTIONS: CorpusCase[] = [
  { intent: 'find_mentions', q: 'who signed this: "Kind regards, L. Brandt, Head of Operations"', reply: ['Lukas Brandt'] },
  {
    intent: 'find_mentions',
    q: 'forwarded by my partner: "Sofia from Casa Marquez and the Fernhill lady both want a call" - which contacts are those?',
    reply: ['Sofia Marquez', 'Priya Raman'],
  },
  { intent: 'find_mentions', q: 'a voicemail said "its okafor calling about the retainer" who is that', reply: ['Amara Okafor'] },
  {
    intent: 'find_mentions',
    q: 'the whatsapp group is called "Kenji, Grace, Tomas" - are those people in my contacts?',
    reply: ['Kenji Watanabe', 'Grace Whitfield', 'Tomás Novák'],
  },
  { intent: 'find_mentions', q: 'who could "D. Osei" be', reply: ['Daniel Osei'] },
  { intent: 'find_mentions', q: 'receipt: "Dinner for 2 – guest: Priya R." who was my guest?', reply: ['Priya Raman'] },
  { intent: 'find_mentions', q: 'which contacts are in this line: "cc: harborline, nordwerk"', reply: ['Daniel Kim', 'Lukas Brandt'] },
  { intent: 'find_mentions', q: 'do I know a brandt', reply: ['Lukas Brandt'] },
  {
    intent: 'find_mentions',
    q: 'the post-it says "ring amara + the whitfield bakery owner" - who are they',
    reply: ['Amara Okafor', 'Grace Whitfield'],
  },
  { intent: 'find_mentions', q: 'someone called watanbe left a message, do I have them?', reply: ['Kenji Watanabe'] },
  {
    intent: 'find_mentions',
    q: 'which of my contacts does this mention: "Acme and Beacon both asked for a discount"',
    reply: ['Acme', 'Beacon'],
  },
  { intent: 'find_mentions', q: 'meeting invite from priya.raman@fernhill.io - who is that in my crm', reply: ['Priya Raman'] },
  {
    intent: 'find_mentions',
    q: 'check these surnames against my contacts: marquez, osei, kim',
    reply: ['Sofia Marquez', 'Daniel Osei', 'Daniel Kim'],
  },
  {
    intent: 'find_mentions',
    q: 'the courier note says "deliver to the Studio Kaze office, attn producer". who is the producer?',
    reply: ['Kenji Watanabe'],
  },
];

const CREATE_CONTACT: CorpusCase[] = [
  {
    intent: 'create_contact',
    q: 'please add Marta Kowalski from Kowalski Print, marta@kowalskiprint.pl',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Marta', last_name: 'Kowalski', company: 'Kowalski Print', email: 'marta@kowalskiprint.pl' },
      record: { status: 'lead', email: 'marta@kowalskiprint.pl' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new customer: Oskar Lind (Lind Joinery), +46 70 123 45 67',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Oskar', last_name: 'Lind', company: 'Lind Joinery', phone: '+46 70 123 45 67', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'save a lead called Nadia Benali',
    propose: { tool: 'create_contact', args: { first_name: 'Nadia', last_name: 'Benali' }, record: { status: 'lead' } },
  },
  {
    intent: 'create_contact',
    before: 'i met someone at the networking breakfast this morning',
    q: 'her name is Chloe Martin and she runs Martin Events, chloe@martinevents.fr',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Chloe', last_name: 'Martin', company: 'Martin Events', email: 'chloe@martinevents.fr' },
    },
  },
  {
    intent: 'create_contact',
    q: 'add a contact\nname: Felix Baumann\nemail: felix@baumann-ag.ch\nposition: CFO',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Felix', last_name: 'Baumann', email: 'felix@baumann-ag.ch', position: 'CFO' },
      record: { position: 'CFO' },
    },
  },
  {
    intent: 'create_contact',
    q: 'could u add my new client rosa delgado as a customer, her email is rosa@delgadoyoga.com',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Rosa', last_name: 'Delgado', email: 'rosa@delgadoyoga.com', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'From an email signature: "Thanks, Mateo Silva | Purchasing Manager | Silva Foods | +34 600 123 456" - add him to contacts',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Mateo', last_name: 'Silva', position: 'Purchasing Manager', company: 'Silva Foods', phone: '+34 600 123 456' },
      record: { company: 'Silva Foods' },
    },
  },
  {
    intent: 'create_contact',
    q: 'create contact: Hugo Laurent, status active',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Hugo', last_name: 'Laurent', status: 'active' },
      record: { status: 'active' },
    },
  },
  {
    intent: 'create_contact',
    q: "add Priya's colleague Ahmed Nasser, ahmed.nasser@fernhill.io",
    propose: { tool: 'create_contact', args: { first_name: 'Ahmed', last_name: 'Nasser', email: 'ahmed.nasser@fernhill.io' } },
  },
  {
    intent: 'create_contact',
    q: 'new contact Sarah Quinn, phone 0161 496 0123',
    propose: { tool: 'create_contact', args: { first_name: 'Sarah', last_name: 'Quinn', phone: '0161 496 0123' } },
  },
  {
    intent: 'create_contact',
    q: 'add an inactive contact for Igor Petrov, igor@petrov.ru - we used to work with him',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Igor', last_name: 'Petrov', email: 'igor@petrov.ru', status: 'inactive' },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Put Leila Haddad from Cedar & Co in my contacts',
    propose: { tool: 'create_contact', args: { first_name: 'Leila', last_name: 'Haddad', company: 'Cedar & Co' } },
  },
  {
    intent: 'create_contact',
    q: 'add contact wei zhang wei.zhang@lotusdesign.cn as a lead',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Wei', last_name: 'Zhang', email: 'wei.zhang@lotusdesign.cn' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'can you add Tom Becker? Managing Director at Becker Logistik',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Tom', last_name: 'Becker', position: 'Managing Director', company: 'Becker Logistik' },
      record: { position: 'Managing Director' },
    },
  },
];

const UPDATE_CONTACT: CorpusCase[] = [
  {
    intent: 'update_contact',
    q: 'change the email of Grace Whitfield to grace@whitfieldbakes.com',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Grace Whitfield', changes: { email: 'grace@whitfieldbakes.com' } },
      record: { email: 'grace@whitfieldbakes.com' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Tomás Novák is back on board - set him to active',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Tomás Novák', changes: { status: 'active' } },
      record: { status: 'active' },
    },
  },
  {
    intent: 'update_contact',
    q: "sofia's mobile is +34 611 222 333, add it to her contact",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Sofia Marquez', changes: { phone: '+34 611 222 333' } } },
  },
  {
    intent: 'update_contact',
    q: 'amara okafor got promoted to Managing Director, update her position',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Amara Okafor', changes: { position: 'Managing Director' } } },
  },
  {
    intent: 'update_contact',
    before: 'look up kenji watanabe',
    q: 'set his status to customer, he just paid a deposit',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Kenji Watanabe', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Lukas Brandt should be inactive, nordwerk has gone quiet',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Lukas Brandt', changes: { status: 'inactive' } } },
  },
  {
    intent: 'update_contact',
    q: 'update daniel osei: company is now Osei & Partners',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Osei', changes: { company: 'Osei & Partners' } },
      record: { company: 'Osei & Partners' },
    },
  },
  {
    intent: 'update_contact',
    q: 'new email for the harborline cto: daniel.kim@harborline.co',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Kim', changes: { email: 'daniel.kim@harborline.co' } } },
  },
  {
    intent: 'update_contact',
    q: 'make grace whitfield a customer',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Grace Whitfield', changes: { status: 'customer' } } },
  },
  {
    intent: 'update_contact',
    q: 'priyas number is +44 7700 900456 please save it',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { phone: '+44 7700 900456' } } },
  },
  {
    intent: 'update_contact',
    q: "fix the surname on Kenji's record, it's Watanabe-Sato now",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Kenji Watanabe', changes: { last_name: 'Watanabe-Sato' } },
      record: { last_name: 'Watanabe-Sato' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Beacon — the company name should be Beacon Group plc',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Beacon', changes: { company: 'Beacon Group plc' } } },
  },
  {
    intent: 'update_contact',
    q: 'set the position of Sofia Marquez to Founder',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Sofia Marquez', changes: { position: 'Founder' } },
      record: { position: 'Founder' },
    },
  },
  {
    intent: 'update_contact',
    q: 'daniel kim moved on to Portline Shipping, change his company pls',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Kim', changes: { company: 'Portline Shipping' } } },
  },
  {
    intent: 'update_contact',
    q: 'acme is an active client now, update the status',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Acme', changes: { status: 'active' } } },
  },
];

const ADD_NOTE: CorpusCase[] = [
  {
    intent: 'add_note',
    q: 'add a note on lukas brandt: "Phase 2 kickoff pushed to March"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Lukas Brandt', body: 'Phase 2 kickoff pushed to March' },
      record: { body: 'Phase 2 kickoff pushed to March' },
    },
  },
  {
    intent: 'add_note',
    q: 'note for Daniel Kim\'s contact - "Wants quarterly reports instead of monthly"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Kim', body: 'Wants quarterly reports instead of monthly' } },
  },
  {
    intent: 'add_note',
    q: 'had coffee with sofia, she wants a bilingual site. save that as a note on her',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'add_note',
    before: 'open priya raman',
    q: 'put a note on her: "New budget owner is the CFO"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Priya Raman', body: 'New budget owner is the CFO' },
      record: { body: 'New budget owner is the CFO' },
    },
  },
  {
    intent: 'add_note',
    q: 'grace whitfield note - the bakery is opening a second shop in the spring',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'add_note',
    q: 'write on amara okafor\'s record: "Invoices go to finance@brightleaf.studio from January"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Amara Okafor', body: 'Invoices go to finance@brightleaf.studio from January' },
    },
  },
  {
    intent: 'add_note',
    q: 'kenji watanabe - add note "Festival deadline is the 28th"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Kenji Watanabe', body: 'Festival deadline is the 28th' } },
  },
  {
    intent: 'add_note',
    q: 'Log a note against Nordwerk GmbH: "Procurement needs three quotes"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt', body: 'Procurement needs three quotes' } },
  },
  {
    intent: 'add_note',
    q: 'on the osei architects contact, note that daniel prefers email to phone calls',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'add_note',
    q: 'beacon contact, new note: "Contract signed by their COO"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Beacon', body: 'Contract signed by their COO' },
      record: { body: 'Contract signed by their COO' },
    },
  },
  {
    intent: 'add_note',
    q: 'add a note to tomas novak saying "Do not contact before April"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Tomás Novák', body: 'Do not contact before April' } },
  },
  {
    intent: 'add_note',
    q: 'can you stick a note on acme - "Their fiscal year ends in June"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Acme', body: 'Their fiscal year ends in June' } },
  },
  {
    intent: 'add_note',
    q: 'Pasted from my call log: "14:05 Daniel Kim - wants to add two more warehouses". Put it on his contact as a note',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'add_note',
    q: 'please note on Grace\'s contact: "Prefers invoices by post"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield', body: 'Prefers invoices by post' } },
  },
];

// --- tasks and the team --------------------------------------------------------------

const LIST_TASKS: CorpusCase[] = [
  {
    intent: 'list_tasks',
    q: 'what tasks have I got that are overdue or due today',
    reply: ['Follow up on the relaunch proposal', 'Send the retainer report'],
    absent: ['Renew the domain'],
  },
  { intent: 'list_tasks', q: 'is there anything assigned to sam lee', reply: ['Renew the domain'], absent: ['Check the lease'] },
  {
    intent: 'list_tasks',
    q: 'my undated to-dos, please',
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
    absent: ['Renew the domain'],
  },
  { intent: 'list_tasks', q: 'what do i need to do for lukas', reply: ['Follow up on the relaunch proposal'] },
  {
    intent: 'list_tasks',
    q: 'show me everything that is high priority',
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
    absent: ['Renew the domain'],
  },
  { intent: 'list_tasks', q: 'tasks linked to kenji?', reply: ['Send Kenji the storyboard'] },
  {
    intent: 'list_tasks',
    q: 'whats on for tomorrow task wise',
    reply: ['Call Grace about the bakery website'],
    absent: ['Send the retainer report'],
  },
  { intent: 'list_tasks', q: 'is the domain renewal task still open, and who has it', reply: ['Sam Lee'] },
  { intent: 'list_tasks', q: 'have I finished anything lately?', reply: ['Send Kenji the storyboard'], absent: ['Order business cards'] },
  {
    intent: 'list_tasks',
    q: 'which tasks did I let slip past their deadline',
    reply: ['Follow up on the relaunch proposal'],
    absent: ['Send the retainer report'],
  },
  {
    intent: 'list_tasks',
    q: 'any deadlines coming up in the next week?',
    reply: ['Send the retainer report', 'Call Grace about the bakery website'],
    absent: ['Renew the domain'],
  },
  { intent: 'list_tasks', q: 'open tasks about the business cards or the lease?', reply: ['Order business cards', 'Check the lease'] },
  { intent: 'list_tasks', q: 'what time is the grace call tomorrow', reply: ['10:00'] },
  {
    intent: 'list_tasks',
    q: 'what have i got on for amara and for grace',
    reply: ['Send the retainer report', 'Call Grace about the bakery website'],
  },
];

const CREATE_TASK: CorpusCase[] = [
  {
    intent: 'create_task',
    q: 'remind me on friday to send the VAT return',
    propose: { tool: 'create_task', args: { title: 'Send the VAT return', due_on: 'NEXT_FRIDAY' }, record: { status: 'pending' } },
  },
  {
    intent: 'create_task',
    q: 'new to do: ring the landlord about the heating, tomorrow',
    propose: {
      tool: 'create_task',
      args: { title: 'Ring the landlord about the heating', due_on: 'TOMORROW' },
      record: { due_on: 'TOMORROW' },
    },
  },
  {
    intent: 'create_task',
    q: 'could you set up a task for sam lee - "Archive the 2025 invoices" - due in 14 days',
    propose: {
      tool: 'create_task',
      args: { title: 'Archive the 2025 invoices', assignee_id: '@member:Sam Lee', due_on: 'IN_14_DAYS' },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_task',
    q: 'remind me to chase amara about the signed contract in 2 days',
    propose: { tool: 'create_task', args: { due_on: 'IN_2_DAYS', contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'create_task',
    q: 'task for next tuesday, high priority: prepare the Fernhill demo',
    propose: {
      tool: 'create_task',
      args: { title: 'Prepare the Fernhill demo', due_on: 'NEXT_TUESDAY', priority: 'high' },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'create_task',
    q: 'I need to send kenji a copy of the invoice today, add it to my tasks',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Kenji Watanabe', due_on: 'TODAY' } },
  },
  {
    intent: 'create_task',
    q: 'add a low priority task "Clean up the shared calendar"',
    propose: {
      tool: 'create_task',
      args: { title: 'Clean up the shared calendar', priority: 'low' },
      record: { priority: 'low', due_on: null },
    },
  },
  {
    intent: 'create_task',
    before: 'who is daniel osei?',
    q: 'remind me to call him tomorrow at 3pm',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Daniel Osei', due_date: 'TOMORROW_15' } },
  },
  {
    intent: 'create_task',
    q: 'what is sam working on? and give him a new task to update the website footer by next monday',
    reply: ['Renew the domain'],
    propose: { tool: 'create_task', args: { assignee_id: '@member:Sam Lee', due_on: 'NEXT_MONDAY' } },
  },
  {
    intent: 'create_task',
    q: 'to-do: renew the public liability insurance',
    propose: { tool: 'create_task', args: { title: 'Renew the public liability insurance' } },
  },
  {
    intent: 'create_task',
    q: 'remind me in 3 days to follow up with beacon on the pentest scope',
    propose: { tool: 'create_task', args: { due_on: 'IN_3_DAYS', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'create_task',
    q: 'pls add "Send Grace the menu mockups" for wednesday and link it to her',
    propose: {
      tool: 'create_task',
      args: { title: 'Send Grace the menu mockups', due_on: 'NEXT_WEDNESDAY', contact_id: '@contact:Grace Whitfield' },
    },
  },
  {
    intent: 'create_task',
    q: 'set a reminder for tomorrow 15:00 to review the nordwerk contract',
    propose: { tool: 'create_task', args: { due_date: 'TOMORROW_15' } },
  },
  {
    intent: 'create_task',
    q: 'dont forget: the accountant needs the receipts by next thursday. make a todo',
    propose: { tool: 'create_task', args: { due_on: 'NEXT_THURSDAY' } },
  },
];

const UPDATE_TASK: CorpusCase[] = [
  {
    intent: 'update_task',
    q: 'the business cards have been ordered, tick that off',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'push the lease check to next monday',
    propose: { tool: 'update_task', args: { task_id: '@task:Check the lease', changes: { due_on: 'NEXT_MONDAY' } } },
  },
  {
    intent: 'update_task',
    q: 'change the priority on renew the domain to high',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { priority: 'high' } },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'update_task',
    q: "I'm working on the quarterly taxes now, set it in progress",
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { status: 'in_progress' } } },
  },
  {
    intent: 'update_task',
    q: 'reassign the domain renewal to me',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { assignee_id: 'ME' } },
      record: { assignee_id: 'ME' },
    },
  },
  {
    intent: 'update_task',
    q: 'the relaunch follow-up should be due the day after tomorrow instead',
    // a due day or the same 10:00 two days on: both honest, so only the task is checked
    propose: { tool: 'update_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'update_task',
    before: 'add a task "Print the brochures"',
    q: 'assign it to sam',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Print the brochures', changes: { assignee_id: '@member:Sam Lee' } },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'update_task',
    q: 'Retitle the taxes task to "File Q4 taxes with the accountant"',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Prepare quarterly taxes', changes: { title: 'File Q4 taxes with the accountant' } },
      record: { title: 'File Q4 taxes with the accountant' },
    },
  },
  {
    intent: 'update_task',
    q: 'lease check - nevermind, mark it cancelled',
    propose: { tool: 'update_task', args: { task_id: '@task:Check the lease', changes: { status: 'cancelled' } } },
  },
  {
    intent: 'update_task',
    q: 'set the retainer report to low priority, amara is away',
    propose: { tool: 'update_task', args: { task_id: '@task:Send the retainer report', changes: { priority: 'low' } } },
  },
  {
    intent: 'update_task',
    q: 'reopen the storyboard task for kenji, he wants changes',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Send Kenji the storyboard', changes: { status: 'pending' } },
      record: { status: 'pending' },
    },
  },
  {
    intent: 'update_task',
    q: 'link the lease task to Tomás Novák, he is the landlord',
    propose: { tool: 'update_task', args: { task_id: '@task:Check the lease', changes: { contact_id: '@contact:Tomás Novák' } } },
  },
  {
    intent: 'update_task',
    q: 'make the business cards task due in 5 days, medium priority',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { due_on: 'IN_5_DAYS', priority: 'medium' } },
      record: { due_on: 'IN_5_DAYS', priority: 'medium' },
    },
  },
  {
    intent: 'update_task',
    q: 'done with the relaunch follow up',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Follow up on the relaunch proposal', changes: { status: 'completed' } },
    },
  },
];

const DELETE_TASK: CorpusCase[] = [
  {
    intent: 'delete_task',
    q: 'delete "Check the lease", we moved offices',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: "remove the storyboard task, it's finished and I don't want it in the list",
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'bin the task about calling grace',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
  {
    intent: 'delete_task',
    before: 'what did i give sam to do?',
    q: 'delete that',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'the quarterly taxes to-do was a mistake, delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'delete the relaunch proposal follow-up, lukas already signed',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'remove task: renew the domain',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'can you permanently delete the business cards task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  {
    intent: 'delete_task',
    q: 'delete my task for amara',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'delete the task thats due tomorrow',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
  {
    intent: 'delete_task',
    q: 'get rid of the completed task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'the task for nordwerk - please delete',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'delte the taxes task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
];

const LIST_MEMBERS: CorpusCase[] = [
  { intent: 'list_members', q: 'who else can see my data?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: "what is sam lee's role here", reply: ['member'] },
  { intent: 'list_members', q: 'does vera have edit access?', reply: ['viewer'] },
  { intent: 'list_members', q: 'list workspace members', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'who owns this workspace', reply: ['owner'] },
  { intent: 'list_members', q: 'who on the team is allowed to create invoices', reply: ['Sam Lee'] },
  { intent: 'list_members', q: 'how many members does this workspace have', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'can vera change anything or just look?', reply: ['viewer'] },
  { intent: 'list_members', q: 'whats my own role', reply: ['owner'] },
  { intent: 'list_members', q: 'who is vera viewer?', reply: ['viewer'] },
  {
    intent: 'list_members',
    q: 'show the team and what each person is allowed to do',
    reply: ['Sam Lee', 'member', 'Vera Viewer', 'viewer'],
  },
  { intent: 'list_members', q: 'is sam allowed to edit contacts', reply: ['member'] },
  { intent: 'list_members', q: 'people in this workspace?', reply: ['Sam Lee', 'Vera Viewer'] },
];

// --- invoices, payments and credit notes ----------------------------------------------

const LIST_INVOICES: CorpusCase[] = [
  {
    intent: 'list_invoices',
    q: 'which invoices are still unpaid, and for how much',
    reply: ['INV-0001', '1,200.00', 'INV-0002', '500.00'],
    absent: ['INV-0003'],
  },
  { intent: 'list_invoices', q: 'what does lukas still owe me', reply: ['500.00'] },
  { intent: 'list_invoices', q: 'invoices to priya raman?', reply: ['INV-0003'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'am I waiting on any late payments', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'total receivables right now', reply: ['1,700.00'] },
  { intent: 'list_invoices', q: 'list every invoice we have', reply: ['INV-0001', 'INV-0002', 'INV-0003'] },
  { intent: 'list_invoices', q: 'show nordwerk invoices', reply: ['INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'which invoices are paid up', reply: ['INV-0003'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'how much have we invoiced in total, paid or not', reply: ['4,950.00'] },
  { intent: 'list_invoices', q: "unpaid invoices due in the next 2 weeks that aren't late yet", reply: ['INV-0001'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'does amara owe us anything', reply: ['1,200.00'] },
  { intent: 'list_invoices', q: 'which customer is overdue and by how much', reply: ['Lukas Brandt', '500.00'] },
  { intent: 'list_invoices', q: 'invoices that have been partly paid', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'has fernhill paid everything they owe us?', absent: ['INV-0001', 'INV-0002'] },
];

const GET_INVOICE: CorpusCase[] = [
  { intent: 'get_invoice', q: 'what was on INV-0002', reply: ['Relaunch workshop'] },
  { intent: 'get_invoice', q: 'who do we bill on INV-0002?', reply: ['Lukas Brandt'] },
  { intent: 'get_invoice', q: 'how much is left to pay on invoice 0002', reply: ['500.00'] },
  { intent: 'get_invoice', q: 'show invoice inv-0001 please', reply: ['Amara Okafor', '1,200.00'] },
  { intent: 'get_invoice', q: 'what status is INV-0001 in?', reply: ['sent'] },
  { intent: 'get_invoice', q: 'what did priya get billed for on INV-0003', reply: ['Dashboard project'] },
  { intent: 'get_invoice', q: 'how much was paid on invoice 2 so far', reply: ['250.00'] },
  { intent: 'get_invoice', before: 'which invoice is overdue?', q: 'show me its line items', reply: ['Relaunch workshop'] },
  { intent: 'get_invoice', q: 'quantity and unit price on INV-0002?', reply: ['5', '150.00'] },
  { intent: 'get_invoice', q: 'INV-0003 total?', reply: ['3,000.00'] },
  { intent: 'get_invoice', q: 'can you open the nordwerk invoice', reply: ['INV-0002', '750.00'] },
  { intent: 'get_invoice', q: 'whats the status of invoice no. 3', reply: ['paid'] },
  { intent: 'get_invoice', q: 'inv-0003: how much is still due', reply: ['0.00'] },
  { intent: 'get_invoice', q: 'the invoce for brightleaf - what is the line on it?', reply: ['Brand retainer'] },
];

const CREATE_INVOICE: CorpusCase[] = [
  {
    intent: 'create_invoice',
    q: 'invoice Grace Whitfield for the bakery logo, 1,100',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Bakery logo', quantity: '1', unit_price: '1100.00' }] },
      record: { status: 'draft', total_amount: '1100.00', contact_name: 'Grace Whitfield' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'please create an invoice for Daniel Osei: 8 hours drafting at 95 per hour',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Osei', items: [{ quantity: '8', unit_price: '95.00' }] },
      record: { total_amount: '760.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill priya raman 2,000 for the Q1 data audit',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ quantity: '1', unit_price: '2000.00' }] },
      record: { total_amount: '2000.00' },
    },
  },
  {
    intent: 'create_invoice',
    before: 'find kenji watanabe',
    q: 'invoice him for 2 edit days @ 600',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ quantity: '2', unit_price: '600.00' }] },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'new invoice for Acme Ltd\n- Banner design 300\n- Flyer design 150',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Acme',
        items: [
          { description: 'Banner design', quantity: '1', unit_price: '300.00' },
          { description: 'Flyer design', quantity: '1', unit_price: '150.00' },
        ],
      },
      record: { total_amount: '450.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Bill Nordwerk for 3 coaching sessions at 250 each',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ quantity: '3', unit_price: '250.00' }] },
      record: { total_amount: '750.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice beacon plc 7,500 for the annual support contract',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Annual support contract', quantity: '1', unit_price: '7500.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'draft an invoice to sofia marquez for translating the menu, 320',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ quantity: '1', unit_price: '320.00' }] },
      record: { total_amount: '320.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'can u invoice amara 450 for the extra social posts',
    propose: { tool: 'create_invoice', args: { contact_id: '@contact:Amara Okafor', items: [{ quantity: '1', unit_price: '450.00' }] } },
  },
  {
    intent: 'create_invoice',
    q: 'invoice Daniel Kim: "Server migration" 2,600',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'Server migration', quantity: '1', unit_price: '2600.00' }] },
      record: { total_amount: '2600.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'check what nordwerk owes and then bill them 1,000 for the follow-up workshop',
    reply: ['500.00'],
    propose: { tool: 'create_invoice', args: { contact_id: '@contact:Lukas Brandt', items: [{ quantity: '1', unit_price: '1000.00' }] } },
  },
  {
    intent: 'create_invoice',
    q: 'invoice Tomás Novák 4 x proofreading at 85',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Proofreading', quantity: '4', unit_price: '85.00' }] },
      record: { total_amount: '340.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Harborline needs an invoice for the consulting, 12 hrs at 140',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '12', unit_price: '140.00' }] },
      record: { total_amount: '1680.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice to osei architects for 2,500 (design fee)',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: 'Design fee', quantity: '1', unit_price: '2500.00' }] },
    },
  },
];

const RECORD_PAYMENT: CorpusCase[] = [
  {
    intent: 'record_payment',
    q: 'Amara paid her invoice today, the full 1,200',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { date: 'TODAY', invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'got a 250 transfer from Lukas for INV-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '250.00' },
      record: { invoice: { balance_due: '250.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'Nordwerk paid the rest of what they owe',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { status: 'paid' } },
    },
  },
  {
    intent: 'record_payment',
    q: "record a payment of 300 on amara okafor's invoice, received yesterday",
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '300.00', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY', invoice: { balance_due: '900.00' } },
    },
  },
  {
    intent: 'record_payment',
    before: 'show me the overdue invoice',
    q: 'they paid it in full',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'INV-0001 paid in full, please record',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'lukas brandt sent 125 today',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '125.00' },
      record: { date: 'TODAY', invoice: { balance_due: '375.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'PayPal notification: "You received $1,200.00 USD from Brightleaf Studio" - log it against their invoice',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'mark INV-0002 as paid',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'half of the brightleaf invoice came in',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '600.00' },
      record: { invoice: { balance_due: '600.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'nordwerk transferred 320 towards invoice 2',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '320.00' },
      record: { invoice: { balance_due: '180.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'Amara settled INV-0001 on the 1st',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    before: 'how much does amara okafor owe?',
    q: 'record 700 of it as paid',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '700.00' },
      record: { invoice: { balance_due: '500.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'Received 500.00 from Lukas Brandt yesterday for the workshop invoice',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00', date: 'YESTERDAY' } },
  },
];

/** A credit note cannot be undone: each runs on an account of its own (see the top). */
const CREDIT_INVOICE: CorpusCase[] = [
  {
    intent: 'credit_invoice',
    q: 'credit note on INV-0001 for 300, reason "Shorter retainer month"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '300.00', reason: 'Shorter retainer month' },
      record: { total_amount: '300.00', reason: 'Shorter retainer month' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'nordwerk were overcharged by 75 on their invoice, credit it back',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '75.00' },
      record: { invoice: { balance_due: '425.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'Refund priya 450 on the dashboard invoice with a credit note',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '450.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'issue a credit of 150 on INV-0002 - one workshop was cancelled',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '150.00' },
      record: { invoice: { balance_due: '350.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    before: 'show me INV-0001',
    q: 'credit 100 on it',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '100.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit the full amount of INV-0001',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { invoice: { balance_due: '0.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note for 20% of the brightleaf invoice',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '240.00' }, record: { total_amount: '240.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit two of the five workshop sessions on INV-0002',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '300.00' },
      record: { invoice: { balance_due: '200.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'give Fernhill a 600 credit note on INV-0003 and pay the money back',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '600.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'write a credit note: INV-0002, 60, "Late start"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '60.00', reason: 'Late start' },
      record: { reason: 'Late start' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note of 1,000 on invoice INV-0003, no refund',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '1000.00' }, record: { total_amount: '1000.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'please credit lukas 250 on his invoice, reason: "Goodwill"',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '250.00', reason: 'Goodwill' } },
  },
  {
    intent: 'credit_invoice',
    q: 'cretid 35 on INV-0001',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '35.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'amara gets 400 off INV-0001 as a credit note',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '400.00' },
      record: { invoice: { balance_due: '800.00' } },
    },
  },
];

// --- recurring invoices and quotes -------------------------------------------------------

const LIST_RECURRING_INVOICES: CorpusCase[] = [
  { intent: 'list_recurring_invoices', q: 'do I have any recurring invoices set up', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'how often is amara okafor billed automatically?', reply: ['monthly'] },
  { intent: 'list_recurring_invoices', q: 'amount on the brightleaf recurring invoice?', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'which recurring invoice is the quarterly one', reply: ['Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'when does the nordwerk recurring invoice next get generated', reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'list the automatic invoices with their amounts', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: "is lukas's recurring invoice active or paused", reply: ['active'] },
  { intent: 'list_recurring_invoices', q: 'what item do the recurring invoices bill for', reply: ['Retainer'] },
  { intent: 'list_recurring_invoices', q: 'who is on a monthly billing schedule', reply: ['Amara Okafor'] },
  {
    intent: 'list_recurring_invoices',
    q: 'retainers I bill each month or each quarter?',
    reply: ['Amara Okafor', 'Lukas Brandt'],
  },
  { intent: 'list_recurring_invoices', q: 'recurring invoice details for Nordwerk GmbH', reply: ['quarterly', '500.00'] },
  { intent: 'list_recurring_invoices', q: "start date of amara's recurring billing", reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'show the recuring invoices', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'what will the automatic monthly invoice charge', reply: ['500.00'] },
];

const PAUSE_RECURRING_INVOICE: CorpusCase[] = [
  {
    intent: 'pause_recurring_invoice',
    q: "pause Lukas Brandt's recurring invoice please",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'hold off on the monthly invoice to brightleaf',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'can we pause the nordwerk quarterly billing for a bit',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'list my recurring invoices',
    q: 'pause the one for amara',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Amara Okafor' },
      record: { status: 'paused', contact_name: 'Amara Okafor' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'amara is on maternity leave, stop her recurring invoices until further notice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'set the recurring invoice for nordwerk gmbh to paused',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'temporarily stop auto billing amara okafor',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'Pause recurring: Lukas',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'how often does lukas get invoiced automatically?',
    q: 'ok put that on pause',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'the brightleaf retainer invoices should stop over december, pause them',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pausse the monthly recurring invoice',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Amara Okafor' },
      record: { status: 'paused', contact_name: 'Amara Okafor' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'the nordwerk project is on ice, pause their automatic invoices',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'freeze the quarterly invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
];

const LIST_QUOTES: CorpusCase[] = [
  {
    intent: 'list_quotes',
    q: 'which quotes are out with clients at the moment, sent but no answer',
    reply: ['QUO-0001'],
    absent: ['QUO-0003'],
  },
  { intent: 'list_quotes', q: 'quote for daniel osei - how much', reply: ['2,850.00'] },
  { intent: 'list_quotes', q: 'which quotes did clients reject', reply: ['QUO-0004'], absent: ['QUO-0002'] },
  { intent: 'list_quotes', q: 'total value of my accepted quotes', reply: ['2,850.00'] },
  { intent: 'list_quotes', q: 'what is the status of QUO-0001', reply: ['sent'] },
  { intent: 'list_quotes', q: "kenji's quote - what was it for", reply: ['Title animation'] },
  { intent: 'list_quotes', q: 'list the quotes for sofia and for grace', reply: ['QUO-0001', 'QUO-0003'] },
  { intent: 'list_quotes', q: 'largest estimate I have', reply: ['QUO-0001', '4,800.00'] },
  { intent: 'list_quotes', q: 'are any quotes still sitting in draft?', reply: ['QUO-0003'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'what was on the quote to osei architects', reply: ['Office fit-out drawings'] },
  { intent: 'list_quotes', q: 'QUO-0004: amount and who its for', reply: ['1,600.00', 'Kenji Watanabe'] },
  {
    intent: 'list_quotes',
    q: 'quotes that are neither accepted nor declined',
    reply: ['QUO-0001', 'QUO-0003'],
    absent: ['QUO-0002'],
  },
  { intent: 'list_quotes', q: 'how many quotes do we have and what are they worth all together', reply: ['11,450.00'] },
  { intent: 'list_quotes', q: 'has the whitfield bakery quote gone out yet?', reply: ['draft'] },
];

const CREATE_QUOTE: CorpusCase[] = [
  {
    intent: 'create_quote',
    q: 'quote Lukas Brandt for the phase 3 discovery, 3,200',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ quantity: '1', unit_price: '3200.00' }] },
      record: { status: 'draft', total_amount: '3200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new estimate for priya: 10 days of data engineering at 700',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Priya Raman', items: [{ quantity: '10', unit_price: '700.00' }] },
      record: { total_amount: '7000.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'please quote grace "Wedding cake menu" for 350',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Wedding cake menu', quantity: '1', unit_price: '350.00' }] },
    },
  },
  {
    intent: 'create_quote',
    before: 'who is daniel kim?',
    q: 'make him a quote for 3 dashboard licences at 400',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '3', unit_price: '400.00' }] },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'Quote for Acme Ltd:\nLogo refresh - 800\nBrand guidelines - 1,200',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Acme',
        items: [
          { description: 'Logo refresh', quantity: '1', unit_price: '800.00' },
          { description: 'Brand guidelines', quantity: '1', unit_price: '1200.00' },
        ],
      },
      record: { total_amount: '2000.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'can you draft an estimate for Kenji Watanabe, "Opening titles" 2,400, valid for 14 days',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Kenji Watanabe',
        valid_until: 'IN_14_DAYS',
        items: [{ description: 'Opening titles', quantity: '1', unit_price: '2400.00' }],
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'sofia marquez wants a price for a booking widget, quote her 950',
    propose: { tool: 'create_quote', args: { contact_id: '@contact:Sofia Marquez', items: [{ quantity: '1', unit_price: '950.00' }] } },
  },
  {
    intent: 'create_quote',
    q: 'quote beacon 6 months of managed hosting at 180/month',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Beacon', items: [{ quantity: '6', unit_price: '180.00' }] },
      record: { total_amount: '1080.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'prepare a quotation for Tomás Novák - 2 brochure designs @ 425',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Tomás Novák', items: [{ quantity: '2', unit_price: '425.00' }] },
      record: { total_amount: '850.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'what did we quote kenji last time? quote him again: 1,200 for a shorter title sequence',
    reply: ['QUO-0004'],
    propose: { tool: 'create_quote', args: { contact_id: '@contact:Kenji Watanabe', items: [{ quantity: '1', unit_price: '1200.00' }] } },
  },
  {
    intent: 'create_quote',
    q: 'Brightleaf Studio: quote 5 illustration days at 550',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Amara Okafor', items: [{ quantity: '5', unit_price: '550.00' }] },
      record: { total_amount: '2750.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'give daniel osei a quote for the planning application, 1,350, valid until next friday',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Osei', valid_until: 'NEXT_FRIDAY', items: [{ quantity: '1', unit_price: '1350.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote harborline logistics 4,000 for a driver app prototype',
    propose: { tool: 'create_quote', args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '1', unit_price: '4000.00' }] } },
  },
  {
    intent: 'create_quote',
    q: 'estimate for nordwerk - "Training programme" - 3 x 1,500',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ description: 'Training programme', quantity: '3', unit_price: '1500.00' }] },
      record: { total_amount: '4500.00' },
    },
  },
];

/** A conversion cannot be undone: each runs on an account of its own (see the top). */
const CONVERT_QUOTE: CorpusCase[] = [
  {
    intent: 'convert_quote',
    q: 'daniel osei accepted, please invoice his quote',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert QUO-0001 to an invoice now',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'the quote that was accepted - raise the invoice for it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'Sofia emailed: "We are happy to go ahead with the website redesign." Turn her quote into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    before: 'what quotes does daniel osei have?',
    q: 'convert it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'invoice QUO-0002 please',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'casa marquez quote -> draft invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'create the invoice for the office fit-out drawings from the quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'quote number 2 is approved, convert to invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert the sent quote into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'bill the 4,800 website redesign quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'osei architects gave the go ahead, turn the quote into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'QUO-0001 was accepted by phone today - invoice it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'conevrt quote 2 to invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
];

// --- deals ---------------------------------------------------------------------------

const LIST_DEAL_STAGES: CorpusCase[] = [
  {
    intent: 'list_deal_stages',
    q: 'show me the deal stages with their win chances',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost', '10', '25', '50', '75', '100'],
  },
  { intent: 'list_deal_stages', q: 'what percentage does the proposal stage carry', reply: ['50'] },
  { intent: 'list_deal_stages', q: 'which stage comes right after lead', reply: ['Qualified'] },
  {
    intent: 'list_deal_stages',
    q: 'how many stages do my deals have',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'after negotiation, where does a deal go if we win it', reply: ['Won'] },
  { intent: 'list_deal_stages', q: 'stage with 75 percent probability?', reply: ['Negotiation'] },
  { intent: 'list_deal_stages', q: 'what probability does the lost stage have', reply: ['0'] },
  {
    intent: 'list_deal_stages',
    q: "what's the order of the deal columns",
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'is there a stage between qualified and negotiation', reply: ['Proposal'] },
  {
    intent: 'list_deal_stages',
    q: 'the open stages of my pipeline, not won or lost',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation'],
  },
  { intent: 'list_deal_stages', q: 'whats the win % at qualified', reply: ['25'] },
  { intent: 'list_deal_stages', q: 'what do you call the stage before proposal', reply: ['Qualified'] },
  {
    intent: 'list_deal_stages',
    q: 'pipline stages + probabilities pls',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
];

const LIST_DEALS: CorpusCase[] = [
  { intent: 'list_deals', q: 'how much is the casa marquez deal worth', reply: ['4,800.00'] },
  {
    intent: 'list_deals',
    q: 'which deals are sitting at the lead stage',
    reply: ['Whitfield online shop'],
    absent: ['Fernhill data platform'],
  },
  {
    intent: 'list_deals',
    q: 'deals under 5,000',
    reply: ['Casa Marquez website', 'Osei office drawings', 'Whitfield online shop'],
    absent: ['Fernhill data platform'],
  },
  { intent: 'list_deals', q: "what's in negotiation right now", reply: ['Osei office drawings'], absent: ['Casa Marquez website'] },
  {
    intent: 'list_deals',
    q: 'deals with nordwerk or fernhill',
    reply: ['Nordwerk relaunch phase 2', 'Fernhill data platform'],
    absent: ['Whitfield online shop'],
  },
  { intent: 'list_deals', q: 'total value of open deals', reply: ['31,350.00'] },
  { intent: 'list_deals', q: 'weighted forecast for the pipeline?', reply: ['10,132.50'] },
  { intent: 'list_deals', q: 'what stage is the fernhill deal in', reply: ['Qualified'] },
  { intent: 'list_deals', q: 'smallest deal in the pipeline', reply: ['Whitfield online shop'] },
  { intent: 'list_deals', q: 'osei deal value?', reply: ['2,850.00'] },
  {
    intent: 'list_deals',
    q: 'list deals sorted by value, biggest first',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2', 'Casa Marquez website'],
  },
  { intent: 'list_deals', q: 'what deals does priya have going', reply: ['Fernhill data platform', '12,000.00'] },
  { intent: 'list_deals', q: 'deals in qualified - total value', reply: ['21,500.00'] },
  { intent: 'list_deals', before: 'show me the deal with grace', q: 'how much is it worth', reply: ['2,200.00'] },
];

const CREATE_DEAL: CorpusCase[] = [
  {
    intent: 'create_deal',
    q: 'add a deal "Nordwerk analytics add-on" for 3,600 with lukas',
    propose: {
      tool: 'create_deal',
      args: { title: 'Nordwerk analytics add-on', value: '3600.00', contact_id: '@contact:Lukas Brandt' },
      record: { value: '3600.00', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new opportunity: "Casa Marquez booking system", 5,250, stage qualified',
    propose: {
      tool: 'create_deal',
      args: { title: 'Casa Marquez booking system', value: '5250.00', stage_id: '@stage:Qualified' },
      record: { stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'create_deal',
    q: 'Priya mentioned a new ML project, create a deal worth 18k with her',
    propose: { tool: 'create_deal', args: { value: '18000.00', contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'create_deal',
    q: 'create a deal called Beacon compliance audit, 7,800',
    propose: { tool: 'create_deal', args: { title: 'Beacon compliance audit', value: '7800.00' } },
  },
  {
    intent: 'create_deal',
    q: 'deal for Acme - "Acme intranet" - 4,400 - proposal stage, closes in 30 days',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Acme intranet',
        value: '4400.00',
        contact_id: '@contact:Acme',
        stage_id: '@stage:Proposal',
        expected_close_date: 'IN_30_DAYS',
      },
      record: { expected_close_date: 'IN_30_DAYS' },
    },
  },
  {
    intent: 'create_deal',
    before: 'look up tomas novak',
    q: 'open a deal with him, "Novák shop relaunch", 3,100',
    propose: {
      tool: 'create_deal',
      args: { title: 'Novák shop relaunch', value: '3100.00', contact_id: '@contact:Tomás Novák' },
    },
  },
  {
    intent: 'create_deal',
    q: 'put Osei Architects in the pipeline for "Osei library renovation", 16,000',
    propose: {
      tool: 'create_deal',
      args: { title: 'Osei library renovation', value: '16000.00', contact_id: '@contact:Daniel Osei' },
      record: { value: '16000.00' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal: Harborline yard cameras, $6,750, Sam is the owner',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline yard cameras', value: '6750.00', owner_id: '@member:Sam Lee' },
      record: { owner_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add a lead-stage deal "Whitfield wholesale catalogue" worth 1,900',
    propose: {
      tool: 'create_deal',
      args: { title: 'Whitfield wholesale catalogue', value: '1900.00', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'does kenji have any deals? add one for him either way: "Kaze music video", 8,800',
    propose: {
      tool: 'create_deal',
      args: { title: 'Kaze music video', value: '8800.00', contact_id: '@contact:Kenji Watanabe' },
    },
  },
  {
    intent: 'create_deal',
    q: 'create an opportunity - Brightleaf annual report design - 4k - expected close next friday',
    propose: {
      tool: 'create_deal',
      args: { title: 'Brightleaf annual report design', value: '4000.00', expected_close_date: 'NEXT_FRIDAY' },
    },
  },
  {
    intent: 'create_deal',
    q: 'deal with daniel kim, "Harborline API support", 2,400, negotiation',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline API support', value: '2400.00', contact_id: '@contact:Daniel Kim', stage_id: '@stage:Negotiation' },
      record: { stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'create_deal',
    q: 'log a new opportunity worth 650 with grace whitfield for a christmas menu',
    propose: { tool: 'create_deal', args: { value: '650.00', contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'create_deal',
    q: 'add deal "Beacon SOC2 readiness" 13,500',
    propose: { tool: 'create_deal', args: { title: 'Beacon SOC2 readiness', value: '13500.00' } },
  },
];

const MOVE_DEAL: CorpusCase[] = [
  {
    intent: 'move_deal',
    q: 'move the casa marquez deal to won, sofia signed',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' },
      record: { stage_id: '@stage:Won' },
    },
  },
  {
    intent: 'move_deal',
    q: 'put the whitfield online shop in qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'nordwerk relaunch phase 2 is now in negotiation',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Negotiation' },
      record: { stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'move_deal',
    q: 'mark the fernhill data platform deal as lost, reason "budget cut"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Lost', lost_reason: 'budget cut' },
      record: { stage_id: '@stage:Lost', lost_reason: 'budget cut' },
    },
  },
  {
    intent: 'move_deal',
    before: 'what stage is the osei office drawings deal in?',
    q: 'move it to won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'the casa marquez website deal should go back to qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'advance the fernhill deal to proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'grace went quiet on us, move her deal to lost',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Lost' },
      record: { stage_id: '@stage:Lost' },
    },
  },
  {
    intent: 'move_deal',
    q: 'Daniel Osei\'s deal: lost, "Project cancelled by the client"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Lost', lost_reason: 'Project cancelled by the client' },
    },
  },
  {
    intent: 'move_deal',
    q: 'move the lukas deal one step forward',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'stage of the whitfield shop deal -> proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'priya signed the data platform contract, set the deal to won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'drag the nordwerk deal into the lost column, reason: "went in-house"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Lost', lost_reason: 'went in-house' },
    },
  },
  {
    intent: 'move_deal',
    q: 'move osei office drawings back a stage',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Proposal' } },
  },
];

// --- time tracking ------------------------------------------------------------------

const TIME_SUMMARY: CorpusCase[] = [
  { intent: 'time_summary', q: 'how much time did i track in total since the 1st', reply: ['12:15'] },
  { intent: 'time_summary', q: 'acme, how long this month', reply: ['2:15'], absent: ['12:15'] },
  { intent: 'time_summary', q: 'how many hours did beacon plc take', reply: ['10:00'] },
  { intent: 'time_summary', q: 'minutes logged for beacon this month', reply: ['600'] },
  { intent: 'time_summary', q: 'hours per client this month', reply: ['Acme', '2:15', 'Beacon', '10:00'] },
  { intent: 'time_summary', q: 'how long was the acme review', reply: ['45'] },
  { intent: 'time_summary', q: 'time spent on "Design" this month', reply: ['1:30'] },
  { intent: 'time_summary', q: 'total tracked time in minutes for the month', reply: ['735'] },
  { intent: 'time_summary', q: 'which client got the fewest hours this month', reply: ['Acme'] },
  { intent: 'time_summary', q: 'how much billable time have i recorded for acme ltd', reply: ['2:15'] },
  { intent: 'time_summary', q: 'what time entries did I log for beacon', reply: ['10:00'] },
  { intent: 'time_summary', q: 'time report by client for this month', reply: ['Acme', 'Beacon'] },
  { intent: 'time_summary', q: 'how many hours has the team logged on beacon', reply: ['10:00'] },
  { intent: 'time_summary', q: 'acme and beacon together, how much time this month?', reply: ['12:15'] },
];

/** `before` starts a timer (confirmed by the harness); the question is then about it. */
const RUNNING_TIMER: CorpusCase[] = [
  {
    intent: 'running_timer',
    before: 'start a timer for acme: "Wireframes"',
    q: 'which task is my clock running on',
    reply: ['Wireframes'],
  },
  {
    intent: 'running_timer',
    before: 'clock in for beacon plc on "Audit prep"',
    q: 'is there a timer going right now?',
    reply: ['Audit prep'],
  },
  { intent: 'running_timer', before: 'start timing "Bookkeeping"', q: 'what am i currently clocked in on', reply: ['Bookkeeping'] },
  { intent: 'running_timer', before: 'start a timer for beacon', q: 'who is my running timer for', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'time my work on "Client emails"', q: 'timer check', reply: ['Client emails'] },
  {
    intent: 'running_timer',
    before: 'start a timer for acme ltd "Logo tweaks"',
    q: 'is my stopwatch running for acme?',
    reply: ['Logo tweaks'],
  },
  {
    intent: 'running_timer',
    before: 'start a timer: "Sprint planning"',
    q: 'how long have i been on sprint planning?',
    reply: ['Sprint planning'],
  },
  { intent: 'running_timer', before: 'clock me in for acme', q: 'remind me which client the clock is running for', reply: ['Acme'] },
  {
    intent: 'running_timer',
    before: 'start tracking "Proposal writing" for beacon plc',
    q: 'whats the timer say',
    reply: ['Proposal writing'],
  },
  { intent: 'running_timer', before: 'start a timer "Invoice chasing"', q: 'am i still tracking time?', reply: ['Invoice chasing'] },
  { intent: 'running_timer', before: 'start the clock for beacon on "Workshop"', q: 'what is runing', reply: ['Workshop'] },
  {
    intent: 'running_timer',
    before: 'begin timing acme: "Photo selection"',
    q: 'which job is the timer counting',
    reply: ['Photo selection'],
  },
  {
    intent: 'running_timer',
    before: 'start a timer for acme "Newsletter layout"',
    q: 'is a timer on at the moment, and for which client',
    reply: ['Acme'],
  },
];

const START_TIMER: CorpusCase[] = [
  {
    intent: 'start_timer',
    q: 'start timing my work for brightleaf',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Amara Okafor' }, record: { ended_at: null } },
  },
  {
    intent: 'start_timer',
    q: 'Start a timer: "Accounts reconciliation"',
    propose: {
      tool: 'start_timer',
      args: { description: 'Accounts reconciliation' },
      record: { description: 'Accounts reconciliation', ended_at: null },
    },
  },
  {
    intent: 'start_timer',
    q: 'clock in on the nordwerk project, "Phase 2 planning"',
    propose: { tool: 'start_timer', args: { description: 'Phase 2 planning', contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'start_timer',
    q: 'begin tracking for Priya Raman',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'start_timer',
    q: 'timer please - acme - "Homepage copy"',
    propose: {
      tool: 'start_timer',
      args: { description: 'Homepage copy', contact_id: '@contact:Acme' },
      record: { contact_id: '@contact:Acme' },
    },
  },
  {
    intent: 'start_timer',
    q: 'start the clock, working on the osei architects drawings',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'start_timer',
    before: 'what did i log for beacon?',
    q: 'start a new timer for them',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'start_timer',
    q: 'start a timer for kenji watanabe',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'start_timer',
    q: "i'm about to call grace whitfield, time it",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'start_timer',
    q: 'can you start a timer called "VAT return"',
    propose: { tool: 'start_timer', args: { description: 'VAT return' }, record: { description: 'VAT return' } },
  },
  {
    intent: 'start_timer',
    q: 'kick off the stopwatch for beacon plc, "Incident review"',
    propose: { tool: 'start_timer', args: { description: 'Incident review', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'start_timer',
    q: 'starting work on casa marquez now, clock me in',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'start_timer',
    q: 'start timer for harborline logistics',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'start_timer',
    q: 'strt a timer for amara okafor',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Amara Okafor' } },
  },
];

/** `before` starts a timer (confirmed by the harness); stopping cannot be undone, so each runs on an account of its own. */
const STOP_TIMER: CorpusCase[] = [
  {
    intent: 'stop_timer',
    before: 'start a timer for beacon on "Audit"',
    q: 'stop the timer, audit done',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Audit', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Email"',
    q: 'clock off please',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Email' } },
  },
  {
    intent: 'stop_timer',
    before: 'clock in for acme',
    q: 'im finished, stop tracking',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer: "Design review"',
    q: 'stop my clock and save the time',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Design review' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for acme on "Copywriting"',
    q: "ok that's done, end the timer",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Copywriting', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for beacon',
    q: 'stop it',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Admin work"',
    q: 'done for now, stop the stopwatch',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Admin work' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timer for acme ltd',
    q: 'can you stop the running timer',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'clock in on "Call prep"',
    q: 'stop timing call prep',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Call prep' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for beacon plc "Planning call"',
    q: 'the call ended, clock me out',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Planning call' } },
  },
  {
    intent: 'stop_timer',
    before: 'start the clock on "Budget"',
    q: 'finsh timing',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Budget' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for acme',
    q: 'which client is it running for? stop it now',
    reply: ['Acme'],
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'timer on "Reading"',
    q: 'end tracking and log it',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Reading' } },
  },
];

const LOG_TIME: CorpusCase[] = [
  {
    intent: 'log_time',
    q: 'log 1.5 hours for acme: "Logo revisions"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 90, contact_id: '@contact:Acme', description: 'Logo revisions' },
      record: { duration_minutes: 90, description: 'Logo revisions' },
    },
  },
  {
    intent: 'log_time',
    q: 'add 2h30 to beacon plc',
    propose: { tool: 'log_time', args: { duration_minutes: 150, contact_id: '@contact:Beacon' }, record: { duration_minutes: 150 } },
  },
  {
    intent: 'log_time',
    q: 'i worked 4 hours for priya raman today, please log it',
    propose: { tool: 'log_time', args: { duration_minutes: 240, contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'log_time',
    q: 'timesheet entry for yesterday: 3h on the nordwerk relaunch',
    propose: { tool: 'log_time', args: { duration_minutes: 180, contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'log_time',
    q: 'log 25 minutes for a call with sofia marquez',
    propose: { tool: 'log_time', args: { duration_minutes: 25, contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'log_time',
    before: 'how much time did i log for acme this month?',
    q: 'add 1 more hour for them',
    propose: { tool: 'log_time', args: { duration_minutes: 60, contact_id: '@contact:Acme' } },
  },
  {
    intent: 'log_time',
    q: 'record 5 hours non-billable for brightleaf studio',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 300, contact_id: '@contact:Amara Okafor', billable: false },
      record: { billable: false },
    },
  },
  {
    intent: 'log_time',
    q: 'log forty five minutes of bookkeeping, no client',
    propose: { tool: 'log_time', args: { duration_minutes: 45 }, record: { contact_id: null } },
  },
  {
    intent: 'log_time',
    q: 'put 7 hours on harborline for the warehouse visit yesterday',
    propose: { tool: 'log_time', args: { duration_minutes: 420, contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'log_time',
    q: 'log time: Kenji Watanabe 2h "Subtitles check"',
    propose: { tool: 'log_time', args: { duration_minutes: 120, contact_id: '@contact:Kenji Watanabe', description: 'Subtitles check' } },
  },
  {
    intent: 'log_time',
    q: 'add 1 hour 20 for grace whitfield',
    propose: { tool: 'log_time', args: { duration_minutes: 80, contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'log_time',
    q: 'log 3 hours against osei architects, billable',
    propose: { tool: 'log_time', args: { duration_minutes: 180, contact_id: '@contact:Daniel Osei' }, record: { billable: true } },
  },
  {
    intent: 'log_time',
    q: 'log a full day (8 hours) for beacon',
    propose: { tool: 'log_time', args: { duration_minutes: 480, contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'log_time',
    q: 'add 15 min for acme ltd "Quick fix", not billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 15, contact_id: '@contact:Acme', description: 'Quick fix', billable: false },
      record: { billable: false, duration_minutes: 15 },
    },
  },
];

// --- money and the overview ------------------------------------------------------------

const LIST_TRANSACTIONS: CorpusCase[] = [
  {
    intent: 'list_transactions',
    q: 'what did i spend money on today',
    reply: ['Lunch with Lukas', 'Hosting', 'Design tool'],
    absent: ['Website milestone'],
  },
  { intent: 'list_transactions', q: 'show me the hosting transaction', reply: ['120.00'] },
  { intent: 'list_transactions', q: 'income entries this month', reply: ['1,500.00'], absent: ['2,000.00'] },
  { intent: 'list_transactions', q: "last month's expenses", reply: ['800.00'], absent: ['45.90'] },
  { intent: 'list_transactions', q: 'what was the 45.90 for?', reply: ['Lunch with Lukas'] },
  { intent: 'list_transactions', q: 'all my income, both months', reply: ['1,500.00', '2,000.00'], absent: ['800.00'] },
  {
    intent: 'list_transactions',
    q: 'transactions in the software category',
    reply: ['Hosting', 'Design tool'],
    absent: ['Lunch with Lukas'],
  },
  { intent: 'list_transactions', q: 'expenses under 50', reply: ['45.90', '29.99'], absent: ['120.00'] },
  { intent: 'list_transactions', q: 'show everything I recorded last month', reply: ['2,000.00', '800.00'], absent: ['1,500.00'] },
  { intent: 'list_transactions', q: 'when did i last pay rent and how much was it', reply: ['800.00'] },
  { intent: 'list_transactions', q: 'biggest single income transaction', reply: ['3,000.00'] },
  { intent: 'list_transactions', q: 'list meal expenses', reply: ['45.90'], absent: ['120.00'] },
  { intent: 'list_transactions', q: 'the design tool subscription - what did it cost', reply: ['29.99'] },
  { intent: 'list_transactions', q: 'show transactions over 1,000', reply: ['1,500.00', '2,000.00'], absent: ['800.00'] },
];

const LIST_CATEGORIES: CorpusCase[] = [
  { intent: 'list_categories', q: 'what categories can I pick from for an expense', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'which categories exist in my books', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: "income categories I've used?", reply: ['Client work'], absent: ['Rent'] },
  { intent: 'list_categories', q: 'do i have a software category already?', reply: ['Software'] },
  { intent: 'list_categories', q: 'is "Meals" one of my expense categories', reply: ['Meals'] },
  { intent: 'list_categories', q: 'spending categories, just the names', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'what category do my client payments go in', reply: ['Client work', 'Invoice payments'] },
  { intent: 'list_categories', q: 'give me all the categories, income and expense', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  {
    intent: 'list_categories',
    q: 'before I log this taxi receipt, which expense categories exist?',
    reply: ['Software', 'Meals', 'Rent'],
  },
  { intent: 'list_categories', q: 'which categories appear on my transactions', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'do I have a category for rent or office costs', reply: ['Rent'] },
  { intent: 'list_categories', q: 'categry names?', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'how many different expense categories do I use', reply: ['Software', 'Meals', 'Rent'] },
];

const MONEY_TOTALS: CorpusCase[] = [
  { intent: 'money_totals', q: 'what have I earned this month', reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'total costs last month', reply: ['800.00'] },
  { intent: 'money_totals', q: 'how much profit did i make last month', reply: ['1,200.00'] },
  { intent: 'money_totals', q: 'net result this month so far', reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'software spend this month', reply: ['149.99'] },
  { intent: 'money_totals', q: 'income and expenses for last month', reply: ['2,000.00', '800.00'] },
  { intent: 'money_totals', q: 'how much did meals cost me this month', reply: ['45.90'] },
  { intent: 'money_totals', q: 'total money in since the beginning of last month', reply: ['3,500.00'] },
  { intent: 'money_totals', q: 'expenses since last month started, all together', reply: ['995.89'] },
  { intent: 'money_totals', q: 'profit since the start of last month', reply: ['2,504.11'] },
  { intent: 'money_totals', q: 'how much went out this month?', reply: ['195.89'] },
  { intent: 'money_totals', q: 'last month rent, how much altogether', reply: ['800.00'] },
  { intent: 'money_totals', q: 'client work earnings this month', reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'did i make or lose money this month, and how much', reply: ['1,304.11'] },
];

const TOP_CATEGORIES: CorpusCase[] = [
  { intent: 'top_categories', q: 'where did most of my spending go last month', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'my biggest cost category this month', reply: ['Software', '149.99'] },
  { intent: 'top_categories', q: 'rank expense categories this month', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'which category earns me the most this month', reply: ['Client work', '1,500.00'] },
  { intent: 'top_categories', q: 'top expense categories since the start of last month', reply: ['Rent', 'Software'] },
  { intent: 'top_categories', q: 'which category came second in spending this month', reply: ['Meals', '45.90'] },
  { intent: 'top_categories', q: 'spending by category, last month', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'top income category since last month began', reply: ['Client work', '3,500.00'] },
  { intent: 'top_categories', q: 'what do i spend the most on, overall', reply: ['Rent'] },
  { intent: 'top_categories', q: 'top 3 spending categories this month with amounts', reply: ['Software', '149.99', 'Meals', '45.90'] },
  { intent: 'top_categories', q: 'which expense category is the smallest this month', reply: ['Meals'] },
  { intent: 'top_categories', q: 'top category for income last month', reply: ['Client work', '2,000.00'] },
  { intent: 'top_categories', q: 'category breakdown of my expenses this month, biggest first', reply: ['Software', 'Meals'] },
];

const CREATE_TRANSACTION: CorpusCase[] = [
  {
    intent: 'create_transaction',
    q: 'record an expense: 42.00 for printer ink',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '42.00' }, record: { type: 'expense', amount: '42.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'add 980 income from Grace for the shop deposit',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '980.00' }, record: { type: 'income' } },
  },
  {
    intent: 'create_transaction',
    q: 'expense, Software, 15.00, yesterday',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '15.00', category: 'Software', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY', category: 'Software' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'I paid the courier 23.50 today',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '23.50' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'got 600 cash for a weekend workshop',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '600.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'Receipt: "Café Roma — 2 x cappuccino, 1 x croissant — TOTAL 11.80" - add it as a meals expense',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '11.80', category: 'Meals' },
      record: { amount: '11.80', category: 'Meals' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'log income of 2,500 under Client work, received yesterday',
    propose: {
      tool: 'create_transaction',
      args: { type: 'income', amount: '2500.00', category: 'Client work', date: 'YESTERDAY' },
      record: { category: 'Client work' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'spent 350 on a new office chair',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '350.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'what did i spend on software this month? and add 9.99 for a font licence',
    reply: ['149.99'],
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '9.99' } },
  },
  {
    intent: 'create_transaction',
    q: 'add an expense of eighty dollars for the phone bill',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '80.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'income 125.50, category Client work',
    propose: {
      tool: 'create_transaction',
      args: { type: 'income', amount: '125.50', category: 'Client work' },
      record: { amount: '125.50' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'rent for this month, 800, paid today',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '800.00' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'book a 39 expense under Software for the domain',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '39.00', category: 'Software' } },
  },
  {
    intent: 'create_transaction',
    q: 'put 210 in as money received from acme for the flyers',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '210.00' } },
  },
];

const GET_OVERVIEW: CorpusCase[] = [
  { intent: 'get_overview', q: 'how is business?', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'overview of the account please', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'give me the headline numbers', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'what needs my attention today', reply: ['500.00'] },
  { intent: 'get_overview', q: 'end of day summary', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'weekly check-in: how are we doing', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'quick health check on the business pls', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'summarise my business in a few lines', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'dashboard view please: money, tasks, invoices', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'overveiw', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'just back from holiday, catch me up on everything', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'what does my business look like right now', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'give me a status update across the whole account', reply: ['1,700.00'] },
];

// --- two real readings: the answer asks back (naming them), and proposes nothing -------------

const CLARIFY: CorpusCase[] = [
  { intent: 'clarify', q: "set daniel's status to inactive", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'quote daniel 2,000 for a site survey', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: "time the work i'm doing for daniel now", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'got paid on the invoice today', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: 'knock 100 off the outstanding invoice', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  {
    intent: 'clarify',
    q: 'mark the deal at 25% as won',
    clarify: true,
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'clarify', q: 'pause the 500 recurring invoice', clarify: true, reply: ['Amara Okafor', 'Lukas Brandt'] },
  {
    intent: 'clarify',
    q: 'delete the task without a due date',
    clarify: true,
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
  },
  {
    intent: 'clarify',
    q: 'complete the high priority task',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  { intent: 'clarify', q: 'convert the open quote to an invoice', clarify: true, reply: ['QUO-0001', 'QUO-0002'] },
  { intent: 'clarify', q: 'invoice the customer 300 for support', clarify: true, reply: ['Amara Okafor', 'Priya Raman'] },
  { intent: 'clarify', q: "what's the owner's email", clarify: true, reply: ['Sofia Marquez', 'Grace Whitfield'] },
  {
    intent: 'clarify',
    q: 'add a note to the lead: "Call back in January"',
    clarify: true,
    reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield'],
  },
  { intent: 'clarify', q: 'mark it as paid', clarify: true },
];

// --- nothing does it: the answer says so and offers what can be done (`reply`), proposing nothing ---
// Actions in the world (calls, messages, bookings) are offered as a task; deletions the tools lack, as the change they have.

const UNSUPPORTED: CorpusCase[] = [
  { intent: 'unsupported', q: 'erase Grace Whitfield from my contacts', reply: ['Grace Whitfield', 'inactive'] },
  { intent: 'unsupported', q: 'cancel the brightleaf invoice, they want a new one', reply: ['credit'] },
  { intent: 'unsupported', q: 'delete the osei office drawings deal', reply: ['Lost'] },
  { intent: 'unsupported', q: 'email the overdue invoice to lukas', reply: ['INV-0002'] },
  { intent: 'unsupported', q: 'send a text to kenji saying we are running late', reply: ['task'] },
  { intent: 'unsupported', q: 'book a meeting room for thursday afternoon', reply: ['task'] },
  { intent: 'unsupported', q: 'write a linkedin post about our new website service', reply: ['invoices'] },
  { intent: 'unsupported', q: 'change my workspace currency to euros', reply: ['settings'] },
  { intent: 'unsupported', q: 'make vera an admin', reply: ['settings'] },
  { intent: 'unsupported', q: "delete QUO-0003, grace doesn't need it", reply: ['QUO-0003'] },
  { intent: 'unsupported', q: 'edit the line on INV-0002 to 4 workshops instead of 5', reply: ['credit'] },
  { intent: 'unsupported', q: 'ring the bank and ask about the missing transfer', reply: ['task'] },
  { intent: 'unsupported', q: 'delete the 45.90 lunch expense' },
  { intent: 'unsupported', q: 'remove Lukas Brandt from the system entirely', reply: ['Lukas Brandt', 'inactive'] },
];

export const TUNING_6: CorpusCase[] = [
  ...GET_CONTACT,
  ...SEARCH_CONTACTS,
  ...FIND_MENTIONS,
  ...CREATE_CONTACT,
  ...UPDATE_CONTACT,
  ...ADD_NOTE,
  ...LIST_TASKS,
  ...CREATE_TASK,
  ...UPDATE_TASK,
  ...DELETE_TASK,
  ...LIST_MEMBERS,
  ...LIST_INVOICES,
  ...GET_INVOICE,
  ...CREATE_INVOICE,
  ...RECORD_PAYMENT,
  ...CREDIT_INVOICE,
  ...LIST_RECURRING_INVOICES,
  ...PAUSE_RECURRING_INVOICE,
  ...LIST_QUOTES,
  ...CREATE_QUOTE,
  ...CONVERT_QUOTE,
  ...LIST_DEAL_STAGES,
  ...LIST_DEALS,
  ...CREATE_DEAL,
  ...MOVE_DEAL,
  ...TIME_SUMMARY,
  ...RUNNING_TIMER,
  ...START_TIMER,
  ...STOP_TIMER,
  ...LOG_TIME,
  ...LIST_TRANSACTIONS,
  ...LIST_CATEGORIES,
  ...MONEY_TOTALS,
  ...TOP_CATEGORIES,
  ...CREATE_TRANSACTION,
  ...GET_OVERVIEW,
  ...CLARIFY,
  ...UNSUPPORTED,
];
