/**
 * The built-in assistant engine's answer time at 1 000 contacts (part of `npm run bench`;
 * alone: `npx tsx scripts/bench-assistant.ts`). A fresh embedded database (PGlite) holds
 * one workspace with 1 000 contacts plus the records the assistant corpus names; every
 * read request of the tuning corpus is asked through the whole assistant (service →
 * engine → tools → RLS), and the median and 95th percentile answer times are printed.
 * Writes are not asked: they would only add a proposal row each.
 */
import { createContacts } from '../src/features/contacts/service';
import { createTasks } from '../src/features/tasks/service';
import { TUNING } from '../src/features/ai/engines/builtin/corpus/tuning';
import { FIXTURE_CONTACTS } from '../src/features/ai/engines/builtin/requests';
import { startAssistant } from '../tests/helpers/assistant';

const FIRST = [
  'Ada',
  'Ben',
  'Cleo',
  'Dev',
  'Eva',
  'Finn',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lea',
  'Milo',
  'Nia',
  'Omar',
  'Pia',
  'Quinn',
  'Rui',
  'Sven',
  'Tara',
];
const LAST = [
  'Adler',
  'Bauer',
  'Costa',
  'Dietz',
  'Evans',
  'Fontaine',
  'Garcia',
  'Hughes',
  'Ito',
  'Jensen',
  'Klein',
  'Lopez',
  'Meyer',
  'Nowak',
  'Olsen',
  'Petrov',
  'Quist',
  'Rossi',
  'Silva',
  'Tanaka',
];
const COMPANY = ['Northwind', 'Contoso', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Cyberdyne', 'Tyrell'];

export interface AssistantBench {
  contacts: number;
  requests: number;
  p50_ms: number;
  p95_ms: number;
}

export async function benchAssistant(contacts = 1000): Promise<AssistantBench> {
  const assistant = await startAssistant();
  try {
    const me = await assistant.signUp('Robin Example');
    await me.tx(async (tx) => {
      const filler = Array.from({ length: contacts - FIXTURE_CONTACTS.length }, (_, i) => ({
        first_name: FIRST[i % FIRST.length]!,
        last_name: `${LAST[Math.floor(i / FIRST.length) % LAST.length]!}${i >= 400 ? ` ${i}` : ''}`,
        company: `${COMPANY[i % COMPANY.length]!} ${Math.floor(i / 10)}`,
        email: `person${i}@example.com`,
      }));
      const made = await createContacts(tx, me.user, [...FIXTURE_CONTACTS, ...filler]);
      const id = (first: string) => made.find((c) => c.first_name === first)!.id;
      await createTasks(tx, me.user, [
        { title: 'Send the retainer report', priority: 'high', contact_id: id('Amara') },
        { title: 'Renew the domain', priority: 'low' },
        { title: 'Prepare quarterly taxes' },
      ]);
    });
    const reads = TUNING.filter((c) => !c.propose && !c.clarify && !c.before).map((c) => c.q);
    for (const q of reads.slice(0, 10)) await me.ask(q); // warm up
    const times: number[] = [];
    for (const q of reads) {
      const began = performance.now();
      await me.ask(q);
      times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]! * 10) / 10;
    return { contacts, requests: times.length, p50_ms: at(50), p95_ms: at(95) };
  } finally {
    await assistant.close();
  }
}

if (process.argv[1]?.endsWith('bench-assistant.ts')) {
  benchAssistant()
    .then((r) =>
      process.stdout.write(
        `built-in assistant at ${r.contacts} contacts: median ${r.p50_ms} ms, p95 ${r.p95_ms} ms over ${r.requests} requests\n`,
      ),
    )
    .catch((error) => {
      process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
      process.exit(1);
    });
}
