import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { wantsDealByProbability, wantsDocumentByStatus, whichDeal, whichDocument } from './clarify';
import { Turn } from './turn';

const turn = (query: string, data: Record<string, unknown> = {}) =>
  new Turn({
    query,
    history: [],
    tools: { call: async (name: string) => ({ ok: true, data: data[name] ?? { contacts: [] } }) },
  } as unknown as EngineRequest);

describe('one record meant by its status or its probability', () => {
  it('reads "the unpaid invoice" and "the 25% deal" as one record, but not a number, a plural or a list', () => {
    for (const q of ["what's on the unpaid invoice?", 'record 200 paid on the open invoice', 'convert the sent quote'])
      expect(wantsDocumentByStatus(turn(q)), q).toBe(true);
    for (const q of ['show the unpaid invoices', 'mark the unpaid invoice INV-0002 as paid', 'what is on invoice 2'])
      expect(wantsDocumentByStatus(turn(q)), q).toBe(false);
    expect(wantsDealByProbability(turn('move the 25% deal to negotiation'))).toBe(true);
    expect(wantsDealByProbability(turn('what is the deal at 50 %?'))).toBe(true);
    expect(wantsDealByProbability(turn('add a deal worth 25% more'))).toBe(false);
  });
  it('asks which when several match, naming them, and steps aside for one', async () => {
    const two = {
      list_invoices: {
        invoices: [
          { invoice_number: 'INV-0001', contact_name: 'Amara Okafor', url: '/invoices/1' },
          { invoice_number: 'INV-0002', contact_name: 'Lukas Brandt', url: '/invoices/2' },
        ],
      },
    };
    const asked = await whichDocument(turn("what's on the unpaid invoice?", two));
    expect(asked?.clarify).toBe(true);
    expect(asked?.response).toContain('INV-0001');
    expect(asked?.response).toContain('INV-0002');
    const one = { list_invoices: { invoices: [{ invoice_number: 'INV-0002', contact_name: 'Lukas Brandt', url: '/invoices/2' }] } };
    expect(await whichDocument(turn("what's on the overdue invoice?", one))).toBeUndefined();
    const deals = {
      list_deal_stages: {
        stages: [
          { id: 's1', name: 'Lead', probability: 10, kind: 'open' },
          { id: 's2', name: 'Qualified', probability: '25', kind: 'open' },
        ],
      },
      list_deals: {
        deals: [
          { title: 'Fernhill data platform', url: '/deals/1' },
          { title: 'Nordwerk relaunch phase 2', url: '/deals/2' },
        ],
      },
    };
    const which = await whichDeal(turn('move the 25% deal to negotiation', deals));
    expect(which?.response).toContain('Fernhill data platform');
    expect(which?.response).toContain('(Qualified)');
  });
});
