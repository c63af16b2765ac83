// Over 400 lines on purpose: a corpus of requests and their expected results, data rather than logic.
import type { CorpusCase } from './types';

/**
 * The second tuning batch of the request corpus. These requests were written
 * the way people type to an assistant, by someone who never saw the engine,
 * as the set-aside part (holdout.ts, measured at 60.3 % on 2026-12-07). Once
 * measured they had been read, so they are tuning material now: the engine is
 * fixed against them like ./tuning.ts, and a fresh batch written blind takes
 * their place as corpus/holdout.ts. They run as part of the tuning part, on
 * the set-aside account (SET_ASIDE_FIXTURE in ./fixture.ts).
 *
 * Each case: `intent` is the tool the request is about, `clarify` for a
 * request with two real readings (the answer must ask back, naming them when
 * `reply` lists them), `unsupported` for something no tool does (`reply`
 * holds what the answer must offer instead). `reply` holds facts any correct
 * answer contains (amounts, names, numbers), never wording.
 *
 * Records. The data is the union of the fixtures seeded by
 * tests/integration/assistant-requests.test.ts (the nine contacts of
 * FIXTURE_CONTACTS, its six tasks, six transactions and invoices INV-0001
 * Amara $1,200.00 sent, INV-0002 Lukas $750.00 with $250.00 paid and
 * overdue, INV-0003 Priya $3,000.00 paid), assistant-documents.test.ts (its
 * Amara invoice is INV-0001; the recurring profiles: Amara monthly and Lukas
 * quarterly, $500.00 "Retainer", from 2099-01-31), assistant-time.test.ts
 * (contacts "Acme" of Acme Ltd and "Beacon" of Beacon plc; entries of the
 * asker on the 1st of this month: Acme "Design" 90 min and "Review" 45 min,
 * Beacon "Other" 600 min) and assistant-team.test.ts (members Sam Lee, a
 * member, and Vera Viewer, a viewer; the asker, ME, owns the workspace).
 * Those tests seed no quotes nor deals: SET_ASIDE_FIXTURE (./fixture.ts) lists the ones
 * these cases assume, to be created in that order (numbers QUO-0001… follow),
 * with the default pipeline stages (Lead, Qualified, Proposal, Negotiation,
 * Won, Lost). Money is USD, the time zone UTC, no timer runs at the start.
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
 * need the data reset after the case instead of an undo.
 */

// --- contacts -------------------------------------------------------------------

const GET_CONTACT: CorpusCase[] = [
  { intent: 'get_contact', q: 'could you pull up lukas brandt for me?', reply: ['Nordwerk GmbH', 'lukas.brandt@nordwerk.de'] },
  { intent: 'get_contact', q: "Amarra's phone number please", reply: ['+44 20 7946 0321'] },
  { intent: 'get_contact', q: 'What is the email address we have on file for Priya Raman?', reply: ['priya.raman@fernhill.io'] },
  { intent: 'get_contact', q: 'the owner of whitfield bakery - what is her number?', reply: ['+1 212 555 0187', 'Grace Whitfield'] },
  { intent: 'get_contact', q: "Kenji: what's his role again?", reply: ['Producer', 'Studio Kaze'] },
  { intent: 'get_contact', q: 'do i have an email for the person at casa marquez', reply: ['sofia@casamarquez.es'] },
  { intent: 'get_contact', q: 'Whats "Daniel Osei"s email', reply: ['daniel@oseiarchitects.com'], absent: ['dkim@'] },
  { intent: 'get_contact', q: 'hey, is tomas novak a customer or not?', reply: ['inactive'] },
  { intent: 'get_contact', q: 'show me the contact card of the CTO at Harborline', reply: ['Daniel Kim', '+1 415 555 0142'] },
  { intent: 'get_contact', q: 'remind me what amara does', reply: ['Creative Director'] },
  { intent: 'get_contact', q: 'sofia marquez, status?', reply: ['lead'] },
  { intent: 'get_contact', q: 'any notes about amara okafor?', reply: ['Retainer for brand work'] },
  { intent: 'get_contact', q: 'how do i reach grace whitfeild', reply: ['grace@whitfieldbakery.com'] },
  { intent: 'get_contact', before: 'who works at nordwerk?', q: 'and his email?', reply: ['lukas.brandt@nordwerk.de'] },
  {
    intent: 'get_contact',
    before: 'who are my customers',
    q: 'what is the phone number of the one at brightleaf',
    reply: ['+44 20 7946 0321'],
  },
  { intent: 'get_contact', q: 'I need Priya from Fernhill - what position does she hold there?', reply: ['Product Manager'] },
];

const SEARCH_CONTACTS: CorpusCase[] = [
  { intent: 'search_contacts', q: 'list my customers please', reply: ['Amara Okafor', 'Priya Raman'], absent: ['Lukas'] },
  { intent: 'search_contacts', q: 'Who do I know at Fernhill?', reply: ['Priya Raman'] },
  { intent: 'search_contacts', q: 'which contacts are inactive', reply: ['Tomás Novák'] },
  { intent: 'search_contacts', q: 'find everyone called daniel', reply: ['Daniel Kim', 'Daniel Osei'] },
  {
    intent: 'search_contacts',
    q: 'can you show me all my active contacts?',
    reply: ['Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Sofia Marquez'],
  },
  { intent: 'search_contacts', q: 'leads?', reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield'], absent: ['Amara'] },
  { intent: 'search_contacts', q: 'is there anyone from studio kaze in my contacts', reply: ['Kenji Watanabe'] },
  { intent: 'search_contacts', q: 'search contacts for "bakery"', reply: ['Grace Whitfield'] },
  { intent: 'search_contacts', q: 'who are the people at osei architects and harborline logistics', reply: ['Daniel Osei', 'Daniel Kim'] },
  { intent: 'search_contacts', q: 'How many customers have we got?', reply: ['Amara Okafor', 'Priya Raman'] },
  { intent: 'search_contacts', q: 'show me the contacts at nordwek gmbh', reply: ['Lukas Brandt'] },
  { intent: 'search_contacts', q: 'anyone with an email at novak.cz?', reply: ['Tomás Novák'] },
  { intent: 'search_contacts', q: 'my clients list', reply: ['Amara Okafor', 'Priya Raman'], absent: ['Grace'] },
  { intent: 'search_contacts', q: 'who is a lead at the moment? just names', reply: ['Sofia Marquez', 'Grace Whitfield'] },
];

const FIND_MENTIONS: CorpusCase[] = [
  { intent: 'find_mentions', q: 'who is this about: "Lukas said the relaunch moves to March"', reply: ['Lukas Brandt'] },
  {
    intent: 'find_mentions',
    q: 'which of my contacts are mentioned in: met priya and sofia at the expo, both keen',
    reply: ['Priya Raman', 'Sofia Marquez'],
  },
  {
    intent: 'find_mentions',
    q: 'I got a message "hi, Kenji here from Studio Kaze, can we talk friday?" - do I know him?',
    reply: ['Kenji Watanabe'],
  },
  { intent: 'find_mentions', q: 'does this ring a bell: "Okafor / Brightleaf, invoice query"', reply: ['Amara Okafor'] },
  { intent: 'find_mentions', q: 'who in my contacts does this note refer to: "call Marquez re: tiles"', reply: ['Sofia Marquez'] },
  {
    intent: 'find_mentions',
    q: 'email from tomas at novak & syn asking for a discount - who is that?',
    reply: ['Tomás Novák', 'inactive'],
  },
  {
    intent: 'find_mentions',
    q: 'Meeting notes: Grace wants a new logo, Amara will send briefs. Which contacts are these?',
    reply: ['Grace Whitfield', 'Amara Okafor'],
  },
  { intent: 'find_mentions', q: 'who is "P. Raman from Fernhill"', reply: ['Priya Raman'] },
  { intent: 'find_mentions', q: 'the voicemail said "this is brandt from nordwerk" - who was it?', reply: ['Lukas Brandt'] },
  {
    intent: 'find_mentions',
    q: 'spot the contacts in this: Harborline wants a call; Osei Architects sent drawings',
    reply: ['Daniel Kim', 'Daniel Osei'],
  },
  { intent: 'find_mentions', q: 'who is watanbe?', reply: ['Kenji Watanabe'] },
  { intent: 'find_mentions', q: 'which contact would "Casa M." be?', reply: ['Sofia Marquez'] },
  { intent: 'find_mentions', q: 'a card on my desk says "G. Whitfield, bakery" - is she in my contacts?', reply: ['Grace Whitfield'] },
];

const CREATE_CONTACT: CorpusCase[] = [
  {
    intent: 'create_contact',
    q: 'add Jo Bloggs from Acme Ltd',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Jo', last_name: 'Bloggs', company: 'Acme Ltd' },
      record: { company: 'Acme Ltd' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Please add a contact: Hannah Schmidt at Bergmann AG, hannah@bergmann.de',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Hannah', last_name: 'Schmidt', company: 'Bergmann AG', email: 'hannah@bergmann.de' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new client - Ravi Patel (ravi@patelco.in), owner of Patel & Co',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Ravi', last_name: 'Patel', email: 'ravi@patelco.in', company: 'Patel & Co', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'can you save "Mia Chen" with phone 07911 123456',
    propose: { tool: 'create_contact', args: { first_name: 'Mia', last_name: 'Chen', phone: '07911 123456' } },
  },
  {
    intent: 'create_contact',
    q: 'i met lena fischer with Fischer Bau today, add her as a lead',
    propose: { tool: 'create_contact', args: { first_name: 'Lena', last_name: 'Fischer', company: 'Fischer Bau', status: 'lead' } },
  },
  {
    intent: 'create_contact',
    q: "Create a contact for Omar Haddad. He's Sales Director at Dune Media.",
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Omar', last_name: 'Haddad', position: 'Sales Director', company: 'Dune Media' },
    },
  },
  {
    intent: 'create_contact',
    q: 'add contact: Beatriz Lopes, beatriz.lopes@lopes.pt, +351 912 345 678',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Beatriz', last_name: 'Lopes', email: 'beatriz.lopes@lopes.pt', phone: '+351 912 345 678' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Add Noah Williams as a customer, he works at Williams Joinery',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Noah', last_name: 'Williams', company: 'Williams Joinery', status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: "what's Sofia's email? also add her colleague Pablo Ruiz from Casa Marquez",
    reply: ['sofia@casamarquez.es'],
    propose: { tool: 'create_contact', args: { first_name: 'Pablo', last_name: 'Ruiz', company: 'Casa Marquez' } },
  },
  {
    intent: 'create_contact',
    q: 'hey can u add a new prospect, Ella Novak, ella@novak-design.com',
    propose: { tool: 'create_contact', args: { first_name: 'Ella', last_name: 'Novak', email: 'ella@novak-design.com', status: 'lead' } },
  },
  {
    intent: 'create_contact',
    q: 'Save Yusuf Demir - Demir Textiles - yusuf@demirtextiles.com.tr',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Yusuf', last_name: 'Demir', company: 'Demir Textiles', email: 'yusuf@demirtextiles.com.tr' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new contact Zoe Martin with Beacon plc',
    propose: { tool: 'create_contact', args: { first_name: 'Zoe', last_name: 'Martin', company: 'Beacon plc' } },
  },
  {
    intent: 'create_contact',
    q: 'I need to add someone: Karl Weber, CFO, Weber Logistik',
    propose: { tool: 'create_contact', args: { first_name: 'Karl', last_name: 'Weber', position: 'CFO', company: 'Weber Logistik' } },
  },
  {
    intent: 'create_contact',
    q: 'add Lucy Grant at Grant Catering as an active contact',
    propose: { tool: 'create_contact', args: { first_name: 'Lucy', last_name: 'Grant', company: 'Grant Catering', status: 'active' } },
  },
  {
    intent: 'create_contact',
    before: 'add a contact',
    q: 'Felix Braun, felix@braun.at',
    propose: { tool: 'create_contact', args: { first_name: 'Felix', last_name: 'Braun', email: 'felix@braun.at' } },
  },
];

const UPDATE_CONTACT: CorpusCase[] = [
  {
    intent: 'update_contact',
    q: 'set the status of Sofia Marquez to customer',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Sofia Marquez', changes: { status: 'customer' } },
      record: { first_name: 'Sofia', status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: "Lukas's new number is +49 30 555 0199",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Lukas Brandt', changes: { phone: '+49 30 555 0199' } } },
  },
  {
    intent: 'update_contact',
    q: 'change the email of priya to priya@fernhill.com',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { email: 'priya@fernhill.com' } } },
  },
  {
    intent: 'update_contact',
    q: 'Could you update Grace: she is now Managing Director',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Grace Whitfield', changes: { position: 'Managing Director' } } },
  },
  {
    intent: 'update_contact',
    q: 'kenji moved from Studio Kaze to Kaze Pictures',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Kenji Watanabe', changes: { company: 'Kaze Pictures' } } },
  },
  {
    intent: 'update_contact',
    q: 'make amara okafor inactive',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Amara Okafor', changes: { status: 'inactive' } },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'update_contact',
    q: 'tomas novak is back, mark him as active',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Tomás Novák', changes: { status: 'active' } } },
  },
  {
    intent: 'update_contact',
    q: 'Daniel Osei is a customer now',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Osei', changes: { status: 'customer' } } },
  },
  {
    intent: 'update_contact',
    q: "update daniel kim's phone to (415) 555-0199",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Kim', changes: { phone: '(415) 555-0199' } } },
  },
  {
    intent: 'update_contact',
    before: 'who is sofia marquez',
    q: 'change her email to hola@casamarquez.es',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Sofia Marquez', changes: { email: 'hola@casamarquez.es' } } },
  },
  {
    intent: 'update_contact',
    q: 'Sofia Marquez: new email sofia.m@casamarquez.es',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Sofia Marquez', changes: { email: 'sofia.m@casamarquez.es' } } },
  },
  {
    intent: 'update_contact',
    q: 'please change the company of lukas brandt to Nordwerk AG',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Lukas Brandt', changes: { company: 'Nordwerk AG' } } },
  },
  {
    intent: 'update_contact',
    q: "Priya's job title should be Head of Product",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { position: 'Head of Product' } } },
  },
  {
    intent: 'update_contact',
    q: 'mark the guy at harborline as a customer',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Kim', changes: { status: 'customer' } } },
  },
];

const ADD_NOTE: CorpusCase[] = [
  {
    intent: 'add_note',
    q: 'note on lukas: prefers email over phone',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt', body: 'Prefers email over phone' } },
  },
  {
    intent: 'add_note',
    q: 'add a note to Priya Raman: wants the Q3 report early',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'Wants the Q3 report early' } },
  },
  {
    intent: 'add_note',
    q: 'note for grace whitfield - bakery opens a second shop in spring',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield', body: 'Bakery opens a second shop in spring' } },
  },
  {
    intent: 'add_note',
    q: 'jot down on kenji\'s file: "Prefers video calls"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Kenji Watanabe', body: 'Prefers video calls' } },
  },
  {
    intent: 'add_note',
    q: 'Sofia Marquez - note: budget approved for the website',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Sofia Marquez', body: 'Budget approved for the website' } },
  },
  {
    intent: 'add_note',
    q: "please write on daniel osei's timeline that we met at the RIBA fair",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei', body: 'We met at the RIBA fair' } },
  },
  {
    intent: 'add_note',
    q: 'log a note against amara: happy with the retainer, wants to add social media',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Amara Okafor', body: 'Happy with the retainer, wants to add social media' },
      record: { body: 'Happy with the retainer, wants to add social media' },
    },
  },
  {
    intent: 'add_note',
    before: 'tell me about daniel kim',
    q: 'add a note to him: interested in a second warehouse app',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Kim', body: 'Interested in a second warehouse app' } },
  },
  {
    intent: 'add_note',
    q: 'Tomás Novák note "Asked to be contacted again in January"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Tomás Novák', body: 'Asked to be contacted again in January' } },
  },
  {
    intent: 'add_note',
    q: 'remember for lukas brandt that his assistant is called Petra',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt', body: 'His assistant is called Petra' } },
  },
  {
    intent: 'add_note',
    q: "add to priya's notes: renewal due in march",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'Renewal due in march' } },
  },
  {
    intent: 'add_note',
    q: 'Note on Acme: wants invoices in PDF only',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Acme', body: 'Wants invoices in PDF only' } },
  },
  {
    intent: 'add_note',
    q: 'can you add a note on Beacon plc - they pay late, ask for a deposit',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Beacon', body: 'They pay late, ask for a deposit' } },
  },
];

// --- tasks and the team --------------------------------------------------------------

const LIST_TASKS: CorpusCase[] = [
  { intent: 'list_tasks', q: "what's on my plate today?", reply: ['Send the retainer report'], absent: ['Renew the domain'] },
  { intent: 'list_tasks', q: 'any overdue todos?', reply: ['Follow up on the relaunch proposal'], absent: ['Renew the domain'] },
  { intent: 'list_tasks', q: 'show me tasks for lukas', reply: ['Follow up on the relaunch proposal'], absent: ['retainer'] },
  {
    intent: 'list_tasks',
    q: 'Which tasks are high priority?',
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
    absent: ['Renew the domain'],
  },
  { intent: 'list_tasks', q: 'what do I need to do tomorrow', reply: ['Call Grace about the bakery website'] },
  { intent: 'list_tasks', q: 'list open tasks', reply: ['Prepare quarterly taxes', 'Renew the domain'], absent: ['storyboard'] },
  { intent: 'list_tasks', q: 'did i finish the storyboard for kenji?', reply: ['Send Kenji the storyboard', 'completed'] },
  { intent: 'list_tasks', q: 'Tasks with Amara?', reply: ['Send the retainer report'], absent: ['Grace'] },
  { intent: 'list_tasks', q: 'is there a task about the domain', reply: ['Renew the domain'] },
  { intent: 'list_tasks', q: "what have I got that's low priority", reply: ['Renew the domain'], absent: ['retainer'] },
  { intent: 'list_tasks', q: 'show completed tasks', reply: ['Send Kenji the storyboard'], absent: ['Prepare quarterly taxes'] },
  { intent: 'list_tasks', q: 'my to-do list please', reply: ['Prepare quarterly taxes', 'Call Grace about the bakery website'] },
  { intent: 'list_tasks', q: "what's due in the next two weeks?", reply: ['Renew the domain'] },
  { intent: 'list_tasks', q: 'hey what am i supposed to do for grace whitfield', reply: ['Call Grace about the bakery website'] },
];

const CREATE_TASK: CorpusCase[] = [
  {
    intent: 'create_task',
    q: "show me Lukas's overdue invoice and remind me to chase him on monday",
    reply: ['INV-0002'],
    propose: { tool: 'create_task', args: { due_on: 'NEXT_MONDAY', contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'create_task',
    q: 'remind me to call Lukas tomorrow',
    propose: { tool: 'create_task', args: { title: 'Call Lukas', due_on: 'TOMORROW' }, record: { status: 'pending' } },
  },
  {
    intent: 'create_task',
    q: 'Could you add a task to send Sofia the revised quote by next friday?',
    propose: { tool: 'create_task', args: { title: 'Send Sofia the revised quote', due_on: 'NEXT_FRIDAY' } },
  },
  {
    intent: 'create_task',
    q: 'todo: order new business cards',
    propose: { tool: 'create_task', args: { title: 'Order new business cards' } },
  },
  {
    intent: 'create_task',
    q: 'new task "Book the venue" for next tuesday, high priority',
    propose: {
      tool: 'create_task',
      args: { title: 'Book the venue', due_on: 'NEXT_TUESDAY', priority: 'high' },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'create_task',
    q: 'remind me tomorrow at 3pm to chase the Harborline contract',
    propose: { tool: 'create_task', args: { title: 'Chase the Harborline contract', due_date: 'TOMORROW_15' } },
  },
  {
    intent: 'create_task',
    q: 'i need to renew the van insurance in 2 weeks',
    propose: { tool: 'create_task', args: { title: 'Renew the van insurance', due_on: 'IN_14_DAYS' } },
  },
  {
    intent: 'create_task',
    q: "what's Lukas's email, and remind me to email him tomorrow",
    reply: ['lukas.brandt@nordwerk.de'],
    propose: { tool: 'create_task', args: { due_on: 'TOMORROW', contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'create_task',
    q: 'add a low priority task: tidy the shared drive',
    propose: { tool: 'create_task', args: { title: 'Tidy the shared drive', priority: 'low' } },
  },
  {
    intent: 'create_task',
    q: 'Please create a task for Sam to update the price list',
    propose: {
      tool: 'create_task',
      args: { title: 'Update the price list', assignee_id: '@member:Sam Lee' },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_task',
    q: 'task for priya raman: prepare the renewal offer, due in 5 days',
    propose: {
      tool: 'create_task',
      args: { title: 'Prepare the renewal offer', contact_id: '@contact:Priya Raman', due_on: 'IN_5_DAYS' },
    },
  },
  {
    intent: 'create_task',
    q: "Don't let me forget to pay the VAT tomorow",
    propose: { tool: 'create_task', args: { title: 'Pay the VAT', due_on: 'TOMORROW' } },
  },
  {
    intent: 'create_task',
    q: 'add "Check the lease" to my todo list',
    propose: { tool: 'create_task', args: { title: 'Check the lease' } },
  },
  {
    intent: 'create_task',
    q: 'put a reminder in for today to back up the laptop',
    propose: { tool: 'create_task', args: { title: 'Back up the laptop', due_on: 'TODAY' } },
  },
  {
    intent: 'create_task',
    q: 'tomorrow 15:00 - dentist',
    propose: { tool: 'create_task', args: { title: 'Dentist', due_date: 'TOMORROW_15' } },
  },
  {
    intent: 'create_task',
    q: 'can you make me a to-do for next monday to send the newsletter?',
    propose: { tool: 'create_task', args: { title: 'Send the newsletter', due_on: 'NEXT_MONDAY' } },
  },
];

const UPDATE_TASK: CorpusCase[] = [
  {
    intent: 'update_task',
    q: 'set the priority of renew the domain to high',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { priority: 'high' } },
      record: { title: 'Renew the domain', priority: 'high' },
    },
  },
  {
    intent: 'update_task',
    q: 'change the due date of the quarterly taxes task to next friday',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { due_on: 'NEXT_FRIDAY' } } },
  },
  {
    intent: 'update_task',
    q: 'I called Grace about the website, you can tick that off',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Call Grace about the bakery website', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'the retainer report is done!',
    propose: { tool: 'update_task', args: { task_id: '@task:Send the retainer report', changes: { status: 'completed' } } },
  },
  {
    intent: 'update_task',
    q: 'make "Follow up on the relaunch proposal" low priority',
    propose: { tool: 'update_task', args: { task_id: '@task:Follow up on the relaunch proposal', changes: { priority: 'low' } } },
  },
  {
    intent: 'update_task',
    q: 'push the domain renewal to next monday',
    propose: { tool: 'update_task', args: { task_id: '@task:Renew the domain', changes: { due_on: 'NEXT_MONDAY' } } },
  },
  {
    intent: 'update_task',
    q: 'assign the quarterly taxes to Sam',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Prepare quarterly taxes', changes: { assignee_id: '@member:Sam Lee' } },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'update_task',
    before: 'remind me to order printer paper',
    q: 'give it to Sam',
    propose: { tool: 'update_task', args: { task_id: '@task:Order printer paper', changes: { assignee_id: '@member:Sam Lee' } } },
  },
  {
    intent: 'update_task',
    q: 'rename the task "Prepare quarterly taxes" to "Prepare Q4 taxes"',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Prepare quarterly taxes', changes: { title: 'Prepare Q4 taxes' } },
      record: { title: 'Prepare Q4 taxes' },
    },
  },
  {
    intent: 'update_task',
    q: 'reopen the kenji storyboard task',
    propose: { tool: 'update_task', args: { task_id: '@task:Send Kenji the storyboard', changes: { status: 'pending' } } },
  },
  {
    intent: 'update_task',
    q: 'mark follow up on the relaunch proposal as in progress',
    propose: { tool: 'update_task', args: { task_id: '@task:Follow up on the relaunch proposal', changes: { status: 'in_progress' } } },
  },
  {
    intent: 'update_task',
    q: 'the retainer report can wait until tomorrow',
    propose: { tool: 'update_task', args: { task_id: '@task:Send the retainer report', changes: { due_on: 'TOMORROW' } } },
  },
  {
    intent: 'update_task',
    q: 'Sam should do the bakery website call',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Call Grace about the bakery website', changes: { assignee_id: '@member:Sam Lee' } },
    },
  },
  {
    intent: 'update_task',
    before: "what's due today?",
    q: 'make that one low priority',
    propose: { tool: 'update_task', args: { task_id: '@task:Send the retainer report', changes: { priority: 'low' } } },
  },
  {
    intent: 'update_task',
    q: 'Change the priority on the domain task from low to medium, please',
    propose: { tool: 'update_task', args: { task_id: '@task:Renew the domain', changes: { priority: 'medium' } } },
  },
];

const DELETE_TASK: CorpusCase[] = [
  {
    intent: 'delete_task',
    q: 'delete the domain renewal task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'please remove "Prepare quarterly taxes" from my list',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: "get rid of the storyboard task, it's old",
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'trash the follow up on the relaunch proposal task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'Delete task: Send the retainer report',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    before: 'show my low priority tasks',
    q: 'delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'can you delete the bakery website call',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
  {
    intent: 'delete_task',
    q: 'my accountant does the quarterly taxes now, so delete that task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
  {
    intent: 'delete_task',
    q: 'remove the todo about renewing the domain',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    before: 'did I send kenji the storyboard?',
    q: 'ok, delete that task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'erase the relaunch follow-up task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'Delete "Renew the domain" please',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'scratch the retainer report task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
];

const LIST_MEMBERS: CorpusCase[] = [
  { intent: 'list_members', q: "who's on my team?", reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'list the members of this workspace', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'what role does Vera have', reply: ['viewer'] },
  { intent: 'list_members', q: 'is sam an admin?', reply: ['member'] },
  { intent: 'list_members', q: 'who can I assign tasks to', reply: ['Sam Lee'] },
  { intent: 'list_members', q: 'show me everyone who has access', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'how many people are in the workspace?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'team members and their roles pls', reply: ['Sam Lee', 'member', 'Vera Viewer', 'viewer'] },
  { intent: 'list_members', q: 'who else uses ledgerly here', reply: ['Sam Lee'] },
  { intent: 'list_members', q: 'Is Vera Viewer allowed to edit things?', reply: ['viewer'] },
  { intent: 'list_members', q: 'Which users are in my account?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: "who am I in this workspace, what's my role", reply: ['owner'] },
  { intent: 'list_members', q: 'do we have someone called Sam on the team', reply: ['Sam Lee'] },
];

// --- invoices, payments and credit notes ----------------------------------------------

const LIST_INVOICES: CorpusCase[] = [
  {
    intent: 'list_invoices',
    q: 'how much money is still to come in from invoices, and from whom?',
    reply: ['INV-0001', 'INV-0002', '1,700.00'],
    absent: ['INV-0003'],
  },
  { intent: 'list_invoices', q: 'show overdue invoices', reply: ['INV-0002', 'Lukas Brandt', '500.00'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'what invoices have i sent to amara', reply: ['INV-0001'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'list my unpaid invoices pls', reply: ['INV-0001', 'INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'Which invoices are paid?', reply: ['INV-0003', 'Priya Raman'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'Has Priya paid her invoice?', reply: ['INV-0003', 'paid'] },
  { intent: 'list_invoices', q: 'outstanding invoices for Nordwerk', reply: ['INV-0002', '500.00'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'how much is outstanding in total across invoices?', reply: ['1,700.00'] },
  { intent: 'list_invoices', q: 'any invoices past their due date?', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: "show me lukas's invoices", reply: ['INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'all invoices', reply: ['INV-0001', 'INV-0002', 'INV-0003'] },
  { intent: 'list_invoices', q: "Which clients haven't paid yet?", reply: ['Amara Okafor', 'Lukas Brandt'], absent: ['Priya'] },
  { intent: 'list_invoices', q: 'invoices fernhill', reply: ['INV-0003'] },
];

const GET_INVOICE: CorpusCase[] = [
  { intent: 'get_invoice', q: 'what did I bill on INV-0002?', reply: ['Relaunch workshop', '750.00'] },
  { intent: 'get_invoice', q: 'how much is left to pay on invoice 2', reply: ['500.00'] },
  { intent: 'get_invoice', q: 'details of inv-0001 please', reply: ['Brand retainer', '1,200.00'] },
  { intent: 'get_invoice', q: 'open invoice #3', reply: ['INV-0003', '3,000.00'] },
  { intent: 'get_invoice', q: 'was INV-0003 paid in full?', reply: ['paid', '3,000.00'] },
  { intent: 'get_invoice', q: 'when is INV-0001 due, and who is it for', reply: ['INV-0001', 'Amara Okafor'] },
  { intent: 'get_invoice', q: 'Who is invoice 0002 for?', reply: ['Lukas Brandt'] },
  { intent: 'get_invoice', q: 'how much has lukas paid on INV-0002 so far', reply: ['250.00'] },
  { intent: 'get_invoice', before: 'show overdue invoices', q: 'what items are on it?', reply: ['Relaunch workshop'] },
  { intent: 'get_invoice', q: 'INV-0001 - total?', reply: ['1,200.00'] },
  { intent: 'get_invoice', q: 'give me the balance of invoice no. 1', reply: ['1,200.00'] },
  { intent: 'get_invoice', q: 'whats the status of invocie 2', reply: ['overdue'] },
  { intent: 'get_invoice', before: "show me lukas's invoices", q: 'how much is still open on that invoice?', reply: ['500.00'] },
];

const CREATE_INVOICE: CorpusCase[] = [
  {
    intent: 'create_invoice',
    q: 'invoice Daniel Kim 3 days of consulting at 600 a day',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'Consulting', quantity: '3', unit_price: '600.00' }] },
      record: { status: 'draft', total_amount: '1800.00', contact_name: 'Daniel Kim' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Could you draft an invoice for Grace Whitfield: website design, $1,800',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Website design', quantity: '1', unit_price: '1800.00' }] },
      record: { total_amount: '1800.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill priya 12 hours of data analysis at 110/hour',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Data analysis', quantity: '12', unit_price: '110.00' }] },
      record: { total_amount: '1320.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'new invoice for Kenji Watanabe - storyboard revisions 450',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Kenji Watanabe',
        items: [{ description: 'Storyboard revisions', quantity: '1', unit_price: '450.00' }],
      },
    },
  },
  {
    intent: 'create_invoice',
    q: 'make an invoice to Acme for 2.5k, logo design',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Logo design', quantity: '1', unit_price: '2500.00' }] },
      record: { total_amount: '2500.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice sofia €1,200 for the photo shoot',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Photo shoot', quantity: '1', unit_price: '1200.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Invoice Beacon plc for 20 hrs of support at 75 each',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Support', quantity: '20', unit_price: '75.00' }] },
      record: { total_amount: '1500.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'i need to bill lukas brandt for 4 days of workshops at 1,250.00 per day',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ description: 'Workshops', quantity: '4', unit_price: '1250.00' }] },
      record: { total_amount: '5000.00' },
    },
  },
  {
    intent: 'create_invoice',
    before: 'who is daniel osei',
    q: 'invoice him 900 for the site survey',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: 'Site survey', quantity: '1', unit_price: '900.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'draft invoice: Amara Okafor, 1 x Brand workshop @ 950',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Brand workshop', quantity: '1', unit_price: '950.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'send a bill to tomas novak for translation, 320 dollars',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Translation', quantity: '1', unit_price: '320.00' }] },
      record: { status: 'draft' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Can you invoice Harborline 6 hours of API work at $140?',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'API work', quantity: '6', unit_price: '140.00' }] },
      record: { total_amount: '840.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice grace 2 things: logo 500 and business cards 150',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Grace Whitfield',
        items: [
          { description: 'Logo', quantity: '1', unit_price: '500.00' },
          { description: 'Business cards', quantity: '1', unit_price: '150.00' },
        ],
      },
      record: { total_amount: '650.00' },
    },
  },
];

const RECORD_PAYMENT: CorpusCase[] = [
  {
    intent: 'record_payment',
    q: 'amara paid INV-0001',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { amount: '1200.00', invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'Lukas just paid the rest of his invoice',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'record a payment of 300 on invoice 2',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '300.00' },
      record: { invoice: { balance_due: '200.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'got $600 from amara against inv-0001',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '600.00' } },
  },
  {
    intent: 'record_payment',
    q: 'mark invoice 0001 as paid',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'INV-0002 was paid yesterday',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00', date: 'YESTERDAY' } },
  },
  {
    intent: 'record_payment',
    before: 'which invoices are overdue?',
    q: 'mark it paid',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Nordwerk sent 250 towards INV-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '250.00' },
      record: { invoice: { balance_due: '250.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: "received payment in full for amara okafor's invoice",
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'log a part payment of 1.000,00 on INV-0001',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1000.00' },
      record: { invoice: { balance_due: '200.00' } },
    },
  },
  {
    intent: 'record_payment',
    before: "show me lukas's invoices",
    q: 'he paid 100 of that invoice today',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '100.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Please record that INV-0002 has been settled.',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'payment received: €450 on invoice 1',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '450.00' } },
  },
];

const CREDIT_INVOICE: CorpusCase[] = [
  {
    intent: 'credit_invoice',
    q: 'issue a credit note of 200 on INV-0001 for the cancelled session',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '200.00', reason: 'the cancelled session' },
      record: { total_amount: '200.00', invoice: { balance_due: '1000.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit amara 150 on her retainer invoice',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '150.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'Can you credit INV-0002 by 100? they were unhappy with one workshop',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '100.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'refund priya 500 on INV-0003',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '500.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'give lukas a credit of $75.50 on invoice 2',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '75.50' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note for INV-0003, 3000, project cancelled',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '3000.00' }, record: { total_amount: '3000.00' } },
  },
  {
    intent: 'credit_invoice',
    before: "show me amara's invoices",
    q: 'credit 250 on that one',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '250.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'we overcharged Priya by 300 on INV-0003 - credit it and pay her back',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '300.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'raise a credit note against inv 1 for 1,200 (the whole invoice)',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { invoice: { balance_due: '0.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'INV-0002: credit 50 for the late delivery',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '50.00', reason: 'the late delivery' } },
  },
  {
    intent: 'credit_invoice',
    q: 'please take 99.99 off invoice 0001 with a credit note',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '99.99' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit 10% of INV-0001',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '120.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'Issue a partial credit: INV-0003, €400, wrong rate applied',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '400.00' } },
  },
];

// --- recurring invoices and quotes -------------------------------------------------------

const LIST_RECURRING_INVOICES: CorpusCase[] = [
  { intent: 'list_recurring_invoices', q: 'what recurring invoices do i have', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'which clients get a monthly invoice automatically?', reply: ['Amara Okafor'] },
  { intent: 'list_recurring_invoices', q: 'show the retainers that bill automatically', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'how often is lukas invoiced automatically?', reply: ['quarterly'] },
  { intent: 'list_recurring_invoices', q: 'list active recurring invoices', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: "when does amara's recurring invoice go out next?", reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'Recurring billing - who is on it?', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: "how much is lukas's recurring invoice for", reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'do i have a repeating invoice for amara', reply: ['monthly'] },
  { intent: 'list_recurring_invoices', q: 'show the recurring profiles', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'which recurring invoices run every quarter?', reply: ['Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'what are my retainers invoiced each month and each quarter', reply: ['monthly', 'quarterly'] },
  {
    intent: 'list_recurring_invoices',
    before: 'pause my recurring invoice',
    q: 'which ones are there?',
    reply: ['Amara Okafor', 'Lukas Brandt'],
  },
];

const PAUSE_RECURRING_INVOICE: CorpusCase[] = [
  {
    intent: 'pause_recurring_invoice',
    q: "pause amara's monthly invoice",
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Amara Okafor' },
      record: { status: 'paused', contact_name: 'Amara Okafor' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'stop billing lukas every quarter for now',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'Could you put the recurring invoice for Nordwerk on hold?',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'hold the recurring invoice for brightleaf studio',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
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
    q: "suspend Okafor's retainer invoicing",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'no more automatic invoices to lukas brandt until further notice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'Amara is on holiday for 2 months, pause her recurring invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'pause my recurring invoice',
    q: "lukas's",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the recurring invoice for amarra',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'freeze the monthly retainer invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'can u pause the repeating invoice we send nordwerk',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
];

const LIST_QUOTES: CorpusCase[] = [
  { intent: 'list_quotes', q: 'show my quotes', reply: ['QUO-0001', 'QUO-0002', 'QUO-0003', 'QUO-0004'] },
  { intent: 'list_quotes', q: 'which quotes are still open?', reply: ['QUO-0001', 'QUO-0002'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'did Daniel Osei accept the quote?', reply: ['QUO-0002', 'accepted'] },
  { intent: 'list_quotes', q: 'what did we quote sofia', reply: ['4,800.00'] },
  { intent: 'list_quotes', q: 'any declined quotes', reply: ['QUO-0004', 'Kenji Watanabe'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'draft quotes?', reply: ['QUO-0003', 'Grace Whitfield'], absent: ['QUO-0002'] },
  { intent: 'list_quotes', q: 'list estimates for grace', reply: ['QUO-0003', '2,200.00'] },
  { intent: 'list_quotes', q: 'quotes we sent that are waiting for an answer', reply: ['QUO-0001'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'how much is quo 2 worth', reply: ['2,850.00'] },
  { intent: 'list_quotes', q: 'Which quotes were accepted?', reply: ['QUO-0002'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'status of the quote for casa marquez', reply: ['QUO-0001', 'sent'] },
  { intent: 'list_quotes', q: "what's the total of the quote we sent kenji?", reply: ['1,600.00'] },
  { intent: 'list_quotes', q: 'show me the quotations', reply: ['QUO-0001', 'QUO-0003'] },
];

const CREATE_QUOTE: CorpusCase[] = [
  {
    intent: 'create_quote',
    q: 'quote sofia 3,500 for a logo refresh',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Logo refresh', quantity: '1', unit_price: '3500.00' }] },
      record: { status: 'draft', total_amount: '3500.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'Could you prepare a quote for Daniel Kim: 40 hours of development at 120?',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'Development', quantity: '40', unit_price: '120.00' }] },
      record: { total_amount: '4800.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'draft an estimate for Grace Whitfield for 12 product photos at 45 each',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Product photos', quantity: '12', unit_price: '45.00' }] },
      record: { total_amount: '540.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new quote for Acme - brand workshop, 1800',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Brand workshop', quantity: '1', unit_price: '1800.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'send priya a quotation for 3 months of support at 900 per month',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Support', quantity: '3', unit_price: '900.00' }] },
      record: { total_amount: '2700.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote lukas brandt 2 days of workshops at 1,100 a day, valid until next friday',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Lukas Brandt',
        valid_until: 'NEXT_FRIDAY',
        items: [{ description: 'Workshops', quantity: '2', unit_price: '1100.00' }],
      },
    },
  },
  {
    intent: 'create_quote',
    before: 'who is kenji watanabe',
    q: 'quote him 2k for the title animation rework',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Kenji Watanabe',
        items: [{ description: 'Title animation rework', quantity: '1', unit_price: '2000.00' }],
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'I want to quote Beacon for 25 hours consulting @ 95',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Consulting', quantity: '25', unit_price: '95.00' }] },
      record: { total_amount: '2375.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'make a quote: Tomás Novák, translation of the catalogue, 780',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Tomás Novák',
        items: [{ description: 'Translation of the catalogue', quantity: '1', unit_price: '780.00' }],
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'estimate for osei architects: 3D renders x4 at 350',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: '3D renders', quantity: '4', unit_price: '350.00' }] },
      record: { total_amount: '1400.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote amara okafor 2,400 for the social media pack',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Social media pack', quantity: '1', unit_price: '2400.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'Put together a quote for Harborline Logistics, fleet dashboard, 6500 dollars',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'Fleet dashboard', quantity: '1', unit_price: '6500.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote grace: website 1500 and hosting for a year 240',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Grace Whitfield',
        items: [
          { description: 'Website', quantity: '1', unit_price: '1500.00' },
          { description: 'Hosting for a year', quantity: '1', unit_price: '240.00' },
        ],
      },
      record: { total_amount: '1740.00' },
    },
  },
];

/** A conversion cannot be undone: the harness resets the data after each (see the top). */
const CONVERT_QUOTE: CorpusCase[] = [
  {
    intent: 'convert_quote',
    q: 'turn QUO-0002 into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'Sofia said yes - convert her quote to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  { intent: 'convert_quote', q: 'convert quote 1', propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } } },
  {
    intent: 'convert_quote',
    q: 'invoice the accepted quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'make an invoice out of the osei quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'can you convert quo-0001 into an invoice please',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    before: 'which quotes were accepted?',
    q: 'convert it to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'Daniel Osei approved the drawings quote, bill him for it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'create the invoice from the Casa Marquez quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'QUO-0002 -> invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    before: 'what did we quote sofia',
    q: 'turn that into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'the website redesign quote got accepted, please convert it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert the quote for the office fit-out drawings to a draft invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00' } },
  },
];

// --- deals ---------------------------------------------------------------------------

const LIST_DEAL_STAGES: CorpusCase[] = [
  {
    intent: 'list_deal_stages',
    q: 'what stages does my pipeline have?',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'list the deal stages', reply: ['Qualified', 'Proposal', 'Negotiation'] },
  { intent: 'list_deal_stages', q: 'what comes after Proposal in the pipeline?', reply: ['Negotiation'] },
  { intent: 'list_deal_stages', q: "what's the probability for the negotiation stage", reply: ['75'] },
  { intent: 'list_deal_stages', q: 'how many stages are in my sales pipeline and what are they called', reply: ['Lead', 'Lost'] },
  { intent: 'list_deal_stages', q: 'show me the columns of the deals board', reply: ['Qualified', 'Won'] },
  { intent: 'list_deal_stages', q: 'which stage means a deal is lost', reply: ['Lost'] },
  { intent: 'list_deal_stages', q: 'Pipeline stages + win probability pls', reply: ['Qualified', '25', 'Proposal', '50'] },
  { intent: 'list_deal_stages', q: 'what stage do new deals start in', reply: ['Lead'] },
  {
    intent: 'list_deal_stages',
    q: 'what are the steps of a deal, from first contact to won?',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won'],
  },
  { intent: 'list_deal_stages', q: 'how likely is a deal in qualified to close?', reply: ['25'] },
  { intent: 'list_deal_stages', q: "what's the stage before won", reply: ['Negotiation'] },
  { intent: 'list_deal_stages', q: 'which stages count as closed?', reply: ['Won', 'Lost'] },
];

const LIST_DEALS: CorpusCase[] = [
  { intent: 'list_deals', q: 'show my deals', reply: ['Casa Marquez website', 'Fernhill data platform', 'Whitfield online shop'] },
  { intent: 'list_deals', q: "what's in negotiation?", reply: ['Osei office drawings'], absent: ['Casa Marquez website'] },
  { intent: 'list_deals', q: 'which deals are at proposal stage', reply: ['Casa Marquez website'], absent: ['Osei office drawings'] },
  { intent: 'list_deals', q: 'any deals with Priya?', reply: ['Fernhill data platform', '12,000.00'] },
  { intent: 'list_deals', q: 'how much is the nordwerk deal worth', reply: ['9,500.00'] },
  {
    intent: 'list_deals',
    q: 'deals in qualified',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Whitfield online shop'],
  },
  { intent: 'list_deals', q: 'list the pipeline please', reply: ['Whitfield online shop', 'Osei office drawings'] },
  { intent: 'list_deals', q: 'which stage is the Whitfield shop deal in?', reply: ['Lead'] },
  { intent: 'list_deals', q: 'what deals do I have with grace whitfield', reply: ['Whitfield online shop'], absent: ['Fernhill'] },
  { intent: 'list_deals', q: 'Where is the Casa Marquez deal at?', reply: ['Proposal'] },
  { intent: 'list_deals', q: 'deals in the lead stage', reply: ['Whitfield online shop'], absent: ['Fernhill data platform'] },
  { intent: 'list_deals', q: "what's the value of the osei deal", reply: ['2,850.00'] },
  { intent: 'list_deals', before: 'show my deals', q: 'which of them is the biggest?', reply: ['Fernhill data platform'] },
];

const CREATE_DEAL: CorpusCase[] = [
  {
    intent: 'create_deal',
    q: 'add a deal: Brightleaf social campaign, 6k, with Amara',
    propose: {
      tool: 'create_deal',
      args: { title: 'Brightleaf social campaign', value: '6000.00', contact_id: '@contact:Amara Okafor' },
      record: { value: '6000.00', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal for Kenji Watanabe - "Studio Kaze trailer", worth 3,200',
    propose: {
      tool: 'create_deal',
      args: { title: 'Studio Kaze trailer', value: '3200.00', contact_id: '@contact:Kenji Watanabe' },
    },
  },
  {
    intent: 'create_deal',
    q: 'Create an opportunity called Harborline fleet app for $15,000 in Qualified',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline fleet app', value: '15000.00', stage_id: '@stage:Qualified' },
      record: { stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'create_deal',
    q: 'put a deal in the pipeline for Acme: website maintenance 1200, expected to close next friday',
    propose: {
      tool: 'create_deal',
      args: { title: 'Website maintenance', value: '1200.00', contact_id: '@contact:Acme', expected_close_date: 'NEXT_FRIDAY' },
    },
  },
  {
    intent: 'create_deal',
    q: 'track a new sale - Beacon plc, annual support contract, 9.6k',
    propose: { tool: 'create_deal', args: { title: 'Annual support contract', value: '9600.00', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'create_deal',
    q: 'add deal "Novák catalogue" for tomas novak, 780',
    propose: { tool: 'create_deal', args: { title: 'Novák catalogue', value: '780.00', contact_id: '@contact:Tomás Novák' } },
  },
  {
    intent: 'create_deal',
    q: 'Sofia might want a booking system too, add a deal for 4,000',
    propose: { tool: 'create_deal', args: { value: '4000.00', contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'create_deal',
    q: 'new opportunity: Fernhill dashboards phase 2, 8000, stage proposal, closing in 30 days',
    propose: {
      tool: 'create_deal',
      args: { title: 'Fernhill dashboards phase 2', value: '8000.00', stage_id: '@stage:Proposal', expected_close_date: 'IN_30_DAYS' },
    },
  },
  {
    intent: 'create_deal',
    q: 'log a deal with Lukas Brandt for the Nordwerk intranet, $22,000',
    propose: { tool: 'create_deal', args: { title: 'Nordwerk intranet', value: '22000.00', contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'create_deal',
    before: 'who is grace whitfield',
    q: 'add a deal with her for a bakery app, 5k',
    propose: { tool: 'create_deal', args: { title: 'Bakery app', value: '5000.00', contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'create_deal',
    q: 'create deal Osei brand identity 3500 negotiation',
    propose: { tool: 'create_deal', args: { title: 'Osei brand identity', value: '3500.00', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'create_deal',
    q: 'Add "Maintenance retainer" to the deals board with a value of 3000',
    propose: { tool: 'create_deal', args: { title: 'Maintenance retainer', value: '3000.00' }, record: { value: '3000.00' } },
  },
  {
    intent: 'create_deal',
    q: 'i have a new deal: Casa Marquez photography, 1,750',
    propose: { tool: 'create_deal', args: { title: 'Casa Marquez photography', value: '1750.00' } },
  },
];

const MOVE_DEAL: CorpusCase[] = [
  {
    intent: 'move_deal',
    q: 'move the Casa Marquez deal to negotiation',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Negotiation' },
      record: { stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'move_deal',
    q: 'we won the Osei office drawings!',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' },
      record: { stage_id: '@stage:Won' },
    },
  },
  {
    intent: 'move_deal',
    q: 'mark the nordwerk relaunch deal as lost, budget cut',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Lost' } },
  },
  {
    intent: 'move_deal',
    q: 'Whitfield online shop -> qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'Priya signed! Fernhill data platform is won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'can you set the stage of the Whitfield shop deal to Proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    before: 'which deals are at proposal stage',
    q: 'move it to won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'we lost the Fernhill deal, they went with another vendor',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Lost' },
      record: { stage_id: '@stage:Lost' },
    },
  },
  {
    intent: 'move_deal',
    q: 'change the stage of "Nordwerk relaunch phase 2" to proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'push the osei deal back to proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'Grace said yes to the online shop, mark the deal won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'move nordwerk relaunch phase two into negotiation',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'casa marquez website: lost - price too high',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Lost' } },
  },
];

// --- time tracking ------------------------------------------------------------------

const TIME_SUMMARY: CorpusCase[] = [
  { intent: 'time_summary', q: 'how many hours have i logged this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'time spent on Acme this month?', reply: ['2:15'] },
  { intent: 'time_summary', q: 'how much time did I track for beacon', reply: ['10:00'] },
  { intent: 'time_summary', q: 'hours for Acme Ltd', reply: ['2:15'], absent: ['12:15'] },
  { intent: 'time_summary', q: 'what does my timesheet say for this month, in total?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'How long have we worked for Beacon plc this month?', reply: ['10:00'] },
  { intent: 'time_summary', q: 'total time logged for acme, in hours and minutes', reply: ['2:15'] },
  { intent: 'time_summary', q: 'hours logged by the whole team this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'how many hours did I put into Acme this month, roughly', reply: ['2:15'] },
  { intent: 'time_summary', q: 'time tracked this month for Acme and for Beacon', reply: ['2:15', '10:00'] },
  { intent: 'time_summary', q: 'how much time has gone into acme so far', reply: ['2:15'] },
  { intent: 'time_summary', q: 'hours this month?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'whats my total time on the beacon account', reply: ['10:00'] },
];

/** `before` starts a timer (confirmed by the harness); the question is then about it. */
const RUNNING_TIMER: CorpusCase[] = [
  { intent: 'running_timer', before: 'start a timer for Acme', q: 'is a timer running?', reply: ['Acme'] },
  { intent: 'running_timer', before: 'start the clock on the Beacon audit', q: 'what am I tracking right now', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'start a timer for the newsletter', q: 'what is my timer on?', reply: ['newsletter'] },
  {
    intent: 'running_timer',
    before: 'start timing the logo sketches for Acme',
    q: 'how long has my timer been running',
    reply: ['logo sketches'],
  },
  { intent: 'running_timer', before: 'start a timer for Beacon', q: 'which client is the running timer for?', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'timer on for acme please', q: 'timer status', reply: ['Acme'] },
  { intent: 'running_timer', before: 'track time on bookkeeping', q: 'am i still clocked in?', reply: ['bookkeeping'] },
  { intent: 'running_timer', before: 'start the timer on invoices for beacon', q: 'is the clock ticking?', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'begin timing the Acme website audit', q: "what's running", reply: ['website audit'] },
  { intent: 'running_timer', before: 'start a timer: client call with Acme', q: 'did I leave a timer on?', reply: ['Acme'] },
  { intent: 'running_timer', before: 'start tracking time for beacon plc', q: 'show my current timer', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'start a timer for emails', q: 'is anything being timed right now?', reply: ['emails'] },
];

const START_TIMER: CorpusCase[] = [
  {
    intent: 'start_timer',
    q: 'start a timer for Beacon',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' }, record: { contact_id: '@contact:Beacon', ended_at: null } },
  },
  { intent: 'start_timer', q: 'clock me in on Acme', propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' } } },
  {
    intent: 'start_timer',
    q: 'start tracking time: "Homepage copy" for Acme',
    propose: { tool: 'start_timer', args: { description: 'Homepage copy', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'start_timer',
    q: 'begin timing my work for beacon plc',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'start_timer',
    q: "Can you start the timer? I'm working on Acme's logo",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'start_timer',
    q: 'timer on: "Quarterly bookkeeping"',
    propose: { tool: 'start_timer', args: { description: 'Quarterly bookkeeping' }, record: { ended_at: null } },
  },
  {
    intent: 'start_timer',
    q: 'track my time on the beacon migration from now',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } },
  },
  { intent: 'start_timer', q: 'start the stopwatch for acme ltd', propose: { tool: 'start_timer', args: { contact_id: '@contact:Acme' } } },
  {
    intent: 'start_timer',
    q: 'start a timer for Amara - brand guidelines',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'start_timer',
    q: "I'm starting on the Nordwerk slides now, time it",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'start_timer',
    before: 'how much time did I track for beacon',
    q: 'start a timer for them',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'start_timer',
    q: 'please start timing "Dashboard fixes"',
    propose: { tool: 'start_timer', args: { description: 'Dashboard fixes' } },
  },
  {
    intent: 'start_timer',
    q: 'kick off a timer for kenji watanabe',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Kenji Watanabe' } },
  },
];

/** `before` starts a timer (confirmed by the harness); stopping cannot be undone, the harness resets after each. */
const STOP_TIMER: CorpusCase[] = [
  {
    intent: 'stop_timer',
    before: 'start a timer for Acme',
    q: 'stop it',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Beacon',
    q: "ok I'm done, stop the clock",
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  { intent: 'stop_timer', before: 'clock me in on Acme', q: 'clock me out', propose: { tool: 'stop_timer', args: {} } },
  { intent: 'stop_timer', before: 'start a timer for the newsletter', q: 'pause my timer', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'start the stopwatch for acme ltd',
    q: 'finished with acme, stop tracking',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  { intent: 'stop_timer', before: 'start a timer for emails', q: 'end the timer please', propose: { tool: 'stop_timer', args: {} } },
  { intent: 'stop_timer', before: 'track time on bookkeeping', q: 'stop timing', propose: { tool: 'stop_timer', args: {} } },
  { intent: 'stop_timer', before: 'start a timer for Beacon', q: 'Stop the running timer.', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'begin timing my work for beacon plc',
    q: "that's it for the beacon work - timer off",
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  { intent: 'stop_timer', before: 'start a timer for Acme', q: 'can you stop my timer', propose: { tool: 'stop_timer', args: {} } },
  { intent: 'stop_timer', before: 'start a timer for the newsletter', q: 'halt the stopwatch', propose: { tool: 'stop_timer', args: {} } },
  {
    intent: 'stop_timer',
    before: 'start a timer for Acme',
    q: 'done for today, stop the time tracking',
    propose: { tool: 'stop_timer', args: {} },
  },
  { intent: 'stop_timer', before: 'start a timer for Beacon', q: 'stpo the timer', propose: { tool: 'stop_timer', args: {} } },
];

const LOG_TIME: CorpusCase[] = [
  {
    intent: 'log_time',
    q: 'log 3 hours for Beacon yesterday',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 180, contact_id: '@contact:Beacon' },
      record: { duration_minutes: 180, invoice_id: null },
    },
  },
  {
    intent: 'log_time',
    q: 'I worked 90 minutes on Acme this morning',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Acme' } },
  },
  {
    intent: 'log_time',
    q: 'add 45 mins for acme',
    propose: { tool: 'log_time', args: { duration_minutes: 45, contact_id: '@contact:Acme' } },
  },
  {
    intent: 'log_time',
    q: 'Record 1.5h for Beacon plc: "Server migration"',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Beacon', description: 'Server migration' } },
  },
  {
    intent: 'log_time',
    q: 'log 2h30 on the Nordwerk slides for Lukas',
    propose: { tool: 'log_time', args: { duration_minutes: 150, contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'log_time',
    q: 'put 6 hours on my timesheet for Acme',
    propose: { tool: 'log_time', args: { duration_minutes: 360, contact_id: '@contact:Acme' }, record: { duration_minutes: 360 } },
  },
  {
    intent: 'log_time',
    q: 'i spent half an hour on a call with Kenji',
    propose: { tool: 'log_time', args: { duration_minutes: 30, contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'log_time',
    q: 'track 1 hour 15 minutes for Priya Raman yesterday',
    propose: { tool: 'log_time', args: { duration_minutes: 75, contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'log_time',
    q: 'log time: Acme, 4 hours, "Workshop prep"',
    propose: { tool: 'log_time', args: { duration_minutes: 240, contact_id: '@contact:Acme', description: 'Workshop prep' } },
  },
  {
    intent: 'log_time',
    q: 'Please add 20 minutes for Beacon',
    propose: { tool: 'log_time', args: { duration_minutes: 20, contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'log_time',
    q: 'log 8 hrs on the Fernhill dashboard',
    propose: { tool: 'log_time', args: { duration_minutes: 480, contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'log_time',
    before: 'how much time has gone into acme this month',
    q: 'add another 2 hours to that',
    propose: { tool: 'log_time', args: { duration_minutes: 120, contact_id: '@contact:Acme' } },
  },
  {
    intent: 'log_time',
    q: 'log two hours of design for Sofia, not billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 120, contact_id: '@contact:Sofia Marquez', billable: false },
      record: { billable: false },
    },
  },
];

// --- money and the overview ------------------------------------------------------------

const LIST_TRANSACTIONS: CorpusCase[] = [
  { intent: 'list_transactions', q: 'show my expenses this month', reply: ['45.90', '120.00', '29.99'], absent: ['800.00'] },
  { intent: 'list_transactions', q: 'list the software expenses', reply: ['120.00', '29.99'], absent: ['45.90'] },
  { intent: 'list_transactions', q: 'what came in today?', reply: ['1,500.00', 'Website milestone'] },
  { intent: 'list_transactions', q: 'recent transactions', reply: ['Website milestone', 'Hosting'] },
  { intent: 'list_transactions', q: 'show income from last month', reply: ['2,000.00'], absent: ['1,500.00'] },
  { intent: 'list_transactions', q: 'find the lunch with lukas expense', reply: ['45.90'] },
  { intent: 'list_transactions', q: 'how much was the hosting bill', reply: ['120.00'] },
  { intent: 'list_transactions', q: 'List all my transactions in the Rent category', reply: ['800.00'] },
  { intent: 'list_transactions', q: 'what did I pay for the design tool?', reply: ['29.99'] },
  { intent: 'list_transactions', q: 'transactions today', reply: ['1,500.00', '45.90', '120.00', '29.99'] },
  { intent: 'list_transactions', q: 'what were my meal expenses', reply: ['45.90', 'Lunch with Lukas'] },
  { intent: 'list_transactions', q: "show last month's expenses", reply: ['800.00'], absent: ['45.90'] },
  { intent: 'list_transactions', q: 'all income entries please', reply: ['1,500.00', '2,000.00'], absent: ['Hosting'] },
];

const LIST_CATEGORIES: CorpusCase[] = [
  { intent: 'list_categories', q: 'what categories do I use?', reply: ['Software', 'Meals', 'Client work', 'Rent'] },
  { intent: 'list_categories', q: 'list my expense categories', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'which income categories have I got', reply: ['Client work'], absent: ['Meals'] },
  { intent: 'list_categories', q: 'What can I categorise expenses as?', reply: ['Software', 'Meals'] },
  { intent: 'list_categories', q: 'show the categories', reply: ['Rent', 'Software'] },
  { intent: 'list_categories', q: 'do I have a category for software?', reply: ['Software'] },
  { intent: 'list_categories', q: 'which categories have I used most?', reply: ['Software'] },
  { intent: 'list_categories', q: 'expense categorys', reply: ['Meals', 'Rent'] },
  { intent: 'list_categories', q: 'what are my spending categories', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'categories for money coming in?', reply: ['Client work'] },
  { intent: 'list_categories', q: 'i forgot what I called the category for rent, can you list them', reply: ['Rent'] },
  { intent: 'list_categories', q: 'how do I categorize my transactions? list the categories I have', reply: ['Client work', 'Software'] },
];

const MONEY_TOTALS: CorpusCase[] = [
  { intent: 'money_totals', q: 'how much have I made this month?', reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'total expenses this month', reply: ['195.89'] },
  { intent: 'money_totals', q: "what's my net for this month", reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'income vs expenses last month', reply: ['2,000.00', '800.00'] },
  { intent: 'money_totals', q: 'did I make a profit last month?', reply: ['1,200.00'] },
  { intent: 'money_totals', q: 'how much did software cost me this month', reply: ['149.99'] },
  { intent: 'money_totals', q: 'what did i earn last month', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'total spent on meals this month?', reply: ['45.90'] },
  { intent: 'money_totals', q: 'how much went on rent last month', reply: ['800.00'] },
  { intent: 'money_totals', q: 'this month so far: money in, money out?', reply: ['1,500.00', '195.89'] },
  { intent: 'money_totals', q: 'how much client work income this month', reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'whats the difference between income and expenses for this month', reply: ['1,304.11'] },
];

const TOP_CATEGORIES: CorpusCase[] = [
  { intent: 'top_categories', q: 'where is my money going this month?', reply: ['Software', '149.99'] },
  { intent: 'top_categories', q: 'biggest expense categories this month', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'what do I spend the most on?', reply: ['Rent'] },
  { intent: 'top_categories', q: 'top spending categories last month', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'which category brings in the most income', reply: ['Client work'] },
  { intent: 'top_categories', q: 'rank my expenses by category for this month', reply: ['Software', '149.99', 'Meals', '45.90'] },
  { intent: 'top_categories', q: 'what was my largest cost last month', reply: ['Rent'] },
  { intent: 'top_categories', q: 'break down my spending by category this month', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'top 3 expense categories this month', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: "what's eating my budget this month", reply: ['Software'] },
  { intent: 'top_categories', q: 'income by category this month', reply: ['Client work', '1,500.00'] },
  { intent: 'top_categories', q: 'Biggest expense category this month, and last month?', reply: ['Software', 'Rent'] },
];

const CREATE_TRANSACTION: CorpusCase[] = [
  {
    intent: 'create_transaction',
    q: 'spent twelve hundred on a new laptop',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '1200.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'spent 12.50 on coffee',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '12.50' }, record: { type: 'expense', amount: '12.50' } },
  },
  {
    intent: 'create_transaction',
    q: 'paid the electricity bill, 84.20',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '84.20' } },
  },
  {
    intent: 'create_transaction',
    q: 'received 2,300 from Priya for the dashboard phase 2',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '2300.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'add an expense of $64 for train tickets yesterday',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '64.00', date: 'YESTERDAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'I bought a new keyboard for 89.99 today',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '89.99' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'log income 450 - workshop ticket sales',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '450.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'record £35 for parking',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '35.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'Got paid 1.2k by Beacon for the support work',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '1200.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'expense: software, 19.00, Figma subscription',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '19.00', category: 'Software' } },
  },
  {
    intent: 'create_transaction',
    q: 'we had a team lunch, 132,40 €',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '132.40' } },
  },
  {
    intent: 'create_transaction',
    q: 'add 300 to income under Client work',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '300.00', category: 'Client work' } },
  },
  {
    intent: 'create_transaction',
    q: 'Sold the old camera for 250 bucks',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '250.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'how much did I spend on meals this month? and add 18.40 for lunch today',
    reply: ['45.90'],
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '18.40' } },
  },
];

const GET_OVERVIEW: CorpusCase[] = [
  { intent: 'get_overview', q: 'how are things looking?', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'give me a summary of the business', reply: ['1,304.11'] },
  { intent: 'get_overview', q: "morning! what's the state of play", reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'dashboard', reply: ['195.89'] },
  { intent: 'get_overview', q: 'quick overview please: tasks, invoices, money', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'how is my business doing this month', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'snapshot of everything', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'Can you give me the big picture?', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'status report', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'how am i doing overall', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'what needs my attention? give me the headline numbers', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'key figures', reply: ['1,304.11', '1,700.00'] },
  { intent: 'get_overview', q: 'sum up my account for me', reply: ['1,700.00'] },
];

// --- two real readings: the answer asks back (naming them), and proposes nothing -------------

const CLARIFY: CorpusCase[] = [
  { intent: 'clarify', q: "what's daniel's phone number?", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'mark daniel as a customer', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'invoice daniel 500 for consulting', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'add a note to daniel: called back, all good', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'start a timer for daniel', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'email for Dan?', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'log 2 hours for daniel', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'delete the task', clarify: true },
  { intent: 'clarify', q: 'mark the task as done', clarify: true },
  { intent: 'clarify', q: 'record a payment of 200', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: 'credit 100 on the invoice', clarify: true, reply: ['INV-0001'] },
  { intent: 'clarify', q: 'convert the quote', clarify: true, reply: ['QUO-0001', 'QUO-0002'] },
  { intent: 'clarify', q: 'move the deal to won', clarify: true },
  { intent: 'clarify', q: 'pause the recurring invoice', clarify: true, reply: ['Amara Okafor', 'Lukas Brandt'] },
  {
    intent: 'clarify',
    q: 'change the priority of the high priority task to low',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  {
    intent: 'clarify',
    q: 'move the qualified deal to proposal',
    clarify: true,
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
];

// --- nothing does it: the answer says so and offers what can be done (`reply`), proposing nothing ---
// Actions in the world (calls, faxes, bookings) are offered as a task; deletions the tools lack, as the change they have.

const UNSUPPORTED: CorpusCase[] = [
  { intent: 'unsupported', q: 'delete Daniel Kim from my contacts', reply: ['Daniel Kim', 'inactive'] },
  { intent: 'unsupported', q: 'delete invoice INV-0002', reply: ['credit'] },
  { intent: 'unsupported', q: 'void INV-0003 please', reply: ['credit'] },
  { intent: 'unsupported', q: 'remove the Casa Marquez website deal from the pipeline', reply: ['Lost'] },
  { intent: 'unsupported', q: 'send a fax to Lukas', reply: ['task'] },
  { intent: 'unsupported', q: 'book me a flight to Berlin next monday', reply: ['task'] },
  { intent: 'unsupported', q: 'order more printer ink from amazon', reply: ['task'] },
  { intent: 'unsupported', q: 'call Grace Whitfield for me', reply: ['task'] },
  { intent: 'unsupported', q: "what's the weather in Lisbon tomorrow?", reply: ['invoices'] },
  { intent: 'unsupported', q: 'write a poem about my bakery clients', reply: ['contacts'] },
  { intent: 'unsupported', q: 'change my password', reply: ['settings'] },
  { intent: 'unsupported', q: 'email INV-0001 to amara', reply: ['INV-0001'] },
  { intent: 'unsupported', q: 'merge the two Daniel contacts into one', reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'unsupported', q: 'set up a recurring invoice for Priya, 300 every month', reply: ['invoice'] },
  { intent: 'unsupported', q: 'delete the declined quote for kenji', reply: ['QUO-0004'] },
];

//@@SECTIONS@@

export const TUNING_2: CorpusCase[] = [
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
