import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { wantsDealList, wantsDealMove, wantsNewDeal } from './deals';
import { Turn } from './turn';

const turn = (query: string) => new Turn({ query, history: [] } as unknown as EngineRequest);

describe('deal phrasings of the built-in engine', () => {
  it('recognises a move, in the ways people say it', () => {
    for (const q of [
      'move the Acme deal to negotiation',
      'Move Acme deal to Negotiation.',
      'mark the acme website deal as won',
      'put the Zeta deal into proposal',
      'move the Acme deal to lost because of the price',
    ]) {
      expect(wantsDealMove(turn(q)), q).toBe(true);
      expect(wantsDealList(turn(q)), q).toBe(false);
    }
    expect(wantsDealMove(turn('move the call with Jane to tomorrow'))).toBe(false);
  });

  it('recognises a new deal and a question about the pipeline', () => {
    expect(wantsNewDeal(turn('add a deal Acme website worth 5000'))).toBe(true);
    expect(wantsNewDeal(turn('new deal: Zeta portal'))).toBe(true);
    expect(wantsDealList(turn('show my deals'))).toBe(true);
    expect(wantsDealList(turn("what's in the pipeline?"))).toBe(true);
    expect(wantsDealList(turn('which deals are in negotiation?'))).toBe(true);
    expect(wantsDealList(turn('show my tasks'))).toBe(false);
  });
});
