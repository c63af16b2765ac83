import { z } from 'zod';
import { lineListQuerySchema } from '@/features/bank/schema';
import { describeMatch, listLines, matchLine, unmatchLine } from '@/features/bank/service';
import { uuid } from '@/lib/validation';
import { readTool, type Tool, writeTool } from './types';

/** The assistant's bank tools: the bank service, under the user's RLS (docs/decisions/0122). */

export const bankTools: Tool[] = [
  readTool({
    name: 'list_bank_lines',
    kind: 'read',
    description:
      'Imported bank statement lines, newest first: unmatched (no invoice found), suggested (an open invoice proposed, with ' +
      'confidence 0..1 and reasons) or matched (recorded as a payment of an invoice). Amounts are signed (negative: money out).',
    input: z.strictObject({
      status: z.enum(['unmatched', 'suggested', 'matched']).optional(),
      bank_account_id: uuid.optional(),
    }),
    async run(ctx, input) {
      const query = lineListQuerySchema.parse({
        limit: '50',
        ...(input.status ? { status: input.status } : {}),
        ...(input.bank_account_id ? { bank_account_id: input.bank_account_id } : {}),
      });
      const { data, page } = await listLines(ctx.tx, ctx.user, query);
      return {
        total: page.total,
        lines: data.map((l) => ({
          id: l.id,
          date: l.date,
          amount: l.amount,
          currency: l.currency,
          description: l.description,
          counterparty: l.counterparty,
          reference: l.reference,
          status: l.status,
          suggestion: l.suggestion,
          invoice_id: l.invoice_id,
          invoice_number: l.invoice_number,
        })),
        url: `/bank${input.status ? `?status=${input.status}` : ''}`,
      };
    },
  }),
  writeTool({
    name: 'match_bank_line',
    kind: 'write',
    description:
      'Record an incoming bank line as the payment of an invoice (the whole line; partial when it is less than the balance due).',
    input: z.strictObject({ bank_line_id: uuid, invoice_id: uuid }),
    async describe(ctx, input) {
      return describeMatch(ctx.tx, ctx.user, input.bank_line_id, input.invoice_id);
    },
    async apply(ctx, input) {
      const line = await matchLine(ctx.tx, ctx.user, input.bank_line_id, { invoice_id: input.invoice_id });
      return { record: line, undo: { bank_line_id: line.id } };
    },
    async revert(ctx, undo) {
      return unmatchLine(ctx.tx, ctx.user, String(undo.bank_line_id));
    },
  }),
];
