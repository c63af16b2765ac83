import { createContacts } from '@/features/contacts/service';
import { createInvoice, recordPayment, todayFor } from '@/features/invoices/service';
import type { UserRow } from '@/lib/auth/user';
import { addDays } from '@/lib/dates';
import type { Database } from '@/lib/db';

/**
 * A small, believable data set for a new local account, so the app is alive
 * on first run. Turned off with DEMO_DATA=false.
 */
export async function seedDemoData(tx: Database, owner: UserRow): Promise<void> {
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
  await seedInvoices(tx, owner, (email) => contacts.find((c) => c.email === email)!.id);
}

/** Invoices in every state, with their payments: paid, partly paid, overdue, sent and a draft. */
async function seedInvoices(tx: Database, owner: UserRow, contact: (email: string) => string): Promise<void> {
  const today = todayFor(owner);
  const day = (offset: number) => addDays(today, offset);

  const paid = await createInvoice(tx, owner, {
    contact_id: contact('amara@brightleaf.studio'),
    issue_date: day(-45),
    due_date: day(-31),
    status: 'sent',
    items: [
      { description: 'Brand retainer: design direction and reviews', quantity: 1, unit_price: '2400.00' },
      { description: 'Packaging mock-ups, autumn range', quantity: 6, unit_price: '180.00' },
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
      { description: 'Analytics dashboard, phase 2: data model and API', quantity: 32, unit_price: '95.00' },
      { description: 'Chart components and accessibility review', quantity: 14, unit_price: '95.00' },
      { description: 'Hosting, first year', quantity: 1, unit_price: '240.00' },
    ],
  });
  await recordPayment(tx, owner, partly.id, { amount: '2000.00', date: day(-4), description: 'Deposit' });

  await createInvoice(tx, owner, {
    contact_id: contact('dkim@harborline.co'),
    issue_date: day(-35),
    due_date: day(-21),
    status: 'sent',
    items: [
      { description: 'Carrier API integration (tracking events)', quantity: 18, unit_price: '110.00' },
      { description: 'On-call support, weekend launch', quantity: 1, unit_price: '450.00' },
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
      { description: 'Website relaunch: discovery workshop (2 days)', quantity: 2, unit_price: '1100.00', tax_rate: '19' },
      { description: 'Information architecture and wireframes', quantity: 1, unit_price: '1850.00', tax_rate: '19' },
    ],
  });

  await createInvoice(tx, owner, {
    contact_id: contact('kenji@studio-kaze.jp'),
    items: [
      { description: 'Animation pipeline consulting', quantity: 8, unit_price: '120.00' },
      { description: 'Render farm setup (remote)', quantity: 1, unit_price: '650.00' },
    ],
  });
}
