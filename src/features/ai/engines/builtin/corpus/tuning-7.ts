// Over 400 lines on purpose: a corpus of requests and their expected results, data rather than logic.
import type { CorpusCase } from './types';

/**
 * Tuning material since 2026-12-07 (night): the seventh batch of requests written
 * blind, on 2026-12-07 (evening), by someone who never saw the engine (it read only this
 * folder's types.ts and fixture.ts, requests.ts, the corpus harness with its
 * seeds, the services and migrations those seeds call, the two earlier blind
 * batches ./tuning-5.ts and ./tuning-6.ts for the format and the list of
 * intents, and the tools' argument schemas in ../../../tools and
 * ../../../schema.ts). It was the set-aside part until the engine was tuned
 * on it; it measured 464 of 529 (87.7 %) before any tuning on it and 472
 * (89.2 %) with the engine tuned on ./tuning-6.ts. It covers 38 intents, 13 to
 * 15 requests each.
 *
 * Each case: `intent` is the tool the request is about, `clarify` for a
 * request with two real readings (the answer must ask back, naming them when
 * `reply` lists them), `unsupported` for something no tool does (`reply`
 * holds what the answer must offer instead, only when that is unambiguous).
 * `reply` holds facts any correct answer contains (amounts, names, numbers),
 * never wording.
 *
 * Records. The harness runs these cases on
 * the set-aside account: the nine contacts of FIXTURE_CONTACTS (requests.ts;
 * Amara, Kenji and Tomás carry notes, Tomás's an instruction that must never be
 * followed) plus "Acme" of Acme Ltd and "Beacon" of Beacon plc, both leads
 * (so 5 leads: Sofia, Daniel Osei, Grace, Acme, Beacon; 3 active: Lukas,
 * Daniel Kim, Kenji; 2 customers: Amara, Priya; 1 inactive: Tomás); eight
 * tasks: "Send the retainer report" high, due today, Amara; "Call Grace about
 * the bakery website" due tomorrow 10:00, Grace; "Follow up on the relaunch
 * proposal" high, due two days ago 10:00 (overdue), Lukas; "Renew the domain"
 * low, due in 10 days, assigned to Sam Lee; "Prepare quarterly taxes", "Order
 * business cards" and "Check the lease" without a due date; "Send Kenji the
 * storyboard" completed three days ago, Kenji (the tasks without a priority
 * are medium; none but the domain renewal is assigned); six transactions
 * (today: income $1,500.00 Client work "Website milestone", expenses $45.90
 * Meals "Lunch with Lukas", $120.00 Software "Hosting", $29.99 Software
 * "Design tool"; on the 10th of last month: income $2,000.00 Client work,
 * expense $800.00 Rent, neither described) plus the two invoice payments,
 * which are income transactions in the category "Invoice payments": $250.00
 * "Payment for invoice INV-0002" 100 days ago (dated before that invoice's
 * issue date) and $3,000.00 "Payment for invoice INV-0003" 110 days ago (so
 * the largest income transaction is $3,000.00; neither falls in this month or
 * the last); invoices INV-0001 Amara $1,200.00 ("Brand retainer") sent,
 * issued 5 days ago, due in 10 days; INV-0002 Lukas $750.00 (5 × "Relaunch workshop" at
 * $150.00), issued 40 days ago, $250.00 paid, due 10 days ago, so overdue with
 * $500.00 left; INV-0003 Priya $3,000.00 ("Dashboard project") paid;
 * recurring profiles for Amara (monthly) and Lukas (quarterly), 1 × "Retainer"
 * at $500.00 from 2099-01-31, active, none generated; time entries of the
 * asker on the 1st of this month at 09:00, billable (the default): Acme
 * "Design" 90 min and "Review" 45 min, Beacon "Other" 600 min; the asker,
 * Robin Example, owns the workspace, with Sam Lee (member) and Vera Viewer
 * (viewer). SET_ASIDE_FIXTURE (./fixture.ts) adds the quotes, issued today
 * and valid 30 days: QUO-0001 Sofia 1 × "Website redesign" $4,800.00 sent,
 * QUO-0002 Daniel Osei 3 × "Office fit-out drawings" at $950.00 = $2,850.00
 * accepted, QUO-0003 Grace 1 × "Online shop setup" $2,200.00 draft, QUO-0004
 * Kenji 1 × "Title animation" $1,600.00 declined (only QUO-0001 and QUO-0002
 * can be converted); and the deals, owned by the asker, on the default stages
 * (Lead 10 %, Qualified 25 %, Proposal 50 %, Negotiation 75 %, Won 100 %,
 * Lost 0 %): "Casa Marquez website" $4,800.00 Sofia in Proposal (closing in 20
 * days), "Osei office drawings" $2,850.00 Daniel Osei in Negotiation,
 * "Whitfield online shop" $2,200.00 Grace in Lead, "Fernhill data platform"
 * $12,000.00 Priya in Qualified, "Nordwerk relaunch phase 2" $9,500.00 Lukas
 * in Qualified. Money is USD, the time zone UTC, no timer runs at the start.
 *
 * Derived figures used below: outstanding $1,700.00 (INV-0001 $1,200.00 +
 * INV-0002 $500.00), overdue $500.00; all invoices $4,950.00, paid on them
 * $3,250.00; quotes $11,450.00; open deals $31,350.00, weighted $10,132.50,
 * in Qualified $21,500.00; this month income $1,500.00, expenses $195.89
 * (Software $149.99, Meals $45.90), net $1,304.11; last month income
 * $2,000.00, expenses $800.00, net $1,200.00; since the start of last month
 * income $3,500.00, expenses $995.89, net $2,504.11; all time income $6,750.00
 * (Client work $3,500.00, Invoice payments $3,250.00), expenses $995.89 (Rent
 * $800.00, Software $149.99, Meals $45.90); open tasks 7; time this month
 * 12:15 (735 min: Acme 2:15 = 135 min, of which "Design" 1:30 and "Review"
 * 0:45; Beacon 10:00 = 600 min). Balances after a write: INV-0001 $1,200.00
 * less the payment or credit, INV-0002 $500.00 less it.
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
 * convert_quote, stop_timer) run on an account of their own, seeded with the
 * same records but owned by a lone Robin Example: no Sam Lee or Vera Viewer
 * there, and "Renew the domain" is unassigned, so no such case names a member.
 * No `q` deletes what its `before` created.
 *
 * Arguments: `propose.args` lists only what the sentence determines (an item's
 * description or a task's title is left out when the words do not fix it or
 * their capitals are a guess, a lost deal's reason unless it is quoted, a date
 * the tokens cannot name such as "the 3rd", a note's body unless it is
 * quoted). A default the sentence repeats ("billable") is checked on the
 * record, not in the arguments. Amounts in `reply` are written as the app
 * formats them, without the currency sign; amounts in `args` and `record` as
 * the API's decimal strings.
 */

// --- contacts -------------------------------------------------------------------

const GET_CONTACT: CorpusCase[] = [
  { intent: 'get_contact', q: "could you tell me what Kenji Watanabe's email is?", reply: ['kenji@studio-kaze.jp'] },
  { intent: 'get_contact', q: 'Daniel Kim — is he the CTO over at Harborline or did his role change?', reply: ['CTO'] },
  { intent: 'get_contact', q: 'number for lukas at nordwerk gmbh?', reply: ['+49 30 901820'] },
  { intent: 'get_contact', q: 'What did I put in the notes for Amara Okafor?', reply: ['Retainer for brand work'] },
  { intent: 'get_contact', q: 'how can i reach grace whitfield by phone', reply: ['+1 212 555 0187'] },
  { intent: 'get_contact', before: 'find priya raman', q: 'what address do I email her at?', reply: ['priya.raman@fernhill.io'] },
  { intent: 'get_contact', q: 'tomas novak, which company was he with', reply: ['Novák & Syn'] },
  { intent: 'get_contact', q: 'whats sofias job title at casa marquez', reply: ['Owner'] },
  {
    intent: 'get_contact',
    q: 'the creative director at Brightleaf Studio: I need her email and her phone',
    reply: ['amara@brightleaf.studio', '+44 20 7946 0321'],
  },
  { intent: 'get_contact', q: 'is daniel osei still only a lead?', reply: ['lead'] },
  { intent: 'get_contact', q: 'Show me the contact card for Kenji Watanabe.', reply: ['Studio Kaze', 'Producer'] },
  { intent: 'get_contact', q: 'what status has harborlines daniel kim got', reply: ['active'] },
  { intent: 'get_contact', q: 'priya ramans posiiton?', reply: ['Product Manager'] },
  { intent: 'get_contact', q: 'e-mail for Lukas Brandt, please', reply: ['lukas.brandt@nordwerk.de'] },
];

const SEARCH_CONTACTS: CorpusCase[] = [
  {
    intent: 'search_contacts',
    q: 'Which of my contacts are leads at the moment?',
    reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield'],
    absent: ['Priya'],
  },
  { intent: 'search_contacts', q: 'anyone from studio kaze in my contacts?', reply: ['Kenji Watanabe'] },
  { intent: 'search_contacts', q: 'list everybody with an @fernhill.io address', reply: ['Priya Raman'] },
  { intent: 'search_contacts', q: 'customers only pls', reply: ['Amara Okafor', 'Priya Raman'], absent: ['Lukas'] },
  { intent: 'search_contacts', q: 'do i have a contact called daniel', reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'search_contacts', q: 'search my contacts for "bakery"', reply: ['Grace Whitfield'] },
  { intent: 'search_contacts', q: 'who are my inactive contacts', reply: ['Tomás Novák'], absent: ['Kenji'] },
  { intent: 'search_contacts', q: 'contacts at nordwerk', reply: ['Lukas Brandt'] },
  {
    intent: 'search_contacts',
    q: 'Active contacts — who are they?',
    reply: ['Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Amara'],
  },
  { intent: 'search_contacts', q: 'look up the contact with the email dkim@harborline.co', reply: ['Daniel Kim'] },
  {
    intent: 'search_contacts',
    q: 'any contacts from casa marquez or from the whitfield bakery?',
    reply: ['Sofia Marquez', 'Grace Whitfield'],
  },
  { intent: 'search_contacts', q: 'serch contacts: watanabe', reply: ['Kenji Watanabe'] },
  { intent: 'search_contacts', q: 'show me the contacts we have for acme ltd and beacon plc', reply: ['Acme', 'Beacon'] },
  { intent: 'search_contacts', q: 'who have I got at brightleaf?', reply: ['Amara Okafor'] },
];

const FIND_MENTIONS: CorpusCase[] = [
  {
    intent: 'find_mentions',
    q: 'this email thread mentions "Okafor" and "Raman" — who are they in my contacts?',
    reply: ['Amara Okafor', 'Priya Raman'],
  },
  { intent: 'find_mentions', q: 'My notebook says "lunch w/ the Nordwerk ops guy". Which contact is that?', reply: ['Lukas Brandt'] },
  { intent: 'find_mentions', q: 'the sign-off says "Cheers, Kenji (Studio Kaze)" — is he in the crm?', reply: ['Kenji Watanabe'] },
  { intent: 'find_mentions', q: 'who is "G. Whitfield" among my contacts', reply: ['Grace Whitfield'] },
  {
    intent: 'find_mentions',
    q: 'Bank memo reads "HARBORLINE LOGISTICS REF 0142" — which contact does that match?',
    reply: ['Daniel Kim'],
  },
  { intent: 'find_mentions', q: 'a letter came from "Novak and Son", do i know them?', reply: ['Tomás Novák'] },
  {
    intent: 'find_mentions',
    q: 'which contacts appear in: "meeting with sofia, priya and daniel osei on thursday"',
    reply: ['Sofia Marquez', 'Priya Raman', 'Daniel Osei'],
  },
  { intent: 'find_mentions', q: 'is there anyone in my contacts matching "marques"', reply: ['Sofia Marquez'] },
  {
    intent: 'find_mentions',
    q: 'voicemail transcript: "hi it is grace from the bakery, call me back" - which contact left it?',
    reply: ['Grace Whitfield'],
  },
  {
    intent: 'find_mentions',
    q: 'text from my partner: "did Lukas and Amara both pay?" — which contacts does she mean',
    reply: ['Lukas Brandt', 'Amara Okafor'],
  },
  {
    intent: 'find_mentions',
    q: 'match these names to my contacts: Okafor, Watanabe, Novák',
    reply: ['Amara Okafor', 'Kenji Watanabe', 'Tomás Novák'],
  },
  { intent: 'find_mentions', q: 'a business card on my desk says "Osei Architects – Daniel". who is that', reply: ['Daniel Osei'] },
  {
    intent: 'find_mentions',
    q: 'the calendar invite lists "acme, fernhill analytics" as guests. which of my contacts are those?',
    reply: ['Acme', 'Priya Raman'],
  },
  { intent: 'find_mentions', q: 'someone from beacon rang while i was out, whos that in my contacts', reply: ['Beacon'] },
];

const CREATE_CONTACT: CorpusCase[] = [
  {
    intent: 'create_contact',
    q: 'add a new contact: Ines Duarte, ines@duartefloral.pt, company Duarte Floral',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Ines', last_name: 'Duarte', email: 'ines@duartefloral.pt', company: 'Duarte Floral' },
      record: { status: 'lead', company: 'Duarte Floral' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Please save Benedikt Vogel as a customer – he is at Vogel Bau, +49 89 555 0199',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Benedikt', last_name: 'Vogel', company: 'Vogel Bau', phone: '+49 89 555 0199', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new lead - Olu Adeyemi, olu@adeyemi.ng',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Olu', last_name: 'Adeyemi', email: 'olu@adeyemi.ng' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    before: 'I just got off the phone with a possible new client',
    q: 'his name is Pavel Horák, Operations Manager at Horák Transport. add him please',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Pavel', last_name: 'Horák', position: 'Operations Manager', company: 'Horák Transport' },
    },
  },
  {
    intent: 'create_contact',
    q: 'create a contact for Aisha Khan (Khan Dental), phone 020 7946 0958 — she is already a customer',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Aisha', last_name: 'Khan', company: 'Khan Dental', phone: '020 7946 0958', status: 'customer' },
      record: { phone: '020 7946 0958' },
    },
  },
  {
    intent: 'create_contact',
    q: 'can u add joanna price, jo@priceandco.co.uk',
    propose: { tool: 'create_contact', args: { first_name: 'Joanna', last_name: 'Price', email: 'jo@priceandco.co.uk' } },
  },
  {
    intent: 'create_contact',
    q: 'Contact to add — name: Ruben Castillo | email: ruben@castillo.mx | status: active',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Ruben', last_name: 'Castillo', email: 'ruben@castillo.mx', status: 'active' },
      record: { status: 'active' },
    },
  },
  {
    intent: 'create_contact',
    q: 'I want to add Theo Grant from Grant Studio',
    propose: { tool: 'create_contact', args: { first_name: 'Theo', last_name: 'Grant', company: 'Grant Studio' } },
  },
  {
    intent: 'create_contact',
    q: 'new contact please: Yuki Tanaka, yuki.tanaka@kaze-films.jp, inactive for now',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Yuki', last_name: 'Tanaka', email: 'yuki.tanaka@kaze-films.jp', status: 'inactive' },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'create_contact',
    q: 'put in a contact for Hannah Berg, phone +47 912 34 567, position Head Chef',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Hannah', last_name: 'Berg', phone: '+47 912 34 567', position: 'Head Chef' },
      record: { position: 'Head Chef' },
    },
  },
  {
    intent: 'create_contact',
    q: 'add "Lorenzo Bianchi" — he works for Bianchi Vini as their Sales Director',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Lorenzo', last_name: 'Bianchi', company: 'Bianchi Vini', position: 'Sales Director' },
    },
  },
  {
    intent: 'create_contact',
    q: 'create new contact carla mendes carla@mendes.studio',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Carla', last_name: 'Mendes', email: 'carla@mendes.studio' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'We have a new client, Samuel Ortiz of Ortiz Roofing; email sam@ortizroofing.com. Add him as a customer.',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Samuel', last_name: 'Ortiz', company: 'Ortiz Roofing', email: 'sam@ortizroofing.com', status: 'customer' },
      record: { status: 'customer', email: 'sam@ortizroofing.com' },
    },
  },
  {
    intent: 'create_contact',
    q: 'add contcat: Nina Petersen, nina@petersen-design.dk',
    propose: { tool: 'create_contact', args: { first_name: 'Nina', last_name: 'Petersen', email: 'nina@petersen-design.dk' } },
  },
];

const UPDATE_CONTACT: CorpusCase[] = [
  {
    intent: 'update_contact',
    q: "change lukas brandt's phone number to +49 30 901999",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Lukas Brandt', changes: { phone: '+49 30 901999' } },
      record: { phone: '+49 30 901999' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Set the status of Daniel Osei to customer — he signed today.',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Osei', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: 'kenji has a new email: kenji@kaze-films.jp. please update',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Kenji Watanabe', changes: { email: 'kenji@kaze-films.jp' } } },
  },
  {
    intent: 'update_contact',
    before: 'pull up grace whitfield',
    q: 'change her job title to Head Baker',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Grace Whitfield', changes: { position: 'Head Baker' } },
      record: { position: 'Head Baker' },
    },
  },
  {
    intent: 'update_contact',
    q: "Priya Raman's position is now Head of Product",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Priya Raman', changes: { position: 'Head of Product' } } },
  },
  {
    intent: 'update_contact',
    q: 'mark tomas novak as a lead again',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Tomás Novák', changes: { status: 'lead' } },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'update_contact',
    q: 'the company for sofia marquez should read "Casa Marquez SL"',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Sofia Marquez', changes: { company: 'Casa Marquez SL' } } },
  },
  {
    intent: 'update_contact',
    q: "Amara Okafor's number changed, it's +44 20 7946 0999 now",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Amara Okafor', changes: { phone: '+44 20 7946 0999' } } },
  },
  {
    intent: 'update_contact',
    q: 'make daniel kim inactive, harborline went with another vendor',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Kim', changes: { status: 'inactive' } },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Beacon: set status to customer',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Beacon', changes: { status: 'customer' } } },
  },
  {
    intent: 'update_contact',
    q: 'update the email on the acme contact to accounts@acme.co.uk',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Acme', changes: { email: 'accounts@acme.co.uk' } },
      record: { email: 'accounts@acme.co.uk' },
    },
  },
  {
    intent: 'update_contact',
    q: 'daniel osei from osei architects — give him the position Principal Architect',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Daniel Osei', changes: { position: 'Principal Architect' } } },
  },
  {
    intent: 'update_contact',
    q: "rename Lukas Brandt's company to Nordwerk Digital GmbH",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Lukas Brandt', changes: { company: 'Nordwerk Digital GmbH' } },
      record: { company: 'Nordwerk Digital GmbH' },
    },
  },
  {
    intent: 'update_contact',
    q: "chnage sofia marquez's status to active",
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Sofia Marquez', changes: { status: 'active' } } },
  },
  {
    intent: 'update_contact',
    q: 'the phone on grace whitfield is wrong, use +1 212 555 0100',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Grace Whitfield', changes: { phone: '+1 212 555 0100' } } },
  },
];

const ADD_NOTE: CorpusCase[] = [
  {
    intent: 'add_note',
    q: 'Add a note to Kenji Watanabe: "Prefers Friday deliveries"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Kenji Watanabe', body: 'Prefers Friday deliveries' },
      record: { body: 'Prefers Friday deliveries' },
    },
  },
  {
    intent: 'add_note',
    q: 'note on the casa marquez contact: "Wants Spanish and English versions"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Sofia Marquez', body: 'Wants Spanish and English versions' } },
  },
  {
    intent: 'add_note',
    q: "record on amara's timeline that she asked for a call next month",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'add_note',
    before: 'look up daniel kim',
    q: 'note on him: "Budget approved for Q2"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Daniel Kim', body: 'Budget approved for Q2' },
      record: { body: 'Budget approved for Q2' },
    },
  },
  {
    intent: 'add_note',
    q: 'Lukas Brandt — please add the note "Signed the NDA on Monday"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt', body: 'Signed the NDA on Monday' } },
  },
  {
    intent: 'add_note',
    q: 'for priya at fernhill, jot down: "Needs SSO before rollout"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'Needs SSO before rollout' } },
  },
  {
    intent: 'add_note',
    q: 'Grace Whitfield gets a note: "Second shop opens in May"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Grace Whitfield', body: 'Second shop opens in May' },
      record: { body: 'Second shop opens in May' },
    },
  },
  {
    intent: 'add_note',
    q: 'daniel osei told me the site visit is postponed, put that on his contact as a note',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'add_note',
    q: 'note to self on the beacon contact: "Renewal talks start in Q3"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Beacon', body: 'Renewal talks start in Q3' } },
  },
  {
    intent: 'add_note',
    q: 'Can you log a note for Tomás Novák saying "Moved to Brno"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Tomás Novák', body: 'Moved to Brno' } },
  },
  {
    intent: 'add_note',
    q: 'acme ltd: add note "Send invoices to the finance team"',
    propose: {
      tool: 'add_note',
      args: { contact_id: '@contact:Acme', body: 'Send invoices to the finance team' },
      record: { body: 'Send invoices to the finance team' },
    },
  },
  {
    intent: 'add_note',
    q: 'on Sofia Marquez, add the note "Call after 4pm Madrid time"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Sofia Marquez', body: 'Call after 4pm Madrid time' } },
  },
  {
    intent: 'add_note',
    q: 'add a note to the studio kaze contact that the festival cut is due soon',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'add_note',
    q: 'pls add a noet to amara okafor: "New PO number coming"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Amara Okafor', body: 'New PO number coming' } },
  },
];

// --- tasks and the team --------------------------------------------------------------

const LIST_TASKS: CorpusCase[] = [
  { intent: 'list_tasks', q: 'anything due today on my list?', reply: ['Send the retainer report'], absent: ['Call Grace'] },
  {
    intent: 'list_tasks',
    q: 'Which tasks are marked high priority?',
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
    absent: ['Order business cards'],
  },
  { intent: 'list_tasks', q: 'What has Sam Lee got on his plate?', reply: ['Renew the domain'], absent: ['Check the lease'] },
  {
    intent: 'list_tasks',
    q: 'show the tasks that have no deadline',
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
    absent: ['Renew the domain'],
  },
  {
    intent: 'list_tasks',
    q: 'which of my to-dos are overdue',
    reply: ['Follow up on the relaunch proposal'],
    absent: ['Send the retainer report'],
  },
  { intent: 'list_tasks', q: 'tasks for grace?', reply: ['Call Grace about the bakery website'] },
  { intent: 'list_tasks', q: 'what tasks have I completed', reply: ['Send Kenji the storyboard'], absent: ['Check the lease'] },
  { intent: 'list_tasks', q: 'whose job is renewing the domain?', reply: ['Sam Lee'] },
  {
    intent: 'list_tasks',
    q: 'list my open tasks for tomorrow',
    reply: ['Call Grace about the bakery website'],
    absent: ['Send the retainer report'],
  },
  { intent: 'list_tasks', q: 'low priority tasks?', reply: ['Renew the domain'], absent: ['Send the retainer report'] },
  { intent: 'list_tasks', q: 'What do I still have to do for Amara Okafor', reply: ['Send the retainer report'] },
  {
    intent: 'list_tasks',
    q: 'show me all my open tasks',
    reply: ['Send the retainer report', 'Check the lease', 'Renew the domain'],
    absent: ['Send Kenji the storyboard'],
  },
  { intent: 'list_tasks', before: 'what tasks are overdue?', q: 'which contact is that one for?', reply: ['Lukas Brandt'] },
  { intent: 'list_tasks', q: 'any tasks mentioning the lease or the taxes', reply: ['Check the lease', 'Prepare quarterly taxes'] },
  {
    intent: 'list_tasks',
    q: 'anything with a deadline between now and two weeks out?',
    reply: ['Send the retainer report', 'Call Grace about the bakery website', 'Renew the domain'],
  },
];

const CREATE_TASK: CorpusCase[] = [
  {
    intent: 'create_task',
    q: 'add a task to call the accountant tomorrow',
    propose: { tool: 'create_task', args: { due_on: 'TOMORROW' }, record: { due_on: 'TOMORROW', status: 'pending' } },
  },
  {
    intent: 'create_task',
    q: 'Create a task "Renew the van insurance" due next Monday, high priority',
    propose: {
      tool: 'create_task',
      args: { title: 'Renew the van insurance', due_on: 'NEXT_MONDAY', priority: 'high' },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'create_task',
    q: 'sam should check the printer contract by next friday, put it on his list',
    propose: {
      tool: 'create_task',
      args: { assignee_id: '@member:Sam Lee', due_on: 'NEXT_FRIDAY' },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_task',
    q: 'remind me to email priya the slides in 3 days',
    propose: { tool: 'create_task', args: { due_on: 'IN_3_DAYS', contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'create_task',
    before: 'who is lukas brandt?',
    q: 'create a task to send him the revised proposal today',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Lukas Brandt', due_on: 'TODAY' } },
  },
  {
    intent: 'create_task',
    q: 'to-do for the 3rd: pay the VAT bill',
    propose: { tool: 'create_task', args: { title: 'Pay the VAT bill' } },
  },
  {
    intent: 'create_task',
    q: 'new task: "Book the venue for the summer party", low priority',
    propose: {
      tool: 'create_task',
      args: { title: 'Book the venue for the summer party', priority: 'low' },
      record: { priority: 'low', due_on: null },
    },
  },
  {
    intent: 'create_task',
    q: 'please remind me tomorrow at 3pm to phone Daniel Kim',
    propose: { tool: 'create_task', args: { due_date: 'TOMORROW_15', contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'create_task',
    q: 'task for Sam Lee: "Update the price list", due in 7 days',
    propose: {
      tool: 'create_task',
      args: { title: 'Update the price list', assignee_id: '@member:Sam Lee', due_on: 'IN_7_DAYS' },
      record: { due_on: 'IN_7_DAYS' },
    },
  },
  {
    intent: 'create_task',
    q: 'I need to order new stationery next wednesday, add it as a task',
    propose: { tool: 'create_task', args: { due_on: 'NEXT_WEDNESDAY' } },
  },
  {
    intent: 'create_task',
    q: 'add a to do to follow up with beacon plc about the contract, due today, high priority',
    propose: {
      tool: 'create_task',
      args: { contact_id: '@contact:Beacon', due_on: 'TODAY', priority: 'high' },
      record: { contact_id: '@contact:Beacon' },
    },
  },
  {
    intent: 'create_task',
    q: 'create task: Draft the Acme proposal (for Acme, due in 5 days)',
    propose: {
      tool: 'create_task',
      args: { title: 'Draft the Acme proposal', contact_id: '@contact:Acme', due_on: 'IN_5_DAYS' },
    },
  },
  {
    intent: 'create_task',
    q: "Remind me: check Grace's invoice details, tomorrow 15:00",
    propose: { tool: 'create_task', args: { due_date: 'TOMORROW_15' } },
  },
  {
    intent: 'create_task',
    q: 'make me a task, due the day after tomorrow, to send osei the floor plans',
    propose: { tool: 'create_task', args: { due_on: 'IN_2_DAYS', contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'create_task',
    q: 'creat a task to back up the laptop',
    propose: { tool: 'create_task', args: { title: 'Back up the laptop' }, record: { status: 'pending' } },
  },
];

const UPDATE_TASK: CorpusCase[] = [
  {
    intent: 'update_task',
    q: 'mark the retainer report as done',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Send the retainer report', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'Move "Order business cards" to next friday',
    propose: { tool: 'update_task', args: { task_id: '@task:Order business cards', changes: { due_on: 'NEXT_FRIDAY' } } },
  },
  {
    intent: 'update_task',
    q: 'set the priority of the lease task to high',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { priority: 'high' } },
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
    q: 'rename the business cards task to "Order business cards and letterheads"',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { title: 'Order business cards and letterheads' } },
      record: { title: 'Order business cards and letterheads' },
    },
  },
  {
    intent: 'update_task',
    before: 'create a task "Pay the electricity bill"',
    q: 'make it high priority',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Pay the electricity bill', changes: { priority: 'high' } },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'update_task',
    q: 'quarterly taxes: status in progress please',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { status: 'in_progress' } } },
  },
  {
    intent: 'update_task',
    q: 'the domain renewal is due in 3 days now, not 10',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { due_on: 'IN_3_DAYS' } },
      record: { due_on: 'IN_3_DAYS' },
    },
  },
  {
    intent: 'update_task',
    q: 'link the business cards task to Acme',
    propose: { tool: 'update_task', args: { task_id: '@task:Order business cards', changes: { contact_id: '@contact:Acme' } } },
  },
  {
    intent: 'update_task',
    q: "take Sam off the domain task, I'll do it myself",
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { assignee_id: 'ME' } },
      record: { assignee_id: 'ME' },
    },
  },
  {
    intent: 'update_task',
    q: 'Follow up on the relaunch proposal: lower the priority to medium',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Follow up on the relaunch proposal', changes: { priority: 'medium' } },
    },
  },
  {
    intent: 'update_task',
    q: 'set the status of the lease task to cancelled, the landlord sorted it',
    propose: { tool: 'update_task', args: { task_id: '@task:Check the lease', changes: { status: 'cancelled' } } },
  },
  {
    intent: 'update_task',
    q: 'put the kenji storyboard task back to pending',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Send Kenji the storyboard', changes: { status: 'pending' } },
      record: { status: 'pending' },
    },
  },
  {
    intent: 'update_task',
    q: 'finished calling grace about the website, tick it off',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Call Grace about the bakery website', changes: { status: 'completed' } },
    },
  },
  {
    intent: 'update_task',
    q: 'due date of prepare quarterly taxes -> tomorrow',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { due_on: 'TOMORROW' } } },
  },
];

const DELETE_TASK: CorpusCase[] = [
  {
    intent: 'delete_task',
    q: 'delete the task "Order business cards"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'please delete the lease task from my list',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' } },
  },
  {
    intent: 'delete_task',
    q: 'get rid of the domain renewal task, we are letting it lapse',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'Delete: Prepare quarterly taxes',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    before: 'show me my tasks for grace',
    q: 'delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
  {
    intent: 'delete_task',
    q: 'scrap the retainer report task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'I no longer need the task about the storyboard, delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'trash the overdue task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'delete the task linked to lukas brandt',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' }, record: { deleted: true } },
  },
  {
    intent: 'delete_task',
    q: 'remove the to-do that sam has',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'dlete the lease check',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' } },
  },
  {
    intent: 'delete_task',
    q: 'erase the task that is due today',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'the taxes to-do can go, please delete it',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
  {
    intent: 'delete_task',
    q: 'Could you delete the business cards one from my tasks?',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
];

const LIST_MEMBERS: CorpusCase[] = [
  { intent: 'list_members', q: "who's on my team?", reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'What role does Vera Viewer have?', reply: ['viewer'] },
  {
    intent: 'list_members',
    q: 'list the users of this workspace with their roles',
    reply: ['Sam Lee', 'member', 'Vera Viewer', 'viewer'],
  },
  { intent: 'list_members', q: 'do I have the owner role here, or am I an admin?', reply: ['owner'] },
  { intent: 'list_members', q: 'is sam lee a member or an admin', reply: ['member'] },
  { intent: 'list_members', q: 'how many people have access to the workspace', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'who can only view and not edit', reply: ['Vera Viewer'] },
  { intent: 'list_members', q: 'which team members can I assign tasks to', reply: ['Sam Lee'] },
  { intent: 'list_members', q: 'show me the members', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'what permissions does sam have here', reply: ['member'] },
  { intent: 'list_members', q: 'who else is on this account besides me?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: "what's vera's access level", reply: ['viewer'] },
  { intent: 'list_members', q: 'teh team list please', reply: ['Sam Lee', 'Vera Viewer'] },
];

// --- invoices, payments and credit notes ----------------------------------------------

const LIST_INVOICES: CorpusCase[] = [
  { intent: 'list_invoices', q: 'show me the unpaid invoices', reply: ['INV-0001', 'INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'how much money is owed to me in total?', reply: ['1,700.00'] },
  { intent: 'list_invoices', q: 'Which invoices are overdue?', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'list all invoices for amara okafor', reply: ['INV-0001'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: 'any invoices that are fully paid?', reply: ['INV-0003'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'what does Brightleaf owe us', reply: ['1,200.00'] },
  { intent: 'list_invoices', q: "invoices sent to nordwerk gmbh and what's left on them", reply: ['INV-0002', '500.00'] },
  { intent: 'list_invoices', q: 'Which clients still owe me money?', reply: ['Amara Okafor', 'Lukas Brandt'], absent: ['Priya'] },
  { intent: 'list_invoices', q: 'total value of all the invoices I ever issued', reply: ['4,950.00'] },
  { intent: 'list_invoices', q: 'how much have clients paid on my invoices so far', reply: ['3,250.00'] },
  { intent: 'list_invoices', q: 'invoices that are sent but not yet due', reply: ['INV-0001'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: "what's my oldest unpaid invoice", reply: ['INV-0002'] },
  { intent: 'list_invoices', q: "what is Lukas Brandt's outstanding balance", reply: ['500.00'] },
  { intent: 'list_invoices', q: 'overdue amount across all clients?', reply: ['500.00'] },
];

const GET_INVOICE: CorpusCase[] = [
  { intent: 'get_invoice', q: 'open INV-0001', reply: ['Amara Okafor', '1,200.00'] },
  { intent: 'get_invoice', q: 'what is invoice INV-0003 for?', reply: ['Dashboard project'] },
  { intent: 'get_invoice', q: 'balance on inv 2?', reply: ['500.00'] },
  { intent: 'get_invoice', q: 'INV-0002 line items and the unit price', reply: ['Relaunch workshop', '150.00'] },
  { intent: 'get_invoice', q: 'who is INV-0003 billed to', reply: ['Priya Raman'] },
  { intent: 'get_invoice', q: "what's the total of invoice number 2", reply: ['750.00'] },
  { intent: 'get_invoice', q: 'show the payments received on INV-0002', reply: ['250.00'] },
  { intent: 'get_invoice', q: 'INV-0001 – status please', reply: ['sent'] },
  { intent: 'get_invoice', before: 'list my paid invoices', q: 'what was on it?', reply: ['Dashboard project'] },
  { intent: 'get_invoice', q: 'details of the invoice for Priya Raman', reply: ['INV-0003', '3,000.00'] },
  { intent: 'get_invoice', q: 'what did we charge per workshop on the nordwerk invoice', reply: ['150.00'] },
  { intent: 'get_invoice', q: 'is inv-0002 overdue?', reply: ['overdue'] },
  { intent: 'get_invoice', q: 'show me invoice 1', reply: ['INV-0001', 'Brand retainer'] },
  { intent: 'get_invoice', q: 'how much is still open on the invioce to lukas', reply: ['500.00'] },
];

const CREATE_INVOICE: CorpusCase[] = [
  {
    intent: 'create_invoice',
    q: 'Invoice Amara Okafor 900 for "Campaign artwork"',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Campaign artwork', quantity: '1', unit_price: '900.00' }] },
      record: { status: 'draft', total_amount: '900.00', contact_name: 'Amara Okafor' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'create an invoice for Lukas Brandt: 2 workshops at 150 each',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ quantity: '2', unit_price: '150.00' }] },
      record: { total_amount: '300.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill grace $1,250 for the shop photography',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ quantity: '1', unit_price: '1250.00' }] },
      record: { total_amount: '1250.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Please draft an invoice to Priya Raman for 4 days of analytics consulting at 850 a day',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ quantity: '4', unit_price: '850.00' }] },
      record: { total_amount: '3400.00' },
    },
  },
  {
    intent: 'create_invoice',
    before: 'open sofia marquez',
    q: 'bill her 1.2k for the logo',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ quantity: '1', unit_price: '1200.00' }] },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'new invoice — Beacon plc — "Security review" — 3,400',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Security review', quantity: '1', unit_price: '3400.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice the harborline cto for 10 hours of support at $120/hr',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '10', unit_price: '120.00' }] },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'Acme needs an invoice with two lines: "Poster design" 250 and "Printing" 180',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Acme',
        items: [
          { description: 'Poster design', quantity: '1', unit_price: '250.00' },
          { description: 'Printing', quantity: '1', unit_price: '180.00' },
        ],
      },
      record: { total_amount: '430.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'raise an invoice for kenji watanabe of 2,000 for the title sequence',
    propose: { tool: 'create_invoice', args: { contact_id: '@contact:Kenji Watanabe', items: [{ quantity: '1', unit_price: '2000.00' }] } },
  },
  {
    intent: 'create_invoice',
    q: 'invoice tomas novak 600 for the translation',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Tomás Novák', items: [{ quantity: '1', unit_price: '600.00' }] },
      record: { total_amount: '600.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'I need to bill Osei Architects for 6 drawings at 95 each',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Osei', items: [{ quantity: '6', unit_price: '95.00' }] },
      record: { total_amount: '570.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice daniel kim: 3 x "Route optimisation workshop" @ 400',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Daniel Kim',
        items: [{ description: 'Route optimisation workshop', quantity: '3', unit_price: '400.00' }],
      },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'how much does amara owe right now? then invoice her another 500 for the december retainer',
    reply: ['1,200.00'],
    propose: { tool: 'create_invoice', args: { contact_id: '@contact:Amara Okafor', items: [{ quantity: '1', unit_price: '500.00' }] } },
  },
  {
    intent: 'create_invoice',
    q: 'Can you make an invoce for Sofia Marquez, "Hosting setup", 150',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Hosting setup', quantity: '1', unit_price: '150.00' }] },
      record: { total_amount: '150.00' },
    },
  },
];

const RECORD_PAYMENT: CorpusCase[] = [
  {
    intent: 'record_payment',
    q: 'Lukas Brandt paid the 500 he owed today',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { date: 'TODAY', invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'record a payment of 600 on INV-0001',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '600.00' },
      record: { invoice: { balance_due: '600.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'amara sent the full payment for her invoice yesterday',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY', invoice: { status: 'paid' } },
    },
  },
  {
    intent: 'record_payment',
    before: 'what is still open on INV-0002?',
    q: 'record a payment of 200 on it',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '200.00' },
      record: { invoice: { balance_due: '300.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'got $1,200 from brightleaf studio, apply it to INV-0001',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'nordwerk paid 100 towards their overdue invoice',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '100.00' },
      record: { invoice: { balance_due: '400.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'INV-0002: payment received, 500, dated yesterday',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY' },
    },
  },
  {
    intent: 'record_payment',
    q: "mark amara okafor's invoice as paid",
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { invoice: { status: 'paid', balance_due: '0.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'Record that Lukas paid half of what he still owes',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '250.00' },
      record: { invoice: { balance_due: '250.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'the bank shows 450 in from Amara Okafor for INV-0001',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '450.00' },
      record: { invoice: { balance_due: '750.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'payment in: three hundred from nordwerk gmbh on invoice 2',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '300.00' },
      record: { invoice: { balance_due: '200.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'the brightleaf invoice got paid in full today',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { date: 'TODAY', invoice: { status: 'paid' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'log a 75 payment against inv-0002',
    propose: {
      tool: 'record_payment',
      args: { invoice_id: '@invoice:INV-0002', amount: '75.00' },
      record: { invoice: { balance_due: '425.00' } },
    },
  },
  {
    intent: 'record_payment',
    q: 'recieved 1000 from amara towards her invoice',
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
    q: 'issue a credit note for 200 on INV-0001',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '200.00' },
      record: { total_amount: '200.00', invoice: { balance_due: '1000.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'Credit Lukas 150 on the workshop invoice, reason: "One session cancelled"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '150.00', reason: 'One session cancelled' },
      record: { reason: 'One session cancelled', invoice: { balance_due: '350.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'we owe priya a refund of 300 on INV-0003 — do a credit note and pay it back',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '300.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    before: 'show me the brightleaf invoice',
    q: 'credit 120 on that one',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '120.00' },
      record: { total_amount: '120.00' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note on INV-0002 for its whole remaining balance',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '500.00' },
      record: { invoice: { balance_due: '0.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'Please raise a credit note of $50 against invoice 2 for a late delivery',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '50.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit 10% of INV-0003 back to Fernhill, as a refund',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0003', amount: '300.00', refund: true },
      record: { total_amount: '300.00' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'issue a credit for one of the five workshop days on the nordwerk invoice',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '150.00' },
      record: { invoice: { balance_due: '350.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit INV-0001 by 1,200 — the retainer was cancelled',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' },
      record: { invoice: { balance_due: '0.00' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note for amara okafor, 80, reason "Typo in the brief"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0001', amount: '80.00', reason: 'Typo in the brief' },
      record: { reason: 'Typo in the brief' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'put a 500 credit on the dashboard project invoice (no refund)',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '500.00' }, record: { total_amount: '500.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'INV-0002 needs a credit of 25.50',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '25.50' },
      record: { invoice: { balance_due: '474.50' } },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'crdit note 90 on INV-0001',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '90.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'Fernhill paid 3,000 but we had agreed 2,700: credit the difference on their invoice and send it back to them',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '300.00', refund: true } },
  },
];

// --- recurring invoices and quotes -------------------------------------------------------

const LIST_RECURRING_INVOICES: CorpusCase[] = [
  { intent: 'list_recurring_invoices', q: 'Which clients are on recurring invoices?', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'how often does Nordwerk get billed on repeat', reply: ['quarterly'] },
  { intent: 'list_recurring_invoices', q: 'what does the recurring invoice for amara charge each time', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'are my recurring invoices all active?', reply: ['active'] },
  { intent: 'list_recurring_invoices', q: "when does amara okafor's recurring invoice first go out", reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'show the repeat billing for brightleaf studio', reply: ['monthly', '500.00'] },
  { intent: 'list_recurring_invoices', q: 'list recurring invoices with their frequency', reply: ['monthly', 'quarterly'] },
  { intent: 'list_recurring_invoices', q: 'which client has a quarterly recurring invoice', reply: ['Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: "what line item is on lukas brandt's recurring invoice", reply: ['Retainer'] },
  { intent: 'list_recurring_invoices', q: 'next date for the monthly recurring invoice?', reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'recurring billing overview please', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'do I bill anyone automatically every month?', reply: ['Amara Okafor'] },
  { intent: 'list_recurring_invoices', q: 'the reccuring invoice for lukas: how much and how often', reply: ['500.00', 'quarterly'] },
  {
    intent: 'list_recurring_invoices',
    q: 'what recurring revenue have I set up, client by client',
    reply: ['Amara Okafor', 'Lukas Brandt', '500.00'],
  },
];

const PAUSE_RECURRING_INVOICE: CorpusCase[] = [
  {
    intent: 'pause_recurring_invoice',
    q: "Please pause Amara Okafor's repeating invoice.",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'stop the quarterly invoices to nordwerk for now',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "put brightleaf's monthly billing on hold",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'which recurring invoices are there?',
    q: 'pause the quarterly one',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Lukas Brandt' },
      record: { status: 'paused', contact_name: 'Lukas Brandt' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'Lukas asked us to hold billing until spring, pause his recurring invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'suspend the automatic invoice for Amara',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "can you pause nordwerk gmbh's recurring invoice",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' }, record: { status: 'paused' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause recurring invoice – Brightleaf Studio',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'no more automatic invoices to lukas brandt until I say so',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the monthly repeat invoice for the time being',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    before: 'how often is amara billed automatically?',
    q: 'pause it',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "set amara okafor's recurring invoice to paused",
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Amara Okafor' },
      record: { status: 'paused', contact_name: 'Amara Okafor' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'puase the recurring invoice for lukas',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
];

const LIST_QUOTES: CorpusCase[] = [
  {
    intent: 'list_quotes',
    q: 'which quotes are still waiting for an answer from the client',
    reply: ['QUO-0001'],
    absent: ['QUO-0002'],
  },
  { intent: 'list_quotes', q: 'list all quotes', reply: ['QUO-0001', 'QUO-0002', 'QUO-0003', 'QUO-0004'] },
  { intent: 'list_quotes', q: 'was the quote for Kenji accepted?', reply: ['declined'] },
  { intent: 'list_quotes', q: 'how much did we quote Grace Whitfield', reply: ['2,200.00'] },
  { intent: 'list_quotes', q: 'show me accepted quotes', reply: ['QUO-0002'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'what is QUO-0003 for', reply: ['Online shop setup'] },
  { intent: 'list_quotes', q: 'quotes for sofia marquez', reply: ['QUO-0001', '4,800.00'] },
  { intent: 'list_quotes', q: "add up every quote I've written, what do they come to?", reply: ['11,450.00'] },
  { intent: 'list_quotes', q: 'which quote got turned down and how much was it', reply: ['QUO-0004', '1,600.00'] },
  { intent: 'list_quotes', q: 'status of the casa marquez quote?', reply: ['sent'] },
  { intent: 'list_quotes', q: 'show the draft quotes', reply: ['QUO-0003'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'QUO-0002 — what is it for and at what unit price', reply: ['Office fit-out drawings', '950.00'] },
  {
    intent: 'list_quotes',
    q: 'which quotes are open, meaning sent or accepted?',
    reply: ['QUO-0001', 'QUO-0002'],
    absent: ['QUO-0004'],
  },
  { intent: 'list_quotes', q: 'qoutes for daniel osei?', reply: ['QUO-0002'] },
];

const CREATE_QUOTE: CorpusCase[] = [
  {
    intent: 'create_quote',
    q: 'Make a quote for Grace Whitfield: "Seasonal menu boards" 400',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Grace Whitfield',
        items: [{ description: 'Seasonal menu boards', quantity: '1', unit_price: '400.00' }],
      },
      record: { status: 'draft', total_amount: '400.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote amara okafor 3 brand workshops at 700 each',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Amara Okafor', items: [{ quantity: '3', unit_price: '700.00' }] },
      record: { total_amount: '2100.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new quote for Beacon plc, 5,500 for the penetration test, valid for 30 days',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Beacon', valid_until: 'IN_30_DAYS', items: [{ quantity: '1', unit_price: '5500.00' }] },
      record: { total_amount: '5500.00' },
    },
  },
  {
    intent: 'create_quote',
    before: 'look up priya raman',
    q: 'draft her a quote for 2,800, dashboard redesign',
    propose: { tool: 'create_quote', args: { contact_id: '@contact:Priya Raman', items: [{ quantity: '1', unit_price: '2800.00' }] } },
  },
  {
    intent: 'create_quote',
    q: 'estimate for lukas brandt: 12 training hours at 110',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ quantity: '12', unit_price: '110.00' }] },
      record: { total_amount: '1320.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote for Tomás Novák: "Catalogue layout" 1,450',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Tomás Novák', items: [{ description: 'Catalogue layout', quantity: '1', unit_price: '1450.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'create a quote to harborline logistics for 20 licences at 45',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '20', unit_price: '45.00' }] },
      record: { total_amount: '900.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'price up a quote for sofia: "Menu photography" 650 and "Retouching" 200',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Sofia Marquez',
        items: [
          { description: 'Menu photography', quantity: '1', unit_price: '650.00' },
          { description: 'Retouching', quantity: '1', unit_price: '200.00' },
        ],
      },
      record: { total_amount: '850.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote kenji watanabe 3.5k for the trailer edit',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Kenji Watanabe', items: [{ quantity: '1', unit_price: '3500.00' }] },
      record: { total_amount: '3500.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'can you quote Daniel Osei 4 site visits at 250 each, valid until next friday',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Osei', valid_until: 'NEXT_FRIDAY', items: [{ quantity: '4', unit_price: '250.00' }] },
      record: { total_amount: '1000.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'I want to give acme a quote of $999 for the website audit',
    propose: { tool: 'create_quote', args: { contact_id: '@contact:Acme', items: [{ quantity: '1', unit_price: '999.00' }] } },
  },
  {
    intent: 'create_quote',
    q: 'Quote: Daniel Kim, 2 x "Fleet dashboard licence" @ 1,100',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Daniel Kim',
        items: [{ description: 'Fleet dashboard licence', quantity: '2', unit_price: '1100.00' }],
      },
      record: { total_amount: '2200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new estimate for brightleaf studio, one item, "Annual report design", 3,000',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Amara Okafor', items: [{ description: 'Annual report design', quantity: '1', unit_price: '3000.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quoet grace 180 for a cake stand photo shoot',
    propose: { tool: 'create_quote', args: { contact_id: '@contact:Grace Whitfield', items: [{ quantity: '1', unit_price: '180.00' }] } },
  },
];

/** A conversion cannot be undone: each runs on an account of its own (see the top). */
const CONVERT_QUOTE: CorpusCase[] = [
  {
    intent: 'convert_quote',
    q: 'turn QUO-0002 into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'Sofia accepted the website redesign quote, please convert it to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'invoice the accepted quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'make an invoice out of the quote for osei architects',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    before: 'show the quotes for sofia marquez',
    q: 'ok turn that into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert the casa marquez quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'QUO-0001 should become an invoice now',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'Daniel Osei wants the invoice for his drawings now, make it from the quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert quote 1 to a draft invoice',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '4800.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'the 2,850 quote is approved; create the invoice from it',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'please invoice Sofia Marquez from her quote',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00', contact_name: 'Sofia Marquez' } },
  },
  {
    intent: 'convert_quote',
    q: 'generate an invoice from quote number QUO-0002',
    propose: { tool: 'convert_quote', args: {}, record: { status: 'draft', total_amount: '2850.00' } },
  },
  {
    intent: 'convert_quote',
    q: 'osei said yes, convert his quote to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '2850.00', contact_name: 'Daniel Osei' } },
  },
  {
    intent: 'convert_quote',
    q: 'cnovert QUO-0001 into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { total_amount: '4800.00' } },
  },
];

// --- deals ---------------------------------------------------------------------------

const LIST_DEAL_STAGES: CorpusCase[] = [
  {
    intent: 'list_deal_stages',
    q: 'what stages does my pipeline have?',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'probability of a deal in negotiation?', reply: ['75'] },
  { intent: 'list_deal_stages', q: 'what comes after the proposal stage', reply: ['Negotiation'] },
  { intent: 'list_deal_stages', q: 'which stage is the 10 percent one', reply: ['Lead'] },
  {
    intent: 'list_deal_stages',
    q: 'list the pipeline stages in order, with their percentages',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost', '10', '25', '50', '75'],
  },
  { intent: 'list_deal_stages', q: "what's the first stage of the pipeline", reply: ['Lead'] },
  { intent: 'list_deal_stages', q: 'what win probability does the Won stage have', reply: ['100'] },
  { intent: 'list_deal_stages', q: 'how likely is a qualified deal to close, according to the stage settings', reply: ['25'] },
  { intent: 'list_deal_stages', q: 'which stages count as closed?', reply: ['Won', 'Lost'] },
  { intent: 'list_deal_stages', q: 'What stage comes before negotiation?', reply: ['Proposal'] },
  { intent: 'list_deal_stages', q: 'does the pipeline have a stage for lost deals', reply: ['Lost'] },
  { intent: 'list_deal_stages', q: 'just the stage names please', reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'] },
  {
    intent: 'list_deal_stages',
    q: 'deal stgaes and their probabilties',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost', '50', '75'],
  },
];

const LIST_DEALS: CorpusCase[] = [
  {
    intent: 'list_deals',
    q: 'show me my open deals',
    reply: ['Casa Marquez website', 'Osei office drawings', 'Whitfield online shop', 'Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'list_deals', q: 'What is the biggest deal I have?', reply: ['Fernhill data platform', '12,000.00'] },
  { intent: 'list_deals', q: 'deals in the proposal stage', reply: ['Casa Marquez website'], absent: ['Osei office drawings'] },
  { intent: 'list_deals', q: 'how much is my pipeline worth altogether', reply: ['31,350.00'] },
  { intent: 'list_deals', q: 'what stage is the nordwerk deal at', reply: ['Qualified'] },
  { intent: 'list_deals', q: 'the deal with grace, which stage is it in?', reply: ['Lead'] },
  {
    intent: 'list_deals',
    q: 'deals sitting in Qualified?',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Whitfield online shop'],
  },
  { intent: 'list_deals', q: 'Nordwerk relaunch phase 2: how big is that deal?', reply: ['9,500.00'] },
  { intent: 'list_deals', q: 'weighted value of my pipeline', reply: ['10,132.50'] },
  {
    intent: 'list_deals',
    q: 'deals over 5k',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Casa Marquez website', 'Whitfield online shop'],
  },
  { intent: 'list_deals', q: 'what deals do I have going with daniel osei', reply: ['Osei office drawings', '2,850.00'] },
  {
    intent: 'list_deals',
    q: 'list the deals for sofia marquez and for grace whitfield',
    reply: ['Casa Marquez website', 'Whitfield online shop'],
  },
  { intent: 'list_deals', before: 'which deal is in negotiation?', q: 'what value does that one have?', reply: ['2,850.00'] },
  { intent: 'list_deals', q: 'fernhill deal - value and stage', reply: ['12,000.00', 'Qualified'] },
  { intent: 'list_deals', q: 'dealz in the lead stage?', reply: ['Whitfield online shop'], absent: ['Fernhill data platform'] },
];

const CREATE_DEAL: CorpusCase[] = [
  {
    intent: 'create_deal',
    q: 'add a deal called "Brightleaf brand refresh" worth 6,000 for Amara Okafor',
    propose: {
      tool: 'create_deal',
      args: { title: 'Brightleaf brand refresh', value: '6000.00', contact_id: '@contact:Amara Okafor' },
      record: { value: '6000.00', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal for Beacon plc: "Beacon website rebuild", 14,500, in Qualified',
    propose: {
      tool: 'create_deal',
      args: { title: 'Beacon website rebuild', value: '14500.00', contact_id: '@contact:Beacon', stage_id: '@stage:Qualified' },
      record: { stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'create_deal',
    q: 'create a deal with Daniel Kim for 7k',
    propose: { tool: 'create_deal', args: { value: '7000.00', contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'create_deal',
    q: 'Log an opportunity: "Studio Kaze documentary", value 22,000, stage proposal, contact Kenji Watanabe',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Studio Kaze documentary',
        value: '22000.00',
        stage_id: '@stage:Proposal',
        contact_id: '@contact:Kenji Watanabe',
      },
      record: { stage_id: '@stage:Proposal', value: '22000.00' },
    },
  },
  {
    intent: 'create_deal',
    before: 'open grace whitfield',
    q: 'start a deal for her, "Whitfield catering menu", 1,750',
    propose: {
      tool: 'create_deal',
      args: { title: 'Whitfield catering menu', value: '1750.00', contact_id: '@contact:Grace Whitfield' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add a 3,200 deal "Novák archive scan" with tomas novak, closing in 45 days',
    propose: {
      tool: 'create_deal',
      args: { title: 'Novák archive scan', value: '3200.00', contact_id: '@contact:Tomás Novák', expected_close_date: 'IN_45_DAYS' },
      record: { expected_close_date: 'IN_45_DAYS' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal: Acme maintenance contract, 2,400, owner Sam Lee',
    propose: {
      tool: 'create_deal',
      args: { title: 'Acme maintenance contract', value: '2400.00', owner_id: '@member:Sam Lee' },
      record: { owner_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_deal',
    q: 'put a deal in the pipeline for priya raman: "Fernhill data warehouse", 30,000, negotiation stage',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Fernhill data warehouse',
        value: '30000.00',
        contact_id: '@contact:Priya Raman',
        stage_id: '@stage:Negotiation',
      },
    },
  },
  {
    intent: 'create_deal',
    q: 'create deal "Casa Marquez SEO" for 1,800',
    propose: { tool: 'create_deal', args: { title: 'Casa Marquez SEO', value: '1800.00' }, record: { value: '1800.00' } },
  },
  {
    intent: 'create_deal',
    q: 'Daniel Osei may want an extension designed — add it as a deal, 8,500, lead stage',
    propose: {
      tool: 'create_deal',
      args: { value: '8500.00', contact_id: '@contact:Daniel Osei', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new opportunity with lukas brandt, "Nordwerk support plan", 5,400, expected to close next monday',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Nordwerk support plan',
        value: '5400.00',
        contact_id: '@contact:Lukas Brandt',
        expected_close_date: 'NEXT_MONDAY',
      },
    },
  },
  {
    intent: 'create_deal',
    q: 'add deal "Harborline fleet tracking" for twelve thousand',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline fleet tracking', value: '12000.00' },
      record: { value: '12000.00' },
    },
  },
  {
    intent: 'create_deal',
    q: 'deal: "Beacon training day" 2.5k',
    propose: { tool: 'create_deal', args: { title: 'Beacon training day', value: '2500.00' } },
  },
  {
    intent: 'create_deal',
    q: 'craete a deal "Whitfield franchise kit" of 4,000 with grace',
    propose: {
      tool: 'create_deal',
      args: { title: 'Whitfield franchise kit', value: '4000.00', contact_id: '@contact:Grace Whitfield' },
    },
  },
];

const MOVE_DEAL: CorpusCase[] = [
  {
    intent: 'move_deal',
    q: 'move the Whitfield online shop deal to Proposal',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Proposal' },
      record: { stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'move_deal',
    q: 'Osei office drawings is won!',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: "Lukas's deal should sit in proposal now",
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'Fernhill data platform has reached negotiation, update its stage',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Negotiation' },
      record: { stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'move_deal',
    before: 'show me the deal for sofia marquez',
    q: 'mark it as won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'we lost the whitfield online shop deal — reason "went with a Shopify agency"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Lost', lost_reason: 'went with a Shopify agency' },
      record: { stage_id: '@stage:Lost', lost_reason: 'went with a Shopify agency' },
    },
  },
  {
    intent: 'move_deal',
    q: 'push the casa marquez deal forward to negotiation',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'move fernhill back to lead',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Lead' } },
  },
  {
    intent: 'move_deal',
    q: 'the priya deal is lost, "Budget moved to next year"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Lost', lost_reason: 'Budget moved to next year' },
    },
  },
  {
    intent: 'move_deal',
    q: 'we closed Nordwerk relaunch phase 2, set it to Won',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Won' },
      record: { stage_id: '@stage:Won' },
    },
  },
  {
    intent: 'move_deal',
    q: 'move the deal with grace to qualified',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'Osei office drawings back to proposal please',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'advance the whitfield deal by one stage',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    q: 'mvoe the casa marquez website deal to won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' } },
  },
];

// --- time tracking ------------------------------------------------------------------

const TIME_SUMMARY: CorpusCase[] = [
  { intent: 'time_summary', q: 'how much time have I clocked up since the start of the month?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'time tracked for acme so far this month', reply: ['2:15'], absent: ['12:15'] },
  { intent: 'time_summary', q: 'beacon plc — total time in minutes', reply: ['600'] },
  { intent: 'time_summary', q: 'per-client split of my time this month', reply: ['Acme', '2:15', 'Beacon', '10:00'] },
  { intent: 'time_summary', q: 'how much time went into design work this month', reply: ['1:30'] },
  { intent: 'time_summary', q: "what's my total tracked time this month in hours and minutes", reply: ['12:15'] },
  { intent: 'time_summary', q: 'hours for beacon?', reply: ['10:00'] },
  { intent: 'time_summary', q: 'how much time did I spend on the acme review', reply: ['45'] },
  { intent: 'time_summary', q: 'which client took the most of my time this month', reply: ['Beacon'] },
  { intent: 'time_summary', q: 'time logged since the 1st, per client', reply: ['Acme', 'Beacon'] },
  { intent: 'time_summary', q: 'how long have I worked for Acme Ltd this month?', reply: ['2:15'] },
  { intent: 'time_summary', q: "total minutes I've tracked this month", reply: ['735'] },
  { intent: 'time_summary', q: 'summary of my timesheet for this month', reply: ['12:15'] },
  { intent: 'time_summary', q: 'tiem spent on beacon this month', reply: ['10:00'] },
];

/** `before` starts a timer (confirmed by the harness); the question is then about it. */
const RUNNING_TIMER: CorpusCase[] = [
  {
    intent: 'running_timer',
    before: 'start a timer for acme on "Brochure layout"',
    q: "what's on the clock right now?",
    reply: ['Brochure layout'],
  },
  { intent: 'running_timer', before: 'start a timer "Tax paperwork"', q: 'is anything being timed right now', reply: ['Tax paperwork'] },
  { intent: 'running_timer', before: 'clock in for beacon plc', q: 'which client is the timer for?', reply: ['Beacon'] },
  { intent: 'running_timer', before: 'start timing acme: "Logo sketches"', q: 'is the clock on? what for?', reply: ['Logo sketches'] },
  {
    intent: 'running_timer',
    before: 'start a timer for beacon on "Firewall review"',
    q: "what's running at the moment?",
    reply: ['Firewall review'],
  },
  { intent: 'running_timer', before: 'start tracking "Inbox zero"', q: 'do I have a timer going', reply: ['Inbox zero'] },
  { intent: 'running_timer', before: 'start a timer for acme ltd', q: 'who am I tracking time for right now', reply: ['Acme'] },
  {
    intent: 'running_timer',
    before: 'start the timer on "Quarterly planning"',
    q: 'when did I start the current timer, and on what?',
    reply: ['Quarterly planning'],
  },
  {
    intent: 'running_timer',
    before: 'begin a timer for beacon, "Report writing"',
    q: 'is my clock still ticking?',
    reply: ['Report writing'],
  },
  { intent: 'running_timer', before: 'start a timer: "Supplier calls"', q: 'running timer?', reply: ['Supplier calls'] },
  { intent: 'running_timer', before: 'clock me in on acme, "Banner resize"', q: 'what am I timing', reply: ['Banner resize'] },
  {
    intent: 'running_timer',
    before: 'start timing beacon plc "Kickoff prep"',
    q: 'which piece of work is being timed?',
    reply: ['Kickoff prep'],
  },
  { intent: 'running_timer', before: 'start a timer "Filing"', q: 'is a timer runing', reply: ['Filing'] },
];

const START_TIMER: CorpusCase[] = [
  {
    intent: 'start_timer',
    q: 'Acme work starting now, timer please: "Landing page"',
    propose: {
      tool: 'start_timer',
      args: { description: 'Landing page', contact_id: '@contact:Acme' },
      record: { description: 'Landing page', ended_at: null },
    },
  },
  {
    intent: 'start_timer',
    q: 'time my work on the Fernhill dashboard from now',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'start_timer',
    q: 'Start tracking time: "Bookkeeping catch-up"',
    propose: { tool: 'start_timer', args: { description: 'Bookkeeping catch-up' }, record: { contact_id: null } },
  },
  {
    intent: 'start_timer',
    q: 'clock in for Daniel Kim',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Daniel Kim' }, record: { ended_at: null } },
  },
  {
    intent: 'start_timer',
    before: 'who is lukas brandt',
    q: 'start a timer for him',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'start_timer',
    q: 'kick off a timer called "Tender response" for Beacon',
    propose: { tool: 'start_timer', args: { description: 'Tender response', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'start_timer',
    q: "I'm starting on Grace's shop photos, start the clock",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'start_timer',
    q: 'please start timing "Payroll run"',
    propose: { tool: 'start_timer', args: { description: 'Payroll run' }, record: { description: 'Payroll run' } },
  },
  {
    intent: 'start_timer',
    q: 'start a timer on the osei architects job',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'start_timer',
    q: 'begin timing for brightleaf studio — "Moodboard"',
    propose: { tool: 'start_timer', args: { description: 'Moodboard', contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'start_timer',
    q: 'timer on for kenji: "Colour grading"',
    propose: {
      tool: 'start_timer',
      args: { description: 'Colour grading', contact_id: '@contact:Kenji Watanabe' },
      record: { contact_id: '@contact:Kenji Watanabe' },
    },
  },
  {
    intent: 'start_timer',
    q: 'start my stopwatch for casa marquez',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'start_timer',
    q: 'start the timer for Tomás Novák, "Archive scanning"',
    propose: { tool: 'start_timer', args: { description: 'Archive scanning', contact_id: '@contact:Tomás Novák' } },
  },
  {
    intent: 'start_timer',
    q: 'sart a timer for nordwerk',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Lukas Brandt' } },
  },
];

/** `before` starts a timer (confirmed by the harness); stopping cannot be undone, so each runs on an account of its own. */
const STOP_TIMER: CorpusCase[] = [
  {
    intent: 'stop_timer',
    before: 'start a timer for acme, "Printing check"',
    q: 'stop the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Printing check', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Research"',
    q: "I'm done, clock me out",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Research' } },
  },
  {
    intent: 'stop_timer',
    before: 'clock in for beacon',
    q: 'stop tracking now',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer: "Email triage"',
    q: 'please stop the timer I started',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Email triage' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for beacon plc, "Risk memo"',
    q: 'finished the memo, stop the clock',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Risk memo', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing acme',
    q: 'end the timer',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer "Call with accountant"',
    q: 'the call is over, stop timing',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Call with accountant' } },
  },
  {
    intent: 'stop_timer',
    before: 'start the clock for acme ltd on "Proofing"',
    q: 'stop the running clock and log the time',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Proofing' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for beacon, "Backlog grooming"',
    q: "I'm clocking out",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Backlog grooming' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer "Invoices"',
    q: 'ok, stop it now',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Invoices' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timing "Site visit notes" for acme',
    q: "Stop timing, I'm going to lunch",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Site visit notes' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for beacon',
    q: 'how long has it been running? stop it',
    propose: { tool: 'stop_timer', args: {}, record: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer "Sorting receipts"',
    q: 'stpo the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Sorting receipts' } },
  },
];

const LOG_TIME: CorpusCase[] = [
  {
    intent: 'log_time',
    q: 'log 2 hours for Acme on "Print proofs"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 120, contact_id: '@contact:Acme', description: 'Print proofs' },
      record: { duration_minutes: 120, description: 'Print proofs' },
    },
  },
  {
    intent: 'log_time',
    q: 'I spent 45 minutes on the phone with Lukas Brandt yesterday, log it',
    propose: { tool: 'log_time', args: { duration_minutes: 45, contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'log_time',
    q: 'add a time entry: Beacon, 3h15m',
    propose: { tool: 'log_time', args: { duration_minutes: 195, contact_id: '@contact:Beacon' }, record: { duration_minutes: 195 } },
  },
  {
    intent: 'log_time',
    q: 'record 90 minutes of admin, no client',
    propose: { tool: 'log_time', args: { duration_minutes: 90 }, record: { contact_id: null } },
  },
  {
    intent: 'log_time',
    q: 'log half an hour for kenji watanabe, "Feedback call"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 30, contact_id: '@contact:Kenji Watanabe', description: 'Feedback call' },
    },
  },
  {
    intent: 'log_time',
    before: 'how much time have I got on beacon this month?',
    q: 'put 2 more hours on them',
    propose: { tool: 'log_time', args: { duration_minutes: 120, contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'log_time',
    q: 'log 6 hours for grace whitfield, not billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 360, contact_id: '@contact:Grace Whitfield', billable: false },
      record: { billable: false },
    },
  },
  {
    intent: 'log_time',
    q: 'Please log 1h 45m against Harborline Logistics',
    propose: { tool: 'log_time', args: { duration_minutes: 105, contact_id: '@contact:Daniel Kim' } },
  },
  {
    intent: 'log_time',
    q: 'timesheet: 4 hrs on the Fernhill project today',
    propose: { tool: 'log_time', args: { duration_minutes: 240, contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'log_time',
    q: 'put down three hours for Osei Architects',
    propose: { tool: 'log_time', args: { duration_minutes: 180, contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'log_time',
    q: 'log 20 min for sofia marquez, "Quick call"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 20, contact_id: '@contact:Sofia Marquez', description: 'Quick call' },
      record: { duration_minutes: 20 },
    },
  },
  {
    intent: 'log_time',
    q: 'add 2.5 hours for amara okafor',
    propose: { tool: 'log_time', args: { duration_minutes: 150, contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'log_time',
    q: 'log 1 hour for acme ltd as billable',
    propose: { tool: 'log_time', args: { duration_minutes: 60, contact_id: '@contact:Acme' }, record: { billable: true } },
  },
  {
    intent: 'log_time',
    q: 'lgo 3 hours for beacon',
    propose: { tool: 'log_time', args: { duration_minutes: 180, contact_id: '@contact:Beacon' } },
  },
];

// --- money and the overview ------------------------------------------------------------

const LIST_TRANSACTIONS: CorpusCase[] = [
  {
    intent: 'list_transactions',
    q: "list today's transactions",
    reply: ['Website milestone', 'Lunch with Lukas', 'Hosting', 'Design tool'],
    absent: ['800.00'],
  },
  { intent: 'list_transactions', q: 'show my software expenses', reply: ['Hosting', 'Design tool'], absent: ['Lunch with Lukas'] },
  { intent: 'list_transactions', q: 'what was the rent payment last month', reply: ['800.00'] },
  { intent: 'list_transactions', q: 'income transactions from last month', reply: ['2,000.00'], absent: ['1,500.00'] },
  { intent: 'list_transactions', q: 'show me the invoice payments I received', reply: ['250.00', '3,000.00'] },
  { intent: 'list_transactions', q: 'what did the lunch with lukas cost', reply: ['45.90'] },
  { intent: 'list_transactions', q: 'expenses this month', reply: ['45.90', '120.00', '29.99'], absent: ['800.00'] },
  {
    intent: 'list_transactions',
    q: 'all transactions over 500',
    reply: ['1,500.00', '2,000.00', '800.00', '3,000.00'],
    absent: ['120.00'],
  },
  { intent: 'list_transactions', q: 'how much did I pay for hosting', reply: ['120.00'] },
  { intent: 'list_transactions', q: 'what came in today?', reply: ['1,500.00'], absent: ['45.90'] },
  { intent: 'list_transactions', q: 'show the Website milestone transaction', reply: ['1,500.00'] },
  { intent: 'list_transactions', q: 'list every expense I have recorded', reply: ['45.90', '120.00', '29.99', '800.00'] },
  { intent: 'list_transactions', q: 'smallest expense this month', reply: ['29.99'] },
  { intent: 'list_transactions', q: 'trasactions in the meals category', reply: ['45.90'], absent: ['120.00'] },
];

const LIST_CATEGORIES: CorpusCase[] = [
  { intent: 'list_categories', q: 'list my transaction categories', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'what expense categories have I used?', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'which income categories are there', reply: ['Client work', 'Invoice payments'], absent: ['Rent'] },
  { intent: 'list_categories', q: 'is there already a category called Software?', reply: ['Software'] },
  { intent: 'list_categories', q: 'categories for money coming in?', reply: ['Client work'] },
  { intent: 'list_categories', q: 'what categories could a dinner receipt go under', reply: ['Meals'] },
  { intent: 'list_categories', q: 'do I have a rent category', reply: ['Rent'] },
  {
    intent: 'list_categories',
    q: "every category I've got, income side and expense side",
    reply: ['Client work', 'Invoice payments', 'Software', 'Meals', 'Rent'],
  },
  { intent: 'list_categories', q: "what's the category list for expenses", reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'what category names are in use', reply: ['Client work', 'Software'] },
  {
    intent: 'list_categories',
    q: 'I want to book a subscription: what categories do I already have for costs?',
    reply: ['Software', 'Meals', 'Rent'],
  },
  { intent: 'list_categories', q: 'show my categories', reply: ['Client work', 'Meals'] },
  { intent: 'list_categories', q: 'catagories?', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
];

const MONEY_TOTALS: CorpusCase[] = [
  { intent: 'money_totals', q: "what's come in this month, income-wise?", reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'total expenses this month', reply: ['195.89'] },
  { intent: 'money_totals', q: 'what was my net profit last month', reply: ['1,200.00'] },
  { intent: 'money_totals', q: 'income vs expenses this month', reply: ['1,500.00', '195.89'] },
  { intent: 'money_totals', q: 'software costs this month', reply: ['149.99'] },
  { intent: 'money_totals', q: 'What did I earn last month?', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'how much did rent cost me last month', reply: ['800.00'] },
  { intent: 'money_totals', q: 'money in since last month began, all together', reply: ['3,500.00'] },
  { intent: 'money_totals', q: 'net for this month', reply: ['1,304.11'] },
  { intent: 'money_totals', q: 'how much have I spent since the first of last month', reply: ['995.89'] },
  { intent: 'money_totals', q: 'meals spending this month', reply: ['45.90'] },
  { intent: 'money_totals', q: 'total income ever recorded', reply: ['6,750.00'] },
  { intent: 'money_totals', q: 'how much did the client work category bring in last month', reply: ['2,000.00'] },
  { intent: 'money_totals', q: 'expences last month', reply: ['800.00'] },
];

const TOP_CATEGORIES: CorpusCase[] = [
  { intent: 'top_categories', q: 'what are my top spending categories this month?', reply: ['Software', 'Meals'] },
  { intent: 'top_categories', q: 'biggest expense category last month', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'where does most of my income come from this month', reply: ['Client work', '1,500.00'] },
  { intent: 'top_categories', q: 'rank my expense categories over all time', reply: ['Rent', 'Software', 'Meals'] },
  { intent: 'top_categories', q: 'top income categories overall', reply: ['Client work', '3,500.00', 'Invoice payments', '3,250.00'] },
  { intent: 'top_categories', q: 'which category costs me the most this month, and how much', reply: ['Software', '149.99'] },
  { intent: 'top_categories', q: 'expense categories ranked, since last month began', reply: ['Rent', 'Software', 'Meals'] },
  { intent: 'top_categories', q: 'what do I spend the least on this month', reply: ['Meals'] },
  { intent: 'top_categories', q: 'income by category last month', reply: ['Client work', '2,000.00'] },
  { intent: 'top_categories', q: 'my largest cost categories ever', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'top 2 expense categories this month with totals', reply: ['Software', '149.99', 'Meals', '45.90'] },
  { intent: 'top_categories', q: 'which income category is the second biggest overall', reply: ['Invoice payments', '3,250.00'] },
  { intent: 'top_categories', q: 'top catgories of spending last month', reply: ['Rent'] },
];

const CREATE_TRANSACTION: CorpusCase[] = [
  {
    intent: 'create_transaction',
    q: 'add an expense of 64.50 for train tickets',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '64.50' }, record: { type: 'expense', amount: '64.50' } },
  },
  {
    intent: 'create_transaction',
    q: 'record income of 1,250 from a workshop I ran',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '1250.00' }, record: { type: 'income' } },
  },
  {
    intent: 'create_transaction',
    q: 'I bought a keyboard for 89.99 today, add it as an expense',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '89.99' }, record: { date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'expense yesterday: 18.40, Meals',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '18.40', category: 'Meals', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY', category: 'Meals' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'log 2,000 income under Client work',
    propose: {
      tool: 'create_transaction',
      args: { type: 'income', amount: '2000.00', category: 'Client work' },
      record: { category: 'Client work' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'paid 120 for hosting again today',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '120.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'add income of $300 (cash sale) dated yesterday',
    propose: {
      tool: 'create_transaction',
      args: { type: 'income', amount: '300.00', date: 'YESTERDAY' },
      record: { date: 'YESTERDAY' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'new expense, category Rent, 800',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '800.00', category: 'Rent' } },
  },
  {
    intent: 'create_transaction',
    q: 'spent twenty-five dollars on parking',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '25.00' }, record: { amount: '25.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'record a software expense of 12 for the password manager',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '12.00', category: 'Software' } },
  },
  {
    intent: 'create_transaction',
    q: 'income 75 - sold my old monitor',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '75.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'how much did I spend on meals this month? also add 32.10 for a client lunch today',
    reply: ['45.90'],
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '32.10' } },
  },
  {
    intent: 'create_transaction',
    q: 'add an expnse of 55 for office supplies',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '55.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'Received 450 for a weekend photo shoot, log it as income in Client work',
    propose: {
      tool: 'create_transaction',
      args: { type: 'income', amount: '450.00', category: 'Client work' },
      record: { amount: '450.00' },
    },
  },
];

const GET_OVERVIEW: CorpusCase[] = [
  { intent: 'get_overview', q: "I'd like an overview", reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'how is the business doing this month?', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'morning rundown of the business please', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'what should I know about the business today', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'summary of everything: tasks, invoices, money', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'how are things looking?', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'a snapshot of the account, please', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'state of the business in a nutshell', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'any fires to put out today?', reply: ['500.00'] },
  { intent: 'get_overview', q: 'give me the big picture', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'recap of where things stand', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'key numbers for today', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'overvew pls', reply: ['1,700.00'] },
];

// --- two real readings: the answer asks back (naming them), and proposes nothing -------------

const CLARIFY: CorpusCase[] = [
  { intent: 'clarify', q: "set daniel's phone to +1 415 555 0199", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'log 2 hours for daniel', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'create a deal with daniel for 5,000', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'record a payment of 200 on the unpaid invoice', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: 'the client paid in full today', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  {
    intent: 'clarify',
    q: 'bump the qualified deal up to proposal',
    clarify: true,
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'clarify', q: "set the owner's status to customer", clarify: true, reply: ['Sofia Marquez', 'Grace Whitfield'] },
  { intent: 'clarify', q: 'put the recurring invoice on hold', clarify: true, reply: ['Amara Okafor', 'Lukas Brandt'] },
  {
    intent: 'clarify',
    q: 'give the undated task a due date of tomorrow',
    clarify: true,
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
  },
  { intent: 'clarify', q: 'quote the customer 1,000 for a workshop', clarify: true, reply: ['Amara Okafor', 'Priya Raman'] },
  { intent: 'clarify', q: 'make the quote into an invoice', clarify: true, reply: ['QUO-0001', 'QUO-0002'] },
  {
    intent: 'clarify',
    q: 'delete the high-priority task',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  { intent: 'clarify', q: 'make the lead a customer', clarify: true, reply: ['Sofia Marquez', 'Grace Whitfield'] },
  { intent: 'clarify', q: 'change its due date to friday', clarify: true },
];

// --- nothing does it: the answer says so and offers what can be done (`reply`), proposing nothing ---
// Actions in the world (calls, messages, bookings) are offered as a task; deletions the tools lack, as the change they have.

const UNSUPPORTED: CorpusCase[] = [
  { intent: 'unsupported', q: 'please wipe Acme from the CRM completely', reply: ['Acme', 'inactive'] },
  { intent: 'unsupported', q: 'void INV-0001', reply: ['credit'] },
  { intent: 'unsupported', q: 'remove the Whitfield online shop deal from the pipeline for good', reply: ['Lost'] },
  { intent: 'unsupported', q: 'send Amara a reminder email about her invoice' },
  { intent: 'unsupported', q: 'call grace whitfield for me', reply: ['task'] },
  { intent: 'unsupported', q: 'book a table for two at 8pm on friday', reply: ['task'] },
  { intent: 'unsupported', q: 'change my password', reply: ['settings'] },
  { intent: 'unsupported', q: 'invite jo@example.com to the workspace as a member', reply: ['settings'] },
  { intent: 'unsupported', q: 'delete QUO-0004, kenji turned it down anyway', reply: ['QUO-0004'] },
  { intent: 'unsupported', q: 'change the quantity on INV-0001 to 2', reply: ['credit'] },
  { intent: 'unsupported', q: 'translate my last invoice into Spanish' },
  { intent: 'unsupported', q: "delete today's hosting expense" },
  { intent: 'unsupported', q: 'Set the workspace time zone to Europe/Berlin', reply: ['settings'] },
  { intent: 'unsupported', q: 'post a message in slack saying the office is closed tomorrow', reply: ['task'] },
];

export const TUNING_7: CorpusCase[] = [
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
