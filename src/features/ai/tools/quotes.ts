import { z } from 'zod';
import { type Quote, QUOTE_EFFECTIVE_STATUSES, quoteCreateSchema, quoteListQuerySchema } from '@/features/quotes/schema';
import { convertQuote, createQuote, deleteQuote, getQuote, listQuotes } from '@/features/quotes/service';
import { errors } from '@/lib/errors';
import { formatMoney } from '@/lib/money';
import { requiredText, uuid } from '@/lib/validation';
import { describeDraft } from './invoices';
import { readTool, type Tool, type ToolContext, writeTool } from './types';

/** The assistant's quote tools: the quotes service, under the user's RLS (docs/decisions/0110-quotes.md). */

const limit = z.number().int().min(1).max(50).default(20).describe('how many to return (1-50, default 20)');

function quoteOut(q: Quote) {
  return {
    id: q.id,
    quote_number: q.quote_number,
    status: q.status,
    contact_id: q.contact_id,
    contact_name: q.contact_name,
    issue_date: q.issue_date,
    valid_until: q.valid_until,
    currency: q.currency,
    total_amount: q.total_amount,
    invoice_id: q.invoice_id,
    url: `/quotes/${q.id}`,
  };
}

async function findQuoteByNumber(ctx: ToolContext, number: string): Promise<Quote> {
  const page = await listQuotes(ctx.tx, ctx.user, quoteListQuerySchema.parse({ q: number, limit: '50' }));
  const wanted = number.trim().toLowerCase();
  const exact = page.data.find((q) => q.quote_number.toLowerCase() === wanted);
  if (exact) return exact;
  const digits = wanted.replace(/\D/g, '').replace(/^0+/, '');
  const byDigits = digits ? page.data.filter((q) => q.quote_number.replace(/\D/g, '').replace(/^0+/, '') === digits) : [];
  if (byDigits.length === 1) return byDigits[0]!;
  throw errors.notFound('Quote');
}

const money = (value: string, currency: string, ctx: ToolContext) => formatMoney(value, currency, ctx.user.locale);

export const quoteTools: Tool[] = [
  readTool({
    name: 'list_quotes',
    kind: 'read',
    description:
      'Quotes, with their total and status (draft, sent, accepted, declined, expired, converted; "open" = sent or accepted). Filter by status and contact; with_items adds each quote\'s lines.',
    input: z.strictObject({
      status: z.union([z.enum(QUOTE_EFFECTIVE_STATUSES), z.literal('open')]).optional(),
      contact_id: uuid.optional(),
      with_items: z.boolean().optional().describe("also return each quote's lines (description, quantity, unit_price)"),
      limit,
    }),
    async run({ tx, user }, input) {
      const query = quoteListQuerySchema.parse({
        limit: String(input.limit),
        ...(input.status ? { status: input.status === 'open' ? 'sent,accepted' : input.status } : {}),
        ...(input.contact_id ? { contact_id: input.contact_id } : {}),
      });
      const page = await listQuotes(tx, user, query);
      if (!input.with_items) return { total: page.page.total, quotes: page.data.map(quoteOut) };
      // the lines, for finding a quote by what it offers ("the fit-out drawings quote"); at most `limit` reads
      const quotes = [];
      for (const q of page.data) {
        const { items } = await getQuote(tx, user, q.id);
        quotes.push({
          ...quoteOut(q),
          items: items.map((i) => ({ description: i.description, quantity: i.quantity, unit_price: i.unit_price })),
        });
      }
      return { total: page.page.total, quotes };
    },
  }),
  writeTool({
    name: 'create_quote',
    kind: 'write',
    description: 'Draft a quote for a contact with items (description, quantity, unit_price); totals are computed by the server.',
    input: quoteCreateSchema,
    async describe(ctx, input) {
      return describeDraft(ctx, 'a quote', input, input.valid_until ? `valid until ${input.valid_until}` : null, input.quote_number);
    },
    async apply({ tx, user }, input) {
      const quote = await createQuote(tx, user, input);
      return { record: quote, undo: { quote_id: quote.id } };
    },
    async revert({ tx, user }, undo) {
      return deleteQuote(tx, user, String(undo.quote_id));
    },
  }),
  writeTool({
    name: 'convert_quote',
    kind: 'write',
    description: 'Turn a sent or accepted quote (by id or number, e.g. "QUO-0002") into a draft invoice with the same lines.',
    input: z
      .strictObject({ quote_id: uuid.optional(), quote_number: requiredText(50).optional() })
      .refine((v) => Boolean(v.quote_id) !== Boolean(v.quote_number), { message: 'give quote_id or quote_number', path: [] }),
    async describe(ctx, input) {
      const quote = input.quote_id ? await getQuote(ctx.tx, ctx.user, input.quote_id) : await findQuoteByNumber(ctx, input.quote_number!);
      return `Convert quote ${quote.quote_number}${quote.contact_name ? ` (${quote.contact_name})` : ''} for ${money(quote.total_amount, quote.currency, ctx)} into a draft invoice.`;
    },
    async apply(ctx, input) {
      const id = input.quote_id ?? (await findQuoteByNumber(ctx, input.quote_number!)).id;
      const invoice = await convertQuote(ctx.tx, ctx.user, id);
      return { record: invoice, undo: null };
    },
  }),
];
