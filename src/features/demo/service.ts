import type { Contact } from '@/features/contacts/schema';
import { createContacts } from '@/features/contacts/service';
import { createInvoice, recordPayment, todayFor } from '@/features/invoices/service';
import { addNotes } from '@/features/notes/service';
import { createTasks } from '@/features/tasks/service';
import { createTransactions } from '@/features/transactions/service';
import type { Workspace } from '@/lib/auth/workspace';
import type { Database } from '@/lib/db';
import { addDays, todayIn, zonedToUtc } from '@/lib/time';

/**
 * A small, believable data set for a new local account, so the app is alive
 * on first run. Turned off with DEMO_DATA=false.
 */
export async function seedDemoData(tx: Database, owner: Workspace): Promise<void> {
  const contacts = await createContacts(tx, owner, [
    {
      first_name: 'Amara',
      last_name: 'Okafor',
      email: 'amara@brightleaf.studio',
      phone: '+44 20 7946 0321',
      company: 'Brightleaf Studio',
      position: 'Creative Director',
      status: 'customer',
      notes: 'Retainer for brand work, invoices monthly. Prefers email over calls.',
    },
    {
      first_name: 'Lukas',
      last_name: 'Brandt',
      email: 'lukas.brandt@nordwerk.de',
      phone: '+49 30 901820',
      company: 'Nordwerk GmbH',
      position: 'Head of Operations',
      status: 'active',
      notes: 'Website relaunch in Q1. Decision by end of month.',
    },
    {
      first_name: 'Sofia',
      last_name: 'Marquez',
      email: 'sofia@casamarquez.es',
      company: 'Casa Marquez',
      position: 'Owner',
      status: 'lead',
      notes: 'Met at the Valencia design meetup; asked for a quote for a booking site.',
    },
    {
      first_name: 'Daniel',
      last_name: 'Kim',
      email: 'dkim@harborline.co',
      phone: '+1 415 555 0142',
      company: 'Harborline Logistics',
      position: 'CTO',
      status: 'active',
    },
    {
      first_name: 'Priya',
      last_name: 'Raman',
      email: 'priya.raman@fernhill.io',
      company: 'Fernhill Analytics',
      position: 'Product Manager',
      status: 'customer',
      notes: 'Dashboard project delivered in September; happy to be a reference.',
    },
    {
      first_name: 'Tomás',
      last_name: 'Novák',
      email: 'tomas@novak.cz',
      company: 'Novák & Syn',
      status: 'inactive',
      notes: 'Paused the maintenance contract for winter.',
    },
    {
      first_name: 'Grace',
      last_name: 'Whitfield',
      email: 'grace@whitfieldbakery.com',
      phone: '+1 212 555 0187',
      company: 'Whitfield Bakery',
      position: 'Owner',
      status: 'lead',
    },
    {
      first_name: 'Kenji',
      last_name: 'Watanabe',
      email: 'kenji@studio-kaze.jp',
      company: 'Studio Kaze',
      position: 'Producer',
      status: 'active',
      notes: 'Time zone JST: schedule calls before 9:00 our time.',
    },
  ]);
  const byName = (first: string) => contacts.find((c) => c.first_name === first)!;
  await seedTasks(tx, owner, byName);
  await seedTransactions(tx, owner);
  await seedNotes(tx, owner, byName);
  await seedInvoices(tx, owner, (email) => contacts.find((c) => c.email === email)!.id);
}

/** A day relative to today in the user's zone, as `YYYY-MM-DD`. */
function dayFromToday(owner: { time_zone: string }, days: number): string {
  const [y, m, d] = todayIn(owner.time_zone).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function at(owner: { time_zone: string }, days: number, time: string): Date {
  return zonedToUtc(dayFromToday(owner, days), time, owner.time_zone);
}

async function seedTasks(tx: Database, owner: { id: string; time_zone: string }, contact: (first: string) => Contact) {
  await createTasks(tx, owner, [
    { title: 'Send the November retainer report', priority: 'high', due_on: dayFromToday(owner, 0), contact_id: contact('Amara').id },
    { title: 'Call Grace about the bakery website', priority: 'medium', due_on: dayFromToday(owner, 0), contact_id: contact('Grace').id },
    {
      title: 'Follow up on the relaunch proposal',
      description: 'Lukas wanted the revised timeline and the hosting costs before their board meeting.',
      priority: 'high',
      due_date: at(owner, -2, '10:00'),
      contact_id: contact('Lukas').id,
    },
    { title: 'Send the contract draft', priority: 'medium', due_on: dayFromToday(owner, -1), contact_id: contact('Kenji').id },
    {
      title: 'Prepare the quote for the booking site',
      status: 'in_progress',
      priority: 'medium',
      due_date: at(owner, 3, '12:00'),
      contact_id: contact('Sofia').id,
    },
    { title: 'Schedule the quarterly review call', priority: 'low', due_on: dayFromToday(owner, 7), contact_id: contact('Daniel').id },
    { title: 'File the quarterly VAT return', priority: 'high', due_on: dayFromToday(owner, 10) },
    {
      title: 'Ask for a testimonial',
      status: 'completed',
      priority: 'low',
      due_on: dayFromToday(owner, -6),
      completed_at: at(owner, -5, '15:20'),
      contact_id: contact('Priya').id,
    },
    { title: 'Renew the domain names', status: 'completed', priority: 'medium', completed_at: at(owner, -12, '09:05') },
  ]);
}

/**
 * A year of money in and out: the monthly retainer and running costs, project
 * milestones, quarterly insurance and tax prepayments (one month ends below
 * zero), so the dashboard's chart, categories and comparisons have something
 * to show. Dates later than today (in the current month) become today.
 */
async function seedTransactions(tx: Database, owner: { id: string; time_zone: string }) {
  const month = (back: number, day: number) => {
    const [y, m] = todayIn(owner.time_zone).split('-').map(Number) as [number, number];
    const date = new Date(Date.UTC(y, m - 1 - back, day));
    const today = dayFromToday(owner, 0);
    const value = date.toISOString().slice(0, 10);
    return value > today ? today : value;
  };
  const rows: Parameters<typeof createTransactions>[2] = [];
  for (let back = 11; back >= 0; back -= 1) {
    rows.push(
      { type: 'income', amount: '2400.00', category: 'Retainer', description: 'Brightleaf Studio monthly retainer', date: month(back, 1) },
      { type: 'expense', amount: '450.00', category: 'Office', description: 'Coworking desk', date: month(back, 2) },
      { type: 'expense', amount: '59.99', category: 'Software', description: 'Design tools subscription', date: month(back, 5) },
      { type: 'expense', amount: '12.50', category: 'Software', description: 'Domain and email hosting', date: month(back, 8) },
    );
  }
  for (const back of [10, 7, 4, 1]) {
    rows.push({
      type: 'expense',
      amount: '320.00',
      category: 'Insurance',
      description: 'Professional liability, quarterly',
      date: month(back, 15),
    });
  }
  rows.push(
    { type: 'income', amount: '1800.00', category: 'Projects', description: 'Novák & Syn site maintenance, autumn', date: month(11, 20) },
    { type: 'income', amount: '2750.00', category: 'Projects', description: 'Fernhill dashboard, first milestone', date: month(9, 12) },
    { type: 'expense', amount: '2100.00', category: 'Taxes', description: 'Income tax prepayment', date: month(9, 28) },
    { type: 'income', amount: '950.00', category: 'Consulting', description: 'Accessibility audit for Harborline', date: month(7, 24) },
    { type: 'expense', amount: '240.00', category: 'Travel', description: 'Flight to the Valencia design meetup', date: month(7, 11) },
    { type: 'income', amount: '3200.00', category: 'Projects', description: 'Fernhill dashboard, second milestone', date: month(6, 10) },
    { type: 'expense', amount: '3400.00', category: 'Taxes', description: 'Income tax prepayment', date: month(5, 28) },
    { type: 'income', amount: '1450.00', category: 'Projects', description: 'Studio Kaze storyboard tool', date: month(4, 16) },
    { type: 'expense', amount: '89.00', category: 'Education', description: 'Conference ticket', date: month(4, 19) },
    { type: 'income', amount: '3850.00', category: 'Projects', description: 'Fernhill dashboard, final milestone', date: month(2, 18) },
    { type: 'income', amount: '1200.00', category: 'Projects', description: 'Harborline API review', date: month(1, 14) },
    { type: 'income', amount: '640.00', category: 'Consulting', description: 'Workshop for Studio Kaze', date: month(0, 3) },
    { type: 'expense', amount: '1299.00', category: 'Equipment', description: 'New laptop', date: month(2, 21) },
    { type: 'expense', amount: '186.40', category: 'Travel', description: 'Train to Berlin (Nordwerk kickoff)', date: month(1, 9) },
    { type: 'expense', amount: '38.70', category: 'Travel', description: 'Client lunch', date: month(0, 4) },
  );
  await createTransactions(tx, owner, rows);
}

async function seedNotes(tx: Database, owner: { id: string; time_zone: string }, contact: (first: string) => Contact) {
  await addNotes(tx, owner, [
    {
      contact_id: contact('Amara').id,
      body: 'Agreed to move the monthly check-in to the first Monday.',
      created_at: at(owner, -9, '11:30'),
    },
    {
      contact_id: contact('Amara').id,
      body: 'Asked about adding motion design to the retainer from January. Send options with prices.',
      created_at: at(owner, -1, '16:10'),
    },
    {
      contact_id: contact('Lukas').id,
      body: 'Kickoff call: they want the relaunch live before the trade fair in March. Budget approved up to 18k.',
      created_at: at(owner, -20, '14:00'),
    },
    {
      contact_id: contact('Sofia').id,
      body: 'Wants online booking with deposits; currently uses a paper calendar.',
      created_at: at(owner, -4, '10:45'),
    },
    {
      contact_id: contact('Priya').id,
      body: 'Happy with the dashboard; will mention us to her new team.',
      created_at: at(owner, -5, '15:25'),
    },
  ]);
}

/** Invoices in every state, with their payments: paid, partly paid, overdue, sent and a draft. */
async function seedInvoices(tx: Database, owner: Workspace, contact: (email: string) => string): Promise<void> {
  const today = todayFor(owner);
  const day = (offset: number) => addDays(today, offset);

  const paid = await createInvoice(tx, owner, {
    contact_id: contact('amara@brightleaf.studio'),
    issue_date: day(-45),
    due_date: day(-31),
    status: 'sent',
    items: [
      { description: 'Brand retainer: design direction and reviews', quantity: '1', unit_price: '2400.00' },
      { description: 'Packaging mock-ups, autumn range', quantity: '6', unit_price: '180.00' },
    ],
    notes: 'Thank you for a great quarter.',
  });
  await recordPayment(tx, owner, paid.id, { amount: paid.total_amount, date: day(-33), description: 'Bank transfer' });

  const partly = await createInvoice(tx, owner, {
    contact_id: contact('priya.raman@fernhill.io'),
    issue_date: day(-20),
    due_date: day(6),
    status: 'sent',
    items: [
      { description: 'Analytics dashboard, phase 2: data model and API', quantity: '32', unit_price: '95.00' },
      { description: 'Chart components and accessibility review', quantity: '14', unit_price: '95.00' },
      { description: 'Hosting, first year', quantity: '1', unit_price: '240.00' },
    ],
  });
  await recordPayment(tx, owner, partly.id, { amount: '2000.00', date: day(-4), description: 'Deposit' });

  await createInvoice(tx, owner, {
    contact_id: contact('dkim@harborline.co'),
    issue_date: day(-35),
    due_date: day(-21),
    status: 'sent',
    items: [
      { description: 'Carrier API integration (tracking events)', quantity: '18', unit_price: '110.00' },
      { description: 'On-call support, weekend launch', quantity: '1', unit_price: '450.00' },
    ],
    discount_type: 'percent',
    discount_value: '5.00',
    notes: 'Payable by bank transfer within 14 days.',
  });

  await createInvoice(tx, owner, {
    contact_id: contact('lukas.brandt@nordwerk.de'),
    issue_date: day(-5),
    due_date: day(9),
    currency: 'EUR',
    status: 'sent',
    items: [
      { description: 'Website relaunch: discovery workshop (2 days)', quantity: '2', unit_price: '1100.00', tax_rate: '19' },
      { description: 'Information architecture and wireframes', quantity: '1', unit_price: '1850.00', tax_rate: '19' },
    ],
  });

  await createInvoice(tx, owner, {
    contact_id: contact('kenji@studio-kaze.jp'),
    items: [
      { description: 'Animation pipeline consulting', quantity: '8', unit_price: '120.00' },
      { description: 'Render farm setup (remote)', quantity: '1', unit_price: '650.00' },
    ],
  });
}
