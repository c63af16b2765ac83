import type { EngineRequest } from '../types';
import { builtinEngine } from './index';
import type { Candidate } from './mentions';
import { Turn } from './turn';

/**
 * What the engine's unit tests share: a request read on its own, a contact of the stub records, and the
 * engine asked with stub tools that answer reads from fixed records and record the write proposed
 * (never applied), so a test states only its records and what it expects.
 */

type History = EngineRequest['history'];

/** A request read on its own, without tools (for the `wants…` rules), asked by the stubs' user (whose locale reads amounts). */
export const turn = (query: string, history: History = []) => new Turn({ query, history, user: STUB_USER } as unknown as EngineRequest);

/** The asker of the stubs: may change things, in UTC, on 2026-12-07. */
export const STUB_USER = { can_change: true, locale: 'en-US', currency: 'USD', time_zone: 'UTC', today: '2026-12-07' };

/** A contact as `find_mentions` and `search_contacts` return it; its id is its first and last name unless given. */
export function stubContact(
  first_name: string,
  last_name: string | null,
  fields: Partial<Candidate> & Record<string, unknown> = {},
): Candidate & Record<string, unknown> {
  const id = (fields.id as string | undefined) ?? [first_name, last_name].filter(Boolean).join('-');
  return {
    id,
    name: [first_name, last_name].filter(Boolean).join(' '),
    first_name,
    last_name,
    company: null,
    email: null,
    status: 'lead',
    url: `/contacts/${id}`,
    ...fields,
  } as Candidate & Record<string, unknown>;
}

/** A read tool's data: fixed, or made from the arguments it was called with. */
type Read = unknown | ((args: Record<string, unknown>) => unknown);

export interface Stubs {
  /** The contacts `find_mentions` returns: all of them, or those a function picks from the text. */
  contacts?: Candidate[] | ((text: string) => Candidate[]);
  /** Read tools by name; any other `list_…`/`get_…` tool answers `otherReads` when given. */
  reads?: Record<string, Read>;
  otherReads?: unknown;
}

export interface Asked {
  /** The write proposed (the last one), as [tool, args]. */
  write?: [string, Record<string, unknown>];
  response: string;
  clarify?: boolean;
  /** The arguments each tool was called with, in order. */
  calls: Record<string, Record<string, unknown>[]>;
}

/** The engine with stub tools: `ask(query, history)` answers as the engine does and says what it proposed. */
export function stubEngine(stubs: Stubs, user: Record<string, unknown> = STUB_USER) {
  return async function ask(query: string, history: History = []): Promise<Asked> {
    let write: [string, Record<string, unknown>] | undefined;
    const calls: Record<string, Record<string, unknown>[]> = {};
    const tools = {
      call: async (name: string, args: Record<string, unknown>) => {
        (calls[name] ??= []).push(args);
        if (name === 'find_mentions') {
          const { contacts = [] } = stubs;
          return { ok: true, data: { contacts: typeof contacts === 'function' ? contacts(String(args.text)) : contacts } };
        }
        const read = stubs.reads?.[name];
        if (read !== undefined) return { ok: true, data: typeof read === 'function' ? (read as (a: typeof args) => unknown)(args) : read };
        if (stubs.otherReads !== undefined && /^(list|get)_/.test(name)) return { ok: true, data: stubs.otherReads };
        write = [name, args];
        return { ok: true, data: {}, pending_action: { summary: 'ok' } };
      },
    };
    const answer = await builtinEngine.answer({ query, history, tools, user } as never);
    return { write, response: answer.response, clarify: answer.clarify, calls };
  };
}
