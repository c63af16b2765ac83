// Over 400 lines on purpose: a corpus of requests and their expected results, data rather than logic.
import type { CorpusCase } from './types';

/**
 * Tuning material since the afternoon of 2026-12-07: the fourth batch of
 * requests written blind, by someone who never saw the engine (it read only
 * this folder's types.ts, fixture.ts and tuning-3.ts for the data and the
 * format, requests.ts, the corpus harness with its seeds and the tools'
 * argument schemas). It was the set-aside part while the engine was measured
 * against it (71.3 % with the engine of the morning of 2026-12-07, 81.8 % after
 * that day's first changes); once its failures had been read it became tuning
 * material (ADRs 0186, 0188, 0190), and a fresh blind batch took its place in
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
 * way. No `q` deletes what its `before` created: undoing the deletion brings
 * the row back under a new id, so the creation could not be undone after it.
 *
 * Arguments: `propose.args` lists only what the sentence determines (an item's
 * description or a task's title is left out when the words do not fix it, a
 * lost deal's reason unless it is quoted, a date the tokens cannot name such as
 * "last friday" or "the end of the month"). A default the sentence repeats
 * ("billable") is checked on the record, not in the arguments. Amounts in
 * `reply` are written as the app formats them, without the currency sign.
 */

// --- contacts -------------------------------------------------------------------

const GET_CONTACT: CorpusCase[] = [
  { intent: 'get_contact', q: 'hi! could you tell me what email address we have on file for daniel kim?', reply: ['dkim@harborline.co'] },
  { intent: 'get_contact', q: "what's the number for Grace at Whitfield Bakery", reply: ['+1 212 555 0187'] },
  { intent: 'get_contact', q: 'lukas brandt. company?', reply: ['Nordwerk GmbH'] },
  { intent: 'get_contact', q: 'Who is Priya Raman? Role and company, please.', reply: ['Product Manager', 'Fernhill Analytics'] },
  { intent: 'get_contact', q: 'remind me what Amara does at Brightleaf', reply: ['Creative Director'] },
  { intent: 'get_contact', q: "what's kenji watanabe's email adress", reply: ['kenji@studio-kaze.jp'] },
  { intent: 'get_contact', q: 'the owner of casa marquez - how do I reach her?', reply: ['sofia@casamarquez.es'] },
  { intent: 'get_contact', q: 'Tomás Novák: which company is he from, and is he still active?', reply: ['Novák & Syn', 'inactive'] },
  { intent: 'get_contact', q: 'what do my notes say about amara okafor', reply: ['Retainer for brand work'] },
  { intent: 'get_contact', before: 'who do we know at harborline?', q: "what's his job title?", reply: ['CTO'] },
  { intent: 'get_contact', before: 'search contacts for nordwerk', q: 'and his phone?', reply: ['+49 30 901820'] },
  { intent: 'get_contact', q: 'Daniel Osei: email, please.', reply: ['daniel@oseiarchitects.com'] },
  { intent: 'get_contact', q: "when is it ok to call kenji? check what's in his notes", reply: ['9:00'] },
  { intent: 'get_contact', q: 'pull up the contact card for Priya at fernhil', reply: ['priya.raman@fernhill.io'] },
  { intent: 'get_contact', q: "grace whitfield's position and phone", reply: ['Owner', '+1 212 555 0187'] },
];

const SEARCH_CONTACTS: CorpusCase[] = [
  {
    intent: 'search_contacts',
    q: 'who are my leads at the moment?',
    reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield'],
    absent: ['Amara'],
  },
  { intent: 'search_contacts', q: 'Customers - show me all of them.', reply: ['Amara Okafor', 'Priya Raman'], absent: ['Kenji'] },
  { intent: 'search_contacts', q: 'anyone in my contacts who has gone inactive?', reply: ['Tomás Novák'], absent: ['Lukas'] },
  { intent: 'search_contacts', q: 'search for "studio kaze"', reply: ['Kenji Watanabe'] },
  { intent: 'search_contacts', q: 'find every Daniel in my contacts', reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'search_contacts', q: 'contacts with an email at nordwerk.de?', reply: ['Lukas Brandt'] },
  {
    intent: 'search_contacts',
    q: 'which active contacts do I have? leave out the leads',
    reply: ['Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Sofia'],
  },
  { intent: 'search_contacts', q: 'have we got someone from the bakery, whitfield something?', reply: ['Grace Whitfield'] },
  { intent: 'search_contacts', q: 'who works at Novák & Syn', reply: ['Tomás Novák'] },
  {
    intent: 'search_contacts',
    q: 'show me the leads and the inactive contacts',
    reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield', 'Tomás Novák'],
    absent: ['Priya'],
  },
  { intent: 'search_contacts', q: 'look for contacts at brightleaf or casa marquez', reply: ['Amara Okafor', 'Sofia Marquez'] },
  { intent: 'search_contacts', q: 'who do i know at harbrline logistics', reply: ['Daniel Kim'] },
  { intent: 'search_contacts', q: 'are there any customers besides priya?', reply: ['Amara Okafor'] },
  { intent: 'search_contacts', q: 'contacts from Fernhill Analytics, pls', reply: ['Priya Raman'] },
];

const FIND_MENTIONS: CorpusCase[] = [
  { intent: 'find_mentions', q: 'an email came in signed "cheers, Kenji" - who is that?', reply: ['Kenji Watanabe'] },
  {
    intent: 'find_mentions',
    q: 'the meeting notes say: "Priya and Daniel from Osei Architects joined". which contacts are those?',
    reply: ['Priya Raman', 'Daniel Osei'],
  },
  { intent: 'find_mentions', q: 'who is "G. Whitfield" on this delivery note?', reply: ['Grace Whitfield'] },
  {
    intent: 'find_mentions',
    q: 'which of my contacts are named in this text: invoice copies to Brightleaf and Nordwerk by friday',
    reply: ['Amara Okafor', 'Lukas Brandt'],
  },
  { intent: 'find_mentions', q: 'somebody called "marques" rang, do I know them?', reply: ['Sofia Marquez'] },
  { intent: 'find_mentions', q: 'who could "the Fernhill PM" be?', reply: ['Priya Raman'] },
  {
    intent: 'find_mentions',
    q: 'my calendar says "demo w/ harborline + casa marquez" - who am I meeting?',
    reply: ['Daniel Kim', 'Sofia Marquez'],
  },
  { intent: 'find_mentions', q: 'does the name Watanabe ring a bell in my contacts', reply: ['Kenji Watanabe'] },
  { intent: 'find_mentions', q: 'the bank transfer reference reads "NOVAK SYN PAYMENT" - which contact?', reply: ['Tomás Novák'] },
  {
    intent: 'find_mentions',
    q: 'from this slack message, which contacts are mentioned: "Amara wants the deck, Lukas wants the budget"',
    reply: ['Amara Okafor', 'Lukas Brandt'],
  },
  { intent: 'find_mentions', q: 'i got a christmas card from "the Oseis" - who is it', reply: ['Daniel Osei'] },
  { intent: 'find_mentions', q: 'whose name is in this subject line: "Re: relaunch – L. Brandt"?', reply: ['Lukas Brandt'] },
  {
    intent: 'find_mentions',
    q: 'match the names in this list to my contacts: Raman, Kim, Whitfield',
    reply: ['Priya Raman', 'Daniel Kim', 'Grace Whitfield'],
  },
  { intent: 'find_mentions', q: 'voicemail from "grase at the bakery", who is that?', reply: ['Grace Whitfield'] },
];

const CREATE_CONTACT: CorpusCase[] = [
  {
    intent: 'create_contact',
    q: 'please add a contact: Fatima Haddad, fatima@haddadtextiles.com',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Fatima', last_name: 'Haddad', email: 'fatima@haddadtextiles.com' },
      record: { email: 'fatima@haddadtextiles.com' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new customer - Rafael Costa from Costa Surf Co',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Rafael', last_name: 'Costa', company: 'Costa Surf Co', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'could you create a lead for Mei Lin at Jade Tea House?',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Mei', last_name: 'Lin', company: 'Jade Tea House' },
      record: { status: 'lead', company: 'Jade Tea House' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Add Jonas Weber to contacts. He is the Finance Manager at Weber Holz, phone +49 89 123456',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Jonas', last_name: 'Weber', position: 'Finance Manager', company: 'Weber Holz', phone: '+49 89 123456' },
    },
  },
  {
    intent: 'create_contact',
    q: 'met someone at the expo: "Isabel Romero", isabel@romero.studio - save her',
    propose: { tool: 'create_contact', args: { first_name: 'Isabel', last_name: 'Romero', email: 'isabel@romero.studio' } },
  },
  {
    intent: 'create_contact',
    q: 'put Kwame Mensah in my address book as an active contact',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Kwame', last_name: 'Mensah', status: 'active' },
      record: { status: 'active' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new contact: oliver grant, Grant & Sons Plumbing, 07700 900123',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Oliver', last_name: 'Grant', company: 'Grant & Sons Plumbing', phone: '07700 900123' },
    },
  },
  {
    intent: 'create_contact',
    q: 'create contact for Hannah Fischer (Operations Lead, Alpenglow Hotels)',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Hannah', last_name: 'Fischer', position: 'Operations Lead', company: 'Alpenglow Hotels' },
      record: { position: 'Operations Lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'save this person: Lucas Moreau / lucas@moreau-vins.fr / Moreau Vins',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Lucas', last_name: 'Moreau', email: 'lucas@moreau-vins.fr', company: 'Moreau Vins' },
    },
  },
  {
    intent: 'create_contact',
    before: 'I need to add a new client to my contacts',
    q: 'her name is Zara Ahmed, she runs Ahmed Florals',
    propose: { tool: 'create_contact', args: { first_name: 'Zara', last_name: 'Ahmed', company: 'Ahmed Florals' } },
  },
  {
    intent: 'create_contact',
    q: 'what company is Daniel Kim at? and add his colleague Ruth Adler from the same company',
    reply: ['Harborline Logistics'],
    propose: { tool: 'create_contact', args: { first_name: 'Ruth', last_name: 'Adler', company: 'Harborline Logistics' } },
  },
  {
    intent: 'create_contact',
    q: 'add a contact named Pablo Ruiz, prospect',
    propose: { tool: 'create_contact', args: { first_name: 'Pablo', last_name: 'Ruiz', status: 'lead' } },
  },
  {
    intent: 'create_contact',
    q: 'Please could you add Freya Nilsson - freya.nilsson@nordlys.no - to my contacts as a customer?',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Freya', last_name: 'Nilsson', email: 'freya.nilsson@nordlys.no', status: 'customer' },
      record: { email: 'freya.nilsson@nordlys.no', status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new contact, Ben Carter, no company, email ben.carter@gmail.com',
    propose: { tool: 'create_contact', args: { first_name: 'Ben', last_name: 'Carter', email: 'ben.carter@gmail.com' } },
  },
];

const UPDATE_CONTACT: CorpusCase[] = [
  {
    intent: 'update_contact',
    q: "change daniel kim's phone to +1 415 555 0199",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Kim', changes: { phone: '+1 415 555 0199' } },
      record: { phone: '+1 415 555 0199' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Sofia Marquez is a customer now!',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Sofia Marquez', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: 'set the company of Kenji Watanabe to Kaze Pictures',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Kenji Watanabe', changes: { company: 'Kaze Pictures' } } },
  },
  {
    intent: 'update_contact',
    q: "amara's new email is amara@brightleaf.co.uk, please update it",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Amara Okafor', changes: { email: 'amara@brightleaf.co.uk' } },
      record: { email: 'amara@brightleaf.co.uk' },
    },
  },
  {
    intent: 'update_contact',
    q: 'update Grace Whitfield: position Managing Director',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Grace Whitfield', changes: { position: 'Managing Director' } } },
  },
  {
    intent: 'update_contact',
    q: 'tomás novák is active again',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Tomás Novák', changes: { status: 'active' } } },
  },
  {
    intent: 'update_contact',
    q: 'lukas brandt moved to Nordwerk Digital GmbH, change his company',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Lukas Brandt', changes: { company: 'Nordwerk Digital GmbH' } } },
  },
  {
    intent: 'update_contact',
    before: 'show me daniel osei',
    q: 'add his phone number: +233 20 123 4567',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Osei', changes: { phone: '+233 20 123 4567' } } },
  },
  {
    intent: 'update_contact',
    q: 'mark Acme as a customer',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Acme', changes: { status: 'customer' } } },
  },
  {
    intent: 'update_contact',
    q: 'Priya is now Head of Product at Fernhill',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { position: 'Head of Product' } } },
  },
  {
    intent: 'update_contact',
    q: 'please set daniel osei as inactive, the project fell through',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Osei', changes: { status: 'inactive' } } },
  },
  {
    intent: 'update_contact',
    q: 'the right email for Beacon is accounts@beaconplc.com',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Beacon', changes: { email: 'accounts@beaconplc.com' } } },
  },
  {
    intent: 'update_contact',
    q: "kenji's phone is +81 3 1234 5678, save it on his contact",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Kenji Watanabe', changes: { phone: '+81 3 1234 5678' } } },
  },
  {
    intent: 'update_contact',
    q: 'Grace Whitfield changed her surname to Whitfield-Hart',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Grace Whitfield', changes: { last_name: 'Whitfield-Hart' } },
      record: { last_name: 'Whitfield-Hart' },
    },
  },
];

const ADD_NOTE: CorpusCase[] = [
  {
    intent: 'add_note',
    q: 'Sofia Marquez - jot down "Wants the site live before Easter"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Sofia Marquez', body: 'Wants the site live before Easter' },
      record: { body: 'Wants the site live before Easter' },
    },
  },
  {
    intent: 'add_note',
    q: 'add a note to Daniel Kim saying they are moving to a new warehouse in March',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Kim', body: 'They are moving to a new warehouse in March' } },
  },
  {
    intent: 'add_note',
    q: "please record on amara's contact that she is on holiday until the 20th",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Amara Okafor', body: 'She is on holiday until the 20th' } },
  },
  {
    intent: 'add_note',
    q: 'for kenji watanabe, add the note "Prefers Zoom over Teams"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Kenji Watanabe', body: 'Prefers Zoom over Teams' } },
  },
  {
    intent: 'add_note',
    q: 'called Lukas today - he wants the revised quote by Friday. add that as a note on him',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'add_note',
    q: 'Priya Raman note: renewal conversation in Q2',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'Renewal conversation in Q2' } },
  },
  {
    intent: 'add_note',
    before: 'who is grace whitfield?',
    q: 'note on her: "Allergic to nuts, no samples with almonds"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield', body: 'Allergic to nuts, no samples with almonds' } },
  },
  {
    intent: 'add_note',
    q: 'add a timeline note to the Osei Architects contact: "Site visit booked"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei', body: 'Site visit booked' } },
  },
  {
    intent: 'add_note',
    q: 'Beacon: make a note that their PO number is 4471',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'add_note',
    q: 'could you note on tomas novak\'s record "Owes us a reference letter"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Tomás Novák', body: 'Owes us a reference letter' } },
  },
  {
    intent: 'add_note',
    q: 'write down against Acme: "Prefers invoices in PDF"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Acme', body: 'Prefers invoices in PDF' },
      record: { body: 'Prefers invoices in PDF' },
    },
  },
  {
    intent: 'add_note',
    q: 'amara okafor: add note - renewal signed for another year',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Amara Okafor', body: 'Renewal signed for another year' } },
  },
  {
    intent: 'add_note',
    q: 'add a note for daniel osei: "Send the revised drawings by Monday"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei', body: 'Send the revised drawings by Monday' } },
  },
  {
    intent: 'add_note',
    q: 'Save a note about Daniel Kim - "Contract renewal due in September"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Kim', body: 'Contract renewal due in September' } },
  },
];

// --- tasks and the team --------------------------------------------------------------

const LIST_TASKS: CorpusCase[] = [
  {
    intent: 'list_tasks',
    q: "what's overdue on my to-do list?",
    reply: ['Follow up on the relaunch proposal'],
    absent: ['Check the lease'],
  },
  { intent: 'list_tasks', q: 'anything i need to do today?', reply: ['Send the retainer report'], absent: ['Renew the domain'] },
  {
    intent: 'list_tasks',
    q: "which tasks haven't got a deadline?",
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
    absent: ['Send the retainer report'],
  },
  { intent: 'list_tasks', q: 'show me the low priority tasks', reply: ['Renew the domain'], absent: ['Send the retainer report'] },
  { intent: 'list_tasks', q: "what's Sam working on?", reply: ['Renew the domain'], absent: ['Check the lease'] },
  { intent: 'list_tasks', q: 'tasks due tomorrow please', reply: ['Call Grace about the bakery website'], absent: ['Check the lease'] },
  { intent: 'list_tasks', q: 'do I have anything open for Lukas Brandt?', reply: ['Follow up on the relaunch proposal'] },
  { intent: 'list_tasks', q: 'what have I completed recently', reply: ['Send Kenji the storyboard'], absent: ['Order business cards'] },
  { intent: 'list_tasks', q: 'tasks for grace?', reply: ['Call Grace about the bakery website'] },
  { intent: 'list_tasks', q: 'when is the domain renewal due and who has it?', reply: ['Sam Lee'] },
  {
    intent: 'list_tasks',
    q: 'list all my open tasks',
    reply: [
      'Send the retainer report',
      'Call Grace about the bakery website',
      'Follow up on the relaunch proposal',
      'Renew the domain',
      'Prepare quarterly taxes',
      'Order business cards',
      'Check the lease',
    ],
    absent: ['Send Kenji the storyboard'],
  },
  { intent: 'list_tasks', q: 'is there a task about taxes?', reply: ['Prepare quarterly taxes'] },
  { intent: 'list_tasks', q: 'anything due before the end of next week?', reply: ['Call Grace about the bakery website'] },
  {
    intent: 'list_tasks',
    q: 'urgent stuff? only the high-priority ones',
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
    absent: ['Check the lease'],
  },
];

const CREATE_TASK: CorpusCase[] = [
  {
    intent: 'create_task',
    q: 'add "Renew the insurance" to my tasks for next monday',
    propose: { tool: 'create_task', args: { title: 'Renew the insurance', due_on: 'NEXT_MONDAY' } },
  },
  {
    intent: 'create_task',
    q: 'can you remind me to send Sofia the signed contract tomorrow?',
    propose: {
      tool: 'create_task',
      args: { title: 'Send Sofia the signed contract', due_on: 'TOMORROW' },
      record: { due_on: 'TOMORROW' },
    },
  },
  {
    intent: 'create_task',
    q: 'new to-do, high priority: chase the Nordwerk payment',
    propose: {
      tool: 'create_task',
      args: { title: 'Chase the Nordwerk payment', priority: 'high' },
      record: { priority: 'high', status: 'pending' },
    },
  },
  {
    intent: 'create_task',
    q: 'create a task for Sam Lee to back up the laptops by thursday',
    propose: {
      tool: 'create_task',
      args: { title: 'Back up the laptops', assignee_id: '@member:Sam Lee', due_on: 'NEXT_THURSDAY' },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_task',
    q: 'remind me at 3pm tomorrow to call Daniel Osei',
    propose: { tool: 'create_task', args: { due_date: 'TOMORROW_15', contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'create_task',
    q: 'task: update the price list, in 5 days, low priority',
    propose: { tool: 'create_task', args: { title: 'Update the price list', due_on: 'IN_5_DAYS', priority: 'low' } },
  },
  {
    intent: 'create_task',
    q: 'put a reminder in for the end of the month to reconcile the bank account',
    propose: { tool: 'create_task', args: { title: 'Reconcile the bank account' } },
  },
  {
    intent: 'create_task',
    before: 'show me priya raman',
    q: 'make a task to send her the renewal terms next tuesday',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Priya Raman', due_on: 'NEXT_TUESDAY' } },
  },
  {
    intent: 'create_task',
    q: 'remind me in a fortnight to review the pricing',
    propose: { tool: 'create_task', args: { title: 'Review the pricing', due_on: 'IN_14_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'Could you add a to-do for tomorrow: "Prepare the Beacon workshop slides"',
    propose: { tool: 'create_task', args: { title: 'Prepare the Beacon workshop slides', due_on: 'TOMORROW' } },
  },
  {
    intent: 'create_task',
    q: 'which tasks are due today? also add one to water the plants today',
    reply: ['Send the retainer report'],
    propose: { tool: 'create_task', args: { title: 'Water the plants', due_on: 'TODAY' } },
  },
  {
    intent: 'create_task',
    q: 'todo: email Kenji the final cut, link it to his contact',
    propose: { tool: 'create_task', args: { title: 'Email Kenji the final cut', contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'create_task',
    q: 'give Sam a task: order new toner, medium priority',
    propose: {
      tool: 'create_task',
      args: { title: 'Order new toner', assignee_id: '@member:Sam Lee', priority: 'medium' },
      record: { priority: 'medium' },
    },
  },
  {
    intent: 'create_task',
    q: 'pls remind me wednesday to pay the VAT bill',
    propose: { tool: 'create_task', args: { title: 'Pay the VAT bill', due_on: 'NEXT_WEDNESDAY' } },
  },
];

const UPDATE_TASK: CorpusCase[] = [
  {
    intent: 'update_task',
    q: 'the retainer report is sent, tick it off',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Send the retainer report', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'push "Check the lease" to next friday',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { due_on: 'NEXT_FRIDAY' } },
      record: { due_on: 'NEXT_FRIDAY' },
    },
  },
  {
    intent: 'update_task',
    q: 'set the priority of order business cards to low',
    propose: { tool: 'update_task', args: { task_id: '@task:Order business cards', changes: { priority: 'low' } } },
  },
  {
    intent: 'update_task',
    q: 'assign the quarterly taxes task to sam lee',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Prepare quarterly taxes', changes: { assignee_id: '@member:Sam Lee' } },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'update_task',
    q: "I've started on the business cards, mark that task in progress",
    propose: { tool: 'update_task', args: { task_id: '@task:Order business cards', changes: { status: 'in_progress' } } },
  },
  {
    intent: 'update_task',
    q: 'rename the task "Order business cards" to "Order new business cards"',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { title: 'Order new business cards' } },
      record: { title: 'Order new business cards' },
    },
  },
  {
    intent: 'update_task',
    before: 'what is due today?',
    q: 'make that one low priority',
    propose: { tool: 'update_task', args: { task_id: '@task:Send the retainer report', changes: { priority: 'low' } } },
  },
  {
    intent: 'update_task',
    q: 'the relaunch follow-up is done, Lukas replied',
    propose: { tool: 'update_task', args: { task_id: '@task:Follow up on the relaunch proposal', changes: { status: 'completed' } } },
  },
  {
    intent: 'update_task',
    q: 'take sam off the domain renewal',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { assignee_id: null } },
      record: { assignee_id: null },
    },
  },
  {
    intent: 'update_task',
    q: 'lease check: due in 3 days',
    propose: { tool: 'update_task', args: { task_id: '@task:Check the lease', changes: { due_on: 'IN_3_DAYS' } } },
  },
  {
    intent: 'update_task',
    q: 'change the taxes task title to "Prepare Q4 taxes"',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { title: 'Prepare Q4 taxes' } } },
  },
  {
    intent: 'update_task',
    q: "we're not doing the business cards after all - cancel that task (don't delete it)",
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { status: 'cancelled' } },
      record: { status: 'cancelled' },
    },
  },
  {
    intent: 'update_task',
    before: 'add a task "Book the team lunch"',
    q: 'actually it should be due tomorrow',
    propose: { tool: 'update_task', args: { task_id: '@task:Book the team lunch', changes: { due_on: 'TOMORROW' } } },
  },
  {
    intent: 'update_task',
    q: 'make "Prepare quarterly taxes" due next monday and high priority',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Prepare quarterly taxes', changes: { due_on: 'NEXT_MONDAY', priority: 'high' } },
    },
  },
];

const DELETE_TASK: CorpusCase[] = [
  {
    intent: 'delete_task',
    q: 'the lease task can go - delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'remove "Prepare quarterly taxes" from my tasks, my accountant does them now',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
  {
    intent: 'delete_task',
    q: 'delete the completed storyboard task for Kenji',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'scrap the business cards to-do',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'get rid of the call grace task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
  {
    intent: 'delete_task',
    before: 'what is overdue?',
    q: 'delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'Could you delete my domain renewal task?',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'erase the task "Send the retainer report"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    before: 'what does Sam have on his plate?',
    q: 'ok, delete that task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'the taxes task is a duplicate, remove it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
  {
    intent: 'delete_task',
    q: 'delete the relaunch follow up',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: "I don't need to renew the domain any more - delete the task",
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'delete task: order business cards',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  {
    intent: 'delete_task',
    q: 'remove the todo about checking the leese',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' } },
  },
];

const LIST_MEMBERS: CorpusCase[] = [
  { intent: 'list_members', q: 'who is in my team?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'what role does Vera Viewer have', reply: ['viewer'] },
  { intent: 'list_members', q: 'is sam an admin?', reply: ['member'] },
  { intent: 'list_members', q: 'which members can only view things?', reply: ['Vera Viewer'] },
  { intent: 'list_members', q: 'how many people share this workspace with me?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: "what's my role in this workspace", reply: ['owner'] },
  { intent: 'list_members', q: 'list everyone with access and their permissions', reply: ['Sam Lee', 'member', 'Vera Viewer', 'viewer'] },
  { intent: 'list_members', q: 'can I give tasks to vera, what access does she have?', reply: ['viewer'] },
  { intent: 'list_members', q: 'who else is on the workspace besides me', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'members and roles pls', reply: ['Sam Lee', 'member', 'Vera Viewer', 'viewer'] },
  { intent: 'list_members', q: 'does Sam have edit rights?', reply: ['member'] },
  { intent: 'list_members', q: 'show me my colleagues', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'who are the viewers?', reply: ['Vera Viewer'] },
  { intent: 'list_members', q: 'Is Vera allowed to create invoices?', reply: ['viewer'] },
];

// --- invoices, payments and credit notes ----------------------------------------------

const LIST_INVOICES: CorpusCase[] = [
  { intent: 'list_invoices', q: "which invoices haven't been paid yet?", reply: ['INV-0001', 'INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'total outstanding across all invoices?', reply: ['1,700.00'] },
  { intent: 'list_invoices', q: "show me lukas brandt's invoices", reply: ['INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'what invoices did we send to Amara Okafor', reply: ['INV-0001'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'is anybody late paying me?', reply: ['INV-0002', 'Lukas Brandt'] },
  { intent: 'list_invoices', q: 'list invoices that are fully paid', reply: ['INV-0003'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'how much does nordwerk still owe?', reply: ['500.00'] },
  {
    intent: 'list_invoices',
    q: 'how many invoices have I got, and what are they worth?',
    reply: ['INV-0001', 'INV-0002', 'INV-0003', '1,200.00', '750.00', '3,000.00'],
  },
  { intent: 'list_invoices', q: 'invoices for fernhill analytics', reply: ['INV-0003'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'unpaid invoices for amara?', reply: ['INV-0001', '1,200.00'] },
  { intent: 'list_invoices', q: 'which client owes me the most right now', reply: ['Amara Okafor', '1,200.00'] },
  { intent: 'list_invoices', q: 'what money is coming in from invoices that are not late yet?', reply: ['INV-0001', '1,200.00'] },
  { intent: 'list_invoices', q: 'has priya paid her invoice?', reply: ['INV-0003'] },
  { intent: 'list_invoices', q: 'overdue amount for Lukas, and on which invoice?', reply: ['500.00', 'INV-0002'] },
];

const GET_INVOICE: CorpusCase[] = [
  { intent: 'get_invoice', q: 'what did we bill on INV-0001?', reply: ['Brand retainer', '1,200.00'] },
  { intent: 'get_invoice', q: 'INV-0002: how much has been paid so far?', reply: ['250.00'] },
  { intent: 'get_invoice', q: 'open invoice 3 please', reply: ['INV-0003', 'Dashboard project'] },
  { intent: 'get_invoice', q: 'the lines on inv-0002?', reply: ['Relaunch workshop', '150.00'] },
  { intent: 'get_invoice', q: "what's the balance on invoice #2", reply: ['500.00'] },
  { intent: 'get_invoice', q: 'who was INV-0003 for?', reply: ['Priya Raman'] },
  { intent: 'get_invoice', q: 'is INV-0002 overdue?', reply: ['overdue'] },
  { intent: 'get_invoice', q: 'give me the total of invoice 0001', reply: ['1,200.00'] },
  {
    intent: 'get_invoice',
    before: 'list the overdue invoices',
    q: 'show me the details of that one',
    reply: ['Relaunch workshop'],
  },
  { intent: 'get_invoice', q: 'what was invoice INV-0003 for, and how much?', reply: ['Dashboard project', '3,000.00'] },
  { intent: 'get_invoice', q: 'is anything still owed on INV-0003?', reply: ['paid'] },
  { intent: 'get_invoice', q: 'look up invoice INV-0001 for Brightleaf', reply: ['Amara Okafor', 'sent'] },
  { intent: 'get_invoice', q: 'inv 2 details pls', reply: ['Lukas Brandt', '750.00', '500.00'] },
  { intent: 'get_invoice', q: 'how much has lukas paid on INV-0002, and what is left?', reply: ['250.00', '500.00'] },
];

const CREATE_INVOICE: CorpusCase[] = [
  {
    intent: 'create_invoice',
    q: 'invoice Daniel Kim for a systems audit, 3,200',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'Systems audit', quantity: '1', unit_price: '3200.00' }] },
      record: { status: 'draft', total_amount: '3200.00', contact_name: 'Daniel Kim' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'could you bill Grace Whitfield 5 hours of photography at 60 per hour?',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Photography', quantity: '5', unit_price: '60.00' }] },
      record: { total_amount: '300.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: "create a draft invoice to Kenji: 'Storyboard revisions' 2 x 350",
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Kenji Watanabe',
        items: [{ description: 'Storyboard revisions', quantity: '2', unit_price: '350.00' }],
      },
      record: { total_amount: '700.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Brightleaf needs an invoice for the spring campaign, 2,750',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Spring campaign', quantity: '1', unit_price: '2750.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'new invoice for Beacon plc - penetration test £4,000',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Penetration test', quantity: '1', unit_price: '4000.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'please bill acme: logo refresh 900 and business card design 250',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Acme',
        items: [
          { description: 'Logo refresh', quantity: '1', unit_price: '900.00' },
          { description: 'Business card design', quantity: '1', unit_price: '250.00' },
        ],
      },
      record: { total_amount: '1150.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice sofia for 12 hours consulting at 110',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ quantity: '12', unit_price: '110.00' }] },
      record: { total_amount: '1320.00' },
    },
  },
  {
    intent: 'create_invoice',
    before: 'show me tomas novak',
    q: 'invoice him 640 for proofreading',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Proofreading', quantity: '1', unit_price: '640.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'how much does amara owe me? also invoice her 300 for extra revisions',
    reply: ['1,200.00'],
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Extra revisions', quantity: '1', unit_price: '300.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill Harborline Logistics for 3 days of training at 1,100 a day',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '3', unit_price: '1100.00' }] },
      record: { total_amount: '3300.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice priya raman 1 x "API integration" 4500',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'API integration', quantity: '1', unit_price: '4500.00' }] },
      record: { total_amount: '4500.00', contact_name: 'Priya Raman' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'draft an inv to daniel osei for permit drawings, 1.2k',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: 'Permit drawings', quantity: '1', unit_price: '1200.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Lukas Brandt - invoice for workshop travel costs 380.50',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Lukas Brandt',
        items: [{ description: 'Workshop travel costs', quantity: '1', unit_price: '380.50' }],
      },
      record: { total_amount: '380.50' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'raise an invoice to Acme Ltd: 20 hours support @ 45/hr',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Acme', items: [{ quantity: '20', unit_price: '45.00' }] },
      record: { total_amount: '900.00' },
    },
  },
];

const RECORD_PAYMENT: CorpusCase[] = [
  {
    intent: 'record_payment',
    q: 'Brightleaf paid INV-0001 today',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { date: 'TODAY', invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'received 300 from Lukas against his overdue invoice',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '300.00' },
      record: { invoice: { balance_due: '200.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'mark invoice 1 as paid',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Amara sent 600 towards her invoice yesterday',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '600.00', date: 'YESTERDAY' },
      record: { invoice: { balance_due: '600.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'record a 100 payment on inv-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '100.00' },
      record: { amount: '100.00', invoice: { balance_due: '400.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'nordwerk settled what they owed',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { status: 'paid' } },
    },
  },
  {
    intent: 'record_payment',
    before: 'what is still unpaid for lukas?',
    q: 'he paid it in full this morning',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'payment received: INV-0001, $1,200.00',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'lukas paid 250 of the balance on INV-0002, record it please',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '250.00' },
      record: { invoice: { balance_due: '250.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'Amara Okafor paid by bank transfer - the full amount',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'log £80 received for invoice number 2',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '80.00' } },
  },
  {
    intent: 'record_payment',
    q: 'the brightleaf invoice was paid last friday',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'got the rest of the money from Lukas Brandt',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    before: 'show me INV-0001',
    q: "she's paid 1,000 of it",
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1000.00' },
      record: { invoice: { balance_due: '200.00' } },
    },
  },
];

/** A credit note cannot be undone: each runs on an account of its own (see the top). */
const CREDIT_INVOICE: CorpusCase[] = [
  {
    intent: 'credit_invoice',
    q: 'issue a credit note of 150 against INV-0001',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '150.00' },
      record: { total_amount: '150.00', invoice: { balance_due: '1050.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: "lukas's overdue invoice: credit 100 for the cancelled workshop hour",
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '100.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit priya 500 on INV-0003 and refund her',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '500.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'please raise a credit note on invoice 1 for 90, reason "Wrong rate applied"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '90.00', reason: 'Wrong rate applied' },
      record: { reason: 'Wrong rate applied' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'we overcharged amara by 200 - credit her invoice',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '200.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit one workshop (150) on INV-0002',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '150.00' },
      record: { invoice: { balance_due: '350.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'INV-0003: credit 3,000, full refund to Fernhill',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '3000.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    before: 'show me the invoice for amara',
    q: 'credit 75 on that invoice',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '75.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note, INV-0002, 40, "Discount agreed on call"',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '40.00', reason: 'Discount agreed on call' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit half of INV-0001',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '600.00' }, record: { total_amount: '600.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'crdit 60 on INV-0001',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '60.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'refund Priya 250 for the dashboard project via a credit note',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '250.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'give brightleaf a 300 credit on their invoice, no money back',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '300.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'Write off 500 on the Nordwerk invoice with a credit note',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { balance_due: '0.00' } },
    },
  },
];

// --- recurring invoices and quotes -------------------------------------------------------

const LIST_RECURRING_INVOICES: CorpusCase[] = [
  { intent: 'list_recurring_invoices', q: 'list the invoices that repeat automatically', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'how often does Lukas get billed automatically?', reply: ['quarterly'] },
  { intent: 'list_recurring_invoices', q: 'is there a monthly recurring invoice? for whom?', reply: ['Amara Okafor'] },
  { intent: 'list_recurring_invoices', q: "what's the amount on the recurring invoice for amara", reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'next date the nordwerk recurring invoice will be issued', reply: ['2099'] },
  {
    intent: 'list_recurring_invoices',
    q: 'recurring billing overview: client, frequency, amount',
    reply: ['Amara Okafor', 'monthly', 'Lukas Brandt', 'quarterly', '500.00'],
  },
  { intent: 'list_recurring_invoices', q: 'what line item is on the recurring profiles?', reply: ['Retainer'] },
  { intent: 'list_recurring_invoices', q: 'do we bill brightleaf on a schedule?', reply: ['monthly'] },
  { intent: 'list_recurring_invoices', q: 'how many recurring profiles are active', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'has the quarterly recurring invoice generated anything yet?', reply: ['Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'retainers I invoice automatically?', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'when does the first recurring invoice go out', reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'show the recurring invoice schedule for Lukas Brandt', reply: ['quarterly'] },
  { intent: 'list_recurring_invoices', q: 'recurrring invoices for amara okafor?', reply: ['monthly'] },
];

const PAUSE_RECURRING_INVOICE: CorpusCase[] = [
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the recurring invoice for Amara Okafor',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Amara Okafor' },
      record: { status: 'paused', contact_name: 'Amara Okafor' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'lukas asked for a break, please hold his quarterly invoices',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'suspend auto-invoicing for nordwerk gmbh',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the quarterly one',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'show my recurring invoices',
    q: 'pause the monthly one',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'can you stop the brightleaf recurring invoice until further notice?',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'Stop billing Lukas every quarter for now',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'recurring invoice for amara: pause it please',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "we're renegotiating with Nordwerk - pause their retainer invoicing",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "put amara okafor's automatic invoice on hold",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'puase the recurring billing for lukas brandt',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'is lukas on a recurring invoice?',
    q: 'pause it',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'freeze the monthly retainer billing for Brightleaf Studio',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'no more automatic invoices to Amara for the time being',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
];

const LIST_QUOTES: CorpusCase[] = [
  { intent: 'list_quotes', q: 'quotes with status sent', reply: ['QUO-0001'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'what did we quote Sofia Marquez?', reply: ['QUO-0001', '4,800.00'] },
  { intent: 'list_quotes', q: "has Daniel Osei's quote been accepted?", reply: ['accepted'] },
  { intent: 'list_quotes', q: 'show me quotes that were declined', reply: ['QUO-0004', 'Kenji Watanabe'], absent: ['QUO-0002'] },
  { intent: 'list_quotes', q: 'list quotes still in draft', reply: ['QUO-0003'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'how much is QUO-0002 worth', reply: ['2,850.00'] },
  { intent: 'list_quotes', q: 'quotes for Kenji Watanabe', reply: ['QUO-0004', '1,600.00'] },
  { intent: 'list_quotes', q: 'all my estimates, please', reply: ['QUO-0001', 'QUO-0002', 'QUO-0003', 'QUO-0004'] },
  { intent: 'list_quotes', q: "what's the status of the whitfield bakery quote?", reply: ['draft'] },
  { intent: 'list_quotes', q: 'which quote is the biggest', reply: ['QUO-0001', '4,800.00'] },
  { intent: 'list_quotes', q: 'which quotes are open (sent or accepted)?', reply: ['QUO-0001', 'QUO-0002'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'sum of all the quotes we have written', reply: ['11,450.00'] },
  { intent: 'list_quotes', q: 'QUO-0001 - who is it for and what status?', reply: ['Sofia Marquez', 'sent'] },
  { intent: 'list_quotes', q: 'did grace ever get a quote from us?', reply: ['QUO-0003'] },
];

const CREATE_QUOTE: CorpusCase[] = [
  {
    intent: 'create_quote',
    q: 'quote Sofia Marquez for a logo animation, 1,900',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Logo animation', quantity: '1', unit_price: '1900.00' }] },
      record: { status: 'draft', total_amount: '1900.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'Daniel Kim wants pricing: 40 hours of consulting at 150 - put together a quote',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '40', unit_price: '150.00' }] },
      record: { total_amount: '6000.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new quote for Acme Ltd, "Trade show stand" 3,400',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Trade show stand', quantity: '1', unit_price: '3400.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'can you prepare a quotation for Brightleaf: 2 x brand workshop at 800',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Brand workshop', quantity: '2', unit_price: '800.00' }] },
      record: { total_amount: '1600.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'estimate for Lukas Brandt - website hosting for 12 months at 45 per month',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ quantity: '12', unit_price: '45.00' }] },
      record: { total_amount: '540.00' },
    },
  },
  {
    intent: 'create_quote',
    before: 'who is grace whitfield?',
    q: 'quote her 650 for a cake menu design',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Cake menu design', quantity: '1', unit_price: '650.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote Beacon for an annual support contract, 6k, valid until next friday',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Beacon',
        valid_until: 'NEXT_FRIDAY',
        items: [{ description: 'Annual support contract', quantity: '1', unit_price: '6000.00' }],
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'draw up an estimate for Priya: "Data warehouse review", 2,200',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Data warehouse review', quantity: '1', unit_price: '2200.00' }] },
      record: { total_amount: '2200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote daniel osei 3 site surveys at 400 each',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: 'Site surveys', quantity: '3', unit_price: '400.00' }] },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'pls make a quote for kenji watanabe - subtitles, 480',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ description: 'Subtitles', quantity: '1', unit_price: '480.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'Quote for Tomás Novák: catalogue layout 1,350 + printing 420',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Tomás Novák',
        items: [
          { description: 'Catalogue layout', quantity: '1', unit_price: '1350.00' },
          { description: 'Printing', quantity: '1', unit_price: '420.00' },
        ],
      },
      record: { total_amount: '1770.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'what did we quote Daniel Osei? and quote him again, 1,500 for interior renders',
    reply: ['2,850.00'],
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: 'Interior renders', quantity: '1', unit_price: '1500.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'send harborline a quote for a fleet dashboard, 9,000',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '1', unit_price: '9000.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'qoute acme 5 x workshop seats @ 90',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Workshop seats', quantity: '5', unit_price: '90.00' }] },
      record: { total_amount: '450.00' },
    },
  },
];

/** A conversion cannot be undone: each runs on an account of its own (see the top). */
const CONVERT_QUOTE: CorpusCase[] = [
  {
    intent: 'convert_quote',
    q: 'please convert QUO-0002 into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'Sofia approved the website redesign quote - bill it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'turn quote 1 into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'invoice the office fit-out drawings quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'the osei architects quote was accepted, make the invoice from it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    before: 'which quotes have been accepted?',
    q: 'convert it to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'create an invoice from QUO-0001 please',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: "convert daniel osei's accepted quote",
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'casa marquez said yes! convert their quote to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'from quote QUO-0002, generate a draft invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    before: 'what did we quote sofia?',
    q: 'ok, invoice that quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'convrt quo-0001 to invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'the 4,800 quote is approved, turn it into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'Daniel Osei wants to proceed: raise the invoice from his quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
];

// --- deals ---------------------------------------------------------------------------

const LIST_DEAL_STAGES: CorpusCase[] = [
  {
    intent: 'list_deal_stages',
    q: 'what are the stages of my sales pipeline?',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'what win probability does Qualified have?', reply: ['25'] },
  { intent: 'list_deal_stages', q: 'which stage comes after proposal?', reply: ['Negotiation'] },
  { intent: 'list_deal_stages', q: 'and the stage before negotiation is...?', reply: ['Proposal'] },
  { intent: 'list_deal_stages', q: 'stages and percentages, please', reply: ['Lead', '10', 'Negotiation', '75'] },
  { intent: 'list_deal_stages', q: "what's the first stage a new deal goes into?", reply: ['Lead'] },
  { intent: 'list_deal_stages', q: 'what probability is attached to Won?', reply: ['100'] },
  { intent: 'list_deal_stages', q: 'which stages count as closed?', reply: ['Won', 'Lost'] },
  { intent: 'list_deal_stages', q: 'how likely is a deal in Lead to close, according to the pipeline settings?', reply: ['10'] },
  { intent: 'list_deal_stages', q: 'list the pipeline columns', reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'] },
  { intent: 'list_deal_stages', q: 'is there a negotiation stage, and what % is it?', reply: ['Negotiation', '75'] },
  { intent: 'list_deal_stages', q: 'which stage is the 50% one?', reply: ['Proposal'] },
  {
    intent: 'list_deal_stages',
    q: 'what are the deal stages called again? i forgot',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
];

const LIST_DEALS: CorpusCase[] = [
  {
    intent: 'list_deals',
    q: 'show me all open deals',
    reply: ['Casa Marquez website', 'Osei office drawings', 'Whitfield online shop', 'Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'list_deals', q: "what's the biggest deal in my pipeline?", reply: ['Fernhill data platform', '12,000.00'] },
  { intent: 'list_deals', q: 'which deals are in negotiation?', reply: ['Osei office drawings'], absent: ['Fernhill data platform'] },
  { intent: 'list_deals', q: 'deals with Priya Raman', reply: ['Fernhill data platform', '12,000.00'], absent: ['Osei office drawings'] },
  { intent: 'list_deals', q: 'what stage is the Casa Marquez website deal at?', reply: ['Proposal'] },
  { intent: 'list_deals', q: 'how much is the Whitfield online shop deal worth?', reply: ['2,200.00'] },
  { intent: 'list_deals', q: 'sum of the deals in Qualified and Proposal', reply: ['26,300.00'] },
  { intent: 'list_deals', q: 'which deals are still at lead stage?', reply: ['Whitfield online shop'], absent: ['Osei office drawings'] },
  { intent: 'list_deals', q: 'any deals with Daniel Osei?', reply: ['Osei office drawings', '2,850.00'] },
  { intent: 'list_deals', q: 'deals in proposal?', reply: ['Casa Marquez website'], absent: ['Fernhill data platform'] },
  {
    intent: 'list_deals',
    q: 'list deals under 3,000',
    reply: ['Osei office drawings', 'Whitfield online shop'],
    absent: ['Fernhill data platform'],
  },
  { intent: 'list_deals', q: 'what deals do we have going with nordwerk?', reply: ['Nordwerk relaunch phase 2'] },
  { intent: 'list_deals', q: 'weighted pipeline value?', reply: ['10,132.50'] },
  {
    intent: 'list_deals',
    before: 'show me the qualified deals',
    q: 'which of those is worth more?',
    reply: ['Fernhill data platform'],
  },
];

const CREATE_DEAL: CorpusCase[] = [
  {
    intent: 'create_deal',
    q: 'add a deal "Harborline fleet dashboard" worth 9,000 with Daniel Kim',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline fleet dashboard', value: '9000.00', contact_id: '@contact:Daniel Kim' },
      record: { value: '9000.00', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new opportunity: Beacon security retainer, 14k, in Proposal',
    propose: {
      tool: 'create_deal',
      args: { title: 'Beacon security retainer', value: '14000.00', stage_id: '@stage:Proposal' },
      record: { stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'create_deal',
    q: 'Kenji might want a second animation - create a deal for 2,400 with him',
    propose: { tool: 'create_deal', args: { value: '2400.00', contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'create_deal',
    q: 'create deal Casa Marquez SEO, 1,200, expected to close next friday',
    propose: { tool: 'create_deal', args: { title: 'Casa Marquez SEO', value: '1200.00', expected_close_date: 'NEXT_FRIDAY' } },
  },
  {
    intent: 'create_deal',
    q: 'put a deal in the pipeline for Acme: "Acme packaging redesign", 3,300, qualified',
    propose: {
      tool: 'create_deal',
      args: { title: 'Acme packaging redesign', value: '3300.00', contact_id: '@contact:Acme', stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'create_deal',
    before: 'look up Tomás Novák',
    q: 'open a deal with him called "Novák catalogue 2027" at 2,000',
    propose: { tool: 'create_deal', args: { title: 'Novák catalogue 2027', value: '2000.00', contact_id: '@contact:Tomás Novák' } },
  },
  {
    intent: 'create_deal',
    q: 'deal: Fernhill analytics training, 6,500, negotiation stage, contact priya',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Fernhill analytics training',
        value: '6500.00',
        stage_id: '@stage:Negotiation',
        contact_id: '@contact:Priya Raman',
      },
    },
  },
  {
    intent: 'create_deal',
    q: 'log an opportunity with Grace Whitfield - "Whitfield catering menus" for 1,800, closing in 30 days',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Whitfield catering menus',
        value: '1800.00',
        contact_id: '@contact:Grace Whitfield',
        expected_close_date: 'IN_30_DAYS',
      },
      record: { expected_close_date: 'IN_30_DAYS' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add a 5k deal called Osei visualisation package',
    propose: { tool: 'create_deal', args: { title: 'Osei visualisation package', value: '5000.00' }, record: { value: '5000.00' } },
  },
  {
    intent: 'create_deal',
    q: 'which deals are in negotiation? and add a new one there: "Brightleaf web shop", 7,000',
    reply: ['Osei office drawings'],
    propose: { tool: 'create_deal', args: { title: 'Brightleaf web shop', value: '7000.00', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'create_deal',
    q: 'create an opportunity for sofia marquez, "Casa Marquez photo shoot", $950',
    propose: {
      tool: 'create_deal',
      args: { title: 'Casa Marquez photo shoot', value: '950.00', contact_id: '@contact:Sofia Marquez' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal for Sam to own: "Beacon cloud migration", 11,000',
    propose: {
      tool: 'create_deal',
      args: { title: 'Beacon cloud migration', value: '11000.00', owner_id: '@member:Sam Lee' },
      record: { owner_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add deal "Nordwerk support plan" - 4,000 - lead',
    propose: { tool: 'create_deal', args: { title: 'Nordwerk support plan', value: '4000.00', stage_id: '@stage:Lead' } },
  },
  {
    intent: 'create_deal',
    q: 'crate a deal "Studio Kaze trailer pack" worth 3,750',
    propose: { tool: 'create_deal', args: { title: 'Studio Kaze trailer pack', value: '3750.00' } },
  },
];

const MOVE_DEAL: CorpusCase[] = [
  {
    intent: 'move_deal',
    q: 'move Whitfield online shop to Proposal',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Proposal' },
      record: { stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'move_deal',
    q: 'Casa Marquez website has gone to negotiation',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'We won the Fernhill data platform deal!',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Won' },
      record: { stage_id: '@stage:Won' },
    },
  },
  {
    intent: 'move_deal',
    q: 'the Osei office drawings deal is lost, reason: "went with another firm"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Lost', lost_reason: 'went with another firm' },
      record: { stage_id: '@stage:Lost', lost_reason: 'went with another firm' },
    },
  },
  {
    intent: 'move_deal',
    q: 'nordwerk relaunch phase 2 goes to proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    before: "what's in the lead stage?",
    q: 'move it to qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'mark the casa marquez website deal as won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'put fernhill data platform back in lead',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Lead' } },
  },
  {
    intent: 'move_deal',
    q: 'Lukas said no to phase 2 - mark the nordwerk deal lost',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Lost' },
      record: { stage_id: '@stage:Lost' },
    },
  },
  {
    intent: 'move_deal',
    q: 'bump the whitfield shop deal up one stage',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'Osei office drawings: close it as won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'change the stage of Nordwerk relaunch phase 2 to negotiation',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'fernhill data platform => proposal stage pls',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'the osei deal slipped back, move it to proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Proposal' } },
  },
];

// --- time tracking ------------------------------------------------------------------

const TIME_SUMMARY: CorpusCase[] = [
  { intent: 'time_summary', q: 'total hours tracked so far this month?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'time spent on Acme Ltd?', reply: ['2:15'], absent: ['12:15'] },
  { intent: 'time_summary', q: 'how many hours did beacon take this month', reply: ['10:00'] },
  { intent: 'time_summary', q: 'hours logged for acme and for beacon separately please', reply: ['2:15', '10:00'] },
  { intent: 'time_summary', q: 'how many minutes have I tracked in total this month', reply: ['735'] },
  { intent: 'time_summary', q: 'how much did the whole team log this month?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'how long did I work on Beacon plc on the 1st?', reply: ['10:00'] },
  { intent: 'time_summary', q: "what's my timesheet total for the month so far", reply: ['12:15'] },
  { intent: 'time_summary', q: 'acme - minutes this month', reply: ['135'] },
  { intent: 'time_summary', q: 'beacon: how many minutes have I logged?', reply: ['600'] },
  { intent: 'time_summary', q: 'did I log more time on acme or on beacon?', reply: ['Beacon'] },
  { intent: 'time_summary', q: 'hours tracked for Acme Ltd since the start of the month', reply: ['2:15'] },
  { intent: 'time_summary', q: 'how many hours have I put in for clients this month, in total', reply: ['12:15'] },
];

/** `before` starts a timer (confirmed by the harness); the question is then about it. */
const RUNNING_TIMER: CorpusCase[] = [
  {
    intent: 'running_timer',
    before: 'start a timer for Acme on "Wireframes"',
    q: 'what am I tracking right now?',
    reply: ['Wireframes'],
  },
  { intent: 'running_timer', before: 'clock in for beacon plc', q: 'which client is my timer on?', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'start timing "Email triage"', q: 'is a timer running?', reply: ['Email triage'] },
  {
    intent: 'running_timer',
    before: 'start a timer for Beacon: "Budget review"',
    q: 'what is the current timer for?',
    reply: ['Budget review'],
  },
  { intent: 'running_timer', before: 'start the timer on acme', q: 'whats running on my clock', reply: ['Acme'] },
  { intent: 'running_timer', before: 'begin timing "Research"', q: 'show my active timer', reply: ['Research'] },
  { intent: 'running_timer', before: 'timer on for Acme Ltd please', q: 'when did I start my timer?', reply: ['Acme'] },
  { intent: 'running_timer', before: 'start a timer: "Client calls"', q: 'am I still clocked in?', reply: ['Client calls'] },
  { intent: 'running_timer', before: 'start tracking time for beacon', q: 'what is being timed at the moment?', reply: ['Beacon'] },
  {
    intent: 'running_timer',
    before: 'start timer "Bookkeeping" for acme',
    q: 'which job is on the stopwatch?',
    reply: ['Bookkeeping'],
  },
  { intent: 'running_timer', before: 'clock me in on "Planning"', q: 'is my timer going?', reply: ['Planning'] },
  { intent: 'running_timer', before: 'please start a timer for Beacon plc', q: "what's the timer doing", reply: ['Beacon'] },
  { intent: 'running_timer', before: 'start a timer for acme - "Mockups"', q: 'current timer?', reply: ['Mockups'] },
];

const START_TIMER: CorpusCase[] = [
  {
    intent: 'start_timer',
    q: 'start a timer on "Newsletter" for Acme',
    propose: {
      tool: 'start_timer',
      args: { description: 'Newsletter', contact_id: '@contact:Acme' },
      record: { description: 'Newsletter', ended_at: null },
    },
  },
  {
    intent: 'start_timer',
    q: 'punch in for Beacon plc',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' }, record: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'start_timer',
    q: 'start tracking time on "Grant application"',
    propose: { tool: 'start_timer', args: { description: 'Grant application' } },
  },
  {
    intent: 'start_timer',
    q: 'please start the clock for Priya Raman',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'start_timer',
    q: "I'm about to start on Lukas's workshop prep - time it",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'start_timer',
    q: 'timer for Daniel Kim, "API review"',
    propose: { tool: 'start_timer', args: { description: 'API review', contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'start_timer',
    q: 'start timing my work for Studio Kaze',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'start_timer',
    q: 'begin a timer: "Expense reports"',
    propose: { tool: 'start_timer', args: { description: 'Expense reports' }, record: { ended_at: null } },
  },
  {
    intent: 'start_timer',
    before: 'how much time have I logged for beacon?',
    q: 'start a timer for them now',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'start_timer',
    q: 'start a stopwatch for the Casa Marquez homepage',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'start_timer',
    q: 'can you start timing "Inbox zero"?',
    propose: { tool: 'start_timer', args: { description: 'Inbox zero' } },
  },
  {
    intent: 'start_timer',
    q: 'Starting the Brightleaf brand audit now - start a timer',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Amara Okafor' } },
  },
  { intent: 'start_timer', q: 'strat timer for acme', propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' } } },
  {
    intent: 'start_timer',
    q: 'track my time on the Whitfield bakery menu from now on',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Grace Whitfield' } },
  },
];

/** `before` starts a timer (confirmed by the harness); stopping cannot be undone, so each runs on an account of its own. */
const STOP_TIMER: CorpusCase[] = [
  {
    intent: 'stop_timer',
    before: 'start a timer for Beacon',
    q: 'please stop the timer',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Grant application"',
    q: 'done with the grant application, clock out',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Grant application' } },
  },
  { intent: 'stop_timer', before: 'clock in on Acme', q: 'end the timer', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'start a timer for acme on "Wireframes"',
    q: "that's enough wireframes for today, stop timing",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Wireframes', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'timer for beacon',
    q: "halt the clock, I'm going to lunch",
    propose: { tool: 'stop_timer', args: {} },
  },
  { intent: 'stop_timer', before: 'start tracking "Research"', q: 'stop tracking', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'start the timer on beacon plc',
    q: "I'm finished for the day - stop the clock and log it",
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  { intent: 'stop_timer', before: 'start a timer for Acme', q: 'clock out', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'begin timing "Email triage"',
    q: 'Stop the running timer, please.',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Email triage' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Beacon: "Budget review"',
    q: 'budget review finished - stop',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Budget review' } },
  },
  { intent: 'stop_timer', before: 'clock me in for acme', q: 'stp the timer', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'start timing "Planning"',
    q: 'what is my timer on? then stop it',
    reply: ['Planning'],
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Planning' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Acme Ltd',
    q: 'turn off the stopwatch',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
];

const LOG_TIME: CorpusCase[] = [
  {
    intent: 'log_time',
    q: 'log 3 hours for Beacon yesterday',
    propose: { tool: 'log_time', args: { duration_minutes: 180, contact_id: '@contact:Beacon' }, record: { duration_minutes: 180 } },
  },
  {
    intent: 'log_time',
    q: 'add 30 minutes for Acme: "Status call"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 30, contact_id: '@contact:Acme', description: 'Status call' },
      record: { duration_minutes: 30, description: 'Status call' },
    },
  },
  {
    intent: 'log_time',
    q: 'I worked 6 hours on the Fernhill dashboard today - please log it',
    propose: { tool: 'log_time', args: { duration_minutes: 360, contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'log_time',
    q: 'record 1.5h for Sofia Marquez',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'log_time',
    q: 'put 2h15m against Nordwerk on my timesheet',
    propose: { tool: 'log_time', args: { duration_minutes: 135, contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'log_time',
    q: 'log time: kenji watanabe, 50 minutes, "Edit review"',
    propose: { tool: 'log_time', args: { duration_minutes: 50, contact_id: '@contact:Kenji Watanabe', description: 'Edit review' } },
  },
  {
    intent: 'log_time',
    q: 'can you log 4 hours for Harborline, not billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 240, contact_id: '@contact:Daniel Kim', billable: false },
      record: { billable: false },
    },
  },
  {
    intent: 'log_time',
    q: 'half an hour for Grace Whitfield, please log it',
    propose: { tool: 'log_time', args: { duration_minutes: 30, contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'log_time',
    before: 'how much time did I log for acme?',
    q: 'add another 45 minutes for that client',
    propose: { tool: 'log_time', args: { duration_minutes: 45, contact_id: '@contact:Acme' } },
  },
  {
    intent: 'log_time',
    q: 'log 2 hours of admin, no client',
    propose: { tool: 'log_time', args: { duration_minutes: 120 }, record: { contact_id: null } },
  },
  {
    intent: 'log_time',
    q: 'I spent last tuesday afternoon (3 hours) on the Osei drawings - log it',
    propose: { tool: 'log_time', args: { duration_minutes: 180, contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'log_time',
    q: 'timesheet entry: Brightleaf Studio, 1 hour 10 min',
    propose: { tool: 'log_time', args: { duration_minutes: 70, contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'log_time',
    q: 'log 90 mins on "Proposal draft" for beacon plc',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Beacon', description: 'Proposal draft' } },
  },
  {
    intent: 'log_time',
    q: 'add 8h for acme ltd yesterday, billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 480, contact_id: '@contact:Acme' },
      record: { duration_minutes: 480, billable: true },
    },
  },
];

// --- money and the overview ------------------------------------------------------------

const LIST_TRANSACTIONS: CorpusCase[] = [
  { intent: 'list_transactions', q: 'list my software expenses', reply: ['Hosting', 'Design tool'], absent: ['Lunch with Lukas'] },
  { intent: 'list_transactions', q: 'what came in today?', reply: ['Website milestone', '1,500.00'], absent: ['Lunch with Lukas'] },
  { intent: 'list_transactions', q: 'expenses from last month', reply: ['800.00'], absent: ['45.90'] },
  { intent: 'list_transactions', q: 'what was the 29.99 charge for?', reply: ['Design tool'] },
  {
    intent: 'list_transactions',
    q: 'show every transaction',
    reply: ['1,500.00', '45.90', '120.00', '29.99', '2,000.00', '800.00'],
  },
  { intent: 'list_transactions', q: 'how much was the hosting bill?', reply: ['120.00'] },
  { intent: 'list_transactions', q: 'did I pay rent last month? how much?', reply: ['800.00'] },
  { intent: 'list_transactions', q: 'list income', reply: ['1,500.00', '2,000.00'], absent: ['45.90'] },
  {
    intent: 'list_transactions',
    q: 'what did I buy today, and for how much?',
    reply: ['Lunch with Lukas', '45.90', 'Hosting', '120.00', 'Design tool', '29.99'],
  },
  { intent: 'list_transactions', q: 'transactions under 50 this month', reply: ['45.90', '29.99'], absent: ['120.00'] },
  { intent: 'list_transactions', q: 'anything spent on food or meals?', reply: ['45.90'] },
  { intent: 'list_transactions', q: 'when did I record the lunch with Lukas and what did it cost?', reply: ['45.90'] },
  { intent: 'list_transactions', q: 'client work income, all of it', reply: ['1,500.00', '2,000.00'], absent: ['800.00'] },
  { intent: 'list_transactions', q: 'largest single expense I have recorded', reply: ['800.00'] },
];

const LIST_CATEGORIES: CorpusCase[] = [
  { intent: 'list_categories', q: 'spending categories in use?', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'list all transaction categories', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'what income categories are there', reply: ['Client work'], absent: ['Rent'] },
  { intent: 'list_categories', q: 'do I have a category for software?', reply: ['Software'] },
  { intent: 'list_categories', q: 'what category did I put the rent under', reply: ['Rent'] },
  { intent: 'list_categories', q: 'categories?', reply: ['Software', 'Meals', 'Rent', 'Client work'] },
  { intent: 'list_categories', q: 'my expense categories, most used first', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'which categories have I got for money coming in?', reply: ['Client work'] },
  { intent: 'list_categories', q: 'what category should lunch go under, which ones do I have already?', reply: ['Meals'] },
  { intent: 'list_categories', q: 'show me the category list before I log this receipt', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'what kinds of expenses do I track', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'have I ever used a "Meals" category?', reply: ['Meals'] },
  { intent: 'list_categories', q: 'name the categorys in my books', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
];

const MONEY_TOTALS: CorpusCase[] = [
  { intent: 'money_totals', q: 'total income this month?', reply: ['1,500.00'] },
  { intent: 'money_totals', q: "what's my net profit for last month", reply: ['1,200.00'] },
  { intent: 'money_totals', q: 'how much did I spend last month in total', reply: ['800.00'] },
  { intent: 'money_totals', q: 'this month: total expenses?', reply: ['195.89'] },
  { intent: 'money_totals', q: 'software costs so far this month, total', reply: ['149.99'] },
  { intent: 'money_totals', q: 'what did I earn last month in total?', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'net this month', reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'income minus expenses for this month', reply: ['1,304.11'] },
  { intent: 'money_totals', q: "what's the total of my meals expenses this month?", reply: ['45.90'] },
  { intent: 'money_totals', q: 'how much money came in and went out last month?', reply: ['2,000.00', '800.00'] },
  { intent: 'money_totals', q: 'client work revenue this month', reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'was I profitable last month?', reply: ['1,200.00'] },
  { intent: 'money_totals', q: 'profit this month vs last month', reply: ['1,304.11', '1,200.00'] },
  { intent: 'money_totals', q: 'how much have I spent since the start of last month?', reply: ['995.89'] },
];

const TOP_CATEGORIES: CorpusCase[] = [
  { intent: 'top_categories', q: 'which categories did I spend the most on this month?', reply: ['Software', '149.99'] },
  { intent: 'top_categories', q: 'top expense category last month', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'rank my spending categories for this month', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'where does most of my income come from this month, by category?', reply: ['Client work'] },
  { intent: 'top_categories', q: 'biggest spending category since the start of last month', reply: ['Rent'] },
  { intent: 'top_categories', q: 'what costs me the most? by category, this month', reply: ['Software'] },
  {
    intent: 'top_categories',
    q: 'expense categories by amount, largest first, this month',
    reply: ['Software', '149.99', 'Meals', '45.90'],
  },
  { intent: 'top_categories', q: 'which income category brought in the most last month', reply: ['Client work', '2,000.00'] },
  { intent: 'top_categories', q: 'my top 3 costs by category this month', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'what was my second biggest expense category this month?', reply: ['Meals'] },
  { intent: 'top_categories', q: 'show spending per category for last month', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'where is my money going? categories this month pls', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'which category takes the biggest chunk of my expenses overall?', reply: ['Rent'] },
];

const CREATE_TRANSACTION: CorpusCase[] = [
  {
    intent: 'create_transaction',
    q: 'record an expense of 64.20 for office supplies',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '64.20' }, record: { type: 'expense', amount: '64.20' } },
  },
  {
    intent: 'create_transaction',
    q: 'I received 1,250 from Priya today',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '1250.00' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'add income: 300, category Client work',
    propose: {
      tool: 'create_transaction',
      args: { type: 'income', amount: '300.00', category: 'Client work' },
      record: { category: 'Client work' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'paid 12.99 for a software subscription yesterday',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '12.99', date: 'YESTERDAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'log 55 for parking',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '55.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'we sold a workshop seat for 180',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '180.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'expense: Meals, 32.50, lunch with Sofia',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '32.50', category: 'Meals' },
      record: { category: 'Meals', amount: '32.50' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'add £950 rent to my expenses',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '950.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'got paid 2k by Beacon for consulting',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '2000.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'record a 24 dollar expense under Software',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '24.00', category: 'Software' } },
  },
  {
    intent: 'create_transaction',
    q: "what did I spend on meals this month? and add 18.75 for today's coffee meeting",
    reply: ['45.90'],
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '18.75' } },
  },
  {
    intent: 'create_transaction',
    q: 'new expense 430.00 - accountant fees - last friday',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '430.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'income of one hundred and twenty from a print sale',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '120.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'put a 75.00 income in the books for a tutoring session',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '75.00' }, record: { type: 'income' } },
  },
];

const GET_OVERVIEW: CorpusCase[] = [
  { intent: 'get_overview', q: 'how are things looking?', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'give me a summary of the business today', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'dashboard numbers please', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'status report on the business', reply: ['1,700.00'] },
  { intent: 'get_overview', q: "what's the big picture", reply: ['1,700.00'] },
  {
    intent: 'get_overview',
    q: 'anything urgent this morning? overdue tasks, unpaid invoices, that kind of thing',
    reply: ['500.00'],
  },
  { intent: 'get_overview', q: 'brief me on the business', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'overview of contacts, tasks and money', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'how is the month going so far, overall', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'one-line summary of my account', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'give me the key figures', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'state of play?', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'sumary of everything pls', reply: ['1,304.11'] },
];

// --- two real readings: the answer asks back (naming them), and proposes nothing -------------

const CLARIFY: CorpusCase[] = [
  { intent: 'clarify', q: "what is daniel's email?", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: "add a note to daniel's record: call back next week", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'invoice daniel for 500', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'log 2 hours for daniel', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'start a timer for daniel', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'mark the unpaid invoice as paid', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: 'pause the recurring invoice', clarify: true, reply: ['Amara Okafor', 'Lukas Brandt'] },
  {
    intent: 'clarify',
    q: 'move the qualified deal to proposal',
    clarify: true,
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  {
    intent: 'clarify',
    q: 'assign the undated task to Sam',
    clarify: true,
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
  },
  { intent: 'clarify', q: 'turn the quote into an invoice', clarify: true, reply: ['QUO-0001', 'QUO-0002'] },
  {
    intent: 'clarify',
    q: 'delete the high priority task',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  { intent: 'clarify', q: 'credit 50 on the unpaid invoice', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: "set daniel's phone to +1 555 0100", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'mark the deal as lost', clarify: true },
];

// --- nothing does it: the answer says so and offers what can be done (`reply`), proposing nothing ---
// Actions in the world (calls, messages, bookings) are offered as a task; deletions the tools lack, as the change they have.

const UNSUPPORTED: CorpusCase[] = [
  { intent: 'unsupported', q: 'erase sofia marquez completely, she asked us to', reply: ['Sofia Marquez', 'inactive'] },
  { intent: 'unsupported', q: 'void INV-0002', reply: ['credit'] },
  { intent: 'unsupported', q: 'remove the Casa Marquez website deal from the pipeline', reply: ['Lost'] },
  { intent: 'unsupported', q: 'email INV-0003 to priya', reply: ['INV-0003'] },
  { intent: 'unsupported', q: 'call Grace Whitfield for me', reply: ['task'] },
  { intent: 'unsupported', q: 'book me a flight to Berlin for the Nordwerk meeting', reply: ['task'] },
  { intent: 'unsupported', q: "what's the weather in London tomorrow?", reply: ['invoices'] },
  { intent: 'unsupported', q: 'write me a poem about accounting', reply: ['invoices'] },
  { intent: 'unsupported', q: 'invite my accountant anna@numbers.co to the workspace', reply: ['settings'] },
  { intent: 'unsupported', q: 'change my password', reply: ['settings'] },
  { intent: 'unsupported', q: 'delete QUO-0004, kenji declined anyway', reply: ['QUO-0004'] },
  { intent: 'unsupported', q: 'schedule a Zoom call with Kenji for Thursday', reply: ['task'] },
  { intent: 'unsupported', q: 'edit the amount on INV-0001 to 1,100', reply: ['credit'] },
  { intent: 'unsupported', q: 'text Lukas a reminder that his invoice is overdue', reply: ['task'] },
  { intent: 'unsupported', q: 'delete the Acme contact', reply: ['Acme', 'inactive'] },
];

export const TUNING_4: CorpusCase[] = [
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
