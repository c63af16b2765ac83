/**
 * The built-in assistant engine's answer time at 1 000 contacts (part of `npm run bench`;
 * alone: `npx tsx scripts/bench-assistant.ts`). A fresh embedded database (PGlite) holds
 * one workspace with 1 000 contacts plus the records the assistant corpus names; every
 * read request of the tuning corpus is asked through the whole assistant (service →
 * engine → tools → RLS), and the median and 95th percentile answer times are printed.
 * Writes are not asked: they would only add a proposal row each.
 */
import { builtinEngine } from '../src/features/ai/engines/builtin';
import { insertLog } from '../src/features/ai/queries';
import { inProcessRunner } from '../src/features/ai/runner';
import { engineUser } from '../src/features/ai/service';
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
  /** the built-in engine's answer: understanding plus its tool calls (each a transaction of its own) */
  p50_ms: number;
  p95_ms: number;
  /** the whole request through the service (history, log rows, expiry of old proposals, engine) */
  service_p50_ms: number;
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
    const log = await me.tx((tx) => insertLog(tx, me.user.id, { query: 'bench', engine: 'builtin', status: 'running' }));
    const user = engineUser(me.user);
    const engine = (query: string) =>
      builtinEngine.answer({
        query,
        history: [],
        user,
        tools: inProcessRunner(me.tx, me.user, log.id),
        signal: new AbortController().signal,
        deadline: Date.now() + 30_000,
        remote: { toolToken: '', toolsUrl: '' },
      });
    for (const q of reads.slice(0, 10)) await engine(q); // warm up
    const times: number[] = [];
    for (const q of reads) {
      const began = performance.now();
      await engine(q);
      times.push(performance.now() - began);
    }
    const service: number[] = [];
    for (const q of reads) {
      const began = performance.now();
      await me.ask(q);
      service.push(performance.now() - began);
    }
    const at = (values: number[], p: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
    };
    return { contacts, requests: times.length, p50_ms: at(times, 50), p95_ms: at(times, 95), service_p50_ms: at(service, 50) };
  } finally {
    await assistant.close();
  }
}

if (process.argv[1]?.endsWith('bench-assistant.ts')) {
  benchAssistant()
    .then((r) =>
      process.stdout.write(
        `built-in assistant engine at ${r.contacts} contacts: median ${r.p50_ms} ms, p95 ${r.p95_ms} ms over ${r.requests} requests ` +
          `(whole request through the service: median ${r.service_p50_ms} ms)\n`,
      ),
    )
    .catch((error) => {
      process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
      process.exit(1);
    });
}
