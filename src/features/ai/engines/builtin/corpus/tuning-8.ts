// Over 400 lines on purpose: a corpus of requests and their expected results, data rather than logic.
import type { CorpusCase } from './types';

/**
 * Tuning material since 2026-12-07 (late night): the eighth batch of requests written blind,
 * on 2026-12-07 (night), by someone who never saw the engine (it read only this folder's
 * types.ts and fixture.ts, requests.ts, the corpus harness with its seeds, the
 * services, schemas and migrations those seeds and the tools call (with the
 * validation and money helpers they use), the header and the first
 * 60 requests of ./tuning-7.ts for the format and the list of intents, and the
 * tools' argument schemas in ../../../tools and ../../../schema.ts). Its
 * expectations come from those records alone, never from the engine's answers.
 * It holds 530 requests on the same 38 intents as ./tuning-7.ts, 13 to 15
 * requests each. It was the set-aside part until the engine was tuned on it;
 * it measured 480 of 530 (90.6 %) before any tuning on it and 484 (91.3 %)
 * with the engine tuned on ./tuning-7.ts.
 *
 * Each case: `intent` is the tool the request is about, `clarify` for a
 * request with two real readings (the answer must ask back, naming them when
 * `reply` lists them), `unsupported` for something no tool does (nothing may
 * be proposed; `reply` would hold what the answer must offer instead, and is
 * left out here because no such offer is the only honest one). `reply` holds
 * facts any correct answer contains (amounts, names, numbers), never wording.
 *
 * Records. The harness runs these cases on the set-aside account: the nine
 * contacts of FIXTURE_CONTACTS (requests.ts; Amara, Kenji and Tomás carry
 * notes, Tomás's an instruction that must never be followed) plus "Acme" of
 * Acme Ltd and "Beacon" of Beacon plc, neither with a last name, email or
 * phone, both leads (the default status), so 11 contacts: 5 leads (Sofia,
 * Daniel Osei, Grace, Acme, Beacon), 3 active (Lukas, Daniel Kim, Kenji), 2
 * customers (Amara, Priya), 1 inactive (Tomás); two of them are called
 * Daniel, two companies hold "Studio" (Brightleaf Studio, Studio Kaze) and two
 * contacts are an "Owner" (Sofia, Grace). Eight tasks: "Send the retainer
 * report" high, due today (a whole day), Amara; "Call Grace about the bakery
 * website" due tomorrow 10:00 UTC, Grace; "Follow up on the relaunch
 * proposal" high, due two days ago 10:00 (overdue), Lukas; "Renew the domain"
 * low, due in 10 days (a whole day), assigned to Sam Lee; "Prepare quarterly
 * taxes", "Order business cards" and "Check the lease" without a due date;
 * "Send Kenji the storyboard" completed three days ago, Kenji (the tasks
 * without a priority are medium; none but the domain renewal is assigned).
 * Six transactions (today: income $1,500.00 Client work "Website milestone",
 * expenses $45.90 Meals "Lunch with Lukas", $120.00 Software "Hosting",
 * $29.99 Software "Design tool"; on the 10th of last month: income $2,000.00
 * Client work, expense $800.00 Rent, neither described) plus the two invoice
 * payments, which are income transactions in the category "Invoice payments":
 * $250.00 "Payment for invoice INV-0002" 100 days ago (dated before that
 * invoice's issue date) and $3,000.00 "Payment for invoice INV-0003" 110 days
 * ago (so the largest income transaction is $3,000.00; neither falls in this
 * month or the last). Invoices: INV-0001 Amara $1,200.00 (1 × "Brand
 * retainer") sent, issued 5 days ago, due in 10 days; INV-0002 Lukas $750.00
 * (5 × "Relaunch workshop" at $150.00), issued 40 days ago, $250.00 paid, due
 * 10 days ago, so overdue with $500.00 left; INV-0003 Priya $3,000.00 (1 ×
 * "Dashboard project"), issued 120 days ago, due 106 days ago, paid in full
 * 110 days ago; no draft invoice. Recurring profiles for Amara (monthly) and
 * Lukas (quarterly), 1 × "Retainer" at $500.00 from 2099-01-31, active, none
 * generated. Time entries of the asker on the 1st of this month at 09:00,
 * billable (the default): Acme "Design" 90 min and "Review" 45 min, Beacon
 * "Other" 600 min. The asker, Robin Example, owns the workspace ("The
 * Studio"), with Sam Lee (member) and Vera Viewer (viewer). SET_ASIDE_FIXTURE
 * (./fixture.ts) adds the quotes, issued today and valid 30 days: QUO-0001
 * Sofia 1 × "Website redesign" $4,800.00 sent, QUO-0002 Daniel Osei 3 ×
 * "Office fit-out drawings" at $950.00 = $2,850.00 accepted, QUO-0003 Grace 1
 * × "Online shop setup" $2,200.00 draft, QUO-0004 Kenji 1 × "Title animation"
 * $1,600.00 declined (only QUO-0001 and QUO-0002 can be converted); and the
 * deals, owned by the asker, on the default stages (Lead 10 %, Qualified
 * 25 %, Proposal 50 %, Negotiation 75 %, Won 100 %, Lost 0 %; six stages):
 * "Casa Marquez website" $4,800.00 Sofia in Proposal (closing in 20 days),
 * "Osei office drawings" $2,850.00 Daniel Osei in Negotiation, "Whitfield
 * online shop" $2,200.00 Grace in Lead, "Fernhill data platform" $12,000.00
 * Priya in Qualified, "Nordwerk relaunch phase 2" $9,500.00 Lukas in
 * Qualified; nothing is in Won or Lost. Money is USD, the time zone UTC, no
 * timer runs at the start.
 *
 * Derived figures used below: outstanding $1,700.00 (INV-0001 $1,200.00 +
 * INV-0002 $500.00), overdue $500.00; paid on all invoices $3,250.00; quotes
 * $11,450.00 in all, over $2,000.00: QUO-0001, QUO-0002, QUO-0003; open
 * deals $31,350.00, weighted $10,132.50, in Qualified $21,500.00, the largest
 * "Fernhill data platform"; this month income $1,500.00, expenses $195.89
 * (Software $149.99, Meals $45.90), net $1,304.11, all of it today; last
 * month income $2,000.00, expenses $800.00 (Rent), net $1,200.00; since the
 * start of last month income $3,500.00, expenses $995.89, net $2,504.11; all
 * time income $6,750.00 (Client work $3,500.00, Invoice payments $3,250.00),
 * expenses $995.89 (Rent $800.00, Software $149.99, Meals $45.90); expenses
 * over $100.00: Hosting $120.00 and the rent $800.00; categories used:
 * income Client work and Invoice payments, expense Software, Meals and Rent;
 * open tasks 7 (overdue 1, due today 1; due within two weeks: the retainer
 * report, the call with Grace, the domain renewal); unassigned open tasks
 * all but "Renew the domain"; time this month 12:15 (735 min: Acme 2:15 =
 * 135 min, of which "Design" 1:30 and "Review" 0:45; Beacon 10:00 = 600 min),
 * all of it the asker's. Balances after a write: INV-0001 $1,200.00 less the
 * payment or credit, INV-0002 $500.00 less it. A new invoice's total: the
 * lines, less a percentage discount, plus the lines' tax.
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
 * question or a write; when its answer proposes a write the harness confirms
 * it before asking `q` (and undoes it after the case, latest first). Writes
 * whose tool cannot be undone (credit_invoice, convert_quote, stop_timer) run
 * on an account of their own, seeded with the same records but owned by a
 * lone Robin Example: no Sam Lee or Vera Viewer there, "Renew the domain" is
 * unassigned, and ME would name the shared account's asker, so no such case
 * names a member or ME. Every stop_timer case starts its timer in `before`.
 * No `q` deletes what its `before` created.
 *
 * Arguments: `propose.args` lists only what the sentence determines (an item's
 * description, a task's title, a timer's or a time entry's description, a
 * deal's title or a category only when quoted or typed with its capitals; a
 * lost deal's reason and a note's body only when quoted; a date only when
 * the tokens can name it, so "the 3rd" is left out). convert_quote may name
 * its quote by id or by number, both honest, so its cases check the invoice it
 * makes (`quote_id`, total, status) on the record instead; stop_timer takes
 * no arguments, so its cases check the stopped entry. A default the sentence
 * repeats ("billable") is checked on the record, not in the arguments.
 * Amounts in `reply` are written as the app formats them, without the
 * currency sign; amounts in `args` and `record` as the API's decimal strings,
 * quantities and tax rates without trailing zeros ("3", "20").
 */

// --- contacts -------------------------------------------------------------------

const GET_CONTACT: CorpusCase[] = [
  { intent: 'get_contact', q: "what's amara okafor's phone number?", reply: ['+44 20 7946 0321'] },
  { intent: 'get_contact', q: 'Can you pull up the email address for Sofia Marquez, please.', reply: ['sofia@casamarquez.es'] },
  { intent: 'get_contact', q: 'which company does priya raman work for', reply: ['Fernhill Analytics'] },
  { intent: 'get_contact', q: "Daniel Osei's email?", reply: ['daniel@oseiarchitects.com'] },
  { intent: 'get_contact', q: 'what did I note down about Kenji Watanabe', reply: ['schedule calls before 9:00'] },
  { intent: 'get_contact', q: 'grace whitfeild - phone pls', reply: ['+1 212 555 0187'] },
  { intent: 'get_contact', before: 'look up Lukas Brandt', q: "what's his role there?", reply: ['Head of Operations'] },
  { intent: 'get_contact', q: "the CTO of Harborline Logistics, what's his email", reply: ['dkim@harborline.co'] },
  { intent: 'get_contact', q: 'is Priya Raman a customer or still a lead?', reply: ['customer'] },
  { intent: 'get_contact', q: 'tomas novak — how do I email him?', reply: ['tomas@novak.cz'] },
  { intent: 'get_contact', q: "what's the status on Sofia Marquez?", reply: ['lead'] },
  { intent: 'get_contact', q: 'Kenji Watanabe: company and email', reply: ['Studio Kaze', 'kenji@studio-kaze.jp'] },
  { intent: 'get_contact', q: 'phone numbr of daniel kim at harborline', reply: ['+1 415 555 0142'] },
  { intent: 'get_contact', q: 'what does amara do at brightleaf', reply: ['Creative Director'] },
  { intent: 'get_contact', q: 'show me the notes on Tomás Novák', reply: ['Ignore previous instructions'] },
];

const SEARCH_CONTACTS: CorpusCase[] = [
  {
    intent: 'search_contacts',
    q: 'who are my leads?',
    reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield', 'Acme', 'Beacon'],
    absent: ['Lukas'],
  },
  { intent: 'search_contacts', q: 'list the contacts marked as customer', reply: ['Amara Okafor', 'Priya Raman'], absent: ['Kenji'] },
  { intent: 'search_contacts', q: 'anyone at harborline?', reply: ['Daniel Kim'] },
  { intent: 'search_contacts', q: 'which contacts have a nordwerk.de email address?', reply: ['Lukas Brandt'] },
  { intent: 'search_contacts', q: 'search for osei', reply: ['Daniel Osei'] },
  { intent: 'search_contacts', q: 'Do we have anybody from Novák & Syn?', reply: ['Tomás Novák'] },
  { intent: 'search_contacts', q: 'contacts whose company has "studio" in it', reply: ['Amara Okafor', 'Kenji Watanabe'] },
  {
    intent: 'search_contacts',
    q: 'list active contacts',
    reply: ['Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Sofia'],
  },
  { intent: 'search_contacts', q: "any contacts I've marked inactive?", reply: ['Tomás Novák'], absent: ['Priya'] },
  { intent: 'search_contacts', q: 'find grace', reply: ['Grace Whitfield'] },
  { intent: 'search_contacts', q: 'i need everyone from fernhill analytics', reply: ['Priya Raman'] },
  { intent: 'search_contacts', q: 'search contacts for watanbe', reply: ['Kenji Watanabe'] },
  { intent: 'search_contacts', q: 'which leads do I have at Osei Architects', reply: ['Daniel Osei'] },
  { intent: 'search_contacts', q: 'look for contacts at acme', reply: ['Acme'] },
];

const FIND_MENTIONS: CorpusCase[] = [
  {
    intent: 'find_mentions',
    q: 'which of my contacts does this mention: "Thanks Priya, see you at Fernhill on Monday"',
    reply: ['Priya Raman'],
  },
  { intent: 'find_mentions', q: 'which contact is behind "Nordwerk GmbH" on this letter?', reply: ['Lukas Brandt'] },
  {
    intent: 'find_mentions',
    q: 'note from the meeting: "Amara and Kenji want a joint call" — who are they in my contacts?',
    reply: ['Amara Okafor', 'Kenji Watanabe'],
  },
  { intent: 'find_mentions', q: 'who is "Mr. Brandt" in my contacts?', reply: ['Lukas Brandt'] },
  { intent: 'find_mentions', q: 'my assistant wrote "rang Whitfield re: cake shop site" – which contact?', reply: ['Grace Whitfield'] },
  { intent: 'find_mentions', q: 'this receipt says "Casa Marquez SL". Is that one of my contacts?', reply: ['Sofia Marquez'] },
  { intent: 'find_mentions', q: 'email signature: "D. Kim | Harborline" — who is that among my contacts?', reply: ['Daniel Kim'] },
  { intent: 'find_mentions', q: 'match "Brightleaf" and "Studio Kaze" to my contacts', reply: ['Amara Okafor', 'Kenji Watanabe'] },
  {
    intent: 'find_mentions',
    q: 'which contacts are in this text: "invoice Osei and Raman before friday"',
    reply: ['Daniel Osei', 'Priya Raman'],
  },
  { intent: 'find_mentions', q: 'the post-it says "novak - call back". wich contact is that?', reply: ['Tomás Novák'] },
  { intent: 'find_mentions', q: 'got a whatsapp from "sofia m" — which contact would that be', reply: ['Sofia Marquez'] },
  { intent: 'find_mentions', q: 'who in my contacts matches "Okafr"', reply: ['Amara Okafor'] },
  {
    intent: 'find_mentions',
    q: 'the meeting notes mention "Beacon plc" and "Harborline" - which of my contacts are those?',
    reply: ['Beacon', 'Daniel Kim'],
  },
  {
    intent: 'find_mentions',
    q: 'voicemail: "this is Kenji from Kaze, the animation is late" — who left it?',
    reply: ['Kenji Watanabe'],
  },
];

const CREATE_CONTACT: CorpusCase[] = [
  {
    intent: 'create_contact',
    q: 'add Marta Silva, marta@silvaceramics.pt, from Silva Ceramics',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Marta', last_name: 'Silva', email: 'marta@silvaceramics.pt', company: 'Silva Ceramics' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new customer: Jonas Lind, phone +46 8 555 123 45',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Jonas', last_name: 'Lind', phone: '+46 8 555 123 45', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Please create a contact for Fatima Zahra, she is the Office Manager at Atlas Dental',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Fatima', last_name: 'Zahra', position: 'Office Manager', company: 'Atlas Dental' },
    },
  },
  {
    intent: 'create_contact',
    q: 'add contact "Oliver Grant", oliver@grantandsons.co.uk, active',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Oliver', last_name: 'Grant', email: 'oliver@grantandsons.co.uk', status: 'active' },
      record: { status: 'active' },
    },
  },
  {
    intent: 'create_contact',
    before: 'I met someone interesting at the trade fair yesterday',
    q: 'Her name is Chloé Martin, chloe@martin-design.fr. Save her as a lead.',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Chloé', last_name: 'Martin', email: 'chloe@martin-design.fr' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'can you add peter walsh, peter@walshbuild.ie',
    propose: { tool: 'create_contact', args: { first_name: 'Peter', last_name: 'Walsh', email: 'peter@walshbuild.ie' } },
  },
  {
    intent: 'create_contact',
    q: 'new contact: Lena Vogt | Vogt Architektur | +49 40 555 0134',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Lena', last_name: 'Vogt', company: 'Vogt Architektur', phone: '+49 40 555 0134' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Create contact Ahmed Hassan, email ahmed.hassan@nilefoods.com, company Nile Foods, position Buyer',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Ahmed', last_name: 'Hassan', email: 'ahmed.hassan@nilefoods.com', company: 'Nile Foods', position: 'Buyer' },
      record: { position: 'Buyer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'pls add a contct for Sara Costa - sara@costa.it',
    propose: { tool: 'create_contact', args: { first_name: 'Sara', last_name: 'Costa', email: 'sara@costa.it' } },
  },
  {
    intent: 'create_contact',
    q: 'I have a new lead: Tom Becker from Becker Events',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Tom', last_name: 'Becker', company: 'Becker Events' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'add Emily Zhang as an inactive contact, emily@zhangco.com',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Emily', last_name: 'Zhang', email: 'emily@zhangco.com', status: 'inactive' },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'create_contact',
    q: 'save this person: Rafael Ortega, +34 911 555 020, Finance Director at Ortega Hermanos',
    propose: {
      tool: 'create_contact',
      args: {
        first_name: 'Rafael',
        last_name: 'Ortega',
        phone: '+34 911 555 020',
        position: 'Finance Director',
        company: 'Ortega Hermanos',
      },
    },
  },
  {
    intent: 'create_contact',
    q: 'could you put Hannah Weiss into the CRM? she runs Weiss Yoga, hannah@weissyoga.com',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Hannah', last_name: 'Weiss', company: 'Weiss Yoga', email: 'hannah@weissyoga.com' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Add a contact named Kwame Mensah (customer), kwame@mensahtrading.gh',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Kwame', last_name: 'Mensah', email: 'kwame@mensahtrading.gh', status: 'customer' },
      record: { status: 'customer', email: 'kwame@mensahtrading.gh' },
    },
  },
];

const UPDATE_CONTACT: CorpusCase[] = [
  {
    intent: 'update_contact',
    q: "update Sofia Marquez's phone to +34 600 123 456",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Sofia Marquez', changes: { phone: '+34 600 123 456' } },
      record: { phone: '+34 600 123 456' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Priya got promoted: her title is now Head of Product',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Priya Raman', changes: { position: 'Head of Product' } },
      record: { position: 'Head of Product' },
    },
  },
  {
    intent: 'update_contact',
    q: 'tomas novak is actve again, change his status',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Tomás Novák', changes: { status: 'active' } },
      record: { status: 'active' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Daniel Kim has a new email, daniel.kim@harborline.co',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Kim', changes: { email: 'daniel.kim@harborline.co' } } },
  },
  {
    intent: 'update_contact',
    before: 'show me Amara Okafor',
    q: 'set her hourly rate to 120',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Amara Okafor', changes: { hourly_rate: '120.00' } },
      record: { hourly_rate: '120.00' },
    },
  },
  {
    intent: 'update_contact',
    q: 'change the company of Kenji Watanabe to Kaze Films',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Kenji Watanabe', changes: { company: 'Kaze Films' } } },
  },
  {
    intent: 'update_contact',
    q: 'mark grace whitfield as a customer, she signed the contract',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Grace Whitfield', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: "Lukas's email changed to l.brandt@nordwerk.de",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Lukas Brandt', changes: { email: 'l.brandt@nordwerk.de' } } },
  },
  {
    intent: 'update_contact',
    q: 'set the position of Daniel Osei to Principal Architect',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Osei', changes: { position: 'Principal Architect' } },
      record: { position: 'Principal Architect' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Make Acme a customer.',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Acme', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: "sofia's surname is actually Márquez, with the accent - fix it",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Sofia Marquez', changes: { last_name: 'Márquez' } },
      record: { last_name: 'Márquez' },
    },
  },
  {
    intent: 'update_contact',
    before: 'find daniel kim',
    q: 'his phone is now +1 415 555 0199',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Kim', changes: { phone: '+1 415 555 0199' } } },
  },
  {
    intent: 'update_contact',
    q: "put Lukas Brandt's address as Torstraße 12, 10119 Berlin",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Lukas Brandt', changes: { address: 'Torstraße 12, 10119 Berlin' } },
      record: { address: 'Torstraße 12, 10119 Berlin' },
    },
  },
  {
    intent: 'update_contact',
    q: 'change beacon to inactive',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Beacon', changes: { status: 'inactive' } },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'update_contact',
    q: "Amara's phone number should be +44 20 7946 0999",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Amara Okafor', changes: { phone: '+44 20 7946 0999' } } },
  },
];

const ADD_NOTE: CorpusCase[] = [
  {
    intent: 'add_note',
    q: 'add a note to Lukas Brandt: "Wants the workshop moved to March"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt', body: 'Wants the workshop moved to March' } },
  },
  {
    intent: 'add_note',
    q: 'note for Priya - she asked for a discount on the next phase',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'add_note',
    q: 'Log a note on Sofia Marquez: "Prefers WhatsApp over email"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Sofia Marquez', body: 'Prefers WhatsApp over email' } },
  },
  {
    intent: 'add_note',
    before: 'open Grace Whitfield',
    q: 'add a note that she wants a quote for new menu boards',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'add_note',
    q: 'put a note on kenji: "Budget approved for episode 2"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Kenji Watanabe', body: 'Budget approved for episode 2' } },
  },
  {
    intent: 'add_note',
    q: "make a note on Daniel Osei's record that he's on holiday until the 20th",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'add_note',
    q: 'add note to amara okafor - "Invoices go to finance@brightleaf.studio from January"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Amara Okafor', body: 'Invoices go to finance@brightleaf.studio from January' },
    },
  },
  {
    intent: 'add_note',
    q: 'I just spoke with Daniel Kim. Note on him: they are moving warehouses in Q2',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'add_note',
    q: 'note on Acme: "Call after 2pm"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Acme', body: 'Call after 2pm' } },
  },
  {
    intent: 'add_note',
    q: 'write down for Tomás Novák that his company has closed',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Tomás Novák' } },
  },
  {
    intent: 'add_note',
    q: 'attach a note to Beacon saying "Asked for a proposal by email"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Beacon', body: 'Asked for a proposal by email' } },
  },
  {
    intent: 'add_note',
    q: 'new note on Priya Raman\'s contact: "Met at the Fernhill offsite"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'Met at the Fernhill offsite' } },
  },
  {
    intent: 'add_note',
    q: 'jot down on lukas that he liked the workshp a lot',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'add_note',
    q: 'Add a note for Grace Whitfield: "Tasting on Saturday"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield', body: 'Tasting on Saturday' } },
  },
];

// --- tasks and people -------------------------------------------------------------

const LIST_TASKS: CorpusCase[] = [
  { intent: 'list_tasks', q: "what's overdue?", reply: ['Follow up on the relaunch proposal'], absent: ['Renew the domain'] },
  { intent: 'list_tasks', q: 'what do I have due today', reply: ['Send the retainer report'], absent: ['Call Grace'] },
  { intent: 'list_tasks', q: 'which tasks are assigned to Sam?', reply: ['Renew the domain'], absent: ['Check the lease'] },
  {
    intent: 'list_tasks',
    q: 'show the tasks with no due date',
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
    absent: ['Renew the domain'],
  },
  {
    intent: 'list_tasks',
    q: 'list my high priority tasks',
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
    absent: ['Check the lease'],
  },
  { intent: 'list_tasks', q: 'any tasks related to Grace Whitfield?', reply: ['Call Grace about the bakery website'] },
  { intent: 'list_tasks', q: 'what have I already completed', reply: ['Send Kenji the storyboard'], absent: ['Check the lease'] },
  {
    intent: 'list_tasks',
    q: "what's on for tomorrow",
    reply: ['Call Grace about the bakery website'],
    absent: ['Send the retainer report'],
  },
  { intent: 'list_tasks', q: 'low priorty tasks?', reply: ['Renew the domain'], absent: ['Send the retainer report'] },
  { intent: 'list_tasks', q: 'is there a task about the lease?', reply: ['Check the lease'] },
  { intent: 'list_tasks', q: 'tasks for lukas', reply: ['Follow up on the relaunch proposal'] },
  {
    intent: 'list_tasks',
    q: 'what are my open tasks',
    reply: ['Send the retainer report', 'Call Grace about the bakery website', 'Prepare quarterly taxes'],
    absent: ['Send Kenji the storyboard'],
  },
  {
    intent: 'list_tasks',
    q: "what's due in the next two weeks",
    reply: ['Send the retainer report', 'Call Grace about the bakery website', 'Renew the domain'],
    absent: ['Check the lease'],
  },
  { intent: 'list_tasks', q: 'open tasks nobody is assigned to', reply: ['Check the lease'], absent: ['Renew the domain'] },
];

const CREATE_TASK: CorpusCase[] = [
  {
    intent: 'create_task',
    q: 'add a task "Send the Q1 plan" due tomorrow',
    propose: { tool: 'create_task', args: { title: 'Send the Q1 plan', due_on: 'TOMORROW' }, record: { due_on: 'TOMORROW' } },
  },
  {
    intent: 'create_task',
    q: 'remind me to call Daniel Kim tomorrow at 3pm',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Daniel Kim', due_date: 'TOMORROW_15' } },
  },
  {
    intent: 'create_task',
    q: 'new task for Sam Lee: "Update the price list", high priority',
    propose: {
      tool: 'create_task',
      args: { title: 'Update the price list', assignee_id: '@member:Sam Lee', priority: 'high' },
      record: { assignee_id: '@member:Sam Lee', priority: 'high' },
    },
  },
  {
    intent: 'create_task',
    q: 'create a low priority task "Clean up the shared drive"',
    propose: { tool: 'create_task', args: { title: 'Clean up the shared drive', priority: 'low' }, record: { priority: 'low' } },
  },
  {
    intent: 'create_task',
    q: 'task: "Chase Lukas about the workshop invoice" for next friday, link it to Lukas Brandt',
    propose: {
      tool: 'create_task',
      args: { title: 'Chase Lukas about the workshop invoice', due_on: 'NEXT_FRIDAY', contact_id: '@contact:Lukas Brandt' },
    },
  },
  {
    intent: 'create_task',
    q: 'I need to follow up with Sofia in two weeks',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Sofia Marquez', due_on: 'IN_14_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'add "Book the photographer" to my tasks and assign it to me',
    propose: { tool: 'create_task', args: { title: 'Book the photographer', assignee_id: 'ME' }, record: { assignee_id: 'ME' } },
  },
  {
    intent: 'create_task',
    q: 'put a to-do in for the day after tomorrow: "Renew insurance"',
    propose: { tool: 'create_task', args: { title: 'Renew insurance', due_on: 'IN_2_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'remind me to send Kenji the invoice on thrusday',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Kenji Watanabe', due_on: 'NEXT_THURSDAY' } },
  },
  {
    intent: 'create_task',
    q: 'Create a task "Prepare the Fernhill demo" for Priya Raman, high priority, due in 5 days',
    propose: {
      tool: 'create_task',
      args: { title: 'Prepare the Fernhill demo', contact_id: '@contact:Priya Raman', priority: 'high', due_on: 'IN_5_DAYS' },
      record: { priority: 'high', due_on: 'IN_5_DAYS' },
    },
  },
  {
    intent: 'create_task',
    q: 'can you add a todo "order printer ink"',
    propose: { tool: 'create_task', args: { title: 'order printer ink' }, record: { status: 'pending', priority: 'medium' } },
  },
  {
    intent: 'create_task',
    q: 'tomorrow i have to ring grace about the cake order, make a task for it',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Grace Whitfield', due_on: 'TOMORROW' } },
  },
  {
    intent: 'create_task',
    q: 'assign Sam a task to check the bank feed by friday',
    propose: { tool: 'create_task', args: { assignee_id: '@member:Sam Lee', due_on: 'NEXT_FRIDAY' } },
  },
  {
    intent: 'create_task',
    q: 'add a high-priority task to pay the rent a week from today',
    propose: { tool: 'create_task', args: { priority: 'high', due_on: 'IN_7_DAYS' } },
  },
];

const UPDATE_TASK: CorpusCase[] = [
  {
    intent: 'update_task',
    q: 'mark "Check the lease" as done',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'I finished the retainer report',
    propose: { tool: 'update_task', args: { task_id: '@task:Send the retainer report', changes: { status: 'completed' } } },
  },
  {
    intent: 'update_task',
    q: 'push the domian renewal to next friday',
    propose: { tool: 'update_task', args: { task_id: '@task:Renew the domain', changes: { due_on: 'NEXT_FRIDAY' } } },
  },
  {
    intent: 'update_task',
    q: 'make "Order business cards" high priority',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { priority: 'high' } },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'update_task',
    q: 'assign the quarterly taxes task to Sam Lee',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Prepare quarterly taxes', changes: { assignee_id: '@member:Sam Lee' } },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'update_task',
    q: 'nobody needs to be on the domain renewal any more, unassign it',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { assignee_id: null } },
      record: { assignee_id: null },
    },
  },
  {
    intent: 'update_task',
    q: 'move the call with grace to tomorrow at 3pm',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Call Grace about the bakery website', changes: { due_date: 'TOMORROW_15' } },
    },
  },
  {
    intent: 'update_task',
    q: 'the relaunch follow-up is in progress now',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Follow up on the relaunch proposal', changes: { status: 'in_progress' } },
      record: { status: 'in_progress' },
    },
  },
  {
    intent: 'update_task',
    before: 'add a task "Send the brochure to Beacon"',
    q: 'make it due tomorrow',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Send the brochure to Beacon', changes: { due_on: 'TOMORROW' } },
      record: { due_on: 'TOMORROW' },
    },
  },
  {
    intent: 'update_task',
    q: 'rename the task "Order business cards" to "Order business cards for Sam"',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { title: 'Order business cards for Sam' } },
      record: { title: 'Order business cards for Sam' },
    },
  },
  {
    intent: 'update_task',
    q: 'set the priority of the lease task to low',
    propose: { tool: 'update_task', args: { task_id: '@task:Check the lease', changes: { priority: 'low' } } },
  },
  {
    intent: 'update_task',
    q: 'give "Prepare quarterly taxes" a due date: in 10 days',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { due_on: 'IN_10_DAYS' } } },
  },
  {
    intent: 'update_task',
    before: 'which tasks are overdue?',
    q: 'mark that one as done',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Follow up on the relaunch proposal', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'put me on the business cards task',
    propose: { tool: 'update_task', args: { task_id: '@task:Order business cards', changes: { assignee_id: 'ME' } } },
  },
];

const DELETE_TASK: CorpusCase[] = [
  {
    intent: 'delete_task',
    q: 'delete the task "Order business cards"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  { intent: 'delete_task', q: 'remove the lease task', propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' } } },
  {
    intent: 'delete_task',
    q: "get rid of the storyboard task, it's done anyway",
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'we dont need "Renew the domain" anymore, delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'Please delete "Prepare quarterly taxes".',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
  {
    intent: 'delete_task',
    before: 'show my tasks without a due date',
    q: 'delete the business cards one',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  {
    intent: 'delete_task',
    q: 'drop the task about calling grace',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
  {
    intent: 'delete_task',
    q: 'trash the follow up on the relaunch proposal task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'can you delete the retainer report task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'delte the task check the lease',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' } },
  },
  {
    intent: 'delete_task',
    q: 'the domain renewal task can go — remove it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    before: "what's due today?",
    q: 'delete that task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'erase the task "Send Kenji the storyboard"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'remove the to-do to order business cards from my list',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
];

const LIST_MEMBERS: CorpusCase[] = [
  { intent: 'list_members', q: "who's in my workspace?", reply: ['Robin Example', 'Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'what role does Vera have', reply: ['viewer'] },
  { intent: 'list_members', q: 'is sam lee an admin?', reply: ['member'] },
  { intent: 'list_members', q: 'list the team members', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'who can I assign tasks to', reply: ['Sam Lee'] },
  { intent: 'list_members', q: 'who owns this workspace', reply: ['Robin Example'] },
  { intent: 'list_members', q: 'how many people are on the team, and who?', reply: ['Robin Example', 'Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'show members and their roles', reply: ['owner', 'member', 'viewer'] },
  { intent: 'list_members', q: 'whos got view-only access', reply: ['Vera Viewer'] },
  { intent: 'list_members', q: 'team list pls', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'is Vera Viewer able to edit things? what is her role', reply: ['viewer'] },
  { intent: 'list_members', q: 'which people have access to this account?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: "what's my role here?", reply: ['owner'] },
  { intent: 'list_members', q: "tell me Sam's role and Vera's role", reply: ['member', 'viewer'] },
];

// --- time -------------------------------------------------------------------------

const START_TIMER: CorpusCase[] = [
  { intent: 'start_timer', q: 'start a timer for Acme', propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' } } },
  {
    intent: 'start_timer',
    q: 'start timing "Logo concepts" for Beacon',
    propose: { tool: 'start_timer', args: { description: 'Logo concepts', contact_id: '@contact:Beacon' } },
  },
  { intent: 'start_timer', q: 'clock in on "Bookkeeping"', propose: { tool: 'start_timer', args: { description: 'Bookkeeping' } } },
  {
    intent: 'start_timer',
    q: "I'm starting work on Kenji's title animation now, track it",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'start_timer',
    q: 'timer on: "Website fixes", client Sofia Marquez',
    propose: { tool: 'start_timer', args: { description: 'Website fixes', contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'start_timer',
    q: 'begin tracking time for Priya Raman',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'start_timer',
    q: 'start the clock for Daniel Osei — "Drawings review"',
    propose: { tool: 'start_timer', args: { description: 'Drawings review', contact_id: '@contact:Daniel Osei' } },
  },
  { intent: 'start_timer', q: 'Start a timer please: "Admin"', propose: { tool: 'start_timer', args: { description: 'Admin' } } },
  {
    intent: 'start_timer',
    q: 'track my time on the Nordwerk workshop prep, starting now',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'start_timer',
    q: 'start timer amara "Brand guidelines"',
    propose: { tool: 'start_timer', args: { description: 'Brand guidelines', contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'start_timer',
    q: 'kick off a timer for grace whitfield',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Grace Whitfield' } },
  },
  { intent: 'start_timer', q: 'stat a timer for beacon', propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } } },
  {
    intent: 'start_timer',
    before: 'find Daniel Kim',
    q: 'start a timer for him',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Daniel Kim' } },
  },
  { intent: 'start_timer', q: 'begin a timer called "Research"', propose: { tool: 'start_timer', args: { description: 'Research' } } },
];

const STOP_TIMER: CorpusCase[] = [
  {
    intent: 'stop_timer',
    before: 'start a timer for Acme on "Wireframes"',
    q: 'stop the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Wireframes', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Copywriting"',
    q: "ok I'm done, stop it",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Copywriting' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Beacon on "Call prep"',
    q: 'clock out',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'timer on "Invoices admin"',
    q: 'stop tracking',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Invoices admin' } },
  },
  {
    intent: 'stop_timer',
    before: 'start the clock for Kenji Watanabe: "Storyboard notes"',
    q: 'stop my timer please',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Storyboard notes', contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer: "Site visit"',
    q: 'end the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Site visit' } },
  },
  {
    intent: 'stop_timer',
    before: 'begin tracking "Call prep" for Lukas Brandt',
    q: 'stop the clock',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Priya Raman on "Data review"',
    q: 'Stop timer.',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Data review' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Email backlog"',
    q: 'finished — stop the running timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Email backlog' } },
  },
  {
    intent: 'stop_timer',
    before: 'start the timer for grace whitfield: "Menu design"',
    q: "that's it for today, stop the timer",
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer called "Planning"',
    q: 'stop timng',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Planning' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Sofia Marquez on "Homepage copy"',
    q: "I'm done with Sofia for now, stop the timer",
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'stop_timer',
    before: 'clock in on "Quotes"',
    q: 'clock me out',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Quotes' } },
  },
];

const RUNNING_TIMER: CorpusCase[] = [
  { intent: 'running_timer', before: 'start a timer for Acme on "Wireframes"', q: 'is a timer running?', reply: ['Wireframes'] },
  {
    intent: 'running_timer',
    before: 'start timing "Copywriting" for Beacon',
    q: 'what am I tracking right now?',
    reply: ['Copywriting'],
  },
  {
    intent: 'running_timer',
    before: 'start a timer for Kenji Watanabe on "Title cards"',
    q: 'which client is my timer on',
    reply: ['Kenji Watanabe'],
  },
  { intent: 'running_timer', before: 'clock in on "Bookkeeping"', q: 'is the clock still running', reply: ['Bookkeeping'] },
  {
    intent: 'running_timer',
    before: 'start a timer: "Site visit" for Daniel Osei',
    q: "what's the timer running on?",
    reply: ['Site visit'],
  },
  { intent: 'running_timer', before: 'start the clock for Priya Raman on "Data review"', q: 'whats running', reply: ['Priya Raman'] },
  { intent: 'running_timer', before: 'start timing "Tax prep"', q: 'do I have a timer going?', reply: ['Tax prep'] },
  {
    intent: 'running_timer',
    before: 'begin a timer for Lukas Brandt on "Workshop prep"',
    q: 'running timer?',
    reply: ['Workshop prep'],
  },
  {
    intent: 'running_timer',
    before: 'start a timer for Grace Whitfield: "Menu boards"',
    q: 'am i still on the clock',
    reply: ['Menu boards'],
  },
  { intent: 'running_timer', before: 'timer on "Market research"', q: 'since when is my timer running?', reply: ['Market research'] },
  {
    intent: 'running_timer',
    before: 'start a timer for Sofia Marquez on "Homepage copy"',
    q: 'what was I timing again',
    reply: ['Homepage copy'],
  },
  {
    intent: 'running_timer',
    before: 'start timing "Admin" for Acme',
    q: 'Is anything being tracked at the moment?',
    reply: ['Admin'],
  },
  { intent: 'running_timer', before: 'start a timer on "Phone calls"', q: 'check my timer', reply: ['Phone calls'] },
];

const LOG_TIME: CorpusCase[] = [
  {
    intent: 'log_time',
    q: 'log 2 hours for Acme on "Wireframes"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 120, contact_id: '@contact:Acme', description: 'Wireframes' },
      record: { duration_minutes: 120, billable: true },
    },
  },
  {
    intent: 'log_time',
    q: 'I worked 45 minutes for Beacon yesterday, "Call notes"',
    propose: { tool: 'log_time', args: { duration_minutes: 45, contact_id: '@contact:Beacon', description: 'Call notes' } },
  },
  {
    intent: 'log_time',
    q: 'add 1.5h for Kenji Watanabe: "Storyboard revisions"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 90, contact_id: '@contact:Kenji Watanabe', description: 'Storyboard revisions' },
    },
  },
  {
    intent: 'log_time',
    q: 'record 3 hours of "Bookkeeping", not billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 180, description: 'Bookkeeping', billable: false },
      record: { billable: false },
    },
  },
  {
    intent: 'log_time',
    q: 'log an hour and a half for priya raman today, "Dashboard fixes"',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Priya Raman', description: 'Dashboard fixes' } },
  },
  {
    intent: 'log_time',
    q: 'time entry: 30 min, Daniel Osei, "Drawing check"',
    propose: { tool: 'log_time', args: { duration_minutes: 30, contact_id: '@contact:Daniel Osei', description: 'Drawing check' } },
  },
  {
    intent: 'log_time',
    q: 'put 4 hours on Sofia Marquez for "Homepage build"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 240, contact_id: '@contact:Sofia Marquez', description: 'Homepage build' },
      record: { duration_minutes: 240 },
    },
  },
  {
    intent: 'log_time',
    q: 'log 2h15m for Lukas Brandt, "Workshop prep"',
    propose: { tool: 'log_time', args: { duration_minutes: 135, contact_id: '@contact:Lukas Brandt', description: 'Workshop prep' } },
  },
  {
    intent: 'log_time',
    q: 'I spent 20 minutes on admin, log it as non-billable',
    propose: { tool: 'log_time', args: { duration_minutes: 20, billable: false } },
  },
  {
    intent: 'log_time',
    q: 'log 6 hours yesterday for Grace Whitfield: "Shop setup"',
    propose: { tool: 'log_time', args: { duration_minutes: 360, contact_id: '@contact:Grace Whitfield', description: 'Shop setup' } },
  },
  {
    intent: 'log_time',
    q: 'please log 90 mins on Acme "Review"',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Acme', description: 'Review' } },
  },
  {
    intent: 'log_time',
    q: 'track 1 hour for Beacon - "Kickoff meeting" - billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 60, contact_id: '@contact:Beacon', description: 'Kickoff meeting' },
      record: { billable: true },
    },
  },
  {
    intent: 'log_time',
    q: 'add a time entery of 50 minutes for Daniel Kim, "API call"',
    propose: { tool: 'log_time', args: { duration_minutes: 50, contact_id: '@contact:Daniel Kim', description: 'API call' } },
  },
  {
    intent: 'log_time',
    q: 'log 3.5 hours on "Proposal writing" for Priya',
    propose: { tool: 'log_time', args: { duration_minutes: 210, contact_id: '@contact:Priya Raman', description: 'Proposal writing' } },
  },
];

const TIME_SUMMARY: CorpusCase[] = [
  { intent: 'time_summary', q: 'how much time have I logged this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'hours for Beacon this month', reply: ['10:00'] },
  { intent: 'time_summary', q: 'how long did I work for Acme', reply: ['2:15'] },
  { intent: 'time_summary', q: 'time spent on "Review"', reply: ['0:45'] },
  { intent: 'time_summary', q: 'how many hours went into design for acme', reply: ['1:30'] },
  { intent: 'time_summary', q: 'time per client this month', reply: ['Acme', '2:15', 'Beacon', '10:00'] },
  { intent: 'time_summary', q: 'total minutes tracked this month?', reply: ['735'] },
  { intent: 'time_summary', q: 'how much did I track for beacon plc', reply: ['10:00'] },
  { intent: 'time_summary', q: 'hours logged by everyone this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'which client did I spend the most time on this month', reply: ['Beacon'] },
  { intent: 'time_summary', q: 'how much time is logged for Acme Ltd in total', reply: ['2:15'] },
  { intent: 'time_summary', q: 'timesheet total for this month?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'How many hours have I tracked for Acme and for Beacon?', reply: ['2:15', '10:00'] },
  { intent: 'time_summary', q: 'tme logged on "Other" for Beacon', reply: ['10:00'] },
];

// --- money --------------------------------------------------------------------------

const MONEY_TOTALS: CorpusCase[] = [
  { intent: 'money_totals', q: 'how much did I spend this month?', reply: ['195.89'] },
  { intent: 'money_totals', q: 'income last month?', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'net profit this month', reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'what did we earn this month', reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'total expenses last month', reply: ['800.00'] },
  { intent: 'money_totals', q: "what's my net for last month", reply: ['1,200.00'] },
  { intent: 'money_totals', q: 'how much have I spent on Software in total', reply: ['149.99'] },
  { intent: 'money_totals', q: 'total income since the start of last month', reply: ['3,500.00'] },
  { intent: 'money_totals', q: 'all-time income?', reply: ['6,750.00'] },
  { intent: 'money_totals', q: 'how much went on meals, all time', reply: ['45.90'] },
  { intent: 'money_totals', q: 'total spent on rent ever', reply: ['800.00'] },
  { intent: 'money_totals', q: 'How much came in from client work overall?', reply: ['3,500.00'] },
  { intent: 'money_totals', q: 'income and expenses today', reply: ['1,500.00', '195.89'] },
  { intent: 'money_totals', q: 'what were my expenses since the beginning of last month', reply: ['995.89'] },
  { intent: 'money_totals', q: 'total of invoice payments recieved, all time', reply: ['3,250.00'] },
];

const TOP_CATEGORIES: CorpusCase[] = [
  { intent: 'top_categories', q: 'what are my biggest expense categories of all time', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'top spending categories this month', reply: ['Software', '149.99'], absent: ['Rent'] },
  { intent: 'top_categories', q: 'which income category brings in the most, overall', reply: ['Client work', '3,500.00'] },
  { intent: 'top_categories', q: 'biggest cost category last month', reply: ['Rent'] },
  { intent: 'top_categories', q: 'rank my expense categories', reply: ['Rent', 'Software', 'Meals'] },
  { intent: 'top_categories', q: 'which category did I spend the most on this month', reply: ['Software'], absent: ['Rent'] },
  { intent: 'top_categories', q: 'top income categories', reply: ['Client work', 'Invoice payments'] },
  { intent: 'top_categories', q: 'my two largest expense categories', reply: ['Rent', 'Software'], absent: ['Meals'] },
  { intent: 'top_categories', q: 'what have I spent the most on overall?', reply: ['Rent'] },
  { intent: 'top_categories', q: 'income by category this month', reply: ['Client work', '1,500.00'] },
  {
    intent: 'top_categories',
    q: "break down this month's expenses by category",
    reply: ['Software', '149.99', 'Meals', '45.90'],
  },
  { intent: 'top_categories', q: 'biggest expnse category overall and how much', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'top categories of spend since the start of last month', reply: ['Rent', '800.00', 'Software'] },
];

const LIST_CATEGORIES: CorpusCase[] = [
  {
    intent: 'list_categories',
    q: 'what categories do I use?',
    reply: ['Client work', 'Software', 'Meals', 'Rent', 'Invoice payments'],
  },
  { intent: 'list_categories', q: 'list my expense categories', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'which income categories exist', reply: ['Client work', 'Invoice payments'], absent: ['Rent'] },
  {
    intent: 'list_categories',
    q: 'show me all transaction categories',
    reply: ['Client work', 'Software', 'Meals', 'Rent', 'Invoice payments'],
  },
  { intent: 'list_categories', q: 'categories for expenses?', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'do I have a category for rent', reply: ['Rent'] },
  { intent: 'list_categories', q: 'what category names have I used so far', reply: ['Software', 'Meals', 'Client work'] },
  { intent: 'list_categories', q: 'income categories pls', reply: ['Client work', 'Invoice payments'], absent: ['Meals'] },
  { intent: 'list_categories', q: 'which categories have I booked expenses under?', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'list categroies', reply: ['Client work', 'Rent', 'Software'] },
  {
    intent: 'list_categories',
    q: 'under which categories have I recorded income?',
    reply: ['Client work', 'Invoice payments'],
    absent: ['Software'],
  },
  { intent: 'list_categories', q: 'my spending categories', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'whats the list of categories in my books', reply: ['Client work', 'Invoice payments', 'Meals'] },
  {
    intent: 'list_categories',
    q: 'what kinds of income have I categorised so far',
    reply: ['Client work', 'Invoice payments'],
    absent: ['Rent'],
  },
];

const LIST_TRANSACTIONS: CorpusCase[] = [
  { intent: 'list_transactions', q: "show today's expenses", reply: ['Lunch with Lukas', 'Hosting', 'Design tool'] },
  { intent: 'list_transactions', q: 'list the software transactions', reply: ['Hosting', 'Design tool'], absent: ['Lunch with Lukas'] },
  { intent: 'list_transactions', q: 'what did I pay for rent last month', reply: ['800.00'] },
  { intent: 'list_transactions', q: 'show my income transactions from last month', reply: ['2,000.00'], absent: ['1,500.00'] },
  { intent: 'list_transactions', q: 'find the lunch with lukas transaction', reply: ['45.90'] },
  { intent: 'list_transactions', q: 'the payment for INV-0002 — how much was it?', reply: ['250.00'] },
  {
    intent: 'list_transactions',
    q: 'show all income transactions',
    reply: ['1,500.00', '2,000.00', '250.00', '3,000.00'],
    absent: ['45.90'],
  },
  { intent: 'list_transactions', q: 'waht was the hosting charge', reply: ['120.00'] },
  { intent: 'list_transactions', q: 'list expenses over 100', reply: ['120.00', '800.00'], absent: ['45.90', '29.99'] },
  { intent: 'list_transactions', q: 'show me transactions in Meals', reply: ['Lunch with Lukas', '45.90'] },
  { intent: 'list_transactions', q: 'what came in today', reply: ['Website milestone', '1,500.00'] },
  { intent: 'list_transactions', q: 'latest transactions', reply: ['Website milestone', 'Hosting'] },
  { intent: 'list_transactions', q: 'how much was the design tool transaction', reply: ['29.99'] },
  {
    intent: 'list_transactions',
    q: 'show the invoice payment transactions',
    reply: ['Payment for invoice INV-0002', 'Payment for invoice INV-0003'],
  },
];

const CREATE_TRANSACTION: CorpusCase[] = [
  {
    intent: 'create_transaction',
    q: 'I paid 60 for parking yesterday',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '60.00', date: 'YESTERDAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'record income of $2,400 from Nordwerk today',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '2400.00' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'add an expense: 1.2k for a new laptop, category "Equipment"',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '1200.00', category: 'Equipment' },
      record: { amount: '1200.00' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'log an expense of 18.50 for coffee with Grace',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '18.50' } },
  },
  {
    intent: 'create_transaction',
    q: 'Received 750 from a client for a photo shoot, record it as income under "Client work"',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '750.00', category: 'Client work' } },
  },
  {
    intent: 'create_transaction',
    q: 'spent $39.99 on "Stock photos" (category Software)',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '39.99', description: 'Stock photos', category: 'Software' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'new expens 250, "Train tickets", date yesterday',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '250.00', description: 'Train tickets', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'book income of twelve hundred dollars, description "Consulting day"',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '1200.00', description: 'Consulting day' } },
  },
  {
    intent: 'create_transaction',
    q: 'i bought printer paper for 23.40',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '23.40' } },
  },
  {
    intent: 'create_transaction',
    q: 'record a refund we got from a supplier: 80 dollars income',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '80.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'expense $1,050.00, category Rent',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '1050.00', category: 'Rent' }, record: { category: 'Rent' } },
  },
  {
    intent: 'create_transaction',
    q: 'add income 300, category "Workshops", description "Bakery workshop"',
    propose: {
      tool: 'create_transaction',
      args: { type: 'income', amount: '300.00', category: 'Workshops', description: 'Bakery workshop' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'Add a transaction: expense, 15 for the domain',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '15.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'we got paid 5k for a logo job, put that in as income',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '5000.00' }, record: { type: 'income' } },
  },
];

// --- invoices, payments, credit notes, recurring --------------------------------------

const LIST_INVOICES: CorpusCase[] = [
  { intent: 'list_invoices', q: 'which invoices are unpaid?', reply: ['INV-0001', 'INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'overdeu invoices', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'show me paid invoices', reply: ['INV-0003'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'list all my invoices', reply: ['INV-0001', 'INV-0002', 'INV-0003'] },
  { intent: 'list_invoices', q: 'invoices for Priya Raman', reply: ['INV-0003'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'what invoices have I sent to Amara', reply: ['INV-0001', '1,200.00'] },
  { intent: 'list_invoices', q: 'who still owes me money', reply: ['Amara Okafor', 'Lukas Brandt'], absent: ['Priya'] },
  { intent: 'list_invoices', q: 'anything overdue from lukas?', reply: ['INV-0002', '500.00'] },
  { intent: 'list_invoices', q: 'open invoices and their balances', reply: ['1,200.00', '500.00'] },
  { intent: 'list_invoices', q: 'how much is outstanding on invoices in total', reply: ['1,700.00'] },
  {
    intent: 'list_invoices',
    q: 'which invoices are still waiting for payment but not late yet',
    reply: ['INV-0001'],
    absent: ['INV-0002'],
  },
  { intent: 'list_invoices', q: 'show the invoices for Lukas Brandt', reply: ['INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'which invoices has Amara not paid yet', reply: ['INV-0001'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'total overdue amount on invoices?', reply: ['500.00'] },
];

const GET_INVOICE: CorpusCase[] = [
  { intent: 'get_invoice', q: "what's on INV-0002?", reply: ['Relaunch workshop', '750.00'] },
  { intent: 'get_invoice', q: 'how much is left to pay on invoice 2', reply: ['500.00'] },
  { intent: 'get_invoice', q: 'INV-0001 details', reply: ['Amara Okafor', '1,200.00'] },
  { intent: 'get_invoice', q: 'has INV-0003 been payed?', reply: ['paid'] },
  { intent: 'get_invoice', q: 'who is invoice INV-0003 for', reply: ['Priya Raman'] },
  { intent: 'get_invoice', q: 'what payments came in on INV-0002', reply: ['250.00'] },
  { intent: 'get_invoice', q: 'total of inv-0003', reply: ['3,000.00'] },
  { intent: 'get_invoice', q: "show me Amara's invoice", reply: ['INV-0001', '1,200.00'] },
  { intent: 'get_invoice', q: 'balance due on INV-0001?', reply: ['1,200.00'] },
  { intent: 'get_invoice', q: 'what did I bill Lukas for on his invoice', reply: ['Relaunch workshop'] },
  { intent: 'get_invoice', q: 'what day rate is on INV-0002 for the workshop', reply: ['150.00'] },
  { intent: 'get_invoice', q: 'status of invoice 1?', reply: ['sent'] },
  { intent: 'get_invoice', q: 'open INV-0003 and tell me the line items', reply: ['Dashboard project'] },
  { intent: 'get_invoice', q: "what's the status of Lukas's invoice", reply: ['overdue'] },
];

const CREATE_INVOICE: CorpusCase[] = [
  {
    intent: 'create_invoice',
    q: 'invoice Amara Okafor for "Brand workshop", 2 days at 600',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Brand workshop', quantity: '2', unit_price: '600.00' }] },
      record: { total_amount: '1200.00', status: 'draft' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'create an invoice for Daniel Osei: 1 x "Site survey" at $950, due in 14 days',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Daniel Osei',
        items: [{ description: 'Site survey', quantity: '1', unit_price: '950.00' }],
        due_date: 'IN_14_DAYS',
      },
      record: { due_date: 'IN_14_DAYS' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill Priya Raman 3,000 for "Data pipeline setup"',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Data pipeline setup', quantity: '1', unit_price: '3000.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'new invoice for Kenji Watanabe: 10 hours of "Animation" at 85 an hour',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ description: 'Animation', quantity: '10', unit_price: '85.00' }] },
      record: { total_amount: '850.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'draft an invoice to Grace Whitfield for "Logo refresh" 450 plus 20% tax',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Grace Whitfield',
        items: [{ description: 'Logo refresh', quantity: '1', unit_price: '450.00', tax_rate: '20' }],
      },
      record: { total_amount: '540.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice Acme 1.5k for consulting, net 30',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Acme', items: [{ quantity: '1', unit_price: '1500.00' }], due_date: 'IN_30_DAYS' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'make an invoice for Sofia Marquez with two lines: "Design" 1200 and "Hosting setup" 300',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Sofia Marquez',
        items: [
          { description: 'Design', quantity: '1', unit_price: '1200.00' },
          { description: 'Hosting setup', quantity: '1', unit_price: '300.00' },
        ],
      },
      record: { total_amount: '1500.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice Lukas Brandt for 4 "Workshop days" at 800 each with a 10% discount',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Lukas Brandt',
        items: [{ description: 'Workshop days', quantity: '4', unit_price: '800.00' }],
        discount_type: 'percent',
        discount_value: '10.00',
      },
      record: { total_amount: '2880.00' },
    },
  },
  {
    intent: 'create_invoice',
    before: 'look up daniel kim',
    q: 'invoice him 2,500 for "API integration"',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'API integration', quantity: '1', unit_price: '2500.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Raise an invoice: Beacon, "Strategy session", $700',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Strategy session', quantity: '1', unit_price: '700.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'can you invoice tomas novak 200 for "Archive export"',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Archive export', quantity: '1', unit_price: '200.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice amara for the monthly retaner, 500, due next friday',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Amara Okafor', items: [{ quantity: '1', unit_price: '500.00' }], due_date: 'NEXT_FRIDAY' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'create invoice: Priya Raman, 6 x "Training session" @ 250',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Training session', quantity: '6', unit_price: '250.00' }] },
      record: { total_amount: '1500.00', status: 'draft' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'new invoice for Harborline (Daniel Kim): "Support hours", 12 hours at $95',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'Support hours', quantity: '12', unit_price: '95.00' }] },
      record: { total_amount: '1140.00' },
    },
  },
];

const RECORD_PAYMENT: CorpusCase[] = [
  {
    intent: 'record_payment',
    q: 'record a payment of 500 on INV-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { amount: '500.00', invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'Amara paid her invoice in full',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { invoice: { status: 'paid' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'lukas paid 200 today',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '200.00' },
      record: { invoice: { balance_due: '300.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'mark INV-0001 as paid',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'got $600 from Amara Okafor yesterday for INV-0001',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '600.00', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY', invoice: { balance_due: '600.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'record payment: inv-0002, 250',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '250.00' } },
  },
  {
    intent: 'record_payment',
    before: "show me Amara's invoice",
    q: 'she paid it, record the payment',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Lukas Brandt settled the rest of his invoice',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { status: 'paid' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'payment received on invoice 1: 1.2k',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Nordwerk transferred 100 for the workshop invoice',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '100.00' } },
  },
  {
    intent: 'record_payment',
    q: 'log that INV-0002 was paid off on the 3rd',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Amara sent 400 twoards her invoice',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '400.00' },
      record: { invoice: { balance_due: '800.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'apply a payment of $1,200.00 to INV-0001',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'the overdue invoice got paid today, the full amount',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
];

const CREDIT_INVOICE: CorpusCase[] = [
  {
    intent: 'credit_invoice',
    q: 'issue a credit note of 200 on INV-0001',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '200.00' },
      record: { total_amount: '200.00', invoice_number: 'INV-0001' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit Lukas 100 on his invoice, reason "Workshop ran short"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '100.00', reason: 'Workshop ran short' },
      record: { reason: 'Workshop ran short' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'refund Priya 500 on INV-0003',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0003', amount: '500.00', refund: true },
      record: { refunded: true },
    },
  },
  {
    intent: 'credit_invoice',
    q: "Amara's invoice: credit $150",
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '150.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note for inv-0002, 50 dollars',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '50.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'give Priya Raman a 300 credit on her dashboard invoice and pay it back to her',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0003', amount: '300.00', refund: true },
      record: { refunded: true },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'issue a credit of 1,200 against INV-0001 — "Retainer cancelled"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00', reason: 'Retainer cancelled' },
      record: { invoice: { balance_due: '0.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    before: 'show me INV-0002',
    q: 'credit 150 on it',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '150.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'write a credit note on invoice 3 for 250, reason "Discount agreed"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0003', amount: '250.00', reason: 'Discount agreed' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit back 75.50 on the Nordwerk invocie',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '75.50' } },
  },
  {
    intent: 'credit_invoice',
    q: 'Priya was overcharged 120 on INV-0003, issue a credit note and refund her',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '120.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit the full amount of INV-0001',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'reduce what amara owes by 100 with a credit note',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '100.00' },
      record: { invoice: { balance_due: '1100.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note: INV-0002, amount 250, reason "Goodwill"',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '250.00', reason: 'Goodwill' } },
  },
];

const LIST_RECURRING_INVOICES: CorpusCase[] = [
  { intent: 'list_recurring_invoices', q: 'what recurring invoices do I have?', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'how often does Lukas get invoiced automatically', reply: ['quarterly'] },
  { intent: 'list_recurring_invoices', q: 'which recurring invoices are active', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: "show Amara's recurring invoice", reply: ['monthly', '500.00'] },
  { intent: 'list_recurring_invoices', q: "what's the amount on Lukas's recurring invoice", reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'when is the next recurring invoice due', reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'how much is the monthly recurring retainer', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'list recurring billing', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'who is on a quarterly recurring invoice', reply: ['Lukas Brandt'], absent: ['Amara'] },
  { intent: 'list_recurring_invoices', q: 'my repeating invoices?', reply: ['monthly', 'quarterly'] },
  { intent: 'list_recurring_invoices', q: 'which client has a monthly recurring invoice', reply: ['Amara Okafor'], absent: ['Lukas'] },
  { intent: 'list_recurring_invoices', q: 'what gets billed on the recurring invoices', reply: ['Retainer'] },
  { intent: 'list_recurring_invoices', q: 'recuring invoices overview', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: "when does Lukas's recurring invoice start", reply: ['2099'] },
];

const PAUSE_RECURRING_INVOICE: CorpusCase[] = [
  {
    intent: 'pause_recurring_invoice',
    q: "pause Amara's recurring invoice",
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Amara Okafor' },
      record: { status: 'paused' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'stop the quarterly retainer for Lukas for now',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'put the monthly recurring invoice on hold',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause recurring billing for Lukas Brandt',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Lukas Brandt' },
      record: { status: 'paused' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'hold the Brightleaf recurring invoices for a while',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the quarterly recurring invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'show my recurring invoices',
    q: 'pause the one for Amara',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'no more automatic invoices to Nordwerk until further notice — pause them',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pasue amara okafor recurring',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'Lukas asked us to pause his recurring invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'suspend the monthly recurring profile',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'Can you pause the recurring invoice for Amara Okafor?',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Amara Okafor' },
      record: { status: 'paused' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the recurring invoice for nordwerk gmbh',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
];

// --- quotes and deals ----------------------------------------------------------------

const LIST_QUOTES: CorpusCase[] = [
  { intent: 'list_quotes', q: 'show me all quotes', reply: ['QUO-0001', 'QUO-0002', 'QUO-0003', 'QUO-0004'] },
  { intent: 'list_quotes', q: 'which quotes are still drafts', reply: ['QUO-0003'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'acepted quotes?', reply: ['QUO-0002', '2,850.00'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: "what's Kenji's quote at", reply: ['1,600.00'] },
  { intent: 'list_quotes', q: 'which quotes were declined', reply: ['QUO-0004'], absent: ['QUO-0002'] },
  { intent: 'list_quotes', q: 'open quotes', reply: ['QUO-0001', 'QUO-0002'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'total value of all my quotes', reply: ['11,450.00'] },
  { intent: 'list_quotes', q: 'the quote for Grace Whitfield — how much, and what status?', reply: ['2,200.00', 'draft'] },
  { intent: 'list_quotes', q: 'which sent quotes are still waiting for an answer', reply: ['QUO-0001'], absent: ['QUO-0003'] },
  { intent: 'list_quotes', q: 'is there a quote for the online shop', reply: ['QUO-0003'] },
  { intent: 'list_quotes', q: 'what did I quote Sofia Marquez', reply: ['4,800.00'] },
  { intent: 'list_quotes', q: 'list quotes for daniel osei', reply: ['QUO-0002'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: "what's on the Osei quote", reply: ['Office fit-out drawings'] },
  { intent: 'list_quotes', q: 'quotes over 2k', reply: ['QUO-0001', 'QUO-0002', 'QUO-0003'], absent: ['QUO-0004'] },
];

const CREATE_QUOTE: CorpusCase[] = [
  {
    intent: 'create_quote',
    q: 'quote Grace Whitfield for "Menu boards", 3 at 120',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Menu boards', quantity: '3', unit_price: '120.00' }] },
      record: { total_amount: '360.00', status: 'draft' },
    },
  },
  {
    intent: 'create_quote',
    q: 'prepare a quote for Lukas Brandt: "Relaunch phase 3", 9,500, valid for two weeks',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Lukas Brandt',
        items: [{ description: 'Relaunch phase 3', quantity: '1', unit_price: '9500.00' }],
        valid_until: 'IN_14_DAYS',
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'draft a qoute to Daniel Kim for 40 hours of "Integration work" at 110/hour',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'Integration work', quantity: '40', unit_price: '110.00' }] },
      record: { total_amount: '4400.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new quote for Sofia: "Photography" 800',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Photography', quantity: '1', unit_price: '800.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'Quote for Acme: 2 x "Workshop" at $1,250',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Workshop', quantity: '2', unit_price: '1250.00' }] },
      record: { total_amount: '2500.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'make a quote for Priya Raman, "Dashboard v2", 4.5k',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Dashboard v2', quantity: '1', unit_price: '4500.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'can you quote Kenji 1,800 for "Opening titles", valid until next friday',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Kenji Watanabe',
        items: [{ description: 'Opening titles', quantity: '1', unit_price: '1800.00' }],
        valid_until: 'NEXT_FRIDAY',
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'estimate for Beacon: "Brand audit" 650 + 20% VAT',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Brand audit', quantity: '1', unit_price: '650.00', tax_rate: '20' }] },
      record: { total_amount: '780.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'create a quote for Daniel Osei with "3D renders" 5 x 300 and "Site plan" 1 x 700',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Daniel Osei',
        items: [
          { description: '3D renders', quantity: '5', unit_price: '300.00' },
          { description: 'Site plan', quantity: '1', unit_price: '700.00' },
        ],
      },
      record: { total_amount: '2200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'write up a quote for Amara: "Brand book", 2,200',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Brand book', quantity: '1', unit_price: '2200.00' }] },
    },
  },
  {
    intent: 'create_quote',
    before: 'pull up Tomás Novák',
    q: 'draft a quote for him: "Website rebuild" 3,000',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Website rebuild', quantity: '1', unit_price: '3000.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote grace whitfield 900 for the shop photos',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ quantity: '1', unit_price: '900.00' }] },
      record: { total_amount: '900.00', status: 'draft' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new quote — Lukas Brandt — "Training day" — 2 × 1,100 — 5% discount',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Lukas Brandt',
        items: [{ description: 'Training day', quantity: '2', unit_price: '1100.00' }],
        discount_type: 'percent',
        discount_value: '5.00',
      },
      record: { total_amount: '2090.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'I need a quote for Daniel Kim: "Security review" at 2,000, valid 60 days',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Daniel Kim',
        items: [{ description: 'Security review', quantity: '1', unit_price: '2000.00' }],
        valid_until: 'IN_60_DAYS',
      },
    },
  },
];

const CONVERT_QUOTE: CorpusCase[] = [
  {
    intent: 'convert_quote',
    q: 'convert QUO-0001 into an invoice',
    propose: {
      tool: 'convert_quote',
      args: {},
      record: { quote_id: '@quote:QUO-0001', contact_id: '@contact:Sofia Marquez', total_amount: '4800.00', status: 'draft' },
    },
  },
  {
    intent: 'convert_quote',
    q: 'turn the accepted quote into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: "Daniel Osei's quote was accepted – make it an invoice",
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'invoice the website redesign quote',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert quote 2 to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002' } },
  },
  {
    intent: 'convert_quote',
    q: 'Sofia said yes to the quote, create the invoice from it',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    before: 'show me the quote for Daniel Osei',
    q: 'convert it',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'make an invoice out of QUO-0002',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'can u convert quo-0001 to invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001' } },
  },
  {
    intent: 'convert_quote',
    q: 'the fit-out drawings quote should become an invoice now',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert the Casa Marquez quote',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'turn quote number 1 into a draft invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    before: 'which quotes are accepted?',
    q: 'convert that one to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002' } },
  },
  {
    intent: 'convert_quote',
    q: 'Convert the quote for Osei Architects into an invoice.',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', status: 'draft' } },
  },
];

const LIST_DEALS: CorpusCase[] = [
  {
    intent: 'list_deals',
    q: 'show my pipeline',
    reply: ['Casa Marquez website', 'Osei office drawings', 'Whitfield online shop', 'Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  {
    intent: 'list_deals',
    q: 'which deals are in Qualified',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Casa Marquez website'],
  },
  { intent: 'list_deals', q: 'how much is the Fernhill deal worth', reply: ['12,000.00'] },
  { intent: 'list_deals', q: 'what stage is the Whitfield online shop in', reply: ['Lead'] },
  { intent: 'list_deals', q: 'deals with Sofia Marquez', reply: ['Casa Marquez website'], absent: ['Fernhill'] },
  { intent: 'list_deals', q: "what's in negotiation?", reply: ['Osei office drawings'], absent: ['Whitfield online shop'] },
  { intent: 'list_deals', q: 'total value of my open deals', reply: ['31,350.00'] },
  { intent: 'list_deals', q: 'weighted pipeline value?', reply: ['10,132.50'] },
  { intent: 'list_deals', q: 'biggest deal in the pipline?', reply: ['Fernhill data platform'] },
  { intent: 'list_deals', q: 'any deals in the proposal stage', reply: ['Casa Marquez website'], absent: ['Osei office drawings'] },
  { intent: 'list_deals', q: 'find the nordwerk deal', reply: ['Nordwerk relaunch phase 2', '9,500.00'] },
  { intent: 'list_deals', q: "what's the total value in Qualified", reply: ['21,500.00'] },
  { intent: 'list_deals', q: 'deals for Lukas Brandt', reply: ['Nordwerk relaunch phase 2'], absent: ['Casa Marquez'] },
  {
    intent: 'list_deals',
    q: 'which deals are still at the Lead stage',
    reply: ['Whitfield online shop'],
    absent: ['Fernhill data platform'],
  },
];

const LIST_DEAL_STAGES: CorpusCase[] = [
  { intent: 'list_deal_stages', q: 'what are my pipeline stages', reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'] },
  { intent: 'list_deal_stages', q: "what's the probability for Negotiation", reply: ['75'] },
  { intent: 'list_deal_stages', q: 'list deal stages with their probabilities', reply: ['10', '25', '50', '75'] },
  { intent: 'list_deal_stages', q: 'which stage comes after Qualified', reply: ['Proposal'] },
  { intent: 'list_deal_stages', q: 'how many stages does the pipeline have', reply: ['6', 'Lost'] },
  { intent: 'list_deal_stages', q: 'what win probability does the Proposal stage have', reply: ['50'] },
  { intent: 'list_deal_stages', q: 'stages of my sales funnel?', reply: ['Lead', 'Won', 'Lost'] },
  { intent: 'list_deal_stages', q: "what's the first stage of the pipeline", reply: ['Lead'] },
  { intent: 'list_deal_stages', q: 'the stage right before Won?', reply: ['Negotiation'] },
  { intent: 'list_deal_stages', q: 'show deal stages', reply: ['Qualified', 'Negotiation'] },
  { intent: 'list_deal_stages', q: 'how likely is a deal in Lead to close, per the stage settings', reply: ['10'] },
  { intent: 'list_deal_stages', q: 'pipeline columns please', reply: ['Lead', 'Proposal'] },
  { intent: 'list_deal_stages', q: 'qualifed stage probability', reply: ['25'] },
];

const MOVE_DEAL: CorpusCase[] = [
  {
    intent: 'move_deal',
    q: 'move the Fernhill deal to Proposal',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Proposal' },
      record: { stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'move_deal',
    q: 'we won the Osei office drawings deal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'Whitfield online shop → Qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'mark the Nordwerk deal as lost, reason "Went with another agency"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Lost', lost_reason: 'Went with another agency' },
      record: { lost_reason: 'Went with another agency' },
    },
  },
  {
    intent: 'move_deal',
    q: 'Casa Marquez website is in negotiation now',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: "Priya's deal moves to negotiation",
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'push nordwerk relaunch phase 2 to propsal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'Sofia signed! move her deal to won',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' },
      record: { stage_id: '@stage:Won' },
    },
  },
  {
    intent: 'move_deal',
    before: 'show the deals in Lead',
    q: 'move that one to Qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'the Grace deal is lost: "Budget cut"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Lost', lost_reason: 'Budget cut' },
    },
  },
  {
    intent: 'move_deal',
    q: 'move deal "Osei office drawings" back to Proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'advance the fernhill data platform deal to the next stage',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'Drag the Nordwerk relaunch to Negotiation',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'set the stage of the Casa Marquez deal to Won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' } },
  },
];

const CREATE_DEAL: CorpusCase[] = [
  {
    intent: 'create_deal',
    q: 'new deal "Kaze trailer" worth 6,000 with Kenji Watanabe',
    propose: {
      tool: 'create_deal',
      args: { title: 'Kaze trailer', value: '6000.00', contact_id: '@contact:Kenji Watanabe' },
      record: { value: '6000.00', owner_id: 'ME' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add a deal for Daniel Kim: "Harborline portal", 18k, in Qualified',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline portal', value: '18000.00', contact_id: '@contact:Daniel Kim', stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'create_deal',
    q: 'create a deal "Brightleaf rebrand" for Amara, 7,500, expected to close in 30 days',
    propose: {
      tool: 'create_deal',
      args: { title: 'Brightleaf rebrand', value: '7500.00', contact_id: '@contact:Amara Okafor', expected_close_date: 'IN_30_DAYS' },
    },
  },
  {
    intent: 'create_deal',
    q: 'put Acme in the pipeline: "Acme website", $3,200',
    propose: {
      tool: 'create_deal',
      args: { title: 'Acme website', value: '3200.00', contact_id: '@contact:Acme' },
      record: { stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal in Lead: "Beacon brand audit" 1.5k with Beacon',
    propose: {
      tool: 'create_deal',
      args: { title: 'Beacon brand audit', value: '1500.00', contact_id: '@contact:Beacon' },
      record: { stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add deal: "Novák archive", 900, Tomás Novák',
    propose: { tool: 'create_deal', args: { title: 'Novák archive', value: '900.00', contact_id: '@contact:Tomás Novák' } },
  },
  {
    intent: 'create_deal',
    q: 'I have a new opportunity with Sofia Marquez – "Casa Marquez photos", 1,200, proposal stage',
    propose: {
      tool: 'create_deal',
      args: { title: 'Casa Marquez photos', value: '1200.00', contact_id: '@contact:Sofia Marquez', stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'create_deal',
    q: 'create a deal called "Fernhill support contract" worth 24000 for priya raman',
    propose: {
      tool: 'create_deal',
      args: { title: 'Fernhill support contract', value: '24000.00', contact_id: '@contact:Priya Raman' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal for grace whitfield, "Bakery app", value 5k, closing next friday',
    propose: {
      tool: 'create_deal',
      args: { title: 'Bakery app', value: '5000.00', contact_id: '@contact:Grace Whitfield', expected_close_date: 'NEXT_FRIDAY' },
    },
  },
  {
    intent: 'create_deal',
    before: 'look up Lukas Brandt',
    q: 'add a deal with him: "Nordwerk intranet", 14,000',
    propose: { tool: 'create_deal', args: { title: 'Nordwerk intranet', value: '14000.00', contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'create_deal',
    q: 'add "Osei 3D renders" to the pipeline for Daniel Osei, 2.2k, Negotiation',
    propose: {
      tool: 'create_deal',
      args: { title: 'Osei 3D renders', value: '2200.00', contact_id: '@contact:Daniel Osei', stage_id: '@stage:Negotiation' },
      record: { stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'create_deal',
    q: 'Create deal: title "Website care plan", value $1,800, contact Amara Okafor',
    propose: { tool: 'create_deal', args: { title: 'Website care plan', value: '1800.00', contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'create_deal',
    q: 'log a deal "Harborline training" for 4,000 in negotation with daniel kim',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline training', value: '4000.00', contact_id: '@contact:Daniel Kim', stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal "Studio Kaze season 2" – 25k – Kenji – expected close in 60 days',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Studio Kaze season 2',
        value: '25000.00',
        contact_id: '@contact:Kenji Watanabe',
        expected_close_date: 'IN_60_DAYS',
      },
      record: { expected_close_date: 'IN_60_DAYS' },
    },
  },
];

// --- the whole picture ----------------------------------------------------------------

const GET_OVERVIEW: CorpusCase[] = [
  { intent: 'get_overview', q: 'give me an overview', reply: ['1,700.00'] },
  { intent: 'get_overview', q: "how's business this month, money in and out?", reply: ['1,500.00', '195.89'] },
  { intent: 'get_overview', q: 'morning summary please', reply: ['1,700.00', '500.00'] },
  { intent: 'get_overview', q: 'quick status: tasks, invoices, money', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'how many contacts do I have in total', reply: ['11'] },
  { intent: 'get_overview', q: 'dashboard', reply: ['1,700.00'] },
  { intent: 'get_overview', q: "what's the state of things today?", reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'how many open tasks do I have and how much is overdue on invoices', reply: ['7', '500.00'] },
  { intent: 'get_overview', q: 'give me the numbers at a glance', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'overview of my busines pls', reply: ['1,700.00', '1,500.00'] },
  { intent: 'get_overview', q: 'summary of the workspace: contacts, receivables', reply: ['11', '1,700.00'] },
  { intent: 'get_overview', q: 'how am I doing this month? big picture', reply: ['1,304.11'] },
  { intent: 'get_overview', q: "snapshot of receivables and this month's net", reply: ['1,700.00', '1,304.11'] },
  {
    intent: 'get_overview',
    q: 'what is outstanding and overdue on invoices, plus how many open tasks?',
    reply: ['1,700.00', '500.00', '7'],
  },
];

const CLARIFY: CorpusCase[] = [
  { intent: 'clarify', q: "what's Daniel's email?", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'record a payment of 300', clarify: true },
  {
    intent: 'clarify',
    q: 'move the Qualified deal to Proposal',
    clarify: true,
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'clarify', q: 'pause the recurring invoice', clarify: true, reply: ['Amara Okafor', 'Lukas Brandt'] },
  {
    intent: 'clarify',
    q: 'mark the high priority task as done',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  { intent: 'clarify', q: 'add a note to Daniel: call back after lunch', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'invoice Daniel 800 for consulting', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'start a timer for Daniel', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  {
    intent: 'clarify',
    q: 'delete the Send task',
    clarify: true,
    reply: ['Send the retainer report', 'Send Kenji the storyboard'],
  },
  { intent: 'clarify', q: 'convert the quote into an invoice', clarify: true },
  { intent: 'clarify', q: 'credit 100 on the unpaid invoice', clarify: true },
  { intent: 'clarify', q: 'schedule a call with Daniel on friday', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  {
    intent: 'clarify',
    q: "change the studio contact's email to hello@studio.com",
    clarify: true,
    reply: ['Amara Okafor', 'Kenji Watanabe'],
  },
  { intent: 'clarify', q: 'move the deal to Won', clarify: true },
];

const UNSUPPORTED: CorpusCase[] = [
  { intent: 'unsupported', q: 'email INV-0001 to Amara' },
  { intent: 'unsupported', q: 'delete the contact Tomás Novák' },
  { intent: 'unsupported', q: 'change the value of the Fernhill deal to 15,000' },
  { intent: 'unsupported', q: 'set up a monthly recurring invoice for Priya, 800 a month' },
  { intent: 'unsupported', q: 'delete the rent transaction from last month' },
  { intent: 'unsupported', q: 'change the due date of INV-0001 to the end of the month' },
  { intent: 'unsupported', q: 'invite my accountant to the workspace' },
  { intent: 'unsupported', q: 'export all my contacts to a CSV file' },
  { intent: 'unsupported', q: 'mark QUO-0001 as accepted' },
  { intent: 'unsupported', q: "what's the weather in Berlin tomorrow?" },
  { intent: 'unsupported', q: 'cancel invoice INV-0002' },
  { intent: 'unsupported', q: 'rename the Proposal stage to "Offer sent"' },
  { intent: 'unsupported', q: "send Grace a text message saying I'm running late" },
  { intent: 'unsupported', q: 'merge Daniel Kim and Daniel Osei into one contact' },
];

export const TUNING_8: CorpusCase[] = [
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
  ...START_TIMER,
  ...STOP_TIMER,
  ...RUNNING_TIMER,
  ...LOG_TIME,
  ...TIME_SUMMARY,
  ...MONEY_TOTALS,
  ...TOP_CATEGORIES,
  ...LIST_CATEGORIES,
  ...LIST_TRANSACTIONS,
  ...CREATE_TRANSACTION,
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
  ...LIST_DEALS,
  ...LIST_DEAL_STAGES,
  ...MOVE_DEAL,
  ...CREATE_DEAL,
  ...GET_OVERVIEW,
  ...CLARIFY,
  ...UNSUPPORTED,
];
