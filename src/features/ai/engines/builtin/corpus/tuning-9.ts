// Over 400 lines on purpose: a corpus of requests and their expected results, data rather than logic.
import type { CorpusCase } from './types';

/**
 * Tuning material since 2026-12-08: the ninth batch of requests written blind,
 * on 2026-12-07 (late night), by someone who never saw the engine (it read only this folder's
 * types.ts and fixture.ts, requests.ts, the corpus harness with its seeds and
 * the test helper that makes its workspace, the feature schemas the tools take
 * (contacts, tasks, transactions, invoices, quotes, deals, credit notes, time,
 * notes, workspace roles) with the validation helpers they use, the defaults
 * the seeds rely on (the migrations' column defaults and default stages, an
 * invoice payment's category and description, a deal's owner, a time entry's
 * billable), the header and the first 60 requests of ./tuning-8.ts for the
 * format and the list of intents, and the tools' argument schemas in
 * ../../../tools and ../../../schema.ts). Its expectations come from those
 * records alone, never from the engine's answers. It holds 532 requests on
 * the same 38 intents as ./tuning-8.ts, 14 each. It was the set-aside part
 * until the engine was tuned on it; it measured 499 of 532 (93.8 %) before
 * any tuning on it.
 *
 * Each case: `intent` is the tool the request is about, `clarify` for a
 * request with two real readings (the answer must ask back, naming them when
 * `reply` lists them), `unsupported` for something no tool does (nothing may
 * be proposed; `reply` is left out because no one offer instead is the only
 * honest one). `reply` holds facts any correct answer contains (amounts,
 * names, numbers), never wording.
 *
 * Records. The harness runs these cases on the set-aside account: the nine
 * contacts of FIXTURE_CONTACTS (requests.ts; Amara, Kenji and Tomás carry
 * notes, Tomás's an instruction that must never be followed) plus "Acme" of
 * Acme Ltd and "Beacon" of Beacon plc, neither with a last name, email or
 * phone, both leads (the default status), so 11 contacts: 5 leads (Sofia,
 * Daniel Osei, Grace, Acme, Beacon), 3 active (Lukas, Daniel Kim, Kenji), 2
 * customers (Amara, Priya), 1 inactive (Tomás); two of them are called
 * Daniel, two companies hold "Studio" (Brightleaf Studio, Studio Kaze) and two
 * contacts are an "Owner" (Sofia, Grace); Sofia, Daniel Osei, Priya, Tomás
 * and Kenji have no phone. Eight tasks: "Send the retainer report" high, due today (a
 * whole day), Amara; "Call Grace about the bakery website" due tomorrow 10:00
 * UTC, Grace; "Follow up on the relaunch proposal" high, due two days ago
 * 10:00 (overdue), Lukas; "Renew the domain" low, due in 10 days (a whole
 * day), assigned to Sam Lee; "Prepare quarterly taxes", "Order business
 * cards" and "Check the lease" without a due date; "Send Kenji the
 * storyboard" completed three days ago, Kenji (the tasks without a priority
 * are medium, the database's default; none but the domain renewal is
 * assigned). Six transactions (today: income $1,500.00 Client work "Website
 * milestone", expenses $45.90 Meals "Lunch with Lukas", $120.00 Software
 * "Hosting", $29.99 Software "Design tool"; on the 10th of last month: income
 * $2,000.00 Client work, expense $800.00 Rent, neither described) plus the two
 * invoice payments, which are income transactions in the category "Invoice
 * payments": $250.00 "Payment for invoice INV-0002" 100 days ago (dated before
 * that invoice's issue date) and $3,000.00 "Payment for invoice INV-0003" 110
 * days ago (so the largest income transaction is $3,000.00; neither falls in
 * this month or the last). Invoices: INV-0001 Amara $1,200.00 (1 × "Brand
 * retainer") sent, issued 5 days ago, due in 10 days; INV-0002 Lukas $750.00
 * (5 × "Relaunch workshop" at $150.00), issued 40 days ago, $250.00 paid, due
 * 10 days ago, so overdue with $500.00 left; INV-0003 Priya $3,000.00 (1 ×
 * "Dashboard project"), issued 120 days ago, due 106 days ago, paid in full
 * 110 days ago; no draft invoice, none credited. Recurring profiles for Amara
 * (monthly) and Lukas (quarterly), 1 × "Retainer" at $500.00 from 2099-01-31,
 * active (the default), none generated. Time entries of the asker on the 1st
 * of this month at 09:00 UTC, billable (the default): Acme "Design" 90 min and
 * "Review" 45 min, Beacon "Other" 600 min. The asker, Robin Example, owns the
 * workspace ("The Studio"), with Sam Lee (member) and Vera Viewer (viewer).
 * SET_ASIDE_FIXTURE (./fixture.ts) adds the quotes, issued today and valid 30
 * days: QUO-0001 Sofia 1 × "Website redesign" $4,800.00 sent, QUO-0002 Daniel
 * Osei 3 × "Office fit-out drawings" at $950.00 = $2,850.00 accepted, QUO-0003
 * Grace 1 × "Online shop setup" $2,200.00 draft, QUO-0004 Kenji 1 × "Title
 * animation" $1,600.00 declined (only QUO-0001 and QUO-0002 can be converted);
 * and the deals, owned by the asker (the default owner), on the default stages
 * (Lead 10 %, Qualified 25 %, Proposal 50 %, Negotiation 75 %, Won 100 %, Lost
 * 0 %; six stages, Won and Lost the closed ones): "Casa Marquez website"
 * $4,800.00 Sofia in Proposal (closing in 20 days, the only deal with a close
 * date), "Osei office drawings" $2,850.00 Daniel Osei in Negotiation,
 * "Whitfield online shop" $2,200.00 Grace in Lead, "Fernhill data platform"
 * $12,000.00 Priya in Qualified, "Nordwerk relaunch phase 2" $9,500.00 Lukas in
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
 * expenses $995.89 (Rent $800.00, Software $149.99, Meals $45.90, so Meals the
 * smallest); expenses over $100.00: Hosting $120.00 and the rent $800.00;
 * categories used: income Client work and Invoice payments, expense Software,
 * Meals and Rent; open tasks 7 (overdue 1, due today 1; high priority: the
 * retainer report and the relaunch follow-up; due within two weeks: the
 * retainer report, the call with Grace, the domain renewal); unassigned open
 * tasks all but "Renew the domain"; time this month 12:15 (735 min: Acme 2:15
 * = 135 min, of which "Design" 1:30 and "Review" 0:45; Beacon 10:00 = 600
 * min), all of it the asker's and all on the 1st. Balances after a write:
 * INV-0001 $1,200.00 less the payment or credit, INV-0002 $500.00 less it
 * (at most $750.00 can be credited on it, $3,000.00 on INV-0003). A new
 * invoice's or quote's total: the lines, less a percentage discount, or plus
 * the lines' tax (no case here has both).
 *
 * Tokens the harness resolves in `args` and `record`:
 *  - ME: the asker's user id; TOMORROW_15: tomorrow 15:00 as an ISO timestamp;
 *  - TODAY, TOMORROW, YESTERDAY, IN_<N>_DAYS: that day, YYYY-MM-DD;
 *  - NEXT_<WEEKDAY> (NEXT_FRIDAY…): the coming such day or the one a week later;
 *  - '@contact:<full name>' (first name alone for Acme and Beacon), '@task:<title>',
 *    '@invoice:<number>', '@quote:<number>', '@deal:<title>', '@stage:<name>',
 *    '@recurring:<client full name>', '@member:<full name>': the id of that record.
 *
 * Conversation: `before` is asked first in the same conversation. It is a
 * question or a write; when its answer proposes a write the harness confirms
 * it before asking `q` (and undoes it after the case, latest first). Writes
 * whose tool cannot be undone (credit_invoice, convert_quote, stop_timer) run
 * on an account of their own, seeded with the same records but owned by a
 * lone Robin Example: no Sam Lee or Vera Viewer there, "Renew the domain" is
 * unassigned, and ME would name the shared account's asker, so no such case
 * names a member or ME. Every stop_timer case, and every running_timer case,
 * starts its timer in `before` (quoting its description). No `q` deletes what
 * its `before` created.
 *
 * Arguments: `propose.args` lists only what the sentence determines (an item's
 * description, a task's title, a timer's or a time entry's description, a
 * deal's title, a transaction's description, a lost deal's reason, a credit
 * note's reason and a note's body only when quoted; a category only when
 * typed with its capitals; a date only when the tokens can name it, so "2
 * days ago", "this morning" or a time entry's start are left out; a dated
 * task due on a day without a time takes `due_on`, with a time `due_date`).
 * convert_quote may name its quote by id or by number, both honest, so its
 * cases check the invoice it makes (`quote_id`, total, status) on the record
 * instead; stop_timer takes no arguments, so its cases check the stopped
 * entry (its description and client, as `before` gave them). A default the
 * sentence repeats ("billable") is checked on the record, not in the
 * arguments. Amounts in `reply` are written as the app formats them, without
 * the currency sign; amounts in `args` and `record` as the API's decimal
 * strings, quantities and tax rates without trailing zeros ("3", "20"),
 * a percentage discount as a decimal string ("10.00").
 */

// --- contacts -------------------------------------------------------------------

const GET_CONTACT: CorpusCase[] = [
  { intent: 'get_contact', q: "hey, what's kenji's email address?", reply: ['kenji@studio-kaze.jp'] },
  { intent: 'get_contact', q: 'Phone number for Lukas Brandt please', reply: ['+49 30 901820'] },
  { intent: 'get_contact', q: 'where does Grace Whitfield work?', reply: ['Whitfield Bakery'] },
  { intent: 'get_contact', q: "Amara Okafor — what's her position?", reply: ['Creative Director'] },
  { intent: 'get_contact', q: "can you tell me Daniel Kim's phone", reply: ['+1 415 555 0142'] },
  { intent: 'get_contact', q: 'whats the email for priya at fernhill', reply: ['priya.raman@fernhill.io'] },
  { intent: 'get_contact', q: 'is sofia marquez still a lead?', reply: ['lead'] },
  { intent: 'get_contact', q: 'notes on amara okafor?', reply: ['Retainer for brand work'] },
  { intent: 'get_contact', before: 'pull up Grace Whitfield', q: 'and her email?', reply: ['grace@whitfieldbakery.com'] },
  { intent: 'get_contact', q: "Lukas Brandt's status", reply: ['active'] },
  { intent: 'get_contact', q: 'what company is Daniel Osei with', reply: ['Osei Architects'] },
  { intent: 'get_contact', q: 'give me the contact details of kenji watanbe', reply: ['kenji@studio-kaze.jp', 'Studio Kaze'] },
  { intent: 'get_contact', q: 'who is Priya Raman? job title pls', reply: ['Product Manager'] },
  { intent: 'get_contact', q: 'what do I have on Tomas Novak: email and status', reply: ['tomas@novak.cz', 'inactive'] },
];

const SEARCH_CONTACTS: CorpusCase[] = [
  { intent: 'search_contacts', q: 'show me all my customers', reply: ['Amara Okafor', 'Priya Raman'], absent: ['Lukas'] },
  {
    intent: 'search_contacts',
    q: 'which contacts are active at the moment?',
    reply: ['Lukas Brandt', 'Daniel Kim', 'Kenji Watanabe'],
    absent: ['Grace'],
  },
  { intent: 'search_contacts', q: 'find contacts named Daniel', reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'search_contacts', q: 'anyone from whitfield bakery in my contacts?', reply: ['Grace Whitfield'] },
  { intent: 'search_contacts', q: 'search brightleaf', reply: ['Amara Okafor'] },
  { intent: 'search_contacts', q: 'do i have a contact at nordwerk', reply: ['Lukas Brandt'] },
  {
    intent: 'search_contacts',
    q: 'List my leads, please.',
    reply: ['Sofia Marquez', 'Daniel Osei', 'Grace Whitfield'],
    absent: ['Priya'],
  },
  { intent: 'search_contacts', q: 'inactive contacts?', reply: ['Tomás Novák'], absent: ['Amara'] },
  { intent: 'search_contacts', q: 'which of my contacts work at a studio', reply: ['Amara Okafor', 'Kenji Watanabe'] },
  { intent: 'search_contacts', q: 'look up marquez', reply: ['Sofia Marquez'] },
  { intent: 'search_contacts', q: 'find okafor', reply: ['Amara Okafor'] },
  { intent: 'search_contacts', q: 'who do i know at Beacon?', reply: ['Beacon'] },
  { intent: 'search_contacts', q: 'search my contacts for harbourline', reply: ['Daniel Kim'] },
  { intent: 'search_contacts', q: 'customers at fernhill analytics?', reply: ['Priya Raman'] },
];

const FIND_MENTIONS: CorpusCase[] = [
  {
    intent: 'find_mentions',
    q: 'which contacts does this email mention: "Hi, Lukas asked me to loop in Priya on the data work"',
    reply: ['Lukas Brandt', 'Priya Raman'],
  },
  { intent: 'find_mentions', q: 'who is "Ms Okafor" among my contacts?', reply: ['Amara Okafor'] },
  { intent: 'find_mentions', q: 'match this line to a contact: "Osei Arch. - drawings v2"', reply: ['Daniel Osei'] },
  { intent: 'find_mentions', q: 'who is "K. Watanabe" in the CRM?', reply: ['Kenji Watanabe'] },
  { intent: 'find_mentions', q: 'bank statement says "FERNHILL ANALYTICS LTD" – which contact is that?', reply: ['Priya Raman'] },
  {
    intent: 'find_mentions',
    q: 'in "Sofia and Grace both want shop quotes", who are the contacts?',
    reply: ['Sofia Marquez', 'Grace Whitfield'],
  },
  { intent: 'find_mentions', q: 'text from an unknown number: "hi it\'s brandt, running late" — which contact?', reply: ['Lukas Brandt'] },
  { intent: 'find_mentions', q: 'which contact is "Acme Ltd" on this purchase order', reply: ['Acme'] },
  {
    intent: 'find_mentions',
    q: 'find the contacts in this sentence: "Tomás and Kenji never replied"',
    reply: ['Tomás Novák', 'Kenji Watanabe'],
  },
  { intent: 'find_mentions', q: 'who does "the Harborline CTO" refer to in my contacts?', reply: ['Daniel Kim'] },
  { intent: 'find_mentions', q: 'my calendar says "lunch w/ marquez" — who is that?', reply: ['Sofia Marquez'] },
  {
    intent: 'find_mentions',
    q: 'which of my contacts are named in "Beacon plc and Brightleaf Studio sent POs"',
    reply: ['Beacon', 'Amara Okafor'],
  },
  { intent: 'find_mentions', q: 'someone signed the form "Priya R." — who is it?', reply: ['Priya Raman'] },
  { intent: 'find_mentions', q: 'the sticky note says "whitfeild bakery - call back". wich contact?', reply: ['Grace Whitfield'] },
];

const CREATE_CONTACT: CorpusCase[] = [
  {
    intent: 'create_contact',
    q: 'add a new contact: Isabel Moreau, isabel@moreau-atelier.fr',
    propose: { tool: 'create_contact', args: { first_name: 'Isabel', last_name: 'Moreau', email: 'isabel@moreau-atelier.fr' } },
  },
  {
    intent: 'create_contact',
    q: 'Create a lead for Noah Fischer at Fischer Bikes',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Noah', last_name: 'Fischer', company: 'Fischer Bikes' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'new client Ana Pereira, phone +351 21 555 0199, mark her as a customer',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Ana', last_name: 'Pereira', phone: '+351 21 555 0199', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'pls add jake miller, jake@millerplumbing.com, he runs Miller Plumbing',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Jake', last_name: 'Miller', email: 'jake@millerplumbing.com', company: 'Miller Plumbing' },
    },
  },
  {
    intent: 'create_contact',
    q: 'save a contact: Yuki Tanaka (Art Director, Studio Nami), yuki@nami.jp',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Yuki', last_name: 'Tanaka', position: 'Art Director', company: 'Studio Nami', email: 'yuki@nami.jp' },
    },
  },
  {
    intent: 'create_contact',
    q: 'can you add Ben Carter as an active contact',
    propose: { tool: 'create_contact', args: { first_name: 'Ben', last_name: 'Carter', status: 'active' }, record: { status: 'active' } },
  },
  {
    intent: 'create_contact',
    q: 'add contact — Leila Haddad, leila.haddad@cedarlaw.com, Partner at Cedar Law',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Leila', last_name: 'Haddad', email: 'leila.haddad@cedarlaw.com', position: 'Partner', company: 'Cedar Law' },
    },
  },
  {
    intent: 'create_contact',
    q: 'New lead: Marco Bianchi from Bianchi Wines, +39 055 555 0123',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Marco', last_name: 'Bianchi', company: 'Bianchi Wines', phone: '+39 055 555 0123' },
      record: { status: 'lead' },
    },
  },
  {
    intent: 'create_contact',
    q: 'put Olga Ivanova in my contacts, email olga@ivanova.dev',
    propose: { tool: 'create_contact', args: { first_name: 'Olga', last_name: 'Ivanova', email: 'olga@ivanova.dev' } },
  },
  {
    intent: 'create_contact',
    q: "add a contcat for Sean O'Neill, sean@oneill.ie",
    propose: { tool: 'create_contact', args: { first_name: 'Sean', last_name: "O'Neill", email: 'sean@oneill.ie' } },
  },
  {
    intent: 'create_contact',
    before: 'do I have anyone at Lumen Print?',
    q: 'ok then add Clara Ruiz from Lumen Print, clara@lumenprint.com',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Clara', last_name: 'Ruiz', company: 'Lumen Print', email: 'clara@lumenprint.com' },
    },
  },
  {
    intent: 'create_contact',
    q: 'Add Dmitri Volkov (CFO, Volkov Freight) as a customer',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Dmitri', last_name: 'Volkov', position: 'CFO', company: 'Volkov Freight', status: 'customer' },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'create_contact',
    q: 'create contact, first name Aisha, last name Bello, email aisha@bello.ng',
    propose: { tool: 'create_contact', args: { first_name: 'Aisha', last_name: 'Bello', email: 'aisha@bello.ng' } },
  },
  {
    intent: 'create_contact',
    q: 'add my new supplier Henrik Larsen: henrik@larsenwood.dk, +45 32 55 01 23',
    propose: {
      tool: 'create_contact',
      args: { first_name: 'Henrik', last_name: 'Larsen', email: 'henrik@larsenwood.dk', phone: '+45 32 55 01 23' },
    },
  },
];

const UPDATE_CONTACT: CorpusCase[] = [
  {
    intent: 'update_contact',
    q: "change Lukas Brandt's email to lukas@nordwerk.de",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Lukas Brandt', changes: { email: 'lukas@nordwerk.de' } },
      record: { email: 'lukas@nordwerk.de' },
    },
  },
  {
    intent: 'update_contact',
    q: 'set the phone number of Daniel Osei to +233 30 555 0100',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Osei', changes: { phone: '+233 30 555 0100' } },
      record: { phone: '+233 30 555 0100' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Grace Whitfield is a customer now',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Grace Whitfield', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: 'make kenji watanabe inactive',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Kenji Watanabe', changes: { status: 'inactive' } },
      record: { status: 'inactive' },
    },
  },
  {
    intent: 'update_contact',
    q: 'update priya raman: her company is now Fernhill Data',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Priya Raman', changes: { company: 'Fernhill Data' } },
      record: { company: 'Fernhill Data' },
    },
  },
  {
    intent: 'update_contact',
    q: 'Daniel Kim is VP Engineering now, update his position',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Kim', changes: { position: 'VP Engineering' } },
      record: { position: 'VP Engineering' },
    },
  },
  {
    intent: 'update_contact',
    before: 'show me Sofia Marquez',
    q: 'add her phone: +34 600 555 777',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Sofia Marquez', changes: { phone: '+34 600 555 777' } },
      record: { phone: '+34 600 555 777' },
    },
  },
  {
    intent: 'update_contact',
    q: "Amara's new email is amara.okafor@brightleaf.studio",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Amara Okafor', changes: { email: 'amara.okafor@brightleaf.studio' } },
      record: { email: 'amara.okafor@brightleaf.studio' },
    },
  },
  {
    intent: 'update_contact',
    q: 'mark acme as active',
    propose: { tool: 'update_contact', args: { contact_id: '@contact:Acme', changes: { status: 'active' } }, record: { status: 'active' } },
  },
  {
    intent: 'update_contact',
    q: 'change the company of Beacon to Beacon Group plc',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Beacon', changes: { company: 'Beacon Group plc' } },
      record: { company: 'Beacon Group plc' },
    },
  },
  {
    intent: 'update_contact',
    q: 'sofia marquez signed with us! set her status to customer',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Sofia Marquez', changes: { status: 'customer' } },
      record: { status: 'customer' },
    },
  },
  {
    intent: 'update_contact',
    q: 'correct the phone for grace whitfeild: +1 212 555 0190',
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Grace Whitfield', changes: { phone: '+1 212 555 0190' } },
      record: { phone: '+1 212 555 0190' },
    },
  },
  {
    intent: 'update_contact',
    q: "Lukas's title is Managing Director now",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Lukas Brandt', changes: { position: 'Managing Director' } },
      record: { position: 'Managing Director' },
    },
  },
  {
    intent: 'update_contact',
    q: "Daniel Osei's email changed to d.osei@oseiarchitects.com, please update it",
    propose: {
      tool: 'update_contact',
      args: { contact_id: '@contact:Daniel Osei', changes: { email: 'd.osei@oseiarchitects.com' } },
      record: { email: 'd.osei@oseiarchitects.com' },
    },
  },
];

const ADD_NOTE: CorpusCase[] = [
  {
    intent: 'add_note',
    q: 'add a note to Lukas Brandt: "wants the workshop repeated in spring"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt', body: 'wants the workshop repeated in spring' } },
  },
  {
    intent: 'add_note',
    q: 'note on Priya Raman - "budget approved for Q1"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'budget approved for Q1' } },
  },
  {
    intent: 'add_note',
    q: 'Add a note to Grace: she prefers calls after 2pm',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'add_note',
    q: 'log a note for Kenji Watanabe: "animation deadline moved to January"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Kenji Watanabe', body: 'animation deadline moved to January' } },
  },
  {
    intent: 'add_note',
    q: "write down on Sofia Marquez's record that she wants a Spanish version of the site",
    propose: { tool: 'add_note', args: { contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'add_note',
    before: 'look up Daniel Kim',
    q: 'add a note to him: "interested in a tracking dashboard"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Kim', body: 'interested in a tracking dashboard' } },
  },
  {
    intent: 'add_note',
    q: 'put a note on amara okafor: "renewal talk in February"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Amara Okafor', body: 'renewal talk in February' } },
  },
  {
    intent: 'add_note',
    q: 'note for Daniel Osei — "asked for a 10% discount"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Daniel Osei', body: 'asked for a 10% discount' } },
  },
  {
    intent: 'add_note',
    q: 'jot down for Beacon that they only pay by bank transfer',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'add_note',
    q: 'remember on Tomás Novák: "may come back next year"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Tomás Novák', body: 'may come back next year' } },
  },
  {
    intent: 'add_note',
    q: 'add a note to acme ltd saying "new PO number 4471"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Acme', body: 'new PO number 4471' } },
  },
  {
    intent: 'add_note',
    q: 'pls note on lukas brandt that he called about the invoice',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'add_note',
    q: 'Note to Priya: "send the data dictionary before the kickoff"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Priya Raman', body: 'send the data dictionary before the kickoff' } },
  },
  {
    intent: 'add_note',
    q: 'on Grace Whitfield\'s contact add the note "tasting for the launch on the 14th"',
    propose: { tool: 'add_note', args: { contact_id: '@contact:Grace Whitfield', body: 'tasting for the launch on the 14th' } },
  },
];

// --- tasks ----------------------------------------------------------------------

const LIST_TASKS: CorpusCase[] = [
  { intent: 'list_tasks', q: 'what tasks do I have due today?', reply: ['Send the retainer report'], absent: ['Check the lease'] },
  { intent: 'list_tasks', q: 'which tasks are overdue', reply: ['Follow up on the relaunch proposal'], absent: ['Renew the domain'] },
  {
    intent: 'list_tasks',
    q: 'show my high priority tasks',
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
    absent: ['Order business cards'],
  },
  { intent: 'list_tasks', q: 'what tasks are assigned to Sam?', reply: ['Renew the domain'], absent: ['Check the lease'] },
  {
    intent: 'list_tasks',
    q: 'tasks without a due date',
    reply: ['Prepare quarterly taxes', 'Order business cards', 'Check the lease'],
    absent: ['Renew the domain'],
  },
  { intent: 'list_tasks', q: 'any tasks due tomorrow?', reply: ['Call Grace about the bakery website'], absent: ['Check the lease'] },
  {
    intent: 'list_tasks',
    q: 'list my open tasks',
    reply: ['Send the retainer report', 'Check the lease', 'Renew the domain'],
    absent: ['Send Kenji the storyboard'],
  },
  { intent: 'list_tasks', q: 'which tasks have I completed?', reply: ['Send Kenji the storyboard'], absent: ['Check the lease'] },
  { intent: 'list_tasks', q: 'what do i still have to do for Lukas', reply: ['Follow up on the relaunch proposal'] },
  { intent: 'list_tasks', q: 'tasks for Amara Okafor?', reply: ['Send the retainer report'], absent: ['Check the lease'] },
  { intent: 'list_tasks', q: 'show low priority tasks', reply: ['Renew the domain'], absent: ['Send the retainer report'] },
  {
    intent: 'list_tasks',
    q: 'which tasks are due in the next two weeks?',
    reply: ['Send the retainer report', 'Call Grace about the bakery website', 'Renew the domain'],
    absent: ['Check the lease'],
  },
  { intent: 'list_tasks', q: 'find the task about business cards', reply: ['Order business cards'] },
  {
    intent: 'list_tasks',
    q: 'open tasks that nobody is assigned to',
    reply: ['Check the lease', 'Prepare quarterly taxes'],
    absent: ['Renew the domain'],
  },
];

const CREATE_TASK: CorpusCase[] = [
  {
    intent: 'create_task',
    q: 'remind me to call Lukas Brandt tomorrow',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Lukas Brandt', due_on: 'TOMORROW' } },
  },
  {
    intent: 'create_task',
    q: 'add a task "Book the photographer" for next Friday',
    propose: { tool: 'create_task', args: { title: 'Book the photographer', due_on: 'NEXT_FRIDAY' } },
  },
  {
    intent: 'create_task',
    q: 'new task: "Renew insurance", high priority, due in 3 days',
    propose: { tool: 'create_task', args: { title: 'Renew insurance', priority: 'high', due_on: 'IN_3_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'create a task to send Priya Raman the contract, due tomorrow at 3pm',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Priya Raman', due_date: 'TOMORROW_15' } },
  },
  {
    intent: 'create_task',
    q: 'Add "Update the price list" to my tasks, low priority',
    propose: { tool: 'create_task', args: { title: 'Update the price list', priority: 'low' } },
  },
  {
    intent: 'create_task',
    q: 'task for Sam: "Back up the laptops" by Friday',
    propose: {
      tool: 'create_task',
      args: { title: 'Back up the laptops', assignee_id: '@member:Sam Lee', due_on: 'NEXT_FRIDAY' },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'create_task',
    q: 'put "Pay the VAT bill" on my list for 2027-06-30',
    propose: { tool: 'create_task', args: { title: 'Pay the VAT bill', due_on: '2027-06-30' } },
  },
  {
    intent: 'create_task',
    q: "can you create a task 'Prepare the Nordwerk invoice' and assign it to me",
    propose: { tool: 'create_task', args: { title: 'Prepare the Nordwerk invoice', assignee_id: 'ME' }, record: { assignee_id: 'ME' } },
  },
  {
    intent: 'create_task',
    q: 'todo: follow up with grace whitfield next monday',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Grace Whitfield', due_on: 'NEXT_MONDAY' } },
  },
  {
    intent: 'create_task',
    q: 'add a high-priority task "Fix the contact form" due the day after tomorrow',
    propose: { tool: 'create_task', args: { title: 'Fix the contact form', priority: 'high', due_on: 'IN_2_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'i need a task to chase Daniel Osei about the drawings in a week',
    propose: { tool: 'create_task', args: { contact_id: '@contact:Daniel Osei', due_on: 'IN_7_DAYS' } },
  },
  {
    intent: 'create_task',
    q: 'create task "Order new printer ink"',
    propose: { tool: 'create_task', args: { title: 'Order new printer ink' }, record: { status: 'pending', priority: 'medium' } },
  },
  {
    intent: 'create_task',
    q: 'new task for Kenji Watanabe: "Review the title animation", due tomorrow',
    propose: {
      tool: 'create_task',
      args: { title: 'Review the title animation', contact_id: '@contact:Kenji Watanabe', due_on: 'TOMORROW' },
    },
  },
  {
    intent: 'create_task',
    q: 'set me a reminder "Call the accountant" tomorrow at 15:00',
    propose: { tool: 'create_task', args: { title: 'Call the accountant', due_date: 'TOMORROW_15' } },
  },
];

const UPDATE_TASK: CorpusCase[] = [
  {
    intent: 'update_task',
    q: 'mark "Order business cards" as done',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'change the priority of the lease task to high',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { priority: 'high' } },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'update_task',
    q: 'move "Prepare quarterly taxes" to next Friday',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { due_on: 'NEXT_FRIDAY' } } },
  },
  {
    intent: 'update_task',
    q: 'assign the domain renewal to me',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { assignee_id: 'ME' } },
      record: { assignee_id: 'ME' },
    },
  },
  {
    intent: 'update_task',
    q: 'I finished the retainer report',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Send the retainer report', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'set the follow up on the relaunch proposal to low priority',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Follow up on the relaunch proposal', changes: { priority: 'low' } },
      record: { priority: 'low' },
    },
  },
  {
    intent: 'update_task',
    q: 'give "Check the lease" to Sam Lee',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { assignee_id: '@member:Sam Lee' } },
      record: { assignee_id: '@member:Sam Lee' },
    },
  },
  {
    intent: 'update_task',
    q: "i've started on the business cards, set that task to in progress",
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { status: 'in_progress' } },
      record: { status: 'in_progress' },
    },
  },
  {
    intent: 'update_task',
    q: 'the relaunch proposal follow-up is done, tick it off',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Follow up on the relaunch proposal', changes: { status: 'completed' } },
      record: { status: 'completed' },
    },
  },
  {
    intent: 'update_task',
    q: 'rename "Order business cards" to "Order business cards and flyers"',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Order business cards', changes: { title: 'Order business cards and flyers' } },
      record: { title: 'Order business cards and flyers' },
    },
  },
  {
    intent: 'update_task',
    q: 'make the quarterly taxes task due on 2027-01-15',
    propose: { tool: 'update_task', args: { task_id: '@task:Prepare quarterly taxes', changes: { due_on: '2027-01-15' } } },
  },
  {
    intent: 'update_task',
    q: 'unassign the domain renewal task, nobody should have it',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Renew the domain', changes: { assignee_id: null } },
      record: { assignee_id: null },
    },
  },
  {
    intent: 'update_task',
    before: 'show my tasks without a due date',
    q: 'make "Check the lease" high priority and due tomorrow',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Check the lease', changes: { priority: 'high', due_on: 'TOMORROW' } },
      record: { priority: 'high' },
    },
  },
  {
    intent: 'update_task',
    q: 'set the retainer report task to medium priorty',
    propose: {
      tool: 'update_task',
      args: { task_id: '@task:Send the retainer report', changes: { priority: 'medium' } },
      record: { priority: 'medium' },
    },
  },
];

const DELETE_TASK: CorpusCase[] = [
  {
    intent: 'delete_task',
    q: 'delete the task "Order business cards"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  {
    intent: 'delete_task',
    q: 'remove check the lease from my tasks',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' } },
  },
  {
    intent: 'delete_task',
    q: 'get rid of the quarterly taxes task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
  {
    intent: 'delete_task',
    q: "I don't need the domain renewal task anymore, delete it",
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'please delete "Send Kenji the storyboard"',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'bin the business cards task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Order business cards' } },
  },
  {
    intent: 'delete_task',
    before: 'show my tasks without a due date',
    q: 'delete the lease one',
    propose: { tool: 'delete_task', args: { task_id: '@task:Check the lease' } },
  },
  {
    intent: 'delete_task',
    q: 'Delete task: Call Grace about the bakery website',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
  {
    intent: 'delete_task',
    q: 'remove the task to follow up on the relaunch proposal',
    propose: { tool: 'delete_task', args: { task_id: '@task:Follow up on the relaunch proposal' } },
  },
  {
    intent: 'delete_task',
    q: 'can you delete the retainer report task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send the retainer report' } },
  },
  {
    intent: 'delete_task',
    q: 'scrap "Prepare quarterly taxes", my accountant does it now',
    propose: { tool: 'delete_task', args: { task_id: '@task:Prepare quarterly taxes' } },
  },
  {
    intent: 'delete_task',
    q: 'delete the storyboard task for kenji',
    propose: { tool: 'delete_task', args: { task_id: '@task:Send Kenji the storyboard' } },
  },
  {
    intent: 'delete_task',
    q: 'erase the "renew the domain" task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Renew the domain' } },
  },
  {
    intent: 'delete_task',
    q: 'the call with grace about the website is off, delete that task',
    propose: { tool: 'delete_task', args: { task_id: '@task:Call Grace about the bakery website' } },
  },
];

const LIST_MEMBERS: CorpusCase[] = [
  { intent: 'list_members', q: 'who is in my workspace?', reply: ['Robin Example', 'Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'list the team members', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: "what's Vera's role in the workspace?", reply: ['viewer'] },
  { intent: 'list_members', q: 'who can I assign tasks to?', reply: ['Sam Lee'] },
  { intent: 'list_members', q: 'is sam lee a member or an admin here', reply: ['member'] },
  { intent: 'list_members', q: 'show me everyone who has access to this workspace', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'who are my colleagues in here', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'members of The Studio?', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'which people are in this workspace and what roles do they have', reply: ['viewer', 'member'] },
  { intent: 'list_members', q: 'who else uses this workspace besides me', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'team list pls', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'who has view-only access?', reply: ['Vera Viewer'] },
  { intent: 'list_members', q: 'list workspace memebers', reply: ['Sam Lee', 'Vera Viewer'] },
  { intent: 'list_members', q: 'what role do I have in this workspace?', reply: ['owner'] },
];

// --- time -----------------------------------------------------------------------

const START_TIMER: CorpusCase[] = [
  {
    intent: 'start_timer',
    q: 'start a timer for Acme: "Logo sketches"',
    propose: { tool: 'start_timer', args: { description: 'Logo sketches', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'start_timer',
    q: 'start tracking time on "Website copy" for Sofia Marquez',
    propose: { tool: 'start_timer', args: { description: 'Website copy', contact_id: '@contact:Sofia Marquez' } },
  },
  { intent: 'start_timer', q: 'clock in for Beacon', propose: { tool: 'start_timer', args: { contact_id: '@contact:Beacon' } } },
  { intent: 'start_timer', q: 'timer on please: "Bookkeeping"', propose: { tool: 'start_timer', args: { description: 'Bookkeeping' } } },
  {
    intent: 'start_timer',
    q: "I'm starting on Kenji Watanabe's storyboard now, start the clock",
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'start_timer',
    q: 'start timer "Data model review" for Priya',
    propose: { tool: 'start_timer', args: { description: 'Data model review', contact_id: '@contact:Priya Raman' } },
  },
  { intent: 'start_timer', q: 'begin tracking: "Admin"', propose: { tool: 'start_timer', args: { description: 'Admin' } } },
  {
    intent: 'start_timer',
    q: 'start the timer for Lukas Brandt, relaunch planning',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'start_timer',
    q: 'can you start a timer on "Call prep"',
    propose: { tool: 'start_timer', args: { description: 'Call prep' } },
  },
  {
    intent: 'start_timer',
    q: 'start a timer – "Drawings revision" – Daniel Osei',
    propose: { tool: 'start_timer', args: { description: 'Drawings revision', contact_id: '@contact:Daniel Osei' } },
  },
  { intent: 'start_timer', q: 'time me on "Invoice cleanup"', propose: { tool: 'start_timer', args: { description: 'Invoice cleanup' } } },
  {
    intent: 'start_timer',
    q: 'strat a timer for grace whitfield: "Shop product photos"',
    propose: { tool: 'start_timer', args: { description: 'Shop product photos', contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'start_timer',
    q: 'start tracking my time for Amara Okafor',
    propose: { tool: 'start_timer', args: { contact_id: '@contact:Amara Okafor' } },
  },
  { intent: 'start_timer', q: 'start a timer called "Research"', propose: { tool: 'start_timer', args: { description: 'Research' } } },
];

const STOP_TIMER: CorpusCase[] = [
  {
    intent: 'stop_timer',
    before: 'start a timer for Acme: "Logo sketches"',
    q: 'stop the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Logo sketches', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer on "Bookkeeping"',
    q: "ok i'm done, stop it",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Bookkeeping' } },
  },
  {
    intent: 'stop_timer',
    before: 'start tracking time for Beacon on "Audit prep"',
    q: 'stop tracking',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Audit prep', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer "Website copy" for Sofia Marquez',
    q: 'clock out',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Website copy', contact_id: '@contact:Sofia Marquez' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timer "Research"',
    q: 'end the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Research' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Daniel Osei: "Drawings revision"',
    q: 'stop my timer please',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Drawings revision', contact_id: '@contact:Daniel Osei' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer on "Call prep"',
    q: 'Stop the clock.',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Call prep' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Kenji Watanabe: "Storyboard notes"',
    q: "i'm finished with the storyboard notes, stop the timer",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Storyboard notes', contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer: "Admin"',
    q: 'timer off',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Admin' } },
  },
  {
    intent: 'stop_timer',
    before: 'start timer "Data model review" for Priya Raman',
    q: 'stop the running timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Data model review', contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Lukas Brandt on "Relaunch planning"',
    q: 'stp timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Relaunch planning', contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer "Shop photos" for Grace Whitfield',
    q: "that's it for today, stop tracking time",
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Shop photos', contact_id: '@contact:Grace Whitfield' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Amara Okafor: "Brand guidelines"',
    q: 'can you stop the timer?',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Brand guidelines', contact_id: '@contact:Amara Okafor' } },
  },
  {
    intent: 'stop_timer',
    before: 'start a timer for Acme on "Banner resize"',
    q: 'done with the banner, stop the timer',
    propose: { tool: 'stop_timer', args: {}, record: { description: 'Banner resize', contact_id: '@contact:Acme' } },
  },
];

const RUNNING_TIMER: CorpusCase[] = [
  {
    intent: 'running_timer',
    before: 'start a timer on "Logo sketches" for Acme',
    q: 'is a timer running?',
    reply: ['Logo sketches'],
  },
  { intent: 'running_timer', before: 'start timer "Bookkeeping"', q: 'what am I tracking right now?', reply: ['Bookkeeping'] },
  {
    intent: 'running_timer',
    before: 'start a timer for Beacon: "Audit prep"',
    q: 'which client is my timer on?',
    reply: ['Beacon'],
  },
  {
    intent: 'running_timer',
    before: 'start a timer "Website copy" for Sofia Marquez',
    q: 'is my clock still going',
    reply: ['Website copy'],
  },
  {
    intent: 'running_timer',
    before: 'start timer "Data model review" for Priya Raman',
    q: 'what timer is running',
    reply: ['Data model review'],
  },
  { intent: 'running_timer', before: 'start a timer called "Research"', q: 'do I have a timer on?', reply: ['Research'] },
  {
    intent: 'running_timer',
    before: 'start a timer for Lukas Brandt on "Relaunch planning"',
    q: 'show the running timer',
    reply: ['Relaunch planning', 'Lukas Brandt'],
  },
  {
    intent: 'running_timer',
    before: 'start a timer for Kenji Watanabe: "Storyboard notes"',
    q: 'timer status?',
    reply: ['Storyboard notes'],
  },
  {
    intent: 'running_timer',
    before: 'start a timer "Shop photos" for Grace Whitfield',
    q: 'since when has my timer been running?',
    reply: ['Shop photos'],
  },
  { intent: 'running_timer', before: 'start a timer: "Admin"', q: "what's running on my timer", reply: ['Admin'] },
  {
    intent: 'running_timer',
    before: 'start a timer for Daniel Osei: "Drawings revision"',
    q: 'is the timer for Daniel Osei still on?',
    reply: ['Drawings revision'],
  },
  { intent: 'running_timer', before: 'start a timer on "Call prep"', q: 'current timer?', reply: ['Call prep'] },
  {
    intent: 'running_timer',
    before: 'start a timer for Amara Okafor: "Brand guidelines"',
    q: 'am I clocked in?',
    reply: ['Brand guidelines'],
  },
  {
    intent: 'running_timer',
    before: 'start a timer for Acme on "Banner resize"',
    q: 'chek my timer',
    reply: ['Banner resize'],
  },
];

const LOG_TIME: CorpusCase[] = [
  {
    intent: 'log_time',
    q: 'log 2 hours for Acme yesterday: "Logo revisions"',
    propose: { tool: 'log_time', args: { duration_minutes: 120, contact_id: '@contact:Acme', description: 'Logo revisions' } },
  },
  {
    intent: 'log_time',
    q: 'add 45 minutes for Beacon today, "Phone support"',
    propose: { tool: 'log_time', args: { duration_minutes: 45, contact_id: '@contact:Beacon', description: 'Phone support' } },
  },
  {
    intent: 'log_time',
    q: 'I worked 1.5h on the relaunch for Lukas Brandt this morning, log it',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Lukas Brandt' } },
  },
  {
    intent: 'log_time',
    q: 'log 3h non-billable for "Internal admin"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 180, billable: false, description: 'Internal admin' },
      record: { billable: false },
    },
  },
  {
    intent: 'log_time',
    q: 'record 30 min for Priya Raman yesterday',
    propose: { tool: 'log_time', args: { duration_minutes: 30, contact_id: '@contact:Priya Raman' } },
  },
  {
    intent: 'log_time',
    q: 'log time: 2h15m, Sofia Marquez, "Homepage wireframes"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 135, contact_id: '@contact:Sofia Marquez', description: 'Homepage wireframes' },
    },
  },
  {
    intent: 'log_time',
    q: 'put down 90 minutes for Kenji Watanabe on Monday',
    propose: { tool: 'log_time', args: { duration_minutes: 90, contact_id: '@contact:Kenji Watanabe' } },
  },
  {
    intent: 'log_time',
    q: 'log an hour for Grace Whitfield, "Product photos"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 60, contact_id: '@contact:Grace Whitfield', description: 'Product photos' },
    },
  },
  {
    intent: 'log_time',
    q: 'I spent 4 hours on "Drawings review" for Daniel Osei yesterday',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 240, contact_id: '@contact:Daniel Osei', description: 'Drawings review' },
    },
  },
  {
    intent: 'log_time',
    q: 'add 20 mins for Amara Okafor, billable',
    propose: { tool: 'log_time', args: { duration_minutes: 20, contact_id: '@contact:Amara Okafor' }, record: { billable: true } },
  },
  {
    intent: 'log_time',
    q: 'log 1h 45m for Acme, not billable',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 105, contact_id: '@contact:Acme', billable: false },
      record: { billable: false },
    },
  },
  {
    intent: 'log_time',
    q: 'track 6 hours yesterday for beacon plc',
    propose: { tool: 'log_time', args: { duration_minutes: 360, contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'log_time',
    q: 'log half an hour for "Email triage"',
    propose: { tool: 'log_time', args: { duration_minutes: 30, description: 'Email triage' } },
  },
  {
    intent: 'log_time',
    q: 'please log 2.5 hours for lukas brandt - "Workshop prep"',
    propose: {
      tool: 'log_time',
      args: { duration_minutes: 150, contact_id: '@contact:Lukas Brandt', description: 'Workshop prep' },
    },
  },
];

const TIME_SUMMARY: CorpusCase[] = [
  { intent: 'time_summary', q: 'how many hours did I log this month?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'how much time have I spent on Acme?', reply: ['2:15'] },
  { intent: 'time_summary', q: 'hours for Beacon this month', reply: ['10:00'] },
  { intent: 'time_summary', q: 'time logged on design work for acme', reply: ['1:30'] },
  { intent: 'time_summary', q: 'total tracked time this month by client', reply: ['Acme', '2:15', 'Beacon', '10:00'] },
  { intent: 'time_summary', q: "how long did Acme's review take?", reply: ['0:45'] },
  { intent: 'time_summary', q: 'how long have I worked for Beacon plc in total?', reply: ['10:00'] },
  { intent: 'time_summary', q: 'time summary for this month pls', reply: ['12:15'] },
  { intent: 'time_summary', q: "what's everyone's logged time this month", reply: ['12:15'] },
  { intent: 'time_summary', q: 'how many minutes have i logged so far this month', reply: ['735'] },
  { intent: 'time_summary', q: 'break down my hours per client', reply: ['Acme', 'Beacon'] },
  { intent: 'time_summary', q: 'how much did I log on the 1st of this month?', reply: ['12:15'] },
  { intent: 'time_summary', q: 'what did I clock for acme ltd in total', reply: ['2:15'] },
  { intent: 'time_summary', q: 'tiem tracked this month?', reply: ['12:15'] },
];

// --- money ----------------------------------------------------------------------

const MONEY_TOTALS: CorpusCase[] = [
  { intent: 'money_totals', q: 'what was my income this month?', reply: ['1,500.00'] },
  { intent: 'money_totals', q: 'total expenses this month', reply: ['195.89'] },
  { intent: 'money_totals', q: 'net profit this month?', reply: ['1,304.11'] },
  { intent: 'money_totals', q: "what're my income and expenses for last month", reply: ['2,000.00', '800.00'] },
  { intent: 'money_totals', q: 'how much have I spent in total, all time?', reply: ['995.89'] },
  { intent: 'money_totals', q: 'total income since the beginning', reply: ['6,750.00'] },
  { intent: 'money_totals', q: 'how much did I spend on Software this month', reply: ['149.99'] },
  { intent: 'money_totals', q: 'last month net?', reply: ['1,200.00'] },
  {
    intent: 'money_totals',
    q: 'income, expenses and profit since the start of last month',
    reply: ['3,500.00', '995.89', '2,504.11'],
  },
  { intent: 'money_totals', q: 'how much came in under Client work overall', reply: ['3,500.00'] },
  { intent: 'money_totals', q: 'money in vs money out today', reply: ['1,500.00', '195.89'] },
  { intent: 'money_totals', q: 'what did I spend on Meals in total?', reply: ['45.90'] },
  { intent: 'money_totals', q: 'how much rent did I pay last month', reply: ['800.00'] },
  { intent: 'money_totals', q: 'total of Invoice payments received, all time', reply: ['3,250.00'] },
];

const TOP_CATEGORIES: CorpusCase[] = [
  { intent: 'top_categories', q: 'what are my biggest expense categories of all time?', reply: ['Rent', '800.00', 'Software', '149.99'] },
  { intent: 'top_categories', q: 'where has most of my money gone, overall?', reply: ['Rent'] },
  { intent: 'top_categories', q: 'top spending categories this month', reply: ['Software', '149.99', 'Meals', '45.90'], absent: ['Rent'] },
  {
    intent: 'top_categories',
    q: 'biggest income categories since I started',
    reply: ['Client work', '3,500.00', 'Invoice payments', '3,250.00'],
  },
  { intent: 'top_categories', q: 'which category did I spend the most on last month', reply: ['Rent'], absent: ['Software'] },
  { intent: 'top_categories', q: 'rank my expense categories, all time', reply: ['Rent', 'Software', 'Meals'] },
  { intent: 'top_categories', q: 'top 2 expense categories', reply: ['Rent', 'Software'], absent: ['Meals'] },
  { intent: 'top_categories', q: 'where did my income come from this month, by category?', reply: ['Client work', '1,500.00'] },
  { intent: 'top_categories', q: 'largest expense category of all time', reply: ['Rent', '800.00'] },
  { intent: 'top_categories', q: 'break down my spending by category for this month', reply: ['Software', '149.99', 'Meals', '45.90'] },
  { intent: 'top_categories', q: 'what are my top income sources by category, overall?', reply: ['Client work', 'Invoice payments'] },
  {
    intent: 'top_categories',
    q: 'biggest cost categories since the start of last month',
    reply: ['Rent', '800.00', 'Software', '149.99', 'Meals', '45.90'],
  },
  { intent: 'top_categories', q: 'which expense category is the smallest?', reply: ['Meals'] },
  { intent: 'top_categories', q: 'top categroies for expenses last month', reply: ['Rent', '800.00'], absent: ['Software'] },
];

const LIST_CATEGORIES: CorpusCase[] = [
  {
    intent: 'list_categories',
    q: 'what categories do I use?',
    reply: ['Client work', 'Invoice payments', 'Software', 'Meals', 'Rent'],
  },
  { intent: 'list_categories', q: 'list my expense categories', reply: ['Software', 'Meals', 'Rent'], absent: ['Client work'] },
  { intent: 'list_categories', q: 'which income categories do I have', reply: ['Client work', 'Invoice payments'], absent: ['Rent'] },
  {
    intent: 'list_categories',
    q: 'show me all transaction categories',
    reply: ['Client work', 'Invoice payments', 'Software', 'Meals', 'Rent'],
  },
  { intent: 'list_categories', q: 'what categories can I pick for an expense?', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'category list pls', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'which categories have I used for income?', reply: ['Client work'], absent: ['Meals'] },
  { intent: 'list_categories', q: 'do I already have a category for rent?', reply: ['Rent'] },
  { intent: 'list_categories', q: 'what expense categories exist', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'remind me which categories i have used so far', reply: ['Client work', 'Software', 'Rent'] },
  { intent: 'list_categories', q: 'categories for money coming in', reply: ['Client work', 'Invoice payments'] },
  { intent: 'list_categories', q: 'list categries', reply: ['Client work', 'Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'what do I file my spending under? categories please', reply: ['Software', 'Meals', 'Rent'] },
  { intent: 'list_categories', q: 'is there a Software category already?', reply: ['Software'] },
];

const LIST_TRANSACTIONS: CorpusCase[] = [
  {
    intent: 'list_transactions',
    q: "show me today's transactions",
    reply: ['Website milestone', 'Hosting', 'Design tool', 'Lunch with Lukas'],
    absent: ['800.00'],
  },
  {
    intent: 'list_transactions',
    q: 'list my expenses this month',
    reply: ['Hosting', 'Design tool', 'Lunch with Lukas'],
    absent: ['Website milestone'],
  },
  { intent: 'list_transactions', q: 'what income did I get last month?', reply: ['2,000.00'], absent: ['Website milestone'] },
  { intent: 'list_transactions', q: 'show transactions in the Software category', reply: ['Hosting', 'Design tool'], absent: ['Lunch'] },
  { intent: 'list_transactions', q: 'find the lunch with lukas expense', reply: ['45.90'] },
  { intent: 'list_transactions', q: 'show all expenses over $100', reply: ['Hosting', '800.00'], absent: ['29.99'] },
  { intent: 'list_transactions', q: 'list income transactions', reply: ['Website milestone', '2,000.00', '3,000.00'] },
  { intent: 'list_transactions', q: 'what did I pay for hosting?', reply: ['120.00'] },
  { intent: 'list_transactions', q: 'show me the invoice payments I received', reply: ['250.00', '3,000.00'] },
  { intent: 'list_transactions', q: 'recent transactions pls', reply: ['Website milestone', 'Hosting'] },
  { intent: 'list_transactions', q: 'meal expenses?', reply: ['Lunch with Lukas', '45.90'] },
  { intent: 'list_transactions', q: 'list the transactions from the 10th of last month', reply: ['2,000.00', '800.00'] },
  { intent: 'list_transactions', q: 'search transactions for "design tool"', reply: ['29.99'] },
  { intent: 'list_transactions', q: "what's my biggest income transaction?", reply: ['3,000.00'] },
];

const CREATE_TRANSACTION: CorpusCase[] = [
  {
    intent: 'create_transaction',
    q: 'add an expense of $64.20 for "Printer paper" in Office Supplies',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '64.20', description: 'Printer paper', category: 'Office Supplies' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'record income of 2,400 from a client today',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '2400.00', date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'I spent 18.50 on lunch yesterday',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '18.50', date: 'YESTERDAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'log an expense: 120 Software "Hosting December"',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '120.00', category: 'Software', description: 'Hosting December' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'received $750 for consulting, category Client work',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '750.00', category: 'Client work' } },
  },
  {
    intent: 'create_transaction',
    q: 'new expense 1.1k for rent',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '1100.00' }, record: { amount: '1100.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'add income: 300 dollars, "Workshop ticket sales"',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '300.00', description: 'Workshop ticket sales' } },
  },
  {
    intent: 'create_transaction',
    q: 'paid 39.99 for a font licence today, put it under Software',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '39.99', category: 'Software', date: 'TODAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'record a $15 parking expense',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '15.00' } },
  },
  {
    intent: 'create_transaction',
    q: 'expense of 250 for "Trade fair booth" under Marketing, dated yesterday',
    propose: {
      tool: 'create_transaction',
      args: { type: 'expense', amount: '250.00', description: 'Trade fair booth', category: 'Marketing', date: 'YESTERDAY' },
    },
  },
  {
    intent: 'create_transaction',
    q: 'got paid 5,000 by a new client',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '5000.00' }, record: { type: 'income' } },
  },
  {
    intent: 'create_transaction',
    q: 'taxi 32.80 yesterday, Travel',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '32.80', category: 'Travel', date: 'YESTERDAY' } },
  },
  {
    intent: 'create_transaction',
    q: 'add an income transaction of $1,250.00 in Client work',
    propose: { tool: 'create_transaction', args: { type: 'income', amount: '1250.00', category: 'Client work' } },
  },
  {
    intent: 'create_transaction',
    q: 'spent eighty dollars on office snacks',
    propose: { tool: 'create_transaction', args: { type: 'expense', amount: '80.00' } },
  },
];

const GET_OVERVIEW: CorpusCase[] = [
  { intent: 'get_overview', q: 'give me an overview', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'how is the business doing this month?', reply: ['1,500.00', '195.89'] },
  { intent: 'get_overview', q: 'dashboard summary please', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'quick snapshot of everything', reply: ['1,700.00'] },
  { intent: 'get_overview', q: "what's the big picture today?", reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'morning briefing pls', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'overview of contacts, tasks and invoices', reply: ['1,700.00', '500.00'] },
  { intent: 'get_overview', q: 'how am I doing overall?', reply: ['1,304.11'] },
  { intent: 'get_overview', q: 'summarise my account for me', reply: ['1,700.00'] },
  { intent: 'get_overview', q: 'status report for the business', reply: ['500.00'] },
  { intent: 'get_overview', q: 'give me the key numbers', reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'what does my month look like so far?', reply: ['1,500.00'] },
  { intent: 'get_overview', q: "at a glance: money owed to me and this month's net", reply: ['1,700.00', '1,304.11'] },
  { intent: 'get_overview', q: 'overveiw pls', reply: ['1,700.00'] },
];

// --- invoices -------------------------------------------------------------------

const LIST_INVOICES: CorpusCase[] = [
  { intent: 'list_invoices', q: 'show my unpaid invoices', reply: ['INV-0001', 'INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'which invoices are overdue?', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'list all invoices', reply: ['INV-0001', 'INV-0002', 'INV-0003'] },
  { intent: 'list_invoices', q: 'paid invoices?', reply: ['INV-0003'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'invoices for Lukas Brandt', reply: ['INV-0002'], absent: ['INV-0001'] },
  { intent: 'list_invoices', q: 'who owes me money?', reply: ['Amara Okafor', 'Lukas Brandt'], absent: ['Priya'] },
  { intent: 'list_invoices', q: 'list the invoices I sent to priya', reply: ['INV-0003'] },
  { intent: 'list_invoices', q: 'open invoices and their balances', reply: ['1,200.00', '500.00'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'show me outstanding invoices', reply: ['INV-0001', 'INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'what invoices are still open for nordwerk', reply: ['INV-0002'] },
  { intent: 'list_invoices', q: 'invoices that are late', reply: ['INV-0002'], absent: ['INV-0003'] },
  { intent: 'list_invoices', q: 'list invoices with the balance due', reply: ['INV-0001', '1,200.00', 'INV-0002', '500.00'] },
  { intent: 'list_invoices', q: 'which invoices have been paid in full', reply: ['INV-0003'], absent: ['INV-0002'] },
  { intent: 'list_invoices', q: "amara's invoices?", reply: ['INV-0001'], absent: ['INV-0002'] },
];

const GET_INVOICE: CorpusCase[] = [
  { intent: 'get_invoice', q: "what's the balance on INV-0002?", reply: ['500.00'] },
  { intent: 'get_invoice', q: 'show me invoice INV-0001', reply: ['Brand retainer', '1,200.00'] },
  { intent: 'get_invoice', q: 'how much has been paid on inv-0002', reply: ['250.00'] },
  { intent: 'get_invoice', q: 'details of invoice 3', reply: ['Dashboard project', '3,000.00'] },
  { intent: 'get_invoice', q: 'what was invoice INV-0002 for?', reply: ['Relaunch workshop'] },
  { intent: 'get_invoice', q: "how much is Amara's invoice?", reply: ['1,200.00'] },
  { intent: 'get_invoice', q: 'is INV-0003 paid?', reply: ['paid'] },
  { intent: 'get_invoice', q: 'line items on INV-0002', reply: ['Relaunch workshop', '150.00'] },
  { intent: 'get_invoice', q: "open Lukas Brandt's invoice", reply: ['INV-0002', '750.00'] },
  { intent: 'get_invoice', q: 'how much is left to pay on invoice 0001', reply: ['1,200.00'] },
  { intent: 'get_invoice', q: 'INV-0003 payments?', reply: ['3,000.00'] },
  { intent: 'get_invoice', q: "what's the total of the relaunch workshop invoice", reply: ['750.00'] },
  { intent: 'get_invoice', q: 'invoice inv-2, what status is it in', reply: ['overdue'] },
  { intent: 'get_invoice', q: "priya's invoice - how much was it and is it settled?", reply: ['3,000.00', 'paid'] },
];

const CREATE_INVOICE: CorpusCase[] = [
  {
    intent: 'create_invoice',
    q: 'invoice Grace Whitfield for 1 "Online shop setup" at $2,200',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Grace Whitfield',
        items: [{ description: 'Online shop setup', quantity: '1', unit_price: '2200.00' }],
      },
      record: { status: 'draft', total_amount: '2200.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'create an invoice for Daniel Kim: 10 hours of consulting at 120/h',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '10', unit_price: '120.00' }] },
      record: { total_amount: '1200.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'draft an invoice to Priya Raman for "Data platform discovery", $4,000, due in 30 days',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Priya Raman',
        items: [{ description: 'Data platform discovery', quantity: '1', unit_price: '4000.00' }],
        due_date: 'IN_30_DAYS',
      },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill Sofia Marquez 2 x "Landing page" at 650',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Landing page', quantity: '2', unit_price: '650.00' }] },
      record: { total_amount: '1300.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'new invoice for Acme: "Banner design" 1.2k',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Banner design', quantity: '1', unit_price: '1200.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'make an invoice for Kenji Watanabe, 3 "Storyboard frames" at $180 each, plus 10% tax',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Kenji Watanabe',
        items: [{ description: 'Storyboard frames', quantity: '3', unit_price: '180.00', tax_rate: '10' }],
      },
      record: { total_amount: '594.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice lukas brandt for 4 hours of workshop follow-up at 150',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ quantity: '4', unit_price: '150.00' }] },
      record: { total_amount: '600.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice Beacon $950 for "Quarterly report design", with a 10% discount',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Beacon',
        items: [{ description: 'Quarterly report design', quantity: '1', unit_price: '950.00' }],
        discount_type: 'percent',
        discount_value: '10.00',
      },
      record: { total_amount: '855.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'can you draft an invoice for Daniel Osei: 1 x "Site visit" $300, 2 x "Revision round" $150',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Daniel Osei',
        items: [
          { description: 'Site visit', quantity: '1', unit_price: '300.00' },
          { description: 'Revision round', quantity: '2', unit_price: '150.00' },
        ],
      },
      record: { total_amount: '600.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice Amara Okafor for "Brand retainer" $1,200, due next Friday',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Amara Okafor',
        items: [{ description: 'Brand retainer', quantity: '1', unit_price: '1200.00' }],
        due_date: 'NEXT_FRIDAY',
      },
    },
  },
  {
    intent: 'create_invoice',
    q: 'create invoice: Priya Raman, "Dashboard maintenance", 500 dollars',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Priya Raman', items: [{ description: 'Dashboard maintenance', quantity: '1', unit_price: '500.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'invoice grace whitfield twelve hundred for "Menu boards"',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Menu boards', quantity: '1', unit_price: '1200.00' }] },
    },
  },
  {
    intent: 'create_invoice',
    q: 'bill Daniel Kim for 6 hrs of "API integration" at $95/hour',
    propose: {
      tool: 'create_invoice',
      args: { contact_id: '@contact:Daniel Kim', items: [{ description: 'API integration', quantity: '6', unit_price: '95.00' }] },
      record: { total_amount: '570.00' },
    },
  },
  {
    intent: 'create_invoice',
    q: 'draft invoce for Acme — "Logo refresh" $800 + 20% VAT',
    propose: {
      tool: 'create_invoice',
      args: {
        contact_id: '@contact:Acme',
        items: [{ description: 'Logo refresh', quantity: '1', unit_price: '800.00', tax_rate: '20' }],
      },
      record: { total_amount: '960.00' },
    },
  },
];

const RECORD_PAYMENT: CorpusCase[] = [
  {
    intent: 'record_payment',
    q: 'record a payment of $500 on INV-0002',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' }, record: { amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Amara paid her invoice in full',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Lukas paid 200 today on INV-0002',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '200.00', date: 'TODAY' } },
  },
  {
    intent: 'record_payment',
    q: 'mark INV-0001 as paid',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'got $600 from Amara for INV-0001 yesterday',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '600.00', date: 'YESTERDAY' } },
  },
  {
    intent: 'record_payment',
    q: 'log a payment of 250 against invoice 2',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '250.00' } },
  },
  {
    intent: 'record_payment',
    q: 'Nordwerk paid the rest of their invoice',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'received 1,200.00 for INV-0001',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'payment in: INV-0002, $100',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '100.00' } },
  },
  {
    intent: 'record_payment',
    q: 'record that Lukas Brandt paid the outstanding balance',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'amara sent 300 towards her invoice',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '300.00' } },
  },
  {
    intent: 'record_payment',
    q: 'INV-0002 is paid off now',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '500.00' } },
  },
  {
    intent: 'record_payment',
    q: 'add a payment of 1.2k to INV-0001',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'record_payment',
    q: 'record payment 50 dollars inv-0002 yesterday',
    propose: { tool: 'record_payment', args: { invoice_id: '@invoice:INV-0002', amount: '50.00', date: 'YESTERDAY' } },
  },
];

const CREDIT_INVOICE: CorpusCase[] = [
  {
    intent: 'credit_invoice',
    q: 'issue a credit note of $200 on INV-0001',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '200.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit 100 on INV-0002 because "one workshop hour cancelled"',
    propose: {
      tool: 'credit_invoice',
      args: { invoice_id: '@invoice:INV-0002', amount: '100.00', reason: 'one workshop hour cancelled' },
    },
  },
  {
    intent: 'credit_invoice',
    q: 'refund Priya $500 on INV-0003',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '500.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'give Amara a $150 credit on her invoice',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '150.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit note on INV-0002 for 150, reason "workshop cut short"',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '150.00', reason: 'workshop cut short' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit the full amount of INV-0001',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '1200.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit $300 against the dashboard project invoice and refund it',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '300.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: "Lukas's invoice: credit 75 dollars",
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '75.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'issue a credit of 1,000 on invoice 3, "scope reduced"',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '1000.00', reason: 'scope reduced' } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit INV-0001 by 250.50',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '250.50' } },
  },
  {
    intent: 'credit_invoice',
    q: 'we overcharged Amara Okafor by 120 on her invoice, credit it',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '120.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'please raise a credit note for 50 on inv-0002',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0002', amount: '50.00' } },
  },
  {
    intent: 'credit_invoice',
    q: 'refund the whole 3000 to Priya for INV-0003',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0003', amount: '3000.00', refund: true } },
  },
  {
    intent: 'credit_invoice',
    q: 'credit $400 on the brand retainer invoice',
    propose: { tool: 'credit_invoice', args: { invoice_id: '@invoice:INV-0001', amount: '400.00' } },
  },
];

const LIST_RECURRING_INVOICES: CorpusCase[] = [
  { intent: 'list_recurring_invoices', q: 'show my recurring invoices', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'which client is billed monthly on a recurring invoice?', reply: ['Amara Okafor'] },
  { intent: 'list_recurring_invoices', q: 'list repeating invoices', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'what recurring billing do I have set up', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'which recurring invoices are active?', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: 'how often is Lukas billed automatically', reply: ['quarterly'] },
  { intent: 'list_recurring_invoices', q: 'recurring profiles?', reply: ['Amara Okafor', 'Lukas Brandt'] },
  {
    intent: 'list_recurring_invoices',
    q: 'which clients get an invoice automatically every period',
    reply: ['Amara Okafor', 'Lukas Brandt'],
  },
  { intent: 'list_recurring_invoices', q: 'how much is the recurring invoice for Amara', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: "when does Amara's recurring invoice first go out", reply: ['2099'] },
  { intent: 'list_recurring_invoices', q: 'list the automatic invoices', reply: ['Amara Okafor', 'Lukas Brandt'] },
  { intent: 'list_recurring_invoices', q: "what's the frequency of each recurring invoice", reply: ['monthly', 'quarterly'] },
  { intent: 'list_recurring_invoices', q: 'recurring invoices and their amounts', reply: ['500.00'] },
  { intent: 'list_recurring_invoices', q: 'do I have a recuring invoice for lukas brandt?', reply: ['quarterly'] },
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
    q: 'stop the quarterly recurring invoice for Lukas for now',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Lukas Brandt' },
      record: { status: 'paused' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'put the monthly recurring invoice on hold',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the recurring invoice for Lukas Brandt',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'hold the recurring billing for amara okafor',
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
    q: 'pause the one for Amara',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "Nordwerk's recurring invoice - pause it please",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: "suspend amara's recurring invoice until further notice",
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause recurring: Lukas',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'can you pause the Brightleaf recurring invoice',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Amara Okafor' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'temporarily stop the recurring invoice that bills Lukas every quarter',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pause the monthly invoice to Amara Okafor',
    propose: {
      tool: 'pause_recurring_invoice',
      args: { recurring_invoice_id: '@recurring:Amara Okafor' },
      record: { status: 'paused' },
    },
  },
  {
    intent: 'pause_recurring_invoice',
    q: 'pasue the recurring invoice of lukas',
    propose: { tool: 'pause_recurring_invoice', args: { recurring_invoice_id: '@recurring:Lukas Brandt' } },
  },
];

// --- quotes ---------------------------------------------------------------------

const LIST_QUOTES: CorpusCase[] = [
  { intent: 'list_quotes', q: 'show my quotes', reply: ['QUO-0001', 'QUO-0002', 'QUO-0003', 'QUO-0004'] },
  { intent: 'list_quotes', q: 'which quotes are still open?', reply: ['QUO-0001', 'QUO-0002'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'any declined quotes?', reply: ['QUO-0004'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'draft quotes?', reply: ['QUO-0003'], absent: ['QUO-0002'] },
  { intent: 'list_quotes', q: 'quotes for Daniel Osei', reply: ['QUO-0002', '2,850.00'], absent: ['QUO-0001'] },
  { intent: 'list_quotes', q: 'what did I quote Sofia Marquez?', reply: ['4,800.00'] },
  { intent: 'list_quotes', q: 'accepted quotes', reply: ['QUO-0002'], absent: ['QUO-0003'] },
  { intent: 'list_quotes', q: 'total value of all my quotes', reply: ['11,450.00'] },
  { intent: 'list_quotes', q: 'which quotes are over $2,000', reply: ['QUO-0001', 'QUO-0002', 'QUO-0003'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: 'quotes I sent that are still waiting for an answer', reply: ['QUO-0001'], absent: ['QUO-0004'] },
  { intent: 'list_quotes', q: "what's the status of Grace's quote", reply: ['draft'] },
  { intent: 'list_quotes', q: 'list quotes with amounts', reply: ['4,800.00', '2,850.00', '2,200.00', '1,600.00'] },
  { intent: 'list_quotes', q: 'did kenji accept the quote?', reply: ['declined'] },
  { intent: 'list_quotes', q: 'which quote is for the title animation', reply: ['QUO-0004'] },
];

const CREATE_QUOTE: CorpusCase[] = [
  {
    intent: 'create_quote',
    q: 'quote Lukas Brandt $9,500 for "Relaunch phase 2"',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ description: 'Relaunch phase 2', quantity: '1', unit_price: '9500.00' }] },
      record: { status: 'draft', total_amount: '9500.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'draft a quote for Grace Whitfield: 1 "Logo redesign" at $700',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Grace Whitfield', items: [{ description: 'Logo redesign', quantity: '1', unit_price: '700.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'create a quote for Daniel Kim for 20 hours of consulting at $110',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Kim', items: [{ quantity: '20', unit_price: '110.00' }] },
      record: { total_amount: '2200.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new quote for Priya Raman, "Analytics workshop" $1,500, valid for 30 days',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Priya Raman',
        items: [{ description: 'Analytics workshop', quantity: '1', unit_price: '1500.00' }],
        valid_until: 'IN_30_DAYS',
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'make an estimate for Sofia Marquez: 3 x "Blog articles" at 200',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'Blog articles', quantity: '3', unit_price: '200.00' }] },
      record: { total_amount: '600.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote acme 2.5k for "Trade show stand"',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Acme', items: [{ description: 'Trade show stand', quantity: '1', unit_price: '2500.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'Prepare a quote for Kenji Watanabe: "Opening titles" $1,800, 15% off',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Kenji Watanabe',
        items: [{ description: 'Opening titles', quantity: '1', unit_price: '1800.00' }],
        discount_type: 'percent',
        discount_value: '15.00',
      },
      record: { total_amount: '1530.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote Beacon for 5 "Training sessions" at $400 each',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Beacon', items: [{ description: 'Training sessions', quantity: '5', unit_price: '400.00' }] },
      record: { total_amount: '2000.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'draft a quotation to Daniel Osei for "3D renders", 4 at 350',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Daniel Osei', items: [{ description: '3D renders', quantity: '4', unit_price: '350.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'can I get a quote drafted for Amara Okafor: "Packaging design" $2,000 plus 20% tax',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Amara Okafor',
        items: [{ description: 'Packaging design', quantity: '1', unit_price: '2000.00', tax_rate: '20' }],
      },
      record: { total_amount: '2400.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'new quote: Lukas Brandt, 10 x "Support hours" @ 95',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Lukas Brandt', items: [{ description: 'Support hours', quantity: '10', unit_price: '95.00' }] },
    },
  },
  {
    intent: 'create_quote',
    q: 'quote grace whitfield $450 for "Cake photography", valid until next Friday',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Grace Whitfield',
        items: [{ description: 'Cake photography', quantity: '1', unit_price: '450.00' }],
        valid_until: 'NEXT_FRIDAY',
      },
    },
  },
  {
    intent: 'create_quote',
    q: 'estimate for Priya Raman: 1 "Data audit" at 3000 and 2 "Follow-up calls" at 150',
    propose: {
      tool: 'create_quote',
      args: {
        contact_id: '@contact:Priya Raman',
        items: [
          { description: 'Data audit', quantity: '1', unit_price: '3000.00' },
          { description: 'Follow-up calls', quantity: '2', unit_price: '150.00' },
        ],
      },
      record: { total_amount: '3300.00' },
    },
  },
  {
    intent: 'create_quote',
    q: 'qoute for Sofia Marquez — "SEO setup" — $600',
    propose: {
      tool: 'create_quote',
      args: { contact_id: '@contact:Sofia Marquez', items: [{ description: 'SEO setup', quantity: '1', unit_price: '600.00' }] },
    },
  },
];

const CONVERT_QUOTE: CorpusCase[] = [
  {
    intent: 'convert_quote',
    q: 'convert QUO-0002 into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'turn the accepted quote into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'Sofia approved the website redesign quote, invoice it',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'make an invoice from quote QUO-0001',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: "convert Daniel Osei's quote to an invoice",
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'invoice the office fit-out drawings quote',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert quote 1 to an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'the website redesign quote - turn it into an invoice please',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'create the invoice from QUO-0002',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    before: 'show me my quotes',
    q: 'convert the one for Sofia Marquez into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'quo-0001 → invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'Osei accepted, so convert his quote into a draft invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'turn the casa marquez quote into an invoice',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0001', total_amount: '4800.00', status: 'draft' } },
  },
  {
    intent: 'convert_quote',
    q: 'convert quote number 2',
    propose: { tool: 'convert_quote', args: {}, record: { quote_id: '@quote:QUO-0002', total_amount: '2850.00', status: 'draft' } },
  },
];

// --- deals ----------------------------------------------------------------------

const LIST_DEALS: CorpusCase[] = [
  {
    intent: 'list_deals',
    q: 'show my deals',
    reply: ['Casa Marquez website', 'Osei office drawings', 'Whitfield online shop', 'Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'list_deals', q: "what's in the pipeline?", reply: ['Fernhill data platform', 'Casa Marquez website'] },
  {
    intent: 'list_deals',
    q: 'deals in Qualified',
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
    absent: ['Casa Marquez website'],
  },
  { intent: 'list_deals', q: 'total value of my open deals', reply: ['31,350.00'] },
  { intent: 'list_deals', q: "what's my biggest deal", reply: ['Fernhill data platform', '12,000.00'] },
  { intent: 'list_deals', q: 'deals with Sofia Marquez', reply: ['Casa Marquez website'], absent: ['Fernhill'] },
  { intent: 'list_deals', q: 'weighted pipeline value?', reply: ['10,132.50'] },
  { intent: 'list_deals', q: 'which deals are in negotiation', reply: ['Osei office drawings'], absent: ['Fernhill'] },
  { intent: 'list_deals', q: 'show the Nordwerk deal', reply: ['Nordwerk relaunch phase 2', '9,500.00'] },
  { intent: 'list_deals', q: 'deals in the lead stage', reply: ['Whitfield online shop'], absent: ['Nordwerk'] },
  { intent: 'list_deals', q: 'what deals do I have going with Priya', reply: ['Fernhill data platform'] },
  { intent: 'list_deals', q: 'list deals with their values', reply: ['4,800.00', '2,850.00', '2,200.00', '12,000.00', '9,500.00'] },
  { intent: 'list_deals', q: 'how much is sitting in Qualified?', reply: ['21,500.00'] },
  { intent: 'list_deals', q: 'which deal is expected to close first', reply: ['Casa Marquez website'] },
];

const LIST_DEAL_STAGES: CorpusCase[] = [
  {
    intent: 'list_deal_stages',
    q: 'what stages does my pipeline have?',
    reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'],
  },
  { intent: 'list_deal_stages', q: 'list the deal stages', reply: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'] },
  { intent: 'list_deal_stages', q: 'what probability does the Negotiation stage have', reply: ['75'] },
  { intent: 'list_deal_stages', q: 'pipeline columns?', reply: ['Lead', 'Proposal', 'Won'] },
  { intent: 'list_deal_stages', q: 'what are the stages and their win chances', reply: ['Qualified', '25', 'Proposal', '50'] },
  { intent: 'list_deal_stages', q: 'show the pipeline stages in order', reply: ['Lead', 'Negotiation', 'Lost'] },
  { intent: 'list_deal_stages', q: 'which stage comes after Qualified?', reply: ['Proposal'] },
  { intent: 'list_deal_stages', q: "what's the probability of the proposal stage", reply: ['50'] },
  { intent: 'list_deal_stages', q: 'stages of my sales pipeline', reply: ['Qualified', 'Negotiation'] },
  { intent: 'list_deal_stages', q: 'how many stages are there in the pipeline?', reply: ['6'] },
  { intent: 'list_deal_stages', q: 'what % is Qualified', reply: ['25'] },
  { intent: 'list_deal_stages', q: 'deal stages pls', reply: ['Lead', 'Won', 'Lost'] },
  { intent: 'list_deal_stages', q: 'which pipeline stages mean the deal is closed', reply: ['Won', 'Lost'] },
  { intent: 'list_deal_stages', q: 'win probability of the lead stage?', reply: ['10'] },
];

const CREATE_DEAL: CorpusCase[] = [
  {
    intent: 'create_deal',
    q: 'add a deal "Harborline tracking app" worth $15,000 with Daniel Kim',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline tracking app', value: '15000.00', contact_id: '@contact:Daniel Kim' },
      record: { value: '15000.00' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new deal for Grace Whitfield: "Bakery rebrand", 3.5k, in Qualified',
    propose: {
      tool: 'create_deal',
      args: { title: 'Bakery rebrand', value: '3500.00', contact_id: '@contact:Grace Whitfield', stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'create_deal',
    q: 'create a deal "Beacon annual report" for 6,000 in Proposal',
    propose: { tool: 'create_deal', args: { title: 'Beacon annual report', value: '6000.00', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'create_deal',
    q: 'add a 2,000 dollar deal with Acme called "Acme brochure"',
    propose: { tool: 'create_deal', args: { title: 'Acme brochure', value: '2000.00', contact_id: '@contact:Acme' } },
  },
  {
    intent: 'create_deal',
    q: 'put a new deal in the pipeline: "Kaze season 2" with Kenji Watanabe, $8,000, closing in 30 days',
    propose: {
      tool: 'create_deal',
      args: { title: 'Kaze season 2', value: '8000.00', contact_id: '@contact:Kenji Watanabe', expected_close_date: 'IN_30_DAYS' },
    },
  },
  {
    intent: 'create_deal',
    q: 'new opportunity "Fernhill dashboard v2", Priya Raman, 7500',
    propose: {
      tool: 'create_deal',
      args: { title: 'Fernhill dashboard v2', value: '7500.00', contact_id: '@contact:Priya Raman' },
    },
  },
  {
    intent: 'create_deal',
    q: 'deal: "Osei website", 4000, Daniel Osei, stage Lead',
    propose: {
      tool: 'create_deal',
      args: { title: 'Osei website', value: '4000.00', contact_id: '@contact:Daniel Osei', stage_id: '@stage:Lead' },
    },
  },
  {
    intent: 'create_deal',
    q: 'track a deal with Sofia Marquez, "Casa Marquez booking system", value 3,200, expected to close next Friday',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Casa Marquez booking system',
        value: '3200.00',
        contact_id: '@contact:Sofia Marquez',
        expected_close_date: 'NEXT_FRIDAY',
      },
    },
  },
  {
    intent: 'create_deal',
    q: 'create deal "Nordwerk maintenance contract" $1,200 for lukas brandt in negotiation',
    propose: {
      tool: 'create_deal',
      args: {
        title: 'Nordwerk maintenance contract',
        value: '1200.00',
        contact_id: '@contact:Lukas Brandt',
        stage_id: '@stage:Negotiation',
      },
    },
  },
  {
    intent: 'create_deal',
    q: 'add deal "Studio Kaze trailer" 5k',
    propose: { tool: 'create_deal', args: { title: 'Studio Kaze trailer', value: '5000.00' } },
  },
  {
    intent: 'create_deal',
    q: 'new deal with Amara Okafor: "Brightleaf packaging", 9,000, proposal stage',
    propose: {
      tool: 'create_deal',
      args: { title: 'Brightleaf packaging', value: '9000.00', contact_id: '@contact:Amara Okafor', stage_id: '@stage:Proposal' },
    },
  },
  {
    intent: 'create_deal',
    q: 'I have a new opportunity with Tomás Novák, "Novák catalogue", worth 2,500',
    propose: {
      tool: 'create_deal',
      args: { title: 'Novák catalogue', value: '2500.00', contact_id: '@contact:Tomás Novák' },
    },
  },
  {
    intent: 'create_deal',
    q: 'add a deal called "Beacon intranet" with beacon, twelve thousand',
    propose: { tool: 'create_deal', args: { title: 'Beacon intranet', value: '12000.00', contact_id: '@contact:Beacon' } },
  },
  {
    intent: 'create_deal',
    q: 'deal for daniel kim "Harborline dashboards" 10k, qualified',
    propose: {
      tool: 'create_deal',
      args: { title: 'Harborline dashboards', value: '10000.00', contact_id: '@contact:Daniel Kim', stage_id: '@stage:Qualified' },
    },
  },
];

const MOVE_DEAL: CorpusCase[] = [
  {
    intent: 'move_deal',
    q: 'move "Whitfield online shop" to Qualified',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Qualified' },
      record: { stage_id: '@stage:Qualified' },
    },
  },
  {
    intent: 'move_deal',
    q: 'Casa Marquez website is in negotiation now',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Negotiation' },
      record: { stage_id: '@stage:Negotiation' },
    },
  },
  {
    intent: 'move_deal',
    q: 'mark the Osei office drawings deal as won',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Won' },
      record: { stage_id: '@stage:Won' },
    },
  },
  {
    intent: 'move_deal',
    q: 'the Fernhill data platform deal moves to Proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'we lost Nordwerk relaunch phase 2 - "budget frozen"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Lost', lost_reason: 'budget frozen' },
      record: { stage_id: '@stage:Lost', lost_reason: 'budget frozen' },
    },
  },
  {
    intent: 'move_deal',
    q: "move Priya's deal to negotiation",
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'advance the whitfield deal to proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'Sofia signed — the casa marquez website deal is won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'drag the Nordwerk deal into Negotiation',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Negotiation' } },
  },
  {
    intent: 'move_deal',
    q: 'put the Osei deal back to Proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Osei office drawings', stage_id: '@stage:Proposal' } },
  },
  {
    intent: 'move_deal',
    q: 'move fernhill to won',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Fernhill data platform', stage_id: '@stage:Won' } },
  },
  {
    intent: 'move_deal',
    q: 'the Whitfield online shop deal is lost, reason: "chose a template shop"',
    propose: {
      tool: 'move_deal',
      args: { deal_id: '@deal:Whitfield online shop', stage_id: '@stage:Lost', lost_reason: 'chose a template shop' },
      record: { lost_reason: 'chose a template shop' },
    },
  },
  {
    intent: 'move_deal',
    q: 'move deal "Casa Marquez website" to the Qualified stage',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Casa Marquez website', stage_id: '@stage:Qualified' } },
  },
  {
    intent: 'move_deal',
    before: 'show me the deals in Qualified',
    q: 'move the Nordwerk one to Proposal',
    propose: { tool: 'move_deal', args: { deal_id: '@deal:Nordwerk relaunch phase 2', stage_id: '@stage:Proposal' } },
  },
];

// --- asking back and what no tool does ------------------------------------------

const CLARIFY: CorpusCase[] = [
  { intent: 'clarify', q: "what's Daniel's email?", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'record a payment of $200', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: 'pause the recurring invoice', clarify: true, reply: ['Amara', 'Lukas'] },
  { intent: 'clarify', q: 'convert the quote into an invoice', clarify: true, reply: ['QUO-0001', 'QUO-0002'] },
  {
    intent: 'clarify',
    q: 'move the Qualified deal to Proposal',
    clarify: true,
    reply: ['Fernhill data platform', 'Nordwerk relaunch phase 2'],
  },
  { intent: 'clarify', q: 'add a note to Daniel: "call back on Monday"', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'log 2 hours for Daniel yesterday', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  {
    intent: 'clarify',
    q: 'mark the high priority task as done',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  { intent: 'clarify', q: 'start a timer for Daniel', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  { intent: 'clarify', q: 'credit $100 on the unpaid invoice', clarify: true, reply: ['INV-0001', 'INV-0002'] },
  { intent: 'clarify', q: 'invoice Daniel $500 for "Consulting"', clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
  {
    intent: 'clarify',
    q: 'delete the high-priority task',
    clarify: true,
    reply: ['Send the retainer report', 'Follow up on the relaunch proposal'],
  },
  { intent: 'clarify', q: 'what is the email of my contact at the studio?', clarify: true, reply: ['Amara Okafor', 'Kenji Watanabe'] },
  { intent: 'clarify', q: "change Daniel's status to customer", clarify: true, reply: ['Daniel Kim', 'Daniel Osei'] },
];

const UNSUPPORTED: CorpusCase[] = [
  { intent: 'unsupported', q: 'email INV-0001 to Amara' },
  { intent: 'unsupported', q: 'delete the contact Tomás Novák' },
  { intent: 'unsupported', q: 'export all my contacts to a CSV file' },
  { intent: 'unsupported', q: 'change my password' },
  { intent: 'unsupported', q: 'delete invoice INV-0002' },
  { intent: 'unsupported', q: 'set up a new recurring invoice for Priya Raman, monthly, $300' },
  { intent: 'unsupported', q: "resume Amara's recurring invoice" },
  { intent: 'unsupported', q: 'change the value of the Fernhill data platform deal to 15,000' },
  { intent: 'unsupported', q: 'mark QUO-0001 as accepted' },
  { intent: 'unsupported', q: 'invite jane@example.com to the workspace as a member' },
  { intent: 'unsupported', q: 'delete the Hosting expense' },
  { intent: 'unsupported', q: 'schedule a zoom call with Kenji on Thursday and send him the link' },
  { intent: 'unsupported', q: 'what will the weather be like in London tomorrow?' },
  { intent: 'unsupported', q: 'change the workspace currency to EUR' },
];

export const TUNING_9: CorpusCase[] = [
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
  ...GET_OVERVIEW,
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
  ...CREATE_DEAL,
  ...MOVE_DEAL,
  ...CLARIFY,
  ...UNSUPPORTED,
];
