import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { wantsMatchPayment, wantsUnmatchedPayments } from './bank';
import { Turn } from './turn';

const turn = (query: string) => new Turn({ query, history: [] } as unknown as EngineRequest);

describe('bank phrasings of the built-in engine', () => {
  it('asks for the payments still to match, in the bank’s words too', () => {
    for (const q of [
      'which payments haven’t been matched?',
      'anything to reconcile?',
      'what still needs reconciling',
      'bank lines that need matching',
      'deposits not linked to an invoice yet',
    ])
      expect(wantsUnmatchedPayments(turn(q)), q).toBe(true);
    for (const q of ['show my payments this month', 'reconcile INV-0003 with the 1,200 transfer'])
      expect(wantsUnmatchedPayments(turn(q)), q).toBe(false);
  });

  it('matches a payment to an invoice named by its number or its client', () => {
    for (const q of [
      'match the 1,200 payment to INV-0042',
      "link the 750 transfer with Lukas's invoice",
      'reconcile the deposit from Amara against her invoice',
    ])
      expect(wantsMatchPayment(turn(q)), q).toBe(true);
    for (const q of ['does "Okafor" match anyone I know?', 'any tasks linked to Kenji?', 'match the payment'])
      expect(wantsMatchPayment(turn(q)), q).toBe(false);
  });
});
