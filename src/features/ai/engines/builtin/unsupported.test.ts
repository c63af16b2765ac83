import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { Turn } from './turn';
import { unsupportedAnswer, wantsUnsupportedDeletion } from './unsupported';

/** A request on fake tools, each answering from `data`. */
const turn = (query: string, data: Record<string, unknown> = {}) =>
  new Turn({
    query,
    history: [],
    user: { locale: 'en-US', time_zone: 'UTC', can_change: true, today: '2026-12-07', currency: 'USD' },
    tools: { call: async (name: string) => ({ ok: true, data: data[name] ?? { contacts: [] } }) },
  } as unknown as EngineRequest);

describe('what the assistant cannot do, and what it offers instead', () => {
  it('reads booking a room, a desk or a table as something no tool does, before it reads a new task', async () => {
    for (const q of ['book the conference room for monday morning', 'reserve a table for the team dinner on friday']) {
      expect(wantsUnsupportedDeletion(turn(q)), q).toBe(true);
      expect((await unsupportedAnswer(turn(q)))?.response, q).toContain('task');
    }
    // booking money is recording it
    expect(wantsUnsupportedDeletion(turn('book a 39 expense under Software'))).toBe(false);
  });

  it("names the client's documents of the status said when a request names one by its client", async () => {
    const lukas = {
      id: 'c-lukas',
      name: 'Lukas Brandt',
      first_name: 'Lukas',
      last_name: 'Brandt',
      company: 'Nordwerk',
      email: null,
      status: 'customer',
      url: '/contacts/c-lukas',
    };
    const invoices = [
      { invoice_number: 'INV-0002', status: 'overdue', url: '/invoices/2' },
      { invoice_number: 'INV-0005', status: 'paid', url: '/invoices/5' },
    ];
    const said = await unsupportedAnswer(
      turn('email the overdue invoice to lukas', { find_mentions: { contacts: [lukas] }, list_invoices: { invoices } }),
    );
    expect(said?.response).toContain('I can’t send emails');
    expect(said?.response).toContain('overdue invoices: [INV-0002](/invoices/2) (overdue).');
    expect(said?.response).not.toContain('INV-0005');
  });

  it('reads posting in a chat app as something no tool does, before the features read its other words', async () => {
    for (const q of ['ping the team on discord that the invoice run is done', 'write in our slack channel that the deal with Osei moved']) {
      expect(wantsUnsupportedDeletion(turn(q)), q).toBe(true);
      expect((await unsupportedAnswer(turn(q)))?.response, q).toContain('I can’t post in Slack');
    }
    // a note that names the app is a note
    expect(wantsUnsupportedDeletion(turn('add note to kenji: prefers slack over email'))).toBe(false);
  });

  it("reads renaming, adding, removing or reordering the pipeline's stages as something no tool does", async () => {
    for (const q of [
      'rename the Negotiation stage to Closing',
      'add another pipeline stage before Won',
      'reorganise the stages of my pipeline',
    ]) {
      expect(wantsUnsupportedDeletion(turn(q)), q).toBe(true);
      expect((await unsupportedAnswer(turn(q)))?.response, q).toContain('/deals/stages');
    }
    // a deal said with its stage, or moved to one, is the deal's
    for (const q of ['add a qualified-stage deal "Kaze teaser" worth 1,400', 'change the stage of the Acme deal to proposal'])
      expect(wantsUnsupportedDeletion(turn(q)), q).toBe(false);
  });
});
