// Over 400 lines on purpose: a corpus of requests and their expected results, data rather than logic.
import type { CorpusCase } from './types';

/**
 * Tuning material since 2026-12-08: the fifth batch of requests written
 * blind, on 2026-12-07, by someone who never saw the engine (it read only this
 * folder's types.ts and fixture.ts, requests.ts, the corpus harness with its
 * seeds, the two earlier blind batches for the format, and the tools' argument
 * schemas). It was the set-aside part while the engine was measured against it
 * (73.8 % with the engine of the morning of 2026-12-07, 77.8 % after that day's
 * changes, which were tuned on ./tuning-4.ts); once its failures had been read
 * it became tuning material, and a fresh blind batch took its place in
 * ./holdout.ts. It covers 38 intents, 13 to 15 requests each.
 *
 * Each case: `intent` is the tool the request is about, `clarify` for a
 * request with two real readings (the answer must ask back, naming them when
 * `reply` lists them), `unsupported` for something no tool does (`reply`
 * holds what the answer must offer instead). `reply` holds facts any correct
 * answer contains (amounts, names, numbers), never wording.
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
 * described); invoices INV-0001 Amara $1,200.00 ("Brand retainer") sent, due
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
 * $31,350.00, weighted $10,132.50; this month income $1,500.00, expenses
 * $195.89 (Software $149.99, Meals $45.90), net $1,304.11; last month income
 * $2,000.00, expenses $800.00, net $1,200.00; since the start of last month
 * income $3,500.00, expenses $995.89, net $2,504.11; time this month 12:15
 * (735 min: Acme 2:15 = 135 min, Beacon 10:00 = 600 min).
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
 * description or a task's title is left out when the words do not fix it, a
 * lost deal's reason unless it is quoted, a date the tokens cannot name such as
 * "last tuesday" or "the end of the week", a note's body unless it is quoted or
 * plainly dictated after a colon). A default the sentence repeats ("billable")
 * is checked on the record, not in the arguments. Amounts in `reply` are
 * written as the app formats them, without the currency sign.
 */

// --- contacts -------------------------------------------------------------------

const GET_CONTACT: CorpusCase[] = [
  { intent: 'get_contact', q: 'i need amaras number, the brightleaf one', reply: ['+44 20 7946 0321'] },
  { intent: 'get_contact', q: 'Is Sofia Marquez a customer yet, or still a lead?', reply: ['lead'] },
  { intent: 'get_contact', q: 'what does lukas brandt acutally do at nordwerk', reply: ['Head of Operations'] },
  { intent: 'get_contact', q: 'email for the guy at osei architects?', reply: ['daniel@oseiarchitects.com'] },
  { intent: 'get_contact', q: 'Priya Raman — how do I get hold of her?', reply: ['priya.raman@fernhill.io'] },
  { intent: 'get_contact', q: 'which company is kenji watanabe with, and what is his role there', reply: ['Studio Kaze', 'Producer'] },
  { intent: 'get_contact', before: 'find grace whitfield for me', q: 'and her email address?', reply: ['grace@whitfieldbakery.com'] },
  { intent: 'get_contact', q: 'do we have an email for tomas novak at all?', reply: ['tomas@novak.cz'] },
  { intent: 'get_contact', q: 'daniel kim title and phone number', reply: ['CTO', '+1 415 555 0142'] },
  { intent: 'get_contact', q: 'hey, what staus is Daniel Osei on in the crm', reply: ['lead'] },
  { intent: 'get_contact', q: "amara - doesn't her record say how often we invoice her?", reply: ['monthly'] },
  { intent: 'get_contact', q: 'contact info for Lukas pls, email + phone', reply: ['lukas.brandt@nordwerk.de', '+49 30 901820'] },
  { intent: 'get_contact', before: 'who is the product manager at fernhill?', q: 'is she a customer of ours?', reply: ['customer'] },
  { intent: 'get_contact', q: 'sofia marqez email', reply: ['sofia@casamarquez.es'] },
  { intent: 'get_contact', q: 'what position does grace hold at the bakery', reply: ['Owner'] },
];

const SEARCH_CONTACTS: CorpusCase[] = [
  {
    intent: 'search_contacts',
    q: 'which contacts have customer status',
    reply: ['Amara Okafor', 'Priya Raman'],
    absent: ['Kenji'],
  },
  { intent: 'search_contacts', q: "i'm cleaning up the crm: who is set as inactive?", reply: ['Tomás Novák'], absent: ['Lukas'] },
  { intent: 'search_contacts', q: 'everyone at Whitfield Bakrey?', reply: ['Grace Whitfield'] },
  { intent: 'search_contacts', q: 'search contacts: okafor', reply: ['Amara Okafor'] },
  { intent: 'search_contacts', q: 'who has an email ending in studio-kaze.jp', reply: ['Kenji Watanabe'] },
  { intent: 'search_contacts', q: 'do i have a contact at Acme Ltd', reply: ['Acme'] },
  {
    intent: 'search_contacts',
    q: 'give me the active people in the crm',
    reply: ['Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Sofia'],
  },
  { intent: 'search_contacts', q: 'leads from casa marquez or osei architects', reply: ['Sofia Marquez', 'Daniel Osei'] },
  { intent: 'search_contacts', q: 'search for beacon', reply: ['Beacon'] },
  { intent: 'search_contacts', q: 'anyone caled Priya in there?', reply: ['Priya Raman'] },
  {
    intent: 'search_contacts',
    q: 'my lead contacts, apart from the bakery',
    reply: ['Sofia Marquez', 'Daniel Osei'],
    absent: ['Amara'],
  },
  {
    intent: 'search_contacts',
    q: 'contacts who are customers or active',
    reply: ['Amara Okafor', 'Priya Raman', 'Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Sofia'],
  },
  { intent: 'search_contacts', q: 'look up contacts from harborline logistics and studio kaze', reply: ['Daniel Kim', 'Kenji Watanabe'] },
  { intent: 'search_contacts', q: 'nordwerk gmbh - any contacts there', reply: ['Lukas Brandt'] },
];

const FIND_MENTIONS: CorpusCase[] = [
  { intent: 'find_mentions', q: 'a letter came back with "attn: P. Raman" on it, who is that', reply: ['Priya Raman'] },
  {
    intent: 'find_mentions',
    q: 'note from my assistant: "Kenji and Sofia both called while you were out" - who are they?',
    reply: ['Kenji Watanabe', 'Sofia Marquez'],
  },
  {
    intent: 'find_mentions',
    q: 'which contacts apear here: "Brightleaf, Harborline and Beacon are on the shortlist"',
    reply: ['Amara Okafor', 'Daniel Kim', 'Beacon'],
  },
  { intent: 'find_mentions', q: 'who is "Mr Brandt" in my contacts?', reply: ['Lukas Brandt'] },
  { intent: 'find_mentions', q: 'a parcel arrived addressed to "Okafor, A." - which contact?', reply: ['Amara Okafor'] },
  { intent: 'find_mentions', q: 'do I know anyone called nowak', reply: ['Tomás Novák'] },
  { intent: 'find_mentions', q: 'the receipt says "Lunch - Grace & Daniel K." who were they', reply: ['Grace Whitfield', 'Daniel Kim'] },
  {
    intent: 'find_mentions',
    q: 'pasted from teams: "@Priya can you loop in the Osei Architects guy"',
    reply: ['Priya Raman', 'Daniel Osei'],
  },
  { intent: 'find_mentions', q: 'who would "the Casa Marquez lady" be?', reply: ['Sofia Marquez'] },
  {
    intent: 'find_mentions',
    q: 'any of my contatcs in this: "Studio Kaze producer to join the call with Nordwerk ops"',
    reply: ['Kenji Watanabe', 'Lukas Brandt'],
  },
  { intent: 'find_mentions', q: 'i wrote "whitfeild" on a sticky note, who did i mean', reply: ['Grace Whitfield'] },
  { intent: 'find_mentions', q: 'the linkedin message is from someone at fernhill analytics, do we have them?', reply: ['Priya Raman'] },
  {
    intent: 'find_mentions',
    q: 'names in this line - Tomas, Lukas, Amara - are they all in my contacts?',
    reply: ['Tomás Novák', 'Lukas Brandt', 'Amara Okafor'],
  },
  { intent: 'find_mentions', q: 'the transfer says "WATANABE K" in the reference. which contact is that', reply: ['Kenji Watanabe'] },
  {
    intent: 'find_mentions',
    q: 'who is this from:\n"Best,\nDaniel\nCTO | Harborline Logistics"',
    reply: ['Daniel Kim'],
  },
];

const CREATE_CONTACT: CorpusCase[] = [
  {
    intent: 'create_contact',
    q: 'add Carla Bianchi to my contacts, carla@bianchidesign.it',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Carla', last_name: 'Bianchi', email: 'carla@bianchidesign.it' },
      record: { email: 'carla@bianchidesign.it', status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new lead from the trade fair: Henrik Olsen, Olsen Marine, henrik@olsenmarine.dk',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Henrik', last_name: 'Olsen', company: 'Olsen Marine', email: 'henrik@olsenmarine.dk' },
      record: { status: 'lead', company: 'Olsen Marine' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Could you save "Yasmin Khalil" as a cutsomer? She is the Office Manager at Cedar Dental.',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Yasmin', last_name: 'Khalil', status: 'customer', position: 'Office Manager', company: 'Cedar Dental' },
      record: { status: 'customer', position: 'Office Manager' },
    },
  },
  {
    intent: 'create_contact',
    q: 'contact pls: ravi patel 07911 123456',
    propose: { tool: 'create_contact', args: { first_name: 'Ravi', last_name: 'Patel', phone: '07911 123456' } },
  },
  {
    intent: 'create_contact',
    before: 'can you add someone to the crm for me',
    q: 'Noah Fischer, noah@fischerbau.de, he is with Fischer Bau',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Noah', last_name: 'Fischer', email: 'noah@fischerbau.de', company: 'Fischer Bau' },
    },
  },
  {
    intent: 'create_contact',
    q: 'I just signed a new client, Elena Popescu from Popescu Legal - add her as a customer',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Elena', last_name: 'Popescu', company: 'Popescu Legal', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'create a contact for the accountant at Beacon plc, Martin Hale, martin.hale@beaconplc.com',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Martin', last_name: 'Hale', email: 'martin.hale@beaconplc.com', company: 'Beacon plc' },
    },
  },
  {
    intent: 'create_contact',
    q: 'add Lena Vogel (lena@vogel.at) - inactive for now, she paused the project',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Lena', last_name: 'Vogel', email: 'lena@vogel.at', status: 'inactive' },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'create_contact',
    q: 'New contact:\nName: Diego Ramos\nCompany: Ramos Coffee\nPhone: +52 55 1234 5678',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Diego', last_name: 'Ramos', company: 'Ramos Coffee', phone: '+52 55 1234 5678' },
      record: { phone: '+52 55 1234 5678' },
    },
  },
  {
    intent: 'create_contact',
    q: 'save Aiko Tanaka, she wroks with Kenji at Studio Kaze',
    propose: { tool: 'create_contact', args: { first_name: 'Aiko', last_name: 'Tanaka', company: 'Studio Kaze' } },
  },
  {
    intent: 'create_contact',
    q: 'add samuel okoro as an active contact, email sam@okoro.ng',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Samuel', last_name: 'Okoro', status: 'active', email: 'sam@okoro.ng' },
      record: { status: 'active' },
    },
  },
  {
    intent: 'create_contact',
    q: 'put in a new lead - Clara Jensen, Jensen Bikes',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Clara', last_name: 'Jensen', company: 'Jensen Bikes' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Fernhill Analytics has a new person on our account: Tom Reid, tom.reid@fernhill.io. add him',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Tom', last_name: 'Reid', email: 'tom.reid@fernhill.io', company: 'Fernhill Analytics' },
    },
  },
  {
    intent: 'create_contact',
    q: 'could u add a contact called Ines Duarte, phone +351 912 345 678, position Buyer',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Ines', last_name: 'Duarte', phone: '+351 912 345 678', position: 'Buyer' },
      record: { position: 'Buyer' },
    },
  },
];

const UPDATE_CONTACT: CorpusCase[] = [
  {
    intent: 'update_contact',
    q: 'set the phone of Daniel Osei to +233 24 555 0101',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Osei', changes: { phone: '+233 24 555 0101' } },
      record: { phone: '+233 24 555 0101' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Daniel Osei became a paying customer last week - update his status',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Osei', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: 'lukas has a new moblie: +49 171 555 0123',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Lukas Brandt', changes: { phone: '+49 171 555 0123' } } },
  },
  {
    intent: 'update_contact',
    q: 'change the company for Sofia Marquez to Casa Marquez Group',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Sofia Marquez', changes: { company: 'Casa Marquez Group' } },
      record: { company: 'Casa Marquez Group' },
    },
  },
  {
    intent: 'update_contact',
    q: "priya's email changed, it's priya@fernhill.io now",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { email: 'priya@fernhill.io' } } },
  },
  {
    intent: 'update_contact',
    q: 'kenji watanabe is Executive Producer now, update his title',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Kenji Watanabe', changes: { position: 'Executive Producer' } } },
  },
  {
    intent: 'update_contact',
    before: 'who is daniel kim?',
    q: 'set him to inactive please, he left harborline',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Kim', changes: { status: 'inactive' } },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Amara Okafor: new title - Managing Partner',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Amara Okafor', changes: { position: 'Managing Partner' } } },
  },
  {
    intent: 'update_contact',
    q: "Beacon's a customer now, they signed",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Beacon', changes: { status: 'customer' } } },
  },
  {
    intent: 'update_contact',
    q: 'fix the emial of tomas novak, should be tomas.novak@novak.cz',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Tomás Novák', changes: { email: 'tomas.novak@novak.cz' } },
      record: { email: 'tomas.novak@novak.cz' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Acme Ltd phone number is +44 161 496 0000, add it to their contact',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Acme', changes: { phone: '+44 161 496 0000' } } },
  },
  {
    intent: 'update_contact',
    q: "sofia marquez isn't a lead anymore, make her active",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Sofia Marquez', changes: { status: 'active' } } },
  },
  {
    intent: 'update_contact',
    q: 'Kenji Watanabe switched companies, its Kaze Studios Tokyo now',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Kenji Watanabe', changes: { company: 'Kaze Studios Tokyo' } } },
  },
  {
    intent: 'update_contact',
    q: 'daniel kim goes by Dan - change his first name',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Kim', changes: { first_name: 'Dan' } },
      record: { first_name: 'Dan' },
    },
  },
  {
    intent: 'update_contact',
    q: "Priya's organisation is now Fernhill Labs, update her company",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { company: 'Fernhill Labs' } } },
  },
];

const ADD_NOTE: CorpusCase[] = [
  {
    intent: 'add_note',
    q: 'Lukas Brandt - "Budget for phase 2 approved" - put that on his timeline',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Lukas Brandt', body: 'Budget for phase 2 approved' },
      record: { body: 'Budget for phase 2 approved' },
    },
  },
  {
    intent: 'add_note',
    q: "add to Priya Raman's notes that she is on leave from June",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'add_note',
    q: 'jot this donw for Grace: "Wants a quote for wedding cakes"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield', body: 'Wants a quote for wedding cakes' } },
  },
  {
    intent: 'add_note',
    q: 'spoke to kenji, he is happy with the first cut. note it on his contact',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'add_note',
    before: 'look up sofia marquez',
    q: 'add a note to her: "Asked for invoices in Spanish"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Sofia Marquez', body: 'Asked for invoices in Spanish' } },
  },
  {
    intent: 'add_note',
    q: 'Daniel Kim note - "Prefers calls after 4pm"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Daniel Kim', body: 'Prefers calls after 4pm' },
      record: { body: 'Prefers calls after 4pm' },
    },
  },
  {
    intent: 'add_note',
    q: 'record a note against Brightleaf Studio: "New PO for Q1 on its way"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Amara Okafor', body: 'New PO for Q1 on its way' } },
  },
  {
    intent: 'add_note',
    q: 'Tomás Novák: add the note "Moved to Brno"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Tomás Novák', body: 'Moved to Brno' } },
  },
  {
    intent: 'add_note',
    q: 'please add a note on acme saying "Send invoices to accounts@acme.example"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Acme', body: 'Send invoices to accounts@acme.example' } },
  },
  {
    intent: 'add_note',
    q: 'osei architects called, they want to strat in may. make a note on daniel',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'add_note',
    q: 'add note for beacon plc: "Security review passed"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Beacon', body: 'Security review passed' } },
  },
  {
    intent: 'add_note',
    q: 'can you note on Amara that she liked the new logo',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'add_note',
    q: 'Priya Raman - note: "Renewal meeting set for the 15th"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'Renewal meeting set for the 15th' } },
  },
  {
    intent: 'add_note',
    q: 'note to self on Grace Whitfield - "No calls on Saturdays, the bakery is busy"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Grace Whitfield', body: 'No calls on Saturdays, the bakery is busy' },
      record: { body: 'No calls on Saturdays, the bakery is busy' },
    },
  },
];

// --- tasks and the team --------------------------------------------------------------

const LIST_TASKS: CorpusCase[] = [
  { intent: 'list_tasks', q: 'whats on my plate today', reply: ['Send the retainer report'], absent: ['Renew the domain'] },
  {
    intent: 'list_tasks',
    q: 'which tasks are past their due date?',
    reply: ['Follow up on the relaunch proposal'],
    absent: ['Check the lease'],
  },
  {
    intent: 'list_tasks',
    q: 'show me the high priorty tasks that are still open',
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
    absent: ['Check the lease'],
  },
  { intent: 'list_tasks', q: 'what do I still owe amara okafor, task-wise?', reply: ['Send the retainer report'] },
  { intent: 'list_tasks', q: 'anything for grace whitfield on my to do list?', reply: ['Call Grace about the bakery website'] },
  {
    intent: 'list_tasks',
    q: 'what is due in the next 3 days?',
    reply: ['Send the retainer report', 'Call Grace about the bakery website'],
    absent: ['Renew the domain'],
  },
  { intent: 'list_tasks', q: 'what did I give Sam to do?', reply: ['Renew the domain'], absent: ['Order business cards'] },
  { intent: 'list_tasks', q: 'which of my tasks is low priority', reply: ['Renew the domain'], absent: ['Send the retainer report'] },
  { intent: 'list_tasks', q: "what's already been done?", reply: ['Send Kenji the storyboard'], absent: ['Order business cards'] },
  { intent: 'list_tasks', q: 'when am i suposed to call grace?', reply: ['10:00'] },
  {
    intent: 'list_tasks',
    q: "tasks that aren't done yet and have no due date",
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
    absent: ['Send the retainer report'],
  },
  {
    intent: 'list_tasks',
    q: 'whats due in the next two weeks',
    reply: ['Send the retainer report', 'Call Grace about the bakery website', 'Renew the domain'],
  },
  { intent: 'list_tasks', q: 'is there anything about the lease on my list', reply: ['Check the lease'] },
  { intent: 'list_tasks', q: 'show my tasks for nordwerk gmbh', reply: ['Follow up on the relaunch proposal'] },
  {
    intent: 'list_tasks',
    q: 'okay so what have i got due tomorrow and is anything overdue',
    reply: ['Call Grace about the bakery website', 'Follow up on the relaunch proposal'],
  },
];

const CREATE_TASK: CorpusCase[] = [
  {
    intent: 'create_task',
    q: 'remind me tomorrow to chase Beacon for the signed PO',
    propose: {
      tool: 'create_task',
      args: { title: 'Chase Beacon for the signed PO', due_on: 'TOMORROW' },
      record: { due_on: 'TOMORROW', status: 'pending' },
    },
  },
  {
    intent: 'create_task',
    q: 'add a task to renew the van insurance, due in 7 days',
    propose: { tool: 'create_task', args: { title: 'Renew the van insurance', due_on: 'IN_7_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'Sam should prepare the onboarding pack by next wednesday, create a tsak for him',
    propose: {
      tool: 'create_task',
      args: { title: 'Prepare the onboarding pack', assignee_id: '@member:Sam Lee', due_on: 'NEXT_WEDNESDAY' },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_task',
    q: 'high prio todo - send amara the brand guidelines',
    propose: {
      tool: 'create_task',
      args: { priority: 'high' },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'create_task',
    q: 'new task "Update the portfolio", low priority, no date',
    propose: { tool: 'create_task', args: { title: 'Update the portfolio', priority: 'low' }, record: { due_on: null } },
  },
  {
    intent: 'create_task',
    q: 'remind me at 15:00 tomorrow to phone Lukas about phase 2',
    propose: { tool: 'create_task', args: { due_date: 'TOMORROW_15', contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'create_task',
    before: 'who is kenji watanabe?',
    q: 'add a task to send him the contract today',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Kenji Watanabe', due_on: 'TODAY' } },
  },
  {
    intent: 'create_task',
    q: "todo: call the accountant about the tax return, it's due in 3 days",
    propose: { tool: 'create_task', args: { title: 'Call the accountant about the tax return', due_on: 'IN_3_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'put "Order printer paper" on the list for tomorrow',
    propose: { tool: 'create_task', args: { title: 'Order printer paper', due_on: 'TOMORROW' } },
  },
  {
    intent: 'create_task',
    q: 'creat a task: follow up with Daniel Osei on the drawings, next monday, high priority',
    propose: {
      tool: 'create_task',
      args: { due_on: 'NEXT_MONDAY', priority: 'high', contact_id: '@contact:Daniel Osei' },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'create_task',
    q: "what's overdue? and put a new task in to email Lukas the revised quote tomorrow",
    reply: ['Follow up on the relaunch proposal'],
    propose: { tool: 'create_task', args: { title: 'Email Lukas the revised quote', due_on: 'TOMORROW' } },
  },
  {
    intent: 'create_task',
    q: "don't let me forget to book the venue for the workshop, in 10 days",
    propose: { tool: 'create_task', args: { title: 'Book the venue for the workshop', due_on: 'IN_10_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'assign Sam a task to tidy the shared drive, low priority',
    propose: {
      tool: 'create_task',
      args: { title: 'Tidy the shared drive', assignee_id: '@member:Sam Lee', priority: 'low' },
      record: { priority: 'low', assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_task',
    q: 'remind me next thursday re grace whitfield menu proofs',
    propose: { tool: 'create_task', args: { due_on: 'NEXT_THURSDAY', contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'create_task',
    q: 'add a task call the printer about the brochures tomorrow morning',
    propose: { tool: 'create_task', args: { title: 'Call the printer about the brochures' } },
  },
];

const UPDATE_TASK: CorpusCase[] = [
  {
    intent: 'update_task',
    q: 'I called Grace this morning, mark the task complete',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Call Grace about the bakery website', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'move the retainer report to tomorrow',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Send the retainer report', changes: { due_on: 'TOMORROW' } },
      record: { due_on: 'TOMORROW' },
    },
  },
  {
    intent: 'update_task',
    q: 'set the prority of the lease check to high',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { priority: 'high' } },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'update_task',
    q: 'give the business cards job to Sam',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { assignee_id: '@member:Sam Lee' } },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'update_task',
    q: 'change the due date of the domain renewal to next friday',
    propose: { tool: 'update_task', args: { task_id: '@task:Renew the domain', changes: { due_on: 'NEXT_FRIDAY' } } },
  },
  {
    intent: 'update_task',
    q: 'taxes: in progress',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { status: 'in_progress' } } },
  },
  {
    intent: 'update_task',
    before: 'what tasks do I have for grace?',
    q: 'push it back to in 3 days',
    propose: { tool: 'update_task', args: { task_id: '@task:Call Grace about the bakery website', changes: { due_on: 'IN_3_DAYS' } } },
  },
  {
    intent: 'update_task',
    q: 'rename "Check the lease" to "Check the lease renewal terms"',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { title: 'Check the lease renewal terms' } },
      record: { title: 'Check the lease renewal terms' },
    },
  },
  {
    intent: 'update_task',
    q: 'the lease task is cancelled, the landlord sold the building',
    propose: { tool: 'update_task', args: { task_id: '@task:Check the lease', changes: { status: 'cancelled' } } },
  },
  {
    intent: 'update_task',
    q: 'nobody needs to own the domian task any more, unassign it',
    propose: { tool: 'update_task', args: { task_id: '@task:Renew the domain', changes: { assignee_id: null } } },
  },
  {
    intent: 'update_task',
    q: 'make the relaunch follow up low priority and due tomorrow',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Follow up on the relaunch proposal', changes: { priority: 'low', due_on: 'TOMORROW' } },
      record: { priority: 'low', due_on: 'TOMORROW' },
    },
  },
  {
    intent: 'update_task',
    before: 'add a task "Send the brochure to Acme"',
    q: 'that one is urgent actually, high priority',
    propose: { tool: 'update_task', args: { task_id: '@task:Send the brochure to Acme', changes: { priority: 'high' } } },
  },
  {
    intent: 'update_task',
    q: 'the business cards task is for Acme, link it to them',
    propose: { tool: 'update_task', args: { task_id: '@task:Order business cards', changes: { contact_id: '@contact:Acme' } } },
  },
  {
    intent: 'update_task',
    q: 'retainer report finished and sent to amara',
    propose: { tool: 'update_task', args: { task_id: '@task:Send the retainer report', changes: { status: 'completed' } } },
  },
  {
    intent: 'update_task',
    q: 'prioritise the taxes task, set it to high',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { priority: 'high' } } },
  },
];

const DELETE_TASK: CorpusCase[] = [
  {
    intent: 'delete_task',
    q: 'Grace cancelled, so remove the bakery website call from my tasks',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'please remove the retainer report task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'the kenji storyborad task was done ages ago - delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'trash "Check the lease"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    before: 'which tasks have no due date?',
    q: 'delete the business cards one',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  {
    intent: 'delete_task',
    q: 'the domain is on auto-renew now, delete that task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'delete the overdue task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'taxes todo - remove it please, the accountant handles it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
  {
    intent: 'delete_task',
    q: 'can u delete the task i gave sam',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'delete my only lwo priority task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    before: 'whats due today',
    q: 'remove that one',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'clear out the task "Order business cards"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  {
    intent: 'delete_task',
    q: 'delete the task to follow up on the relaunch proposal',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'dlete the task for the quarterly taxes',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
];

const LIST_MEMBERS: CorpusCase[] = [
  { intent: 'list_members', q: 'who has access to this workspace?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'is vera an admin or a viewer?', reply: ['viewer'] },
  { intent: 'list_members', q: 'sam lee - what permisions does he have', reply: ['member'] },
  { intent: 'list_members', q: 'how many people are on the team including me', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'which team members are able to edit things?', reply: ['Sam Lee'] },
  { intent: 'list_members', q: 'am I the owner of this account?', reply: ['owner'] },
  { intent: 'list_members', q: 'list the role of everyone in the workspace', reply: ['Sam Lee', 'member', 'Vera Viewer', 'viewer'] },
  { intent: 'list_members', q: 'who on the team is read only', reply: ['Vera Viewer'] },
  { intent: 'list_members', q: "what's Vera's role, can she log time?", reply: ['viewer'] },
  { intent: 'list_members', q: 'can Sam create invoces or is he view-only', reply: ['member'] },
  { intent: 'list_members', q: 'team members pls', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'is there anybody else in this account apart from me?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: "who's the boss of this workspace", reply: ['owner'] },
  { intent: 'list_members', q: 'my colleagues and their access levels?', reply: ['Sam Lee', 'member', 'Vera Viewer', 'viewer'] },
];

// --- invoices, payments and credit notes ----------------------------------------------

const LIST_INVOICES: CorpusCase[] = [
  { intent: 'list_invoices', q: 'which invoices are still open?', reply: ['INV-0001', 'INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'how much money am i owed', reply: ['1,700.00'] },
  { intent: 'list_invoices', q: 'what have we biled lukas brandt so far', reply: ['INV-0002', '750.00'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'any invoices overdue?', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: "which invoices hasn't anyone paid a penny on", reply: ['INV-0001'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'invoices for brightleaf studio?', reply: ['INV-0001'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'what did priya raman pay us', reply: ['INV-0003', '3,000.00'] },
  {
    intent: 'list_invoices',
    q: 'list all invoices with their status',
    reply: ['INV-0001', 'INV-0002', 'INV-0003', 'overdue', 'paid'],
  },
  { intent: 'list_invoices', q: "what's the total we've invoiced, all invoices together", reply: ['4,950.00'] },
  { intent: 'list_invoices', q: 'whose invoice is overdeu', reply: ['Lukas Brandt'] },
  { intent: 'list_invoices', q: 'is any invoice falling due in the next two weeks', reply: ['INV-0001'] },
  { intent: 'list_invoices', q: "what's outstanding for amara okafor", reply: ['1,200.00'] },
  { intent: 'list_invoices', q: 'show the invoices which are settled', reply: ['INV-0003'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'how much is overdue and who owes it', reply: ['500.00', 'Lukas Brandt'] },
  {
    intent: 'list_invoices',
    q: "show me every invoice that isn't paid in full",
    reply: ['INV-0001', 'INV-0002'],
    absent: ['INV-0003'],
  },
];

const GET_INVOICE: CorpusCase[] = [
  { intent: 'get_invoice', q: 'show me INV-0003', reply: ['Priya Raman', '3,000.00'] },
  { intent: 'get_invoice', q: 'INV-0001 - what line items are on it?', reply: ['Brand retainer'] },
  { intent: 'get_invoice', q: 'how many workshops are on invocie 2', reply: ['Relaunch workshop'] },
  { intent: 'get_invoice', q: 'balance due on INV-0002?', reply: ['500.00'] },
  { intent: 'get_invoice', q: 'who is invoice #1 billed to', reply: ['Amara Okafor'] },
  { intent: 'get_invoice', q: 'INV-0003 paid or not?', reply: ['paid'] },
  { intent: 'get_invoice', before: "list amara's invoices", q: 'show the lines of that invoice', reply: ['Brand retainer'] },
  { intent: 'get_invoice', q: 'total and amount paid for INV-0002', reply: ['750.00', '250.00'] },
  { intent: 'get_invoice', q: "what's the unit price of the workshop on inv-0002", reply: ['150.00'] },
  { intent: 'get_invoice', q: 'invoice 0003 - what was the porject?', reply: ['Dashboard project'] },
  { intent: 'get_invoice', q: 'status of INV-0002 please', reply: ['overdue'] },
  { intent: 'get_invoice', q: 'open up invoice number two for me', reply: ['Lukas Brandt', '750.00'] },
  { intent: 'get_invoice', q: 'INV-0001: how much?', reply: ['1,200.00'] },
  { intent: 'get_invoice', q: 'was INV-0003 paid in full, and how much was it', reply: ['3,000.00', 'paid'] },
  { intent: 'get_invoice', q: "what's left to pay on the invoice we sent brightleaf", reply: ['1,200.00'] },
];

const CREATE_INVOICE: CorpusCase[] = [
  {
    intent: 'create_invoice',
    q: 'invoice Sofia Marquez 2,400 for the website deposit',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Website deposit', quantity: '1', unit_price: '2400.00' }] },
      record: { status: 'draft', total_amount: '2400.00', contact_name: 'Sofia Marquez' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill Lukas for 6 hours of consulting at 120/h',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ description: 'Consulting', quantity: '6', unit_price: '120.00' }] },
      record: { total_amount: '720.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Can you darft an invoice for Grace Whitfield? "Shop photography" - 850',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Shop photography', quantity: '1', unit_price: '850.00' }] },
      record: { total_amount: '850.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'new invoice: Kenji Watanabe, sound design, 1 x 1,250',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ description: 'Sound design', quantity: '1', unit_price: '1250.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice beacon for 4 days of consulting at 950 a day',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Beacon', items: [{ quantity: '4', unit_price: '950.00' }] },
      record: { total_amount: '3800.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Priya needs an invoice: dashboard maintenance 600 and hosting 80',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Priya Raman',
        items: [
          { description: 'Dashboard maintenance', quantity: '1', unit_price: '600.00' },
          { description: 'Hosting', quantity: '1', unit_price: '80.00' },
        ],
      },
      record: { total_amount: '680.00' },
    },
  },
  {
    intent: 'create_invoice',
    before: 'show me daniel kim',
    q: 'bill him 1,800 for the security review',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'Security review', quantity: '1', unit_price: '1800.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'how much does lukas owe? and invoice nordwerk 900 for the relaunch report',
    reply: ['500.00'],
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ description: 'Relaunch report', quantity: '1', unit_price: '900.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'draft invoice to Daniel Osei, 2 site visits at 275 each',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: 'Site visits', quantity: '2', unit_price: '275.00' }] },
      record: { total_amount: '550.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoive amara okafor the monthly retainer, 1200',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Monthly retainer', quantity: '1', unit_price: '1200.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Tomas Novak - invoice for translation work €780',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Translation work', quantity: '1', unit_price: '780.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'pls invoice casa marquez 3 logo concepts @ 300',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Logo concepts', quantity: '3', unit_price: '300.00' }] },
      record: { total_amount: '900.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill Acme 1.5k for the quarterly audit',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Quarterly audit', quantity: '1', unit_price: '1500.00' }] },
      record: { total_amount: '1500.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice harborline logistics: onsite training 2 days x 800, travel 150',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Daniel Kim',
        items: [
          { quantity: '2', unit_price: '800.00' },
          { description: 'Travel', quantity: '1', unit_price: '150.00' },
        ],
      },
      record: { total_amount: '1750.00' },
    },
  },
];

const RECORD_PAYMENT: CorpusCase[] = [
  {
    intent: 'record_payment',
    q: 'amara paid INV-0001 in full yesterday',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY', invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'lukas sent 200 today towards inv 2',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '200.00' },
      record: { date: 'TODAY', invoice: { balance_due: '300.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'record payment for INV-0002 - the full remianing balance',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { status: 'paid' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'Brightleaf transferred 400 on their invoice',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '400.00' },
      record: { invoice: { balance_due: '800.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'got 150 from nordwerk gmbh for their invoice',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '150.00' },
      record: { invoice: { balance_due: '350.00' } },
    },
  },
  {
    intent: 'record_payment',
    before: 'what does amara owe?',
    q: 'she paid it this morning',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'INV-0001 was settled by bank transfer',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'please log a payment of $75.50 on INV-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '75.50' },
      record: { amount: '75.50', invoice: { balance_due: '424.50' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'lukas brandt has paid off his overdue invoice',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'recieved half of INV-0001 from Amara',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '600.00' },
      record: { invoice: { balance_due: '600.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'mark the brightleaf invoice as paid',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    before: 'show me INV-0002',
    q: 'he paid 100 of that yesterday',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '100.00', date: 'YESTERDAY' } },
  },
  {
    intent: 'record_payment',
    q: 'payment of 1,200 received from amara okafor today',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { date: 'TODAY' },
    },
  },
  {
    intent: 'record_payment',
    q: 'nordwerk paid 500 - that clears INV-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'bank statement line: "CREDIT NORDWERK GMBH INV-0002 500.00" - record it',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { status: 'paid' } },
    },
  },
];

/** A credit note cannot be undone: each runs on an account of its own (see the top). */
const CREDIT_INVOICE: CorpusCase[] = [
  {
    intent: 'credit_invoice',
    q: "raise a 120 credit note against amara's invoice",
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '120.00' },
      record: { total_amount: '120.00', invoice: { balance_due: '1080.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'INV-0002 - credit 50, reason "Workshop ran short"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '50.00', reason: 'Workshop ran short' },
      record: { reason: 'Workshop ran short' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note for priya: 300 on INV-0003, refnud the money to her',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '300.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'we agreed a 10% discount on INV-0001 after the fact - credit it',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '120.00' }, record: { total_amount: '120.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'lukas only attended four of the workshop sessions, please credit the fifth on INV-0002',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '150.00' },
      record: { invoice: { balance_due: '350.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'Credit the remaining 500 on INV-0002 with a credit note',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { balance_due: '0.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'refund fernhill 1,000 on their invoice via a credit note',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '1000.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    before: 'what did we invoice lukas?',
    q: 'put a credit of 80 on it',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '80.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'issue credit note INV-0001 200 "Scope reduced"',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '200.00', reason: 'Scope reduced' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit the wohle of INV-0003 back to Priya, no refund',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '3000.00' }, record: { total_amount: '3000.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'creditnote 45 on invoice 2',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '45.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'can you knock 250 off the brightleaf invoice with a credit note',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '250.00' },
      record: { invoice: { balance_due: '950.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'amara complained, give her a credit of 100 on INV-0001 with the reason "Late delivery of assets"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '100.00', reason: 'Late delivery of assets' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit a quarter of INV-0002',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '187.50' }, record: { total_amount: '187.50' } },
  },
];

// --- recurring invoices and quotes -------------------------------------------------------

const LIST_RECURRING_INVOICES: CorpusCase[] = [
  { intent: 'list_recurring_invoices', q: 'which clients do I bill automatically?', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'how much is the nordwerk recurring invoice for', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'is amara on an automatic montly invoice?', reply: ['monthly'] },
  { intent: 'list_recurring_invoices', q: 'what recurring invoices are active right now', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'when will the monthly recurring invoice first be sent', reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'show me the recurring profile for lukas brandt', reply: ['quarterly', '500.00'] },
  { intent: 'list_recurring_invoices', q: 'are any of my recurring invoices paused?' },
  { intent: 'list_recurring_invoices', q: 'repeating invoices - list them with how often they go out', reply: ['monthly', 'quarterly'] },
  { intent: 'list_recurring_invoices', q: 'what is on the recurring invoice for brightleaf', reply: ['Retainer', '500.00'] },
  { intent: 'list_recurring_invoices', q: 'does anyone get billed quartely?', reply: ['Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'what retainers do I invoice on autopilot', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: "when does lukas's automatic invoicing start?", reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'reccuring billing for nordwerk?', reply: ['quarterly'] },
  {
    intent: 'list_recurring_invoices',
    q: 'which recurring invoice is the monthly one and which the quarterly',
    reply: ['Amara Okafor', 'monthly', 'Lukas Brandt', 'quarterly'],
  },
];

const PAUSE_RECURRING_INVOICE: CorpusCase[] = [
  {
    intent: 'pause_recurring_invoice',
    q: 'Nordwerk asked us to stop billing until the new contract - pause their recurring invoice',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Lukas Brandt' },
      record: { status: 'paused' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'stop the monthly invoices to amara for now',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'please put the quarterly recuring invoice on hold',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Lukas Brandt' },
      record: { status: 'paused', contact_name: 'Lukas Brandt' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'hold recurring billing for brightleaf studio',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'what recurring invoices do I have?',
    q: 'pause the nordwerk one',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'amara okafor is taking a break - pause her retainer invoices',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'could you pause the recurring invoice that goes to Lukas?',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Lukas Brandt' },
      record: { status: 'paused', contact_name: 'Lukas Brandt' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "Pause Amara's monthly billing.",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'no more quarterly invoices to Nordwerk GmbH until I say so',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'does amara have a recurring invoice?',
    q: 'ok pasue that',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'paus the brightleaf recurring invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "suspend lukas's retainer billing",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "we're not invoicing amara over the summer, pause her recurring invoice",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'temporarily switch off the automatic invoices for lukas brandt',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
];

const LIST_QUOTES: CorpusCase[] = [
  { intent: 'list_quotes', q: 'any quotes still waiting on an answer from the client?', reply: ['QUO-0001'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'what did we quote grace whitfield', reply: ['QUO-0003', '2,200.00'] },
  { intent: 'list_quotes', q: 'which qoute did kenji turn down', reply: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'accepted quotes?', reply: ['QUO-0002'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'what do my quotes add up to', reply: ['11,450.00'] },
  { intent: 'list_quotes', q: 'QUO-0003 status and amount', reply: ['draft', '2,200.00'] },
  { intent: 'list_quotes', q: 'show the quote for casa marquez', reply: ['QUO-0001', '4,800.00'] },
  { intent: 'list_quotes', q: "quotes that haven't been sent yet", reply: ['QUO-0003'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'who accepted a quote from us', reply: ['Daniel Osei'] },
  { intent: 'list_quotes', q: 'list estimtes for Osei Architects', reply: ['QUO-0002', '2,850.00'] },
  { intent: 'list_quotes', q: 'what is on quote 4', reply: ['Title animation', '1,600.00'] },
  {
    intent: 'list_quotes',
    q: 'who have we written quotes for',
    reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield', 'Kenji Watanabe'],
  },
  { intent: 'list_quotes', q: 'smallest quote?', reply: ['QUO-0004', '1,600.00'] },
  { intent: 'list_quotes', q: 'quotes that were declined or are still draft', reply: ['QUO-0003', 'QUO-0004'], absent: ['QUO-0002'] },
];

const CREATE_QUOTE: CorpusCase[] = [
  {
    intent: 'create_quote',
    q: 'quote grace whitfield for a loyalty card design, 400',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Grace Whitfield',
        items: [{ description: 'Loyalty card design', quantity: '1', unit_price: '400.00' }],
      },
      record: { status: 'draft', total_amount: '400.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'prepare an estimate for Lukas: 4 workshop days at 1,200',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ description: 'Workshop days', quantity: '4', unit_price: '1200.00' }] },
      record: { total_amount: '4800.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'Beacon plc wnats a quote - "Firewall audit" 3,900',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Firewall audit', quantity: '1', unit_price: '3900.00' }] },
    },
  },
  {
    intent: 'create_quote',
    before: 'look up sofia marquez',
    q: 'quote her 2 x landing pages at 750',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Landing pages', quantity: '2', unit_price: '750.00' }] },
      record: { total_amount: '1500.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new quote for amara okafor: brand book 2,600 + photoshoot 900',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Amara Okafor',
        items: [
          { description: 'Brand book', quantity: '1', unit_price: '2600.00' },
          { description: 'Photoshoot', quantity: '1', unit_price: '900.00' },
        ],
      },
      record: { total_amount: '3500.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'Estimate for Daniel Kim — 25 hours of API work at 140/hour',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '25', unit_price: '140.00' }] },
      record: { total_amount: '3500.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'could you quote kenji 1,100 for the poster series',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ description: 'Poster series', quantity: '1', unit_price: '1100.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote acme ltd 3 months of maintenance at 250 a month',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Acme', items: [{ quantity: '3', unit_price: '250.00' }] },
      record: { total_amount: '750.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote for priya raman, valid until next friday: "Model training" 5,000',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Priya Raman',
        valid_until: 'NEXT_FRIDAY',
        items: [{ description: 'Model training', quantity: '1', unit_price: '5000.00' }],
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'do a quotaton for tomas novak, website refresh 2k',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Website refresh', quantity: '1', unit_price: '2000.00' }] },
      record: { total_amount: '2000.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'what quotes has grace got? and make her another one, 500 for gift boxes',
    reply: ['QUO-0003'],
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Gift boxes', quantity: '1', unit_price: '500.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'draft a qoute for Osei Architects - 3D model of the atrium, 1,750',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Osei', items: [{ quantity: '1', unit_price: '1750.00' }] },
      record: { total_amount: '1750.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'Harborline asked for pricing on a route planner, quote them 12,500',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '1', unit_price: '12500.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'Quote Brightleaf: 10 x social media templates @ 35',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Amara Okafor',
        items: [{ description: 'Social media templates', quantity: '10', unit_price: '35.00' }],
      },
      record: { total_amount: '350.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote Amara for the organisation chart redesign, 650',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Amara Okafor',
        items: [{ description: 'Organisation chart redesign', quantity: '1', unit_price: '650.00' }],
      },
      record: { total_amount: '650.00' },
    },
  },
];

/** A conversion cannot be undone: each runs on an account of its own (see the top). */
const CONVERT_QUOTE: CorpusCase[] = [
  {
    intent: 'convert_quote',
    q: 'turn QUO-0002 into a draft invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'sofia said yes to the redesign, invoice her quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert the acepted quote into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'make an invoice out of quote number 1',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'bill daniel osei for the drawings quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    before: 'which quotes are sent?',
    q: 'invoice that one',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'QUO-0001 -> invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'the casa marquez estimate was approved, convert it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    before: 'show me QUO-0002',
    q: 'ok go ahead and invoice this',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'raise an invoice form the osei architects quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert the 2,850 quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'invoice the website redesign estimate for sofia marquez',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'cnvert QUO-0002 into an invoice pls',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'Daniel signed the fit-out drawings quote, please create the invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
];

// --- deals ---------------------------------------------------------------------------

const LIST_DEAL_STAGES: CorpusCase[] = [
  {
    intent: 'list_deal_stages',
    q: 'what stages does a deal go through',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'what is the probability for the negotiation stage', reply: ['75'] },
  { intent: 'list_deal_stages', q: 'whcih stage has 25%', reply: ['Qualified'] },
  { intent: 'list_deal_stages', q: 'what comes after qualified in the pipeline', reply: ['Proposal'] },
  { intent: 'list_deal_stages', q: 'the stage just before won?', reply: ['Negotiation'] },
  {
    intent: 'list_deal_stages',
    q: 'how many stages are in the pipeline and what are they',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'probability per stage, please', reply: ['10', '25', '50', '75', '100'] },
  { intent: 'list_deal_stages', q: 'is there a stage called Proposal? what % does it have', reply: ['50'] },
  { intent: 'list_deal_stages', q: 'which stages mean the deal is finished', reply: ['Won', 'Lost'] },
  { intent: 'list_deal_stages', q: 'frist and last open stage?', reply: ['Lead', 'Negotiation'] },
  {
    intent: 'list_deal_stages',
    q: 'pipeline stages pls, in order',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'what odds does a deal in lead have', reply: ['10'] },
  {
    intent: 'list_deal_stages',
    q: 'list my sales stges',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: "what's the likelihood percentage on qualified deals", reply: ['25'] },
];

const LIST_DEALS: CorpusCase[] = [
  {
    intent: 'list_deals',
    q: 'what deals are open right now',
    reply: ['Casa Marquez website', 'Osei office drawings', 'Whitfield online shop', 'Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'list_deals', q: 'which deal is worth the most', reply: ['Fernhill data platform', '12,000.00'] },
  {
    intent: 'list_deals',
    q: 'deals at the qualifed stage',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Osei office drawings'],
  },
  { intent: 'list_deals', q: "what's the value of the nordwerk relaunch phase 2 deal", reply: ['9,500.00'] },
  {
    intent: 'list_deals',
    q: 'deals for grace whitfield',
    reply: ['Whitfield online shop', '2,200.00'],
    absent: ['Fernhill data platform'],
  },
  { intent: 'list_deals', q: 'is the osei drawings deal close to done?', reply: ['Negotiation'] },
  { intent: 'list_deals', q: 'add up everything in my pipeline', reply: ['31,350.00'] },
  {
    intent: 'list_deals',
    q: 'deals over 5,000',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Whitfield online shop'],
  },
  {
    intent: 'list_deals',
    q: 'which deals are in proposal or negotiation',
    reply: ['Casa Marquez website', 'Osei office drawings'],
    absent: ['Fernhill data platform'],
  },
  { intent: 'list_deals', q: 'deals wiht sofia?', reply: ['Casa Marquez website'], absent: ['Nordwerk relaunch phase 2'] },
  { intent: 'list_deals', q: 'what is the weighted value of my pipeline', reply: ['10,132.50'] },
  { intent: 'list_deals', q: 'cheapest opportunity we have open?', reply: ['Whitfield online shop', '2,200.00'] },
  { intent: 'list_deals', before: 'show me deals with lukas', q: 'what stage is it at', reply: ['Qualified'] },
  { intent: 'list_deals', q: 'deals with priya or lukas', reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'] },
];

const CREATE_DEAL: CorpusCase[] = [
  {
    intent: 'create_deal',
    q: 'new deal: "Fernhill dashboard phase 2", 8,000, contact priya raman',
    propose: {
      tool: 'create_deal',
      args: { title: 'Fernhill dashboard phase 2', value: '8000.00', contact_id: '@contact:Priya Raman' },
      record: { value: '8000.00', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add an opportunity called Acme rebrand worth 6,200',
    propose: { tool: 'create_deal', args: { title: 'Acme rebrand', value: '6200.00' } },
  },
  {
    intent: 'create_deal',
    q: 'craete a deal for Beacon: "Beacon pentest 2027", 4,500, qualified',
    propose: {
      tool: 'create_deal',
      args: { title: 'Beacon pentest 2027', value: '4500.00', contact_id: '@contact:Beacon', stage_id: '@stage:Qualified' },
      record: { stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'create_deal',
    q: 'Lukas mentioned a phase 3 - put a 15k deal in the pipeline with him',
    propose: { tool: 'create_deal', args: { value: '15000.00', contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'create_deal',
    q: 'deal "Kaze web series" 22,000 in proposal with Kenji',
    propose: {
      tool: 'create_deal',
      args: { title: 'Kaze web series', value: '22000.00', stage_id: '@stage:Proposal', contact_id: '@contact:Kenji Watanabe' },
    },
  },
  {
    intent: 'create_deal',
    before: 'show me grace whitfield',
    q: 'create a deal with her: "Whitfield franchise kit", 5,500',
    propose: {
      tool: 'create_deal',
      args: { title: 'Whitfield franchise kit', value: '5500.00', contact_id: '@contact:Grace Whitfield' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add "Harborline warehouse sensors" to the pipeline, 30,000, expected to close in 60 days',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline warehouse sensors', value: '30000.00', expected_close_date: 'IN_60_DAYS' },
      record: { expected_close_date: 'IN_60_DAYS' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new opportunity with Daniel Osei, "Osei gallery fit-out", 7,250, negotiation',
    propose: {
      tool: 'create_deal',
      args: { title: 'Osei gallery fit-out', value: '7250.00', contact_id: '@contact:Daniel Osei', stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'create_deal',
    q: 'open a deal "Brightleaf podcast" for amara okafor at 3,000, Sam owns it',
    propose: {
      tool: 'create_deal',
      args: { title: 'Brightleaf podcast', value: '3000.00', contact_id: '@contact:Amara Okafor', owner_id: '@member:Sam Lee' },
      record: { owner_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_deal',
    q: 'which deals are in proposal? also add one tehre: "Novák rebrand", 2,750',
    reply: ['Casa Marquez website'],
    propose: { tool: 'create_deal', args: { title: 'Novák rebrand', value: '2750.00', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'create_deal',
    q: 'create deal - title: Fernhill workshop series - value: 4,800 - stage: lead',
    propose: {
      tool: 'create_deal',
      args: { title: 'Fernhill workshop series', value: '4800.00', stage_id: '@stage:Lead' },
      record: { stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal with casa marquez for a menu redesign, 1,400, closing tomorrow',
    propose: {
      tool: 'create_deal',
      args: { value: '1400.00', contact_id: '@contact:Sofia Marquez', expected_close_date: 'TOMORROW' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add a deal worth $9.5k called "Harborline mobile app"',
    propose: { tool: 'create_deal', args: { title: 'Harborline mobile app', value: '9500.00' }, record: { value: '9500.00' } },
  },
  {
    intent: 'create_deal',
    q: 'new deel: "Acme trade show", 2,100',
    propose: { tool: 'create_deal', args: { title: 'Acme trade show', value: '2100.00' } },
  },
  {
    intent: 'create_deal',
    q: 'create an opportunity for nordwerk for the training programme worth 5,200, expected to close in 2 weeks',
    propose: {
      tool: 'create_deal',
      args: { value: '5200.00', contact_id: '@contact:Lukas Brandt', expected_close_date: 'IN_14_DAYS' },
    },
  },
];

const MOVE_DEAL: CorpusCase[] = [
  {
    intent: 'move_deal',
    q: 'move the nordwerk deal to proposal',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Proposal' },
      record: { stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'move_deal',
    q: 'grace is serious about the online shop - qualify the deal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'we clsoed the osei office drawings deal, mark it won',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' },
      record: { stage_id: '@stage:Won' },
    },
  },
  {
    intent: 'move_deal',
    q: 'Fernhill data platform: lost, reason "chose an in-house team"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Lost', lost_reason: 'chose an in-house team' },
      record: { stage_id: '@stage:Lost', lost_reason: 'chose an in-house team' },
    },
  },
  {
    intent: 'move_deal',
    q: 'sofia wants to negotiate, move her website deal along to negotiation',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    before: 'which deals are qualified?',
    q: 'move the fernhill one to proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'set the stage of Osei office drawings back to Proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'the whitfield deal is lost - they went with a template shop',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Lost' },
      record: { stage_id: '@stage:Lost' },
    },
  },
  {
    intent: 'move_deal',
    q: 'Nordwerk relaunch phase 2 - won!!',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'push the casa marquez deal foward one stage',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'move fernhill data platform to negotiation please',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    before: 'what stage is the whitfield online shop in',
    q: 'move it to proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'Daniel Osei signed - close his deal as won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'drop the nordwerk relaunch back to lead',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Lead' } },
  },
  {
    intent: 'move_deal',
    q: 'the fernhill deal - move it to won - they signed this morning',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Won' } },
  },
];

// --- time tracking ------------------------------------------------------------------

const TIME_SUMMARY: CorpusCase[] = [
  { intent: 'time_summary', q: 'how much time have I got on my timesheet this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'hours on acme this month?', reply: ['2:15'], absent: ['12:15'] },
  { intent: 'time_summary', q: 'time loged for beacon plc', reply: ['10:00'] },
  { intent: 'time_summary', q: 'break down my hours by client for this month', reply: ['2:15', '10:00'] },
  { intent: 'time_summary', q: 'total minutes logged on acme', reply: ['135'] },
  { intent: 'time_summary', q: 'how many hours did the team put in this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'what did I log on the first of the month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'beacon hours vs acme hours', reply: ['10:00', '2:15'] },
  { intent: 'time_summary', q: 'how much of my time went to Beacon, in minutes?', reply: ['600'] },
  { intent: 'time_summary', q: 'which client did I spend the most tiem on this month?', reply: ['Beacon'] },
  { intent: 'time_summary', q: 'how long have I spent on "Design" for acme', reply: ['1:30'] },
  { intent: 'time_summary', q: 'how many minutes did the acme review take', reply: ['45'] },
  { intent: 'time_summary', q: 'my timesheet this month in minutes', reply: ['735'] },
  { intent: 'time_summary', q: 'how many billable hours have I logged this month', reply: ['12:15'] },
];

/** `before` starts a timer (confirmed by the harness); the question is then about it. */
const RUNNING_TIMER: CorpusCase[] = [
  {
    intent: 'running_timer',
    before: 'start a timer for beacon on "Quarterly report"',
    q: 'what is my timer running on right now',
    reply: ['Quarterly report'],
  },
  { intent: 'running_timer', before: 'clock in for acme ltd', q: 'which client am I timing?', reply: ['Acme'] },
  { intent: 'running_timer', before: 'start timing "Admin"', q: 'is anything being trakced?', reply: ['Admin'] },
  {
    intent: 'running_timer',
    before: 'timer for Beacon please: "Client onboarding"',
    q: 'remind me what the timer is for',
    reply: ['Client onboarding'],
  },
  { intent: 'running_timer', before: 'start a timer for acme: "Invoice prep"', q: 'since when is my timer on?', reply: ['Invoice prep'] },
  { intent: 'running_timer', before: 'start tracking time on "Research" for beacon', q: 'am i on the clock?', reply: ['Research'] },
  { intent: 'running_timer', before: 'start my timer for acme', q: 'current timer status?', reply: ['Acme'] },
  {
    intent: 'running_timer',
    before: 'clock in on "Strategy session"',
    q: 'what is the stopwatch timing',
    reply: ['Strategy session'],
  },
  { intent: 'running_timer', before: 'begin a timer for beacon plc', q: 'is the clock ticking for beacon?', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'start a timer "Bug fixing" for acme', q: 'how long has the timer been goign', reply: ['Bug fixing'] },
  { intent: 'running_timer', before: 'start timer: "Content writing"', q: 'whats my timer on', reply: ['Content writing'] },
  {
    intent: 'running_timer',
    before: 'start timing acme - "Onboarding call"',
    q: 'what am i working on according to the timer?',
    reply: ['Onboarding call'],
  },
  {
    intent: 'running_timer',
    before: 'please clock me in for Beacon: "Contract review"',
    q: 'running timer details please',
    reply: ['Contract review'],
  },
];

const START_TIMER: CorpusCase[] = [
  {
    intent: 'start_timer',
    q: 'start a timer for Beacon on "Security review"',
    propose: {
      tool: 'start_timer',
      args: { description: 'Security review', contact_id: '@contact:Beacon' },
      record: { description: 'Security review', ended_at: null },
    },
  },
  {
    intent: 'start_timer',
    q: 'clock me in for acme',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' }, record: { contact_id: '@contact:Acme', ended_at: null } },
  },
  {
    intent: 'start_timer',
    q: 'start teh clock on "Quarterly planning"',
    propose: { tool: 'start_timer', args: { description: 'Quarterly planning' } },
  },
  {
    intent: 'start_timer',
    q: 'im starting the nordwerk relaunch work now, start a timer',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'start_timer',
    q: 'please time my work on "Tax filing"',
    propose: { tool: 'start_timer', args: { description: 'Tax filing' }, record: { description: 'Tax filing' } },
  },
  {
    intent: 'start_timer',
    q: 'timer on for Grace Whitfield - "Menu photos"',
    propose: { tool: 'start_timer', args: { description: 'Menu photos', contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'start_timer',
    before: 'how long did I spend on acme?',
    q: 'start the timer for them again',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'start_timer',
    q: 'begin timing the Harborline call',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'start_timer',
    q: 'start a timer for Sofia Marquez',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'start_timer',
    q: 'start stopwacth: "Email catch-up"',
    propose: { tool: 'start_timer', args: { description: 'Email catch-up' } },
  },
  {
    intent: 'start_timer',
    q: 'Kenji Watanabe - start timer, "Color grading"',
    propose: { tool: 'start_timer', args: { description: 'Color grading', contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'start_timer',
    q: 'kick off a timer for the fernhill dashboard',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Priya Raman' } },
  },
  { intent: 'start_timer', q: 'satrt a timer on beacon', propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } } },
  {
    intent: 'start_timer',
    q: "going to work on Amara's brand book now, start tracking please",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Amara Okafor' } },
  },
];

/** `before` starts a timer (confirmed by the harness); stopping cannot be undone, so each runs on an account of its own. */
const STOP_TIMER: CorpusCase[] = [
  {
    intent: 'stop_timer',
    before: 'start a timer for acme on "Site audit"',
    q: 'stop my timer please',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Site audit', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'clock in for beacon',
    q: 'clock me out',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Admin"',
    q: "i'm done, stop the clcok",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Admin' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Beacon: "Report writing"',
    q: 'report is written - stop timing',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Report writing' } },
  },
  { intent: 'stop_timer', before: 'start a timer on acme', q: 'end my timer now', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'start tracking "Calls"',
    q: 'calls over, please stop the timer and save it',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Calls' } },
  },
  { intent: 'stop_timer', before: 'begin a timer for acme ltd', q: 'stop the stopwatch now', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'timer for beacon plc on "Planning"',
    q: "that's it for today, clock off",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Planning', contact_id: '@contact:Beacon' } },
  },
  { intent: 'stop_timer', before: 'start timer "Research"', q: 'stopp timer', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'start a timer for acme',
    q: 'what am I timign? stop it',
    reply: ['Acme'],
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'clock in on "Deep work"',
    q: 'finish the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Deep work' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing beacon',
    q: 'end tracking',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer: "Quote prep"',
    q: 'quote prep is finished, stop the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Quote prep' } },
  },
];

const LOG_TIME: CorpusCase[] = [
  {
    intent: 'log_time',
    q: 'log 2 hours for beacon plc, "Workshop prep"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 120, contact_id: '@contact:Beacon', description: 'Workshop prep' },
      record: { duration_minutes: 120, description: 'Workshop prep' },
    },
  },
  {
    intent: 'log_time',
    q: 'add 45 minutes for acme today',
    propose: { tool: 'log_time', args: { duration_minutes: 45, contact_id: '@contact:Acme' }, record: { duration_minutes: 45 } },
  },
  {
    intent: 'log_time',
    q: 'I spent 3 hours on the Casa Marquez site yesteday, log it',
    propose: { tool: 'log_time', args: { duration_minutes: 180, contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'log_time',
    q: 'record 1h30 for Lukas Brandt',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'log_time',
    q: 'timesheet: Priya Raman, 4 hours, "Data cleanup"',
    propose: { tool: 'log_time', args: { duration_minutes: 240, contact_id: '@contact:Priya Raman', description: 'Data cleanup' } },
  },
  {
    intent: 'log_time',
    q: 'log half a day for Daniel Kim (4h)',
    propose: { tool: 'log_time', args: { duration_minutes: 240, contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'log_time',
    q: 'add 20 min for grace whitfield, not billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 20, contact_id: '@contact:Grace Whitfield', billable: false },
      record: { billable: false },
    },
  },
  {
    intent: 'log_time',
    before: 'how much time have I logged for beacon?',
    q: 'log another 2 hours for them',
    propose: { tool: 'log_time', args: { duration_minutes: 120, contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'log_time',
    q: 'log 75 minutes of internal admin, no client, non-billable',
    propose: { tool: 'log_time', args: { duration_minutes: 75, billable: false }, record: { contact_id: null, billable: false } },
  },
  {
    intent: 'log_time',
    q: 'I did 6h for Studio Kaze yesterdya',
    propose: { tool: 'log_time', args: { duration_minutes: 360, contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'log_time',
    q: '2.5 hours for Brightleaf on "Moodboards"',
    propose: { tool: 'log_time', args: { duration_minutes: 150, contact_id: '@contact:Amara Okafor', description: 'Moodboards' } },
  },
  {
    intent: 'log_time',
    q: 'put 3h 45m on acme ltd',
    propose: { tool: 'log_time', args: { duration_minutes: 225, contact_id: '@contact:Acme' }, record: { duration_minutes: 225 } },
  },
  {
    intent: 'log_time',
    q: 'log 1 hour for osei architects, billable',
    propose: { tool: 'log_time', args: { duration_minutes: 60, contact_id: '@contact:Daniel Osei' }, record: { billable: true } },
  },
  {
    intent: 'log_time',
    q: 'add ninety minutes for nordwerk',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'log_time',
    q: 'log three hours for acme yesterday afternoon design work',
    propose: { tool: 'log_time', args: { duration_minutes: 180, contact_id: '@contact:Acme' } },
  },
];

// --- money and the overview ------------------------------------------------------------

const LIST_TRANSACTIONS: CorpusCase[] = [
  {
    intent: 'list_transactions',
    q: 'expenses today?',
    reply: ['Lunch with Lukas', '45.90', 'Hosting', '120.00', 'Design tool', '29.99'],
    absent: ['Website milestone'],
  },
  { intent: 'list_transactions', q: 'what software did I pay for', reply: ['Hosting', 'Design tool'], absent: ['Lunch with Lukas'] },
  { intent: 'list_transactions', q: 'money recieved last month', reply: ['2,000.00'], absent: ['1,500.00'] },
  { intent: 'list_transactions', q: 'what was the 120 expense', reply: ['Hosting'] },
  {
    intent: 'list_transactions',
    q: 'list all transactions from this month',
    reply: ['1,500.00', '45.90', '120.00', '29.99'],
    absent: ['800.00'],
  },
  { intent: 'list_transactions', q: 'how much was the design tool', reply: ['29.99'] },
  { intent: 'list_transactions', q: 'show my meals expenses', reply: ['Lunch with Lukas', '45.90'], absent: ['Hosting'] },
  { intent: 'list_transactions', q: 'rent payments?', reply: ['800.00'] },
  { intent: 'list_transactions', q: 'expenses bigger than 100', reply: ['120.00', '800.00'], absent: ['29.99'] },
  { intent: 'list_transactions', q: "what's the most recnet income", reply: ['Website milestone', '1,500.00'] },
  {
    intent: 'list_transactions',
    q: 'every expense I have recorded, with amounts',
    reply: ['45.90', '120.00', '29.99', '800.00'],
    absent: ['1,500.00'],
  },
  { intent: 'list_transactions', q: 'find the website milestone transaction', reply: ['1,500.00'] },
  { intent: 'list_transactions', q: 'transactions between 20 and 50', reply: ['45.90', '29.99'], absent: ['120.00'] },
  { intent: 'list_transactions', q: 'did i log anything for lunch with lukas', reply: ['45.90'] },
  { intent: 'list_transactions', q: 'what did I spend on the 10th of last month', reply: ['800.00'], absent: ['45.90'] },
];

const LIST_CATEGORIES: CorpusCase[] = [
  { intent: 'list_categories', q: 'what categories do I have', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'expense categories?', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'which categroy do I use for income', reply: ['Client work'] },
  { intent: 'list_categories', q: 'is there a rent category', reply: ['Rent'] },
  { intent: 'list_categories', q: 'list the categories my expenses fall into', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'which categories have I used most', reply: ['Software', 'Client work'] },
  { intent: 'list_categories', q: 'I have a hosting receipt, which of my existing categories fits? show me the list', reply: ['Software'] },
  { intent: 'list_categories', q: 'income categories please', reply: ['Client work'], absent: ['Meals'] },
  { intent: 'list_categories', q: 'categories for money going out', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'do I trakc meals as a category', reply: ['Meals'] },
  { intent: 'list_categories', q: 'all categories, both income and expenses', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'what labels have I been putting on transactions', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'catgories list', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
];

const MONEY_TOTALS: CorpusCase[] = [
  { intent: 'money_totals', q: 'how much income so far this month', reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'total spending this month', reply: ['195.89'] },
  { intent: 'money_totals', q: 'net for lsat month?', reply: ['1,200.00'] },
  { intent: 'money_totals', q: 'total income last month', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'what did software cost me this month', reply: ['149.99'] },
  { intent: 'money_totals', q: 'rent total for last month', reply: ['800.00'] },
  { intent: 'money_totals', q: 'am I making a profit this month', reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'money in vs money out this month', reply: ['1,500.00', '195.89'] },
  { intent: 'money_totals', q: 'how much have I spent on meals this month', reply: ['45.90'] },
  { intent: 'money_totals', q: 'total expenses since the strat of last month', reply: ['995.89'] },
  { intent: 'money_totals', q: 'income since the start of last month', reply: ['3,500.00'] },
  { intent: 'money_totals', q: 'net profit since the beginning of last month', reply: ['2,504.11'] },
  { intent: 'money_totals', q: 'client work income last month, total', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'whats my profit and loss for this month', reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'how much did i spend this month and how much came in', reply: ['195.89', '1,500.00'] },
];

const TOP_CATEGORIES: CorpusCase[] = [
  { intent: 'top_categories', q: 'biggest expense categories this month', reply: ['Software', '149.99'] },
  { intent: 'top_categories', q: 'top spending category last month?', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'rank my income catagories for this month', reply: ['Client work'] },
  { intent: 'top_categories', q: 'which category cost me the most since last month began', reply: ['Rent'] },
  { intent: 'top_categories', q: 'expense categories sorted by spend, this month', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: "what's my #1 cost category this month and how much", reply: ['Software', '149.99'] },
  { intent: 'top_categories', q: 'top earning category last month', reply: ['Client work', '2,000.00'] },
  { intent: 'top_categories', q: 'what am I spending the most on this month, category-wise', reply: ['Software'] },
  { intent: 'top_categories', q: 'after software, which category is my next biggest expense this month?', reply: ['Meals', '45.90'] },
  { intent: 'top_categories', q: "breakdown of last month's spedning by category", reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'top categories overall by expense', reply: ['Rent'] },
  { intent: 'top_categories', q: 'top 2 expense categoreis this month', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'largest income category overall', reply: ['Client work', '3,500.00'] },
];

const CREATE_TRANSACTION: CorpusCase[] = [
  {
    intent: 'create_transaction',
    q: 'add an expense of 89.00 for a new keyboard',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '89.00' }, record: { type: 'expense', amount: '89.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'I got 450 from Acme today for the banner',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '450.00' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'recrod 2,200 income, category Client work',
    propose: {
      tool: 'create_transaction',
      args: { type: 'income', amount: '2200.00', category: 'Client work' },
      record: { category: 'Client work' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'expense 19.99 software yesterday',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '19.99', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'paid 60 for the window cleaner',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '60.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'sold some prints at the market, 240 cash',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '240.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'new expense in Meals: 27.80 team breakfast',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '27.80', category: 'Meals' },
      record: { category: 'Meals', amount: '27.80' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'log a $1,000 rent payment',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '1000.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'Sofia paid me a 500 deposit in cash, put it in the books',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '500.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'spent 14.50 on postgae today',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '14.50' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'how much have I spent on meals this month? also log 22 for a team coffee',
    reply: ['45.90'],
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '22.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'income: 3,000, consulting retainer, last tuesday',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '3000.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'add an outgoing of two hundred for the accountant',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '200.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'record expense £35.00 category Software',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '35.00', category: 'Software' },
      record: { category: 'Software' },
    },
  },
  {
    intent: 'create_transaction',
    q: "paid £18.40 for a taxi to the client's office, travel expense",
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '18.40' } },
  },
];

const GET_OVERVIEW: CorpusCase[] = [
  { intent: 'get_overview', q: 'hows my business doing overall', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'give me the overview', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'anyting on fire? quick overview', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'summary of my account right now', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'morning briefing please', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'snapshot of the business', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'dashboard', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'recap for me: receivables, profit this month, tasks', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'where are we at with everything', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'tell me how things stnad today', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'a quick status of contacts, tasks and cash', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'overall health of my business?', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'ovreview pls', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'give me the lay of the land across invoices tasks and money', reply: ['1,700.00'] },
];

// --- two real readings: the answer asks back (naming them), and proposes nothing -------------

const CLARIFY: CorpusCase[] = [
  { intent: 'clarify', q: 'phone number for daniel?', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'daniel is a customer now', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'which compnay does daniel work for?', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'record 200 paid on the open invoice', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: "what's on the unpaid invoice?", clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: 'hold the automatic invoice for now', clarify: true, reply: ['Amara Okafor', 'Lukas Brandt'] },
  {
    intent: 'clarify',
    q: 'move the 25% deal to negotiation',
    clarify: true,
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  {
    intent: 'clarify',
    q: 'mark the task with no deadline as done',
    clarify: true,
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
  },
  {
    intent: 'clarify',
    q: 'make the high priority task due next friday',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  { intent: 'clarify', q: 'bill the cleint for the quote they have', clarify: true, reply: ['QUO-0001', 'QUO-0002'] },
  { intent: 'clarify', q: "what's the customer's email", clarify: true, reply: ['Amara Okafor', 'Priya Raman'] },
  { intent: 'clarify', q: 'open a deal with the customer for 5k', clarify: true, reply: ['Amara Okafor', 'Priya Raman'] },
  { intent: 'clarify', q: 'we won the deal!', clarify: true },
  { intent: 'clarify', q: 'assign the task to sam', clarify: true },
];

// --- nothing does it: the answer says so and offers what can be done (`reply`), proposing nothing ---
// Actions in the world (calls, messages, bookings) are offered as a task; deletions the tools lack, as the change they have.

const UNSUPPORTED: CorpusCase[] = [
  { intent: 'unsupported', q: 'wipe daniel kim from the crm, he left the company', reply: ['Daniel Kim', 'inactive'] },
  { intent: 'unsupported', q: 'cancel INV-0002, we will reissue it', reply: ['credit'] },
  { intent: 'unsupported', q: 'delete the fernhill data platfrom deal', reply: ['Lost'] },
  { intent: 'unsupported', q: 'send amara INV-0001 by email', reply: ['INV-0001'] },
  { intent: 'unsupported', q: 'phone priya and tell her the dashboard is ready', reply: ['task'] },
  { intent: 'unsupported', q: 'order 500 flyers from the printers', reply: ['task'] },
  { intent: 'unsupported', q: 'translate "thank you for your order" into german', reply: ['invoices'] },
  { intent: 'unsupported', q: 'who won the football last night?', reply: ['invoices'] },
  { intent: 'unsupported', q: 'promote sam lee to admin', reply: ['settings'] },
  { intent: 'unsupported', q: 'remove vera from the worksapce', reply: ['settings'] },
  { intent: 'unsupported', q: 'change the price on QUO-0003 to 2,000', reply: ['QUO-0003'] },
  { intent: 'unsupported', q: 'whatsapp grace that the cake samples are ready', reply: ['task'] },
  { intent: 'unsupported', q: 'get rid of QUO-0002 entirely', reply: ['QUO-0002'] },
  { intent: 'unsupported', q: 'change INV-0001 to 1,000 instead of 1,200', reply: ['credit'] },
  { intent: 'unsupported', q: 'remove Beacon from contacts altogether', reply: ['Beacon', 'inactive'] },
];

export const TUNING_5: CorpusCase[] = [
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
