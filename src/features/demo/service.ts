import { createContacts } from '@/features/contacts/service';
import type { Database } from '@/lib/db';

/**
 * A small, believable data set for a new local account, so the app is alive
 * on first run. Turned off with DEMO_DATA=false.
 */
export async function seedDemoData(tx: Database, owner: { id: string }): Promise<void> {
  await createContacts(tx, owner, [
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
}
