// Over 400 lines on purpose: a corpus of requests and their expected results, data rather than logic.
import type { CorpusCase } from './types';

/**
 * Tuning material since 2026-12-07: the third batch of requests written
 * blind, by someone who never saw the engine (it read only this folder's
 * types, requests.ts, the corpus harness with its seeds and the tools'
 * argument schemas). It was the set-aside part while the engine was measured
 * against it (53.0 % before the 2026-12-07 engine changes, 69.4 % after);
 * once its failures had been read it became tuning material, and a fresh
 * blind batch took its place in ./holdout.ts.
 *
 * Each case: `intent` is the tool the request is about, `clarify` for a
 * request with two real readings (the answer must ask back, naming them when
 * `reply` lists them), `unsupported` for something no tool does (`reply`
 * holds what the answer must offer instead). `reply` holds facts any correct
 * answer contains (amounts, names, numbers), never wording.
 *
 * Records. The data is the union of the fixtures seeded by
 * tests/integration/assistant-corpus.ts for this part (the nine contacts
 * of FIXTURE_CONTACTS plus "Acme" of Acme Ltd and "Beacon" of Beacon plc, both
 * leads; its eight tasks: "Send the retainer report" high, due today, Amara;
 * "Call Grace about the bakery website" due tomorrow 10:00; "Follow up on the
 * relaunch proposal" high, overdue, Lukas; "Renew the domain" low, in 10 days,
 * assigned to Sam Lee; "Prepare quarterly taxes", "Order business cards" and
 * "Check the lease" without a due date; "Send Kenji the storyboard"
 * completed), six transactions (today: income $1,500.00 Client work "Website
 * milestone", expenses $45.90 Meals "Lunch with Lukas", $120.00 Software
 * "Hosting", $29.99 Software "Design tool"; last month: income $2,000.00
 * Client work, expense $800.00 Rent), invoices INV-0001 Amara $1,200.00 sent
 * ("Brand retainer"), INV-0002 Lukas $750.00 (5 × "Relaunch workshop" at
 * $150.00) with $250.00 paid and overdue, INV-0003 Priya $3,000.00
 * ("Dashboard project") paid; the recurring profiles: Amara monthly and Lukas
 * quarterly, $500.00 "Retainer", from 2099-01-31; time entries of the asker on
 * the 1st of this month: Acme "Design" 90 min and "Review" 45 min, Beacon
 * "Other" 600 min; members Sam Lee, a member, and Vera Viewer, a viewer; the
 * asker, ME, owns the workspace). SET_ASIDE_FIXTURE (./fixture.ts) lists the quotes and
 * deals these cases assume, created in that order (numbers QUO-0001…
 * follow), with the default pipeline stages (Lead 10 %, Qualified 25 %,
 * Proposal 50 %, Negotiation 75 %, Won 100 %, Lost 0 %). Money is USD, the
 * time zone UTC, no timer runs at the start.
 *
 * Tokens the harness resolves in `args` and `record` (as the requests test does):
 *  - ME: the asker's user id; TOMORROW_15: tomorrow 15:00 as an ISO timestamp;
 *  - TODAY, TOMORROW, YESTERDAY, IN_<N>_DAYS: that day, YYYY-MM-DD;
 *  - NEXT_<WEEKDAY> (NEXT_FRIDAY…): the coming such day or the one a week later (as NEXT_MONDAY);
 *  - '@contact:<full name>' (first name alone for Acme and Beacon), '@task:<title>',
 *    '@invoice:<number>', '@quote:<number>', '@deal:<title>', '@stage:<name>',
 *    '@recurring:<client full name>', '@member:<full name>': the id of that record.
 *    A '@task:' may name a task created by the case's `before`.
 *
 * Conversation: `before` is asked first in the same conversation. It is a
 * question, a request that asks back, or a write; when its answer proposes a
 * write the harness confirms it before asking `q` (and undoes it after the
 * case), as a person would ("start a timer for Acme" → "stop it"). Writes
 * whose tool cannot be undone (credit_invoice, convert_quote, stop_timer)
 * run on an account of their own, seeded the same way.
 *
 * Arguments: `propose.args` lists only what the sentence determines (an item's
 * description is left out when the words do not fix it; a lost deal's reason
 * only when it is quoted). Amounts in `reply` are written as the app formats
 * them, without the currency sign.
 */

/** Quotes and deals the cases assume (none of the four test files seeds them): the same as corpus/tuning-2.ts. */

// --- contacts -------------------------------------------------------------------

const GET_CONTACT: CorpusCase[] = [
  { intent: 'get_contact', q: 'can you give me the phone number for Lukas Brandt?', reply: ['+49 30 901820'] },
  { intent: 'get_contact', q: 'amara okafor - email?', reply: ['amara@brightleaf.studio'] },
  { intent: 'get_contact', q: 'what company is priya raman with', reply: ['Fernhill Analytics'] },
  {
    intent: 'get_contact',
    q: 'Who is the CTO over at Harborline Logistics, and what is his email?',
    reply: ['Daniel Kim', 'dkim@harborline.co'],
  },
  { intent: 'get_contact', q: 'look up Kenji Watanabe', reply: ['kenji@studio-kaze.jp', 'Studio Kaze'] },
  { intent: 'get_contact', q: "what's grace whitfield's job title?", reply: ['Owner'] },
  { intent: 'get_contact', q: 'need to ring Amara at Brightleaf, what number do we have for her?', reply: ['+44 20 7946 0321'] },
  { intent: 'get_contact', q: 'Details for "Tomás Novák", please.', reply: ['tomas@novak.cz', 'inactive'] },
  { intent: 'get_contact', q: "is there anything in kenji's notes?", reply: ['JST'] },
  { intent: 'get_contact', q: 'what status is the contact from Osei Architects on?', reply: ['lead'] },
  { intent: 'get_contact', q: "Lukas, from Nordwerk: what's his position there?", reply: ['Head of Operations'] },
  { intent: 'get_contact', q: 'priya ramen email pls', reply: ['priya.raman@fernhill.io'] },
  { intent: 'get_contact', before: 'find my contacts at Whitfield Bakery', q: 'give me her phone number', reply: ['+1 212 555 0187'] },
  { intent: 'get_contact', before: 'who do I know at studio kaze?', q: 'anything in his notes?', reply: ['JST'] },
  { intent: 'get_contact', q: "sofia's email address, I want to send her the mockups", reply: ['sofia@casamarquez.es'] },
  { intent: 'get_contact', q: 'Daniel Kim: phone and company', reply: ['+1 415 555 0142', 'Harborline Logistics'] },
];

const SEARCH_CONTACTS: CorpusCase[] = [
  {
    intent: 'search_contacts',
    q: 'which of my contacts are customers right now?',
    reply: ['Amara Okafor', 'Priya Raman'],
    absent: ['Lukas'],
  },
  {
    intent: 'search_contacts',
    q: 'give me a list of everyone marked as a lead',
    reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield'],
    absent: ['Priya'],
  },
  { intent: 'search_contacts', q: 'any contacts at casa marquez?', reply: ['Sofia Marquez'] },
  { intent: 'search_contacts', q: 'Show all inactive contacts.', reply: ['Tomás Novák'], absent: ['Amara'] },
  { intent: 'search_contacts', q: 'find contacts named Kim', reply: ['Daniel Kim'], absent: ['Daniel Osei'] },
  { intent: 'search_contacts', q: 'people from osei architects?', reply: ['Daniel Osei'] },
  {
    intent: 'search_contacts',
    q: 'list the active ones in my contacts',
    reply: ['Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Grace Whitfield'],
  },
  { intent: 'search_contacts', q: 'search my contacts for fernhill', reply: ['Priya Raman'] },
  { intent: 'search_contacts', q: 'do we have anybody at harbourline?', reply: ['Daniel Kim'] },
  {
    intent: 'search_contacts',
    q: 'Customers and leads - who are they?',
    reply: ['Amara Okafor', 'Priya Raman', 'Sofia Marquez', 'Grace Whitfield'],
    absent: ['Kenji'],
  },
  { intent: 'search_contacts', q: 'is anyone in my address book at brightleaf studio', reply: ['Amara Okafor'] },
  {
    intent: 'search_contacts',
    q: 'who have I got at Nordwerk GmbH, Studio Kaze and Fernhill?',
    reply: ['Lukas Brandt', 'Kenji Watanabe', 'Priya Raman'],
  },
  { intent: 'search_contacts', q: 'contacts whose status is inactive or customer', reply: ['Tomás Novák', 'Amara Okafor', 'Priya Raman'] },
];

const FIND_MENTIONS: CorpusCase[] = [
  {
    intent: 'find_mentions',
    q: 'this came on whatsapp: "Nordwerk here, Brandt speaking, the PO is signed" - which contact is it?',
    reply: ['Lukas Brandt'],
  },
  {
    intent: 'find_mentions',
    q: 'my diary says "lunch w/ Amara + Kenji thurs" - who are those in my contacts?',
    reply: ['Amara Okafor', 'Kenji Watanabe'],
  },
  {
    intent: 'find_mentions',
    q: 'find the contacts in this sentence: the Whitfield people and Fernhill both want demos',
    reply: ['Grace Whitfield', 'Priya Raman'],
  },
  { intent: 'find_mentions', q: 'who sent this? "Regards, S. Marquez"', reply: ['Sofia Marquez'] },
  { intent: 'find_mentions', q: 'does "Okafor" match anyone I know?', reply: ['Amara Okafor'] },
  { intent: 'find_mentions', q: 'a post-it says "ring Novak re overdue"... who is that', reply: ['Tomás Novák'] },
  {
    intent: 'find_mentions',
    q: 'which contacts show up in: "Harborline and Studio Kaze confirmed for the panel"',
    reply: ['Daniel Kim', 'Kenji Watanabe'],
  },
  { intent: 'find_mentions', q: 'is "Raman" one of my contacts?', reply: ['Priya Raman'] },
  { intent: 'find_mentions', q: 'who might brandt be', reply: ['Lukas Brandt'] },
  {
    intent: 'find_mentions',
    q: 'I overheard "Osei\'s team loved the renders" - do I have them as a contact?',
    reply: ['Daniel Osei'],
  },
  {
    intent: 'find_mentions',
    q: 'pick out my contacts from this email: Hi both, copying Grace and Lukas on the schedule.',
    reply: ['Grace Whitfield', 'Lukas Brandt'],
  },
  { intent: 'find_mentions', q: 'someone called whitfeld left a voicemail, who?', reply: ['Grace Whitfield'] },
  { intent: 'find_mentions', q: 'match this to a contact: "the producer at Kaze"', reply: ['Kenji Watanabe'] },
];

const CREATE_CONTACT: CorpusCase[] = [
  {
    intent: 'create_contact',
    q: "please create a new contact called Marta Silva, she's at Silva Ceramics",
    propose: { tool: 'create_contact', args: { first_name: 'Marta', last_name: 'Silva', company: 'Silva Ceramics' } },
  },
  {
    intent: 'create_contact',
    q: 'add "Tobias Lang" (tobias@langdesign.ch) as a customer',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Tobias', last_name: 'Lang', email: 'tobias@langdesign.ch', status: 'customer' },
      record: { email: 'tobias@langdesign.ch', status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new lead: Chloe Dubois from Atelier Dubois, +33 6 12 34 56 78',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Chloe', last_name: 'Dubois', company: 'Atelier Dubois', phone: '+33 6 12 34 56 78', status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'can you put Arjun Mehta in my contacts? email arjun.mehta@quillpay.com',
    propose: { tool: 'create_contact', args: { first_name: 'Arjun', last_name: 'Mehta', email: 'arjun.mehta@quillpay.com' } },
  },
  {
    intent: 'create_contact',
    q: 'Save a contact - name Nina Petrova, Head of Marketing at Volga Foods',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Nina', last_name: 'Petrova', position: 'Head of Marketing', company: 'Volga Foods' },
      record: { position: 'Head of Marketing' },
    },
  },
  {
    intent: 'create_contact',
    q: "contact: Sean O'Brien, Harbour Pubs, sean@harbourpubs.ie",
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Sean', last_name: "O'Brien", company: 'Harbour Pubs', email: 'sean@harbourpubs.ie' },
    },
  },
  {
    intent: 'create_contact',
    q: "i'd like to add Ingrid Larsen to my contacts, she's the CFO of Fjord Shipping",
    propose: { tool: 'create_contact', args: { first_name: 'Ingrid', last_name: 'Larsen', position: 'CFO', company: 'Fjord Shipping' } },
  },
  {
    intent: 'create_contact',
    q: 'add my new customer Pedro Alves, phone 555-0133',
    propose: { tool: 'create_contact', args: { first_name: 'Pedro', last_name: 'Alves', phone: '555-0133', status: 'customer' } },
  },
  {
    intent: 'create_contact',
    q: 'create contact Hugo Martin, active, hugo@martin-bois.fr',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Hugo', last_name: 'Martin', email: 'hugo@martin-bois.fr', status: 'active' },
      record: { status: 'active' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Please add Aisha Bello from Lagos Prints.',
    propose: { tool: 'create_contact', args: { first_name: 'Aisha', last_name: 'Bello', company: 'Lagos Prints' } },
  },
  {
    intent: 'create_contact',
    q: "two things: what's Kenji's email, and add his colleague Yuki Sato from Studio Kaze",
    reply: ['kenji@studio-kaze.jp'],
    propose: { tool: 'create_contact', args: { first_name: 'Yuki', last_name: 'Sato', company: 'Studio Kaze' } },
  },
  {
    intent: 'create_contact',
    before: 'i want to add someone new to my contacts',
    q: 'Leo Hartmann from Hartmann Druck',
    propose: { tool: 'create_contact', args: { first_name: 'Leo', last_name: 'Hartmann', company: 'Hartmann Druck' } },
  },
  {
    intent: 'create_contact',
    q: 'new contact - emma clarke, emma@clarkeandco.co.uk, colour consultant at Clarke & Co',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Emma', last_name: 'Clarke', email: 'emma@clarkeandco.co.uk', company: 'Clarke & Co' },
    },
  },
  {
    intent: 'create_contact',
    q: 'hey, add Omar Farouk as a prospect',
    propose: { tool: 'create_contact', args: { first_name: 'Omar', last_name: 'Farouk', status: 'lead' }, record: { status: 'lead' } },
  },
];

const UPDATE_CONTACT: CorpusCase[] = [
  {
    intent: 'update_contact',
    q: 'set the email of Kenji Watanabe to kenji.w@studio-kaze.jp',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Kenji Watanabe', changes: { email: 'kenji.w@studio-kaze.jp' } },
      record: { email: 'kenji.w@studio-kaze.jp' },
    },
  },
  {
    intent: 'update_contact',
    q: 'change the phone number of amara to +44 20 7946 0999',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Amara Okafor', changes: { phone: '+44 20 7946 0999' } } },
  },
  {
    intent: 'update_contact',
    q: 'Priya Raman has left Fernhill, she is at Larch Analytics now',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { company: 'Larch Analytics' } } },
  },
  {
    intent: 'update_contact',
    q: 'make grace whitfield a customer, she signed today',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Grace Whitfield', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Lukas got promoted - his title is now COO',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Lukas Brandt', changes: { position: 'COO' } } },
  },
  {
    intent: 'update_contact',
    q: 'please mark tomas novak as a lead again',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Tomás Novák', changes: { status: 'lead' } } },
  },
  {
    intent: 'update_contact',
    q: 'update the company of Daniel Osei to Osei & Partners',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Osei', changes: { company: 'Osei & Partners' } } },
  },
  {
    intent: 'update_contact',
    q: 'Sofia Marquez phone: +34 600 123 456',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Sofia Marquez', changes: { phone: '+34 600 123 456' } } },
  },
  {
    intent: 'update_contact',
    q: "kenji isn't active any more, set him to inactive",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Kenji Watanabe', changes: { status: 'inactive' } } },
  },
  {
    intent: 'update_contact',
    before: 'show me Daniel Kim',
    q: 'update his position to Chief Technology Officer',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Kim', changes: { position: 'Chief Technology Officer' } } },
  },
  {
    intent: 'update_contact',
    q: 'the email we have for lukas is wrong, it should be l.brandt@nordwerk.de',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Lukas Brandt', changes: { email: 'l.brandt@nordwerk.de' } } },
  },
  {
    intent: 'update_contact',
    q: "change Amara's job title to Brand Director",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Amara Okafor', changes: { position: 'Brand Director' } },
      record: { position: 'Brand Director' },
    },
  },
  {
    intent: 'update_contact',
    q: "priya's contract ended - set her status to inactive",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { status: 'inactive' } } },
  },
  {
    intent: 'update_contact',
    q: 'Osei Architects: Daniel is our customer as of this week',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Osei', changes: { status: 'customer' } } },
  },
];

const ADD_NOTE: CorpusCase[] = [
  {
    intent: 'add_note',
    q: 'add a note on Grace Whitfield: wants a quote for gluten-free labels',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Grace Whitfield', body: 'Wants a quote for gluten-free labels' },
      record: { body: 'Wants a quote for gluten-free labels' },
    },
  },
  {
    intent: 'add_note',
    q: 'put a note on Lukas Brandt saying budget resets in April',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt', body: 'Budget resets in April' } },
  },
  {
    intent: 'add_note',
    q: 'Kenji Watanabe: add note "Sent the NDA, waiting for signature"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Kenji Watanabe', body: 'Sent the NDA, waiting for signature' } },
  },
  {
    intent: 'add_note',
    q: 'can you note down for Sofia: "Prefers WhatsApp to email"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Sofia Marquez', body: 'Prefers WhatsApp to email' } },
  },
  {
    intent: 'add_note',
    q: 'note for amara okafor - loved the autumn colour palette',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Amara Okafor', body: 'Loved the autumn colour palette' } },
  },
  {
    intent: 'add_note',
    q: "add to daniel osei's timeline: met on site, drawings need a second revision",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei', body: 'Met on site, drawings need a second revision' } },
  },
  {
    intent: 'add_note',
    q: 'Priya, note: asked about the API pricing',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'Asked about the API pricing' } },
  },
  {
    intent: 'add_note',
    before: 'who is tomas novak?',
    q: 'add a note to him saying "Do not contact before March"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Tomás Novák', body: 'Do not contact before March' } },
  },
  {
    intent: 'add_note',
    q: "log on Beacon's record: new accounts email is ap@beacon.example",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Beacon', body: 'New accounts email is ap@beacon.example' } },
  },
  {
    intent: 'add_note',
    q: 'Acme - add a note: switch invoices to quarterly',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Acme', body: 'Switch invoices to quarterly' } },
  },
  {
    intent: 'add_note',
    q: 'write a note on daniel kim: the warehouse go-live slipped to June',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Kim', body: 'The warehouse go-live slipped to June' } },
  },
  {
    intent: 'add_note',
    q: "pls add a note to grace: she'll send the logo files on friday",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield', body: "She'll send the logo files on friday" } },
  },
  {
    intent: 'add_note',
    q: 'attach a note to Lukas Brandt - "Petra handles the invoices"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Lukas Brandt', body: 'Petra handles the invoices' },
      record: { body: 'Petra handles the invoices' },
    },
  },
];

// --- tasks and the team --------------------------------------------------------------

const LIST_TASKS: CorpusCase[] = [
  { intent: 'list_tasks', q: 'have I missed any deadlines?', reply: ['Follow up on the relaunch proposal'], absent: ['Renew the domain'] },
  { intent: 'list_tasks', q: 'show me everything due today', reply: ['Send the retainer report'], absent: ['Call Grace'] },
  { intent: 'list_tasks', q: "what's on for tomorrow?", reply: ['Call Grace about the bakery website'], absent: ['Renew the domain'] },
  { intent: 'list_tasks', q: 'which tasks are assigned to Sam?', reply: ['Renew the domain'], absent: ['Prepare quarterly taxes'] },
  {
    intent: 'list_tasks',
    q: 'tasks without a due date',
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
    absent: ['Renew the domain'],
  },
  { intent: 'list_tasks', q: 'any tasks linked to Kenji Watanabe?', reply: ['Send Kenji the storyboard'] },
  { intent: 'list_tasks', q: 'what do I have to do for nordwerk', reply: ['Follow up on the relaunch proposal'], absent: ['retainer'] },
  {
    intent: 'list_tasks',
    q: 'List my high-priority to-dos, please.',
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
    absent: ['Renew the domain'],
  },
  {
    intent: 'list_tasks',
    q: "What's due over the coming fortnight?",
    reply: ['Call Grace about the bakery website', 'Renew the domain'],
  },
  { intent: 'list_tasks', q: 'is the lease check still open?', reply: ['Check the lease'] },
  { intent: 'list_tasks', q: 'which tasks have I ticked off already', reply: ['Send Kenji the storyboard'], absent: ['Check the lease'] },
  { intent: 'list_tasks', q: "tasks i haven't given to anyone", reply: ['Prepare quarterly taxes'], absent: ['Renew the domain'] },
  { intent: 'list_tasks', q: 'business cards - is that on my list?', reply: ['Order business cards'] },
  { intent: 'list_tasks', q: "what's the priority of the retainer report task", reply: ['high'] },
  { intent: 'list_tasks', q: 'whats pending for amara', reply: ['Send the retainer report'], absent: ['Grace'] },
];

const CREATE_TASK: CorpusCase[] = [
  {
    intent: 'create_task',
    q: 'add a task: "Send Grace the shop mockups", due friday',
    propose: { tool: 'create_task', args: { title: 'Send Grace the shop mockups', due_on: 'NEXT_FRIDAY' } },
  },
  {
    intent: 'create_task',
    q: 'remind me on thursday to invoice Beacon',
    propose: { tool: 'create_task', args: { title: 'Invoice Beacon', due_on: 'NEXT_THURSDAY' } },
  },
  {
    intent: 'create_task',
    q: 'Could you set me a reminder to chase Priya about the renewal in 3 days?',
    propose: { tool: 'create_task', args: { title: 'Chase Priya about the renewal', due_on: 'IN_3_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'todo for sam: fix the printer',
    propose: {
      tool: 'create_task',
      args: { title: 'Fix the printer', assignee_id: '@member:Sam Lee' },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_task',
    q: 'high priority: file the VAT return by tomorrow',
    propose: {
      tool: 'create_task',
      args: { title: 'File the VAT return', priority: 'high', due_on: 'TOMORROW' },
      record: { priority: 'high', due_on: 'TOMORROW' },
    },
  },
  {
    intent: 'create_task',
    q: 'I have to ring Kenji at 3pm tomorrow about the trailer',
    propose: { tool: 'create_task', args: { due_date: 'TOMORROW_15', contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'create_task',
    q: 'put "Renew the trade licence" on my to-do list, low priority',
    propose: { tool: 'create_task', args: { title: 'Renew the trade licence', priority: 'low' } },
  },
  {
    intent: 'create_task',
    q: 'new task for Amara Okafor: review the brand guidelines, due in a week',
    propose: {
      tool: 'create_task',
      args: { title: 'Review the brand guidelines', contact_id: '@contact:Amara Okafor', due_on: 'IN_7_DAYS' },
    },
  },
  {
    intent: 'create_task',
    q: "what's overdue? and add a task to call Lukas today",
    reply: ['Follow up on the relaunch proposal'],
    propose: { tool: 'create_task', args: { title: 'Call Lukas', due_on: 'TODAY' } },
  },
  {
    intent: 'create_task',
    q: 'create a to-do to organise the christmas party',
    propose: { tool: 'create_task', args: { title: 'Organise the christmas party' }, record: { status: 'pending' } },
  },
  {
    intent: 'create_task',
    q: 'remind me in 2 days to send the storyboard notes to Kenji',
    propose: { tool: 'create_task', args: { title: 'Send the storyboard notes to Kenji', due_on: 'IN_2_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'task: book the car service, next wednesday, medium priority',
    propose: { tool: 'create_task', args: { title: 'Book the car service', due_on: 'NEXT_WEDNESDAY', priority: 'medium' } },
  },
  {
    intent: 'create_task',
    before: 'who is grace whitfield',
    q: 'remind me to send her the invoice tomorrow',
    propose: { tool: 'create_task', args: { due_on: 'TOMORROW', contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'create_task',
    q: 'Sam needs to update the website footer by friday - make a task',
    propose: {
      tool: 'create_task',
      args: { title: 'Update the website footer', assignee_id: '@member:Sam Lee', due_on: 'NEXT_FRIDAY' },
    },
  },
  {
    intent: 'create_task',
    q: 'remind me tmrw to pay the rent',
    propose: { tool: 'create_task', args: { title: 'Pay the rent', due_on: 'TOMORROW' } },
  },
];

const UPDATE_TASK: CorpusCase[] = [
  {
    intent: 'update_task',
    q: 'mark "Order business cards" as done',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { status: 'completed' } },
      record: { title: 'Order business cards', status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'set the due date of check the lease to tomorrow',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { due_on: 'TOMORROW' } },
      record: { due_on: 'TOMORROW' },
    },
  },
  {
    intent: 'update_task',
    q: 'change the priority of the taxes task to high',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { priority: 'high' } } },
  },
  {
    intent: 'update_task',
    q: 'the lease is checked - close that task',
    propose: { tool: 'update_task', args: { task_id: '@task:Check the lease', changes: { status: 'completed' } } },
  },
  {
    intent: 'update_task',
    q: 'make the call with grace high priority',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Call Grace about the bakery website', changes: { priority: 'high' } },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'update_task',
    q: 'could you give the lease task to Sam?',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { assignee_id: '@member:Sam Lee' } },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'update_task',
    q: "let's move the relaunch follow up to next thursday",
    propose: { tool: 'update_task', args: { task_id: '@task:Follow up on the relaunch proposal', changes: { due_on: 'NEXT_THURSDAY' } } },
  },
  {
    intent: 'update_task',
    q: "I'm working on the quarterly taxes now, set it to in progress",
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Prepare quarterly taxes', changes: { status: 'in_progress' } },
      record: { status: 'in_progress' },
    },
  },
  {
    intent: 'update_task',
    q: 'cancel the business cards task, we went digital',
    propose: { tool: 'update_task', args: { task_id: '@task:Order business cards', changes: { status: 'cancelled' } } },
  },
  {
    intent: 'update_task',
    q: 'the lease task should be called "Review the lease with the landlord"',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { title: 'Review the lease with the landlord' } },
      record: { title: 'Review the lease with the landlord' },
    },
  },
  {
    intent: 'update_task',
    before: 'what tasks are overdue?',
    q: 'mark that as done',
    propose: { tool: 'update_task', args: { task_id: '@task:Follow up on the relaunch proposal', changes: { status: 'completed' } } },
  },
  {
    intent: 'update_task',
    q: "unassign the domain renewal, Sam's off next week",
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { assignee_id: null } },
      record: { assignee_id: null },
    },
  },
  {
    intent: 'update_task',
    q: 'domain renewal - due tomorrow instead',
    propose: { tool: 'update_task', args: { task_id: '@task:Renew the domain', changes: { due_on: 'TOMORROW' } } },
  },
  {
    intent: 'update_task',
    before: 'add a task "Water the office plants"',
    q: 'make it high priority',
    propose: { tool: 'update_task', args: { task_id: '@task:Water the office plants', changes: { priority: 'high' } } },
  },
  {
    intent: 'update_task',
    q: 'Sam finished renewing the domain, mark it complete',
    propose: { tool: 'update_task', args: { task_id: '@task:Renew the domain', changes: { status: 'completed' } } },
  },
];

const DELETE_TASK: CorpusCase[] = [
  {
    intent: 'delete_task',
    q: 'remove the task "Check the lease"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: "we don't need business cards anymore, delete that to-do",
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  {
    intent: 'delete_task',
    q: 'delete the quarterly taxes todo',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'bin the kenji storyboard task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'please delete my task to call grace',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
  {
    intent: 'delete_task',
    q: "the relaunch proposal follow-up isn't needed, drop it from my tasks",
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    before: 'what am I doing for amara?',
    q: 'delete that task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'Delete "Order business cards".',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'can you get rid of the lease task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' } },
  },
  {
    intent: 'delete_task',
    q: 'wipe the retainer report todo, amara cancelled it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    before: 'which tasks is sam on?',
    q: 'remove it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'delte the domain task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'take "Prepare quarterly taxes" off my list for good',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
];

const LIST_MEMBERS: CorpusCase[] = [
  { intent: 'list_members', q: 'who else can log into this account?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: "what's sam lee's role?", reply: ['member'] },
  { intent: 'list_members', q: 'is Vera able to change anything or is she read-only?', reply: ['viewer'] },
  { intent: 'list_members', q: 'list the team with roles', reply: ['Sam Lee', 'member', 'Vera Viewer', 'viewer'] },
  { intent: 'list_members', q: 'how many members does the workspace have', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'who is the owner of this workspace?', reply: ['owner'] },
  { intent: 'list_members', q: 'Which of my colleagues can edit records?', reply: ['Sam Lee'] },
  { intent: 'list_members', q: 'team?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'show the people in my workspace', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'am I an admin here?', reply: ['owner'] },
  { intent: 'list_members', q: 'is there a viewer on the team', reply: ['Vera Viewer'] },
  { intent: 'list_members', q: 'who can i hand tasks over to?', reply: ['Sam Lee'] },
  { intent: 'list_members', q: "what's vera's acess level", reply: ['viewer'] },
];

// --- invoices, payments and credit notes ----------------------------------------------

const LIST_INVOICES: CorpusCase[] = [
  { intent: 'list_invoices', q: 'which invoices are overdue, and by how much?', reply: ['INV-0002', '500.00'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'invoices for priya raman', reply: ['INV-0003'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'what do my clients owe me in total?', reply: ['1,700.00'] },
  { intent: 'list_invoices', q: 'who still owes me money?', reply: ['Amara Okafor', 'Lukas Brandt'], absent: ['Priya'] },
  { intent: 'list_invoices', q: 'Show me every invoice I have issued.', reply: ['INV-0001', 'INV-0002', 'INV-0003'] },
  { intent: 'list_invoices', q: 'any paid invoices so far?', reply: ['INV-0003'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: "ugh, Lukas still hasn't paid - how much does he owe again?", reply: ['500.00'] },
  { intent: 'list_invoices', q: 'brightleaf invoices', reply: ['INV-0001'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'invoices that are sent but not due yet', reply: ['INV-0001'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'How much is overdue right now?', reply: ['500.00'] },
  { intent: 'list_invoices', q: 'what has Fernhill paid us', reply: ['INV-0003', '3,000.00'] },
  { intent: 'list_invoices', q: 'outstanding invoices, biggest first', reply: ['INV-0001', 'INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'invoices from nordwerk gmbh pls', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'has amara paid what she owes us?', reply: ['INV-0001', '1,200.00'] },
];

const GET_INVOICE: CorpusCase[] = [
  { intent: 'get_invoice', q: 'what is on invoice INV-0003?', reply: ['Dashboard project', '3,000.00'] },
  { intent: 'get_invoice', q: 'how much is still due on INV-0001?', reply: ['1,200.00'] },
  { intent: 'get_invoice', q: "INV-0002 - who's it for and what's left?", reply: ['Lukas Brandt', '500.00'] },
  { intent: 'get_invoice', q: 'give me the details of invoice number 3', reply: ['INV-0003', 'Priya Raman'] },
  { intent: 'get_invoice', q: 'how many workshops did we bill on inv 2, and at what price?', reply: ['Relaunch workshop', '150.00'] },
  { intent: 'get_invoice', q: 'payments received on INV-0002?', reply: ['250.00'] },
  { intent: 'get_invoice', q: 'is invoice 0001 paid yet', reply: ['1,200.00'] },
  { intent: 'get_invoice', q: 'INV-0003 total and status', reply: ['3,000.00', 'paid'] },
  { intent: 'get_invoice', before: 'what invoices does amara have?', q: "what's on that one?", reply: ['Brand retainer'] },
  { intent: 'get_invoice', q: 'pull up INV-0002 for me', reply: ['Lukas Brandt', '750.00'] },
  { intent: 'get_invoice', q: 'how much did priya pay on INV-0003?', reply: ['3,000.00'] },
  { intent: 'get_invoice', q: 'status of invoice #1?', reply: ['sent'] },
  { intent: 'get_invoice', q: 'show me invoce INV-0002', reply: ['Lukas Brandt'] },
];

const CREATE_INVOICE: CorpusCase[] = [
  {
    intent: 'create_invoice',
    q: 'please invoice Priya Raman for a data audit, 2,400',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Data audit', quantity: '1', unit_price: '2400.00' }] },
      record: { status: 'draft', total_amount: '2400.00', contact_name: 'Priya Raman' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill Acme for 10 hours of design at 85 an hour',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Design', quantity: '10', unit_price: '85.00' }] },
      record: { total_amount: '850.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'inv for amara 3x logo 400',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Logo', quantity: '3', unit_price: '400.00' }] },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Draft an invoice to Harborline Logistics: 2 days onsite support @ 900/day',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '2', unit_price: '900.00' }] },
      record: { total_amount: '1800.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'create an invoice for Sofia Marquez - menu design, $650',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Menu design', quantity: '1', unit_price: '650.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'I need an invoice for Nordwerk GmbH for the follow-up workshop, 1,500 euros',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ description: 'Follow-up workshop', quantity: '1', unit_price: '1500.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice kenji watanabe: colour grading 8 hours at 95',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ description: 'Colour grading', quantity: '8', unit_price: '95.00' }] },
      record: { total_amount: '760.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'make an invoice for Beacon, two lines: server setup 1200, monthly monitoring 150',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Beacon',
        items: [
          { description: 'Server setup', quantity: '1', unit_price: '1200.00' },
          { description: 'Monthly monitoring', quantity: '1', unit_price: '150.00' },
        ],
      },
      record: { total_amount: '1350.00' },
    },
  },
  {
    intent: 'create_invoice',
    before: 'show me priya raman',
    q: 'invoice her 480 for the training session',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Training session', quantity: '1', unit_price: '480.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill tomas novak 1.5k for the brochure translation',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Brochure translation', quantity: '1', unit_price: '1500.00' }] },
      record: { total_amount: '1500.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Grace Whitfield needs an invoice: 4 cake box designs at 75 each',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Cake box designs', quantity: '4', unit_price: '75.00' }] },
      record: { total_amount: '300.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'can you raise an invoice to daniel osei for a site visit, 350?',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: 'Site visit', quantity: '1', unit_price: '350.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice Acme Ltd 12 x stickers @ 2.50',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Stickers', quantity: '12', unit_price: '2.50' }] },
      record: { total_amount: '30.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'what does lukas owe us? and draft him a new invoice for 2 workshop days at 700',
    reply: ['500.00'],
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ quantity: '2', unit_price: '700.00' }] },
      record: { total_amount: '1400.00' },
    },
  },
];

const RECORD_PAYMENT: CorpusCase[] = [
  {
    intent: 'record_payment',
    q: 'Amara has paid her invoice in full',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { amount: '1200.00', invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'log a payment of 200 against INV-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '200.00' },
      record: { invoice: { balance_due: '300.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'lukas transferred 500 today for INV-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { date: 'TODAY', invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'got a cheque from Brightleaf for 700',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '700.00' },
      record: { invoice: { balance_due: '500.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'INV-0001 has been paid',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'please record 125.50 received on invoice 2',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '125.50' },
      record: { invoice: { balance_due: '374.50' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'nordwerk paid off the balance yesterday',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00', date: 'YESTERDAY' } },
  },
  {
    intent: 'record_payment',
    before: 'what does amara owe?',
    q: 'she just paid it',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'payment in: $1,200 from Amara Okafor',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'mark INV-0002 paid in full',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { status: 'paid' } },
    },
  },
  {
    intent: 'record_payment',
    before: 'show me INV-0002',
    q: 'record a payment of 50 on it',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '50.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Lukas paid half of what he still owes',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '250.00' },
      record: { invoice: { balance_due: '250.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'part payment from amara: 400',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '400.00' } },
  },
];

/** A credit note cannot be undone: each runs on an account of its own (see the top). */
const CREDIT_INVOICE: CorpusCase[] = [
  {
    intent: 'credit_invoice',
    q: 'please credit 300 on INV-0002',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '300.00' },
      record: { total_amount: '300.00', invoice: { balance_due: '200.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'make a credit note for amara, 120, on INV-0001',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '120.00' },
      record: { total_amount: '120.00', invoice: { balance_due: '1080.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit INV-0003 in full and refund priya',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '3000.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'Issue a credit note for INV-0001 of 60 with the reason "Late delivery"',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '60.00', reason: 'Late delivery' } },
  },
  {
    intent: 'credit_invoice',
    q: 'lukas was billed for 5 workshops but only had 4, credit one of them',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '150.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'INV-0001 needs a 200 credit',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '200.00' }, record: { total_amount: '200.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'refund 250 to Lukas on invoice 2',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '250.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note on the fernhill invoice for 1,000, and pay the money back',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '1000.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    before: 'show me the overdue invoice',
    q: 'credit 100 on it',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '100.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'Can we credit Amara 25% of INV-0001?',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '300.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'raise a credit note: inv-0002, 75, "goodwill"',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '75.00', reason: 'goodwill' } },
  },
  {
    intent: 'credit_invoice',
    q: 'cr note 50 inv 1',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '50.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'Priya was overbilled by 450 on her invoice - credit it, no refund needed',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '450.00' } },
  },
];

// --- recurring invoices and quotes -------------------------------------------------------

const LIST_RECURRING_INVOICES: CorpusCase[] = [
  { intent: 'list_recurring_invoices', q: 'which recurring invoices are set up?', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: "what's the frequency of amara's recurring invoice", reply: ['monthly'] },
  { intent: 'list_recurring_invoices', q: 'do I have any automatic invoices for nordwerk?', reply: ['quarterly'] },
  { intent: 'list_recurring_invoices', q: "Recurring invoices: what's each one for and how much?", reply: ['Retainer', '500.00'] },
  { intent: 'list_recurring_invoices', q: 'when is the next recurring invoice due to go out?', reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'list my active recurring billing', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'is lukas billed monthly or quarterly?', reply: ['quarterly'] },
  {
    intent: 'list_recurring_invoices',
    q: 'how many invoices have my recurring profiles generated so far',
    reply: ['Amara Okafor', 'Lukas Brandt'],
  },
  { intent: 'list_recurring_invoices', q: 'what does amara get charged every month automatically', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'show me my repeat invoices', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'Which client is on the quarterly retainer?', reply: ['Lukas Brandt'], absent: ['Amara'] },
  { intent: 'list_recurring_invoices', q: 'when does the brightleaf recurring invoice start', reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'recuring invoices?', reply: ['Amara Okafor', 'Lukas Brandt'] },
];

const PAUSE_RECURRING_INVOICE: CorpusCase[] = [
  {
    intent: 'pause_recurring_invoice',
    q: 'Could you pause the recurring billing for Lukas Brandt?',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Lukas Brandt' },
      record: { status: 'paused', contact_name: 'Lukas Brandt' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'amara asked us to skip a few months - hold her monthly invoicing',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'put the Brightleaf retainer on pause',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'stop the quarterly invoice to nordwerk for now',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the monthly recurring invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'which recurring invoices do I have?',
    q: 'pause the one for Nordwerk',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'amara okafor - pause recurring',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'no automatic invoice for Lukas this quarter please, pause it',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'halt the repeat invoicing for amara',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "i'd like to pause the recurring invoice that goes to Nordwerk GmbH",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause recuring invoice for Brandt',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'how often is amara invoiced automatically?',
    q: 'pause that',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'temporarily stop auto-billing Brightleaf Studio',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
];

const LIST_QUOTES: CorpusCase[] = [
  { intent: 'list_quotes', q: 'which quotes have we sent out and not heard back on?', reply: ['QUO-0001'], absent: ['QUO-0003'] },
  { intent: 'list_quotes', q: 'quote status for Grace Whitfield?', reply: ['QUO-0003', 'draft'] },
  { intent: 'list_quotes', q: 'did kenji turn down our quote?', reply: ['QUO-0004', 'declined'] },
  { intent: 'list_quotes', q: 'how much did we quote Osei Architects', reply: ['2,850.00'] },
  { intent: 'list_quotes', q: 'list all quotations with their totals', reply: ['4,800.00', '2,850.00', '2,200.00', '1,600.00'] },
  { intent: 'list_quotes', q: 'any quotes not sent yet?', reply: ['QUO-0003'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'which quotes can I still turn into invoices?', reply: ['QUO-0001', 'QUO-0002'], absent: ['QUO-0003'] },
  { intent: 'list_quotes', q: 'who is QUO-0004 for and how much was it?', reply: ['Kenji Watanabe', '1,600.00'] },
  { intent: 'list_quotes', q: 'quotes sent to sofia marquez', reply: ['QUO-0001'], absent: ['QUO-0002'] },
  { intent: 'list_quotes', q: 'has anyone accepted a quote?', reply: ['QUO-0002', 'Daniel Osei'] },
  { intent: 'list_quotes', q: 'total value of my open quotes', reply: ['7,650.00'] },
  { intent: 'list_quotes', q: 'show the rejected estimates', reply: ['QUO-0004'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'who is QUO-0003 for', reply: ['Grace Whitfield'] },
];

const CREATE_QUOTE: CorpusCase[] = [
  {
    intent: 'create_quote',
    q: 'please quote Priya Raman for a dashboard refresh, 5,200',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Dashboard refresh', quantity: '1', unit_price: '5200.00' }] },
      record: { status: 'draft', total_amount: '5200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'estimate for Acme: 6 banner designs at 120',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Banner designs', quantity: '6', unit_price: '120.00' }] },
      record: { total_amount: '720.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'Kenji wants a price for sound design, 1,250 - make a quote',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ description: 'Sound design', quantity: '1', unit_price: '1250.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote for beacon plc: security review, 3 days @ 1,000',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Security review', quantity: '3', unit_price: '1000.00' }] },
      record: { total_amount: '3000.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'can you draw up a quotation for Lukas, translation of the manual, €900',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Lukas Brandt',
        items: [{ description: 'Translation of the manual', quantity: '1', unit_price: '900.00' }],
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'new estimate: grace whitfield, packaging design 1,100 and label printing 300',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Grace Whitfield',
        items: [
          { description: 'Packaging design', quantity: '1', unit_price: '1100.00' },
          { description: 'Label printing', quantity: '1', unit_price: '300.00' },
        ],
      },
      record: { total_amount: '1400.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote daniel kim 80 hrs dev at 125',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '80', unit_price: '125.00' }] },
      record: { total_amount: '10000.00' },
    },
  },
  {
    intent: 'create_quote',
    before: 'tell me about sofia marquez',
    q: 'send her a quote for 3 months of SEO at 400 a month',
    propose: { tool: 'create_quote', args: { contact_id: '@contact:Sofia Marquez', items: [{ quantity: '3', unit_price: '400.00' }] } },
  },
  {
    intent: 'create_quote',
    q: 'QUOTE: Amara Okafor - annual report layout - 1800',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Annual report layout', quantity: '1', unit_price: '1800.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote osei architects for a brochure, 950, valid till next friday',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Daniel Osei',
        valid_until: 'NEXT_FRIDAY',
        items: [{ description: 'Brochure', quantity: '1', unit_price: '950.00' }],
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'Prepare an estimate for Tomás Novák: 2 x catalogue photography at 600',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Catalogue photography', quantity: '2', unit_price: '600.00' }] },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'pls quote Harborline for the driver app - 18k',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '1', unit_price: '18000.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'what did we quote kenji last time? and quote him 1,400 for a new title sequence',
    reply: ['1,600.00'],
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ quantity: '1', unit_price: '1400.00' }] },
    },
  },
];

/** A conversion cannot be undone: each runs on an account of its own (see the top). */
const CONVERT_QUOTE: CorpusCase[] = [
  {
    intent: 'convert_quote',
    q: 'QUO-0001: please make it an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'Osei accepted, invoice his quote now',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: "let's bill Sofia for the website redesign quote",
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'invoice quote number 2',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'the accepted quote should become an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    before: 'list my sent quotes',
    q: 'convert that one',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'Convert the Daniel Osei quote into a draft invoice, please.',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'turn the casa marquez estimate into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  { intent: 'convert_quote', q: 'qoute 2 to invoice', propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } } },
  {
    intent: 'convert_quote',
    before: 'did daniel osei accept our quote?',
    q: 'great, turn it into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'sofia signed off on QUO-0001, generate the invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'make the fit-out drawings quote an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  { intent: 'convert_quote', q: 'convert quo-2', propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } } },
];

// --- deals ---------------------------------------------------------------------------

const LIST_DEAL_STAGES: CorpusCase[] = [
  {
    intent: 'list_deal_stages',
    q: 'walk me through my deal stages in order',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'what probability does the proposal stage carry?', reply: ['50'] },
  { intent: 'list_deal_stages', q: 'which stage comes right after lead?', reply: ['Qualified'] },
  { intent: 'list_deal_stages', q: 'how many pipeline stages are there?', reply: ['Lead', 'Lost'] },
  { intent: 'list_deal_stages', q: 'what % is a lead worth', reply: ['10'] },
  { intent: 'list_deal_stages', q: 'which stage is for deals we won', reply: ['Won'] },
  {
    intent: 'list_deal_stages',
    q: 'stage names for the sales board please',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'negotiation = what percentage?', reply: ['75'] },
  { intent: 'list_deal_stages', q: 'which stages are still open ones?', reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation'] },
  { intent: 'list_deal_stages', q: "what's the stage between qualified and negotiation", reply: ['Proposal'] },
  { intent: 'list_deal_stages', q: 'show each stage with its percentage', reply: ['10', '25', '50', '75'] },
  { intent: 'list_deal_stages', q: "what's the last open stage before a deal is closed?", reply: ['Negotiation'] },
  { intent: 'list_deal_stages', q: 'is there a stage for lost deals in my pipline?', reply: ['Lost'] },
];

const LIST_DEALS: CorpusCase[] = [
  {
    intent: 'list_deals',
    q: 'what deals are in the pipeline right now?',
    reply: ['Casa Marquez website', 'Osei office drawings', 'Whitfield online shop', 'Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'list_deals', q: 'which deal is furthest along the pipeline?', reply: ['Osei office drawings'] },
  { intent: 'list_deals', q: 'total value of my pipeline', reply: ['31,350.00'] },
  { intent: 'list_deals', q: 'deals with Lukas Brandt?', reply: ['Nordwerk relaunch phase 2', '9,500.00'], absent: ['Fernhill'] },
  { intent: 'list_deals', q: 'fernhill data platform - value and stage?', reply: ['12,000.00', 'Qualified'] },
  {
    intent: 'list_deals',
    q: 'show me the qualified opportunities',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Whitfield online shop'],
  },
  { intent: 'list_deals', q: 'deals for casa marquez', reply: ['Casa Marquez website', '4,800.00'] },
  { intent: 'list_deals', q: 'Osei office drawings: which column is it in?', reply: ['Negotiation'] },
  { intent: 'list_deals', q: 'list deals in the Lead column', reply: ['Whitfield online shop'], absent: ['Fernhill data platform'] },
  { intent: 'list_deals', q: 'any deals with Whitfield Bakery?', reply: ['Whitfield online shop'] },
  { intent: 'list_deals', q: 'what are the two qualified deals worth together?', reply: ['21,500.00'] },
  {
    intent: 'list_deals',
    q: 'opportunities over 5k?',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Whitfield online shop'],
  },
  { intent: 'list_deals', before: 'show me the pipeline', q: 'which one is the smallest?', reply: ['Whitfield online shop'] },
  { intent: 'list_deals', q: 'deal for nordwerk - what stage?', reply: ['Qualified'] },
];

const CREATE_DEAL: CorpusCase[] = [
  {
    intent: 'create_deal',
    q: 'new deal: "Brightleaf rebrand", 7,500, contact Amara Okafor',
    propose: {
      tool: 'create_deal',
      args: { title: 'Brightleaf rebrand', value: '7500.00', contact_id: '@contact:Amara Okafor' },
      record: { value: '7500.00', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add an opportunity for Daniel Kim - Harborline tracking portal, worth $18k',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline tracking portal', value: '18000.00', contact_id: '@contact:Daniel Kim' },
    },
  },
  {
    intent: 'create_deal',
    q: 'put "Kaze music video" in the pipeline at 4,200 under proposal',
    propose: {
      tool: 'create_deal',
      args: { title: 'Kaze music video', value: '4200.00', stage_id: '@stage:Proposal' },
      record: { stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'create_deal',
    q: 'create a deal for Priya Raman called Fernhill ML pilot, 25,000, expected to close in 45 days',
    propose: {
      tool: 'create_deal',
      args: { title: 'Fernhill ML pilot', value: '25000.00', contact_id: '@contact:Priya Raman', expected_close_date: 'IN_45_DAYS' },
    },
  },
  {
    intent: 'create_deal',
    q: 'pipeline: Novák website, 1,900, tomas novak',
    propose: { tool: 'create_deal', args: { title: 'Novák website', value: '1900.00', contact_id: '@contact:Tomás Novák' } },
  },
  {
    intent: 'create_deal',
    q: 'Grace might want a second shop site - add a 3k deal with her',
    propose: { tool: 'create_deal', args: { value: '3000.00', contact_id: '@contact:Grace Whitfield' }, record: { value: '3000.00' } },
  },
  {
    intent: 'create_deal',
    q: 'log a new opportunity "Acme annual retainer" for 12,000, qualified stage',
    propose: {
      tool: 'create_deal',
      args: { title: 'Acme annual retainer', value: '12000.00', stage_id: '@stage:Qualified' },
      record: { stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'create_deal',
    before: 'show me Daniel Osei',
    q: 'add a deal with him: Osei studio extension, 6,800',
    propose: { tool: 'create_deal', args: { title: 'Osei studio extension', value: '6800.00', contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'create_deal',
    q: 'add deal Beacon hosting migration worth 2,500 closing next monday',
    propose: { tool: 'create_deal', args: { title: 'Beacon hosting migration', value: '2500.00', expected_close_date: 'NEXT_MONDAY' } },
  },
  {
    intent: 'create_deal',
    q: 'track a deal with Sofia Marquez: restaurant menu printing, 800 dollars, in negotiation',
    propose: {
      tool: 'create_deal',
      args: { value: '800.00', contact_id: '@contact:Sofia Marquez', stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'create_deal',
    q: 'what deals does lukas have? add another: Nordwerk training programme, 5,400',
    reply: ['Nordwerk relaunch phase 2'],
    propose: { tool: 'create_deal', args: { title: 'Nordwerk training programme', value: '5400.00' } },
  },
  {
    intent: 'create_deal',
    q: 'deal: Whitfield wholesale, 10k, lead stage',
    propose: { tool: 'create_deal', args: { title: 'Whitfield wholesale', value: '10000.00', stage_id: '@stage:Lead' } },
  },
  {
    intent: 'create_deal',
    q: 'open a deal called "Studio Kaze subtitles" valued at 650',
    propose: { tool: 'create_deal', args: { title: 'Studio Kaze subtitles', value: '650.00' }, record: { value: '650.00' } },
  },
];

const MOVE_DEAL: CorpusCase[] = [
  {
    intent: 'move_deal',
    q: 'move the Fernhill data platform to Proposal',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Proposal' },
      record: { stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'move_deal',
    q: 'the whitfield online shop deal is now qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: "we've won the casa marquez website!",
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' },
      record: { stage_id: '@stage:Won' },
    },
  },
  {
    intent: 'move_deal',
    q: 'nordwerk relaunch phase 2: lost, reason "budget frozen"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Lost', lost_reason: 'budget frozen' },
      record: { stage_id: '@stage:Lost', lost_reason: 'budget frozen' },
    },
  },
  {
    intent: 'move_deal',
    q: 'advance the Osei deal to won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'Fernhill data platform should be in negotiation now',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'set the stage of the Whitfield online shop to Negotiation',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    before: "what's in negotiation?",
    q: 'mark it as won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'drag casa marquez website back to qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'we lost the whitfield online shop because they chose Shopify',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Lost' },
      record: { stage_id: '@stage:Lost' },
    },
  },
  {
    intent: 'move_deal',
    q: 'Lukas confirmed phase 2! move nordwerk relaunch phase 2 to won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'move the osei office drawings deal one stage back',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'the Fernhill deal moves on to the next stage',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'casa marquez website -> negotiaton',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Negotiation' } },
  },
];

// --- time tracking ------------------------------------------------------------------

const TIME_SUMMARY: CorpusCase[] = [
  { intent: 'time_summary', q: 'how many hours did I clock this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'Acme: time logged this month?', reply: ['2:15'], absent: ['12:15'] },
  { intent: 'time_summary', q: 'how long did I spend on Beacon plc?', reply: ['10:00'] },
  { intent: 'time_summary', q: 'minutes logged for acme?', reply: ['135'] },
  { intent: 'time_summary', q: 'hours worked for beacon this month, please', reply: ['10:00'] },
  { intent: 'time_summary', q: 'how much time did the team log in total this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'time report for this month, client by client', reply: ['2:15', '10:00'] },
  { intent: 'time_summary', q: 'Acme and Beacon together - how much time have I logged for them?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'Beacon - hours this month?', reply: ['10:00'], absent: ['2:15'] },
  { intent: 'time_summary', q: 'how much time did I log on the 1st of this month?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'how much time went into acme vs beacon', reply: ['2:15', '10:00'] },
  { intent: 'time_summary', q: 'timesheet total for acme ltd this month pls', reply: ['2:15'] },
  { intent: 'time_summary', q: 'tracked time this month, in minutes', reply: ['735'] },
];

/** `before` starts a timer (confirmed by the harness); the question is then about it. */
const RUNNING_TIMER: CorpusCase[] = [
  {
    intent: 'running_timer',
    before: 'start a timer for Beacon plc: "Quarterly audit"',
    q: 'what is the timer running on?',
    reply: ['Quarterly audit'],
  },
  { intent: 'running_timer', before: 'clock in on Acme', q: 'is my clock running?', reply: ['Acme'] },
  { intent: 'running_timer', before: 'start timing "Invoice admin"', q: 'what am i timing at the moment', reply: ['Invoice admin'] },
  { intent: 'running_timer', before: 'timer for beacon please', q: "what's on the clock?", reply: ['Beacon'] },
  {
    intent: 'running_timer',
    before: 'start a timer on Acme for "Brand audit"',
    q: 'which client am I clocked in for?',
    reply: ['Acme'],
  },
  { intent: 'running_timer', before: 'begin a timer for the Beacon call', q: 'do I have a timer going?', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'start tracking "Tax prep"', q: 'running timer?', reply: ['Tax prep'] },
  { intent: 'running_timer', before: 'start the timer for acme ltd', q: 'how long have I been on this timer?', reply: ['Acme'] },
  {
    intent: 'running_timer',
    before: 'start a timer: "Website copy" for Beacon',
    q: 'what is my stopwatch on',
    reply: ['Website copy'],
  },
  { intent: 'running_timer', before: 'time my work on acme', q: 'am I on the clock right now?', reply: ['Acme'] },
  { intent: 'running_timer', before: 'start a timer for "Admin"', q: 'tell me about my current timer', reply: ['Admin'] },
  { intent: 'running_timer', before: 'clock me in for Beacon', q: 'is the timer still ticking?', reply: ['Beacon'] },
];

const START_TIMER: CorpusCase[] = [
  {
    intent: 'start_timer',
    q: 'please start my timer for Acme Ltd',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' }, record: { contact_id: '@contact:Acme', ended_at: null } },
  },
  {
    intent: 'start_timer',
    q: 'begin tracking "Logo revisions" for Beacon',
    propose: { tool: 'start_timer', args: { description: 'Logo revisions', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'start_timer',
    q: "i'm starting work on the Brightleaf moodboards, start the clock",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'start_timer',
    q: 'timer: "Bookkeeping"',
    propose: { tool: 'start_timer', args: { description: 'Bookkeeping' }, record: { description: 'Bookkeeping', ended_at: null } },
  },
  {
    intent: 'start_timer',
    q: 'could you start timing my call with Priya?',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Priya Raman' } },
  },
  { intent: 'start_timer', q: 'start timer beacon', propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } } },
  {
    intent: 'start_timer',
    q: 'clock in for Harborline Logistics',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'start_timer',
    q: 'start the clock on "Proposal writing"',
    propose: { tool: 'start_timer', args: { description: 'Proposal writing' } },
  },
  {
    intent: 'start_timer',
    before: 'how much time did i spend on acme this month?',
    q: 'ok, start a timer for them',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'start_timer',
    q: 'time me on the Osei renders from now',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'start_timer',
    q: 'Start a timer for Kenji - storyboard fixes',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'start_timer',
    q: 'can you clock me in? working for Acme on "Social posts"',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme', description: 'Social posts' } },
  },
  {
    intent: 'start_timer',
    q: 'starting the Fernhill report now, track it',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Priya Raman' } },
  },
];

/** `before` starts a timer (confirmed by the harness); stopping cannot be undone, so each runs on an account of its own. */
const STOP_TIMER: CorpusCase[] = [
  {
    intent: 'stop_timer',
    before: 'start a timer for Acme',
    q: 'turn my timer off',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Invoice admin"',
    q: 'finished, clock me out please',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Invoice admin' } },
  },
  {
    intent: 'stop_timer',
    before: 'clock in on Beacon',
    q: "i'm done with beacon for today",
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  { intent: 'stop_timer', before: 'start a timer for Acme', q: 'stop', propose: { tool: 'stop_timer', args: {} } },
  { intent: 'stop_timer', before: 'start tracking "Tax prep"', q: 'wrap up the timer', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'timer for beacon please',
    q: 'Could you stop the stopwatch?',
    propose: { tool: 'stop_timer', args: {} },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer on Acme for "Brand audit"',
    q: 'brand audit done, stop timing it',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Brand audit', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'begin a timer for the Beacon call',
    q: 'call is over, stop the clock',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  { intent: 'stop_timer', before: 'start the timer for acme ltd', q: 'stop my clock', propose: { tool: 'stop_timer', args: {} } },
  { intent: 'stop_timer', before: 'start a timer for "Admin"', q: 'kill the timer', propose: { tool: 'stop_timer', args: {} } },
  { intent: 'stop_timer', before: 'clock me in for Beacon', q: 'ok, clocking off now', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'start a timer for Acme',
    q: 'stop the timer and save the time',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  { intent: 'stop_timer', before: 'start timing beacon', q: 'stop teh timer', propose: { tool: 'stop_timer', args: {} } },
];

const LOG_TIME: CorpusCase[] = [
  {
    intent: 'log_time',
    q: 'log 2 hours for Acme today',
    propose: { tool: 'log_time', args: { duration_minutes: 120, contact_id: '@contact:Acme' }, record: { duration_minutes: 120 } },
  },
  {
    intent: 'log_time',
    q: 'I did 45 minutes of admin for Beacon, please log it',
    propose: { tool: 'log_time', args: { duration_minutes: 45, contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'log_time',
    q: 'add 3.5 hours for Priya Raman: "Dashboard QA"',
    propose: { tool: 'log_time', args: { duration_minutes: 210, contact_id: '@contact:Priya Raman', description: 'Dashboard QA' } },
  },
  {
    intent: 'log_time',
    q: 'record an hour for kenji yesterday',
    propose: { tool: 'log_time', args: { duration_minutes: 60, contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'log_time',
    q: 'timesheet: Acme, 1h20, "Moodboard"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 80, contact_id: '@contact:Acme', description: 'Moodboard' },
      record: { duration_minutes: 80, description: 'Moodboard' },
    },
  },
  {
    intent: 'log_time',
    q: 'worked 5 hours on the Harborline API yesterday, log it',
    propose: { tool: 'log_time', args: { duration_minutes: 300, contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'log_time',
    q: 'log 15 min for Beacon, non-billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 15, contact_id: '@contact:Beacon', billable: false },
      record: { billable: false },
    },
  },
  {
    intent: 'log_time',
    q: 'please add 2 and a half hours for Amara Okafor',
    propose: { tool: 'log_time', args: { duration_minutes: 150, contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'log_time',
    before: 'how much time did I log for beacon this month',
    q: 'add 1 more hour to it',
    propose: { tool: 'log_time', args: { duration_minutes: 60, contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'log_time',
    q: 'spent 40 mins on the phone with Lukas, can you log that?',
    propose: { tool: 'log_time', args: { duration_minutes: 40, contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'log_time',
    q: 'log 7h for acme ltd',
    propose: { tool: 'log_time', args: { duration_minutes: 420, contact_id: '@contact:Acme' }, record: { duration_minutes: 420 } },
  },
  {
    intent: 'log_time',
    q: 'track 90 minutes against Grace Whitfield for "Shop photos"',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Grace Whitfield', description: 'Shop photos' } },
  },
  {
    intent: 'log_time',
    q: 'I put in a full day (8 hours) for Osei Architects',
    propose: { tool: 'log_time', args: { duration_minutes: 480, contact_id: '@contact:Daniel Osei' } },
  },
];

// --- money and the overview ------------------------------------------------------------

const LIST_TRANSACTIONS: CorpusCase[] = [
  {
    intent: 'list_transactions',
    q: 'what did I spend money on today?',
    reply: ['Lunch with Lukas', 'Hosting', 'Design tool'],
    absent: ['800.00'],
  },
  { intent: 'list_transactions', q: 'anything categorised as Software?', reply: ['120.00', '29.99'], absent: ['45.90'] },
  { intent: 'list_transactions', q: 'show me income this month', reply: ['1,500.00'], absent: ['2,000.00'] },
  { intent: 'list_transactions', q: 'what was the 45.90 expense?', reply: ['Lunch with Lukas'] },
  { intent: 'list_transactions', q: "last month's transactions", reply: ['2,000.00', '800.00'], absent: ['45.90'] },
  { intent: 'list_transactions', q: 'did I record the hosting payment?', reply: ['120.00'] },
  { intent: 'list_transactions', q: 'list every expense', reply: ['45.90', '120.00', '29.99', '800.00'], absent: ['Website milestone'] },
  { intent: 'list_transactions', q: 'what are the last few entries in my books?', reply: ['Website milestone'] },
  { intent: 'list_transactions', q: 'how much was lunch with lukas', reply: ['45.90'] },
  { intent: 'list_transactions', q: 'transactions in the Meals category', reply: ['45.90'], absent: ['29.99'] },
  { intent: 'list_transactions', q: 'find the rent payment', reply: ['800.00'] },
  { intent: 'list_transactions', q: 'income entries from last month', reply: ['2,000.00'], absent: ['1,500.00'] },
  { intent: 'list_transactions', q: 'expenses over 100 this month', reply: ['120.00'], absent: ['29.99'] },
  { intent: 'list_transactions', q: 'what was the website milestone payment?', reply: ['1,500.00'] },
];

const LIST_CATEGORIES: CorpusCase[] = [
  { intent: 'list_categories', q: 'which categories have I been using?', reply: ['Software', 'Meals', 'Client work', 'Rent'] },
  { intent: 'list_categories', q: 'show me my income categories', reply: ['Client work'], absent: ['Meals'] },
  { intent: 'list_categories', q: 'categories for expenses, please', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'is there a Meals category already?', reply: ['Meals'] },
  { intent: 'list_categories', q: 'What categories exist in my books?', reply: ['Rent', 'Client work'] },
  { intent: 'list_categories', q: 'list the categorys i spend under', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'which expense category do I use most often', reply: ['Software'] },
  { intent: 'list_categories', q: 'how do I usually label my income', reply: ['Client work'] },
  { intent: 'list_categories', q: 'transaction categories?', reply: ['Software', 'Rent'] },
  { intent: 'list_categories', q: 'before I add this expense, what categories have I got?', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'what labels do my expenses use', reply: ['Meals', 'Rent'] },
  { intent: 'list_categories', q: 'give me all the categories, income and expense', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'is rent one of my categories?', reply: ['Rent'] },
];

const MONEY_TOTALS: CorpusCase[] = [
  { intent: 'money_totals', q: "what's my income so far this month", reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'how much have I spent this month in total?', reply: ['195.89'] },
  { intent: 'money_totals', q: 'profit this month?', reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'net result for last month', reply: ['1,200.00'] },
  { intent: 'money_totals', q: 'how much came in last month', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'total spent on software this month', reply: ['149.99'] },
  { intent: 'money_totals', q: 'expenses last month?', reply: ['800.00'] },
  { intent: 'money_totals', q: 'meals this month - how much?', reply: ['45.90'] },
  { intent: 'money_totals', q: 'income, expenses and net for this month please', reply: ['1,500.00', '195.89', '1,304.11'] },
  { intent: 'money_totals', q: 'how much did I earn from client work last month', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'whats the total I paid in rent last month', reply: ['800.00'] },
  { intent: 'money_totals', q: 'am I in the black this month?', reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'last month: money in vs money out', reply: ['2,000.00', '800.00'] },
];

const TOP_CATEGORIES: CorpusCase[] = [
  { intent: 'top_categories', q: 'what are my biggest costs this month?', reply: ['Software', '149.99'] },
  { intent: 'top_categories', q: 'which expense category cost me most last month?', reply: ['Rent'] },
  { intent: 'top_categories', q: 'top income categories this month', reply: ['Client work'] },
  { intent: 'top_categories', q: 'spending by category last month', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'where did my money go this month, by category', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: "what's my largest expense category overall", reply: ['Rent'] },
  { intent: 'top_categories', q: "sort this month's expense categories from highest to lowest", reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'which category do I spend the most on this month', reply: ['Software'] },
  { intent: 'top_categories', q: 'show me the top 2 spending categories this month with amounts', reply: ['149.99', '45.90'] },
  { intent: 'top_categories', q: 'biggest earning category last month', reply: ['Client work', '2,000.00'] },
  { intent: 'top_categories', q: 'top expense categorys for the month', reply: ['Software'] },
  { intent: 'top_categories', q: 'category breakdown of my spending this month pls', reply: ['Software', '149.99', 'Meals', '45.90'] },
  { intent: 'top_categories', q: 'Which categories ate most of my budget last month?', reply: ['Rent'] },
];

const CREATE_TRANSACTION: CorpusCase[] = [
  {
    intent: 'create_transaction',
    q: 'add an expense: printer ink, 38.50',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '38.50' }, record: { type: 'expense', amount: '38.50' } },
  },
  {
    intent: 'create_transaction',
    q: 'I paid 1,100 rent today',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '1100.00' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'record income of 900 from Acme',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '900.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'spent 23.40 on stamps yesterday',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '23.40', date: 'YESTERDAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'log a software expense of 49 for the CRM plan',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '49.00', category: 'Software' },
      record: { category: 'Software' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'Beacon paid me 2.5k for the audit',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '2500.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'bought train tickets, £76.20',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '76.20' } },
  },
  {
    intent: 'create_transaction',
    q: 'add 15.00 to Meals for coffee with Priya',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '15.00', category: 'Meals' } },
  },
  {
    intent: 'create_transaction',
    q: 'got 640 for the workshop tickets today',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '640.00' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'expense 199.99 - new monitor',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '199.99' } },
  },
  {
    intent: 'create_transaction',
    q: 'new income: consulting, 1,750.00',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '1750.00' }, record: { type: 'income', amount: '1750.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'how much have I spent on software this month? also add 9.99 for a font licence',
    reply: ['149.99'],
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '9.99' } },
  },
  {
    intent: 'create_transaction',
    q: 'paid eighty-five for the web domain renewal',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '85.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'cash sale 320, category Client work',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '320.00', category: 'Client work' } },
  },
];

const GET_OVERVIEW: CorpusCase[] = [
  { intent: 'get_overview', q: "how's business?", reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'give me the headlines for today', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'overview please', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'what should I worry about today? give me the overall picture', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'quick health check of the business', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'summarise where things stand', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'how am I doing this month, all in all?', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'morning - anything I should know?', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'the numbers at a glance please', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'what is the general state of my account', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'overveiw', reply: ['1,304.11'] },
  { intent: 'get_overview', q: "give me a rundown: contacts, tasks, invoices and this month's money", reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'where do we stand overall?', reply: ['1,700.00'] },
];

// --- two real readings: the answer asks back (naming them), and proposes nothing -------------

const CLARIFY: CorpusCase[] = [
  { intent: 'clarify', q: "send me daniel's details", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: "set daniel's status to active", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'quote daniel 1,000 for a workshop', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'open a deal with daniel worth 4,000', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'bill daniel for 3 hours at 100', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'pause the retainer billing', clarify: true, reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'clarify', q: 'convert the open quote to an invoice', clarify: true, reply: ['QUO-0001', 'QUO-0002'] },
  { intent: 'clarify', q: 'put 150 towards the unpaid invoice', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  {
    intent: 'clarify',
    q: 'delete the task with no due date',
    clarify: true,
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
  },
  {
    intent: 'clarify',
    q: 'mark the high priority one as done',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  { intent: 'clarify', q: 'we won the qualified deal!', clarify: true, reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'] },
  { intent: 'clarify', q: 'issue a credit note for 80', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: 'move the Casa Marquez deal', clarify: true },
  { intent: 'clarify', q: 'change the priority of the relaunch follow-up', clarify: true },
];

// --- nothing does it: the answer says so and offers what can be done (`reply`), proposing nothing ---
// Actions in the world (calls, messages, bookings) are offered as a task; deletions the tools lack, as the change they have.

const UNSUPPORTED: CorpusCase[] = [
  { intent: 'unsupported', q: 'please remove Grace Whitfield from my contacts entirely', reply: ['Grace Whitfield', 'inactive'] },
  { intent: 'unsupported', q: 'cancel invoice INV-0001, it was a mistake', reply: ['credit'] },
  { intent: 'unsupported', q: 'delete the Whitfield online shop deal', reply: ['Lost'] },
  { intent: 'unsupported', q: 'text Lukas that I am running late', reply: ['task'] },
  { intent: 'unsupported', q: 'post on our instagram that we are hiring', reply: ['task'] },
  { intent: 'unsupported', q: 'reserve a table for 4 at 7pm tonight', reply: ['task'] },
  { intent: 'unsupported', q: 'what will the euro exchange rate be next week?', reply: ['invoices'] },
  { intent: 'unsupported', q: 'tell me a joke', reply: ['invoices'] },
  { intent: 'unsupported', q: 'reset the password for Sam Lee', reply: ['settings'] },
  { intent: 'unsupported', q: 'send QUO-0001 to sofia by email', reply: ['QUO-0001'] },
  { intent: 'unsupported', q: 'combine the Acme and Beacon contacts into one', reply: ['Acme', 'Beacon'] },
  { intent: 'unsupported', q: 'make Vera an admin', reply: ['settings'] },
  { intent: 'unsupported', q: 'remove QUO-0003, grace is not interested', reply: ['QUO-0003'] },
  { intent: 'unsupported', q: 'set up a weekly recurring invoice for Acme, 200 each time', reply: ['invoice'] },
  { intent: 'unsupported', q: 'print INV-0002 and post it to Lukas', reply: ['INV-0002'] },
];

//@@SECTIONS@@

export const TUNING_3: CorpusCase[] = [
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
