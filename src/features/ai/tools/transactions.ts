import { z } from 'zod';
import { type Transaction, transactionCreateSchema, transactionListQuerySchema, transactionType } from '@/features/transactions/schema';
import { createTransaction, deleteTransaction, listTransactions, transactionTotals, usedCategories } from '@/features/transactions/service';
import { getInvoice } from '@/features/invoices/service';
import { compareMoney, formatMoney } from '@/lib/money';
import { date, qParam } from '@/lib/validation';
import { readTool, type Tool, writeTool } from './types';

/** The assistant's money tools: the transactions service, under the user's RLS. */

const limit = z.number().int().min(1).max(50).default(20).describe('how many to return (1-50, default 20)');

function transactionOut(t: Transaction) {
  return { ...t, url: '/transactions' };
}

const period = {
  from: date.optional().describe('first day, YYYY-MM-DD'),
  to: date.optional().describe('last day, YYYY-MM-DD, inclusive'),
};

export const transactionTools: Tool[] = [
  readTool({
    name: 'list_transactions',
    kind: 'read',
    description: 'Money in (income) and out (expense), newest first, with exact totals of everything that matches.',
    input: z.strictObject({ type: transactionType.optional(), category: z.string().max(100).optional(), ...period, query: qParam, limit }),
    async run({ tx, user }, input) {
      const query = transactionListQuerySchema.parse({
        limit: String(input.limit),
        ...(input.type ? { type: input.type } : {}),
        ...(input.category ? { category: input.category } : {}),
        ...(input.from ? { from: input.from } : {}),
        ...(input.to ? { to: input.to } : {}),
        ...(input.query ? { q: input.query } : {}),
      });
      // exact totals of every match, however many (docs/decisions/0176)
      const page = await listTransactions(tx, user, query, { exactTotals: true });
      return { total: page.page.total, totals: page.totals, transactions: page.data.map(transactionOut) };
    },
  }),
  readTool({
    name: 'list_categories',
    kind: 'read',
    description: 'The categories the user has used, most used first, optionally for income or expense only.',
    input: z.strictObject({ type: transactionType.optional() }),
    async run({ tx, user }, input) {
      return { categories: await usedCategories(tx, user, input.type) };
    },
  }),
  readTool({
    name: 'money_totals',
    kind: 'read',
    description: 'Exact income, expense and net (decimal strings) for a period, optionally one category.',
    input: z.strictObject({ ...period, category: z.string().max(100).optional() }),
    async run({ tx, user }, input) {
      const totals = await transactionTotals(tx, user, { from: input.from, to: input.to, category: input.category });
      return { from: input.from ?? null, to: input.to ?? null, currency: user.currency, ...totals };
    },
  }),
  readTool({
    name: 'top_categories',
    kind: 'read',
    description: 'Categories by amount, largest first, for expense (default) or income in a period.',
    input: z.strictObject({ type: transactionType.default('expense'), ...period, limit: z.number().int().min(1).max(20).default(5) }),
    async run({ tx, user }, input) {
      const categories = (await usedCategories(tx, user, input.type)).slice(0, 100);
      const rows = [];
      for (const c of categories) {
        const totals = await transactionTotals(tx, user, { from: input.from, to: input.to, category: c.category, type: input.type });
        const amount = input.type === 'expense' ? totals.expense : totals.income;
        if (compareMoney(amount, '0.00') > 0) rows.push({ category: c.category, amount });
      }
      rows.sort((a, b) => compareMoney(b.amount, a.amount));
      return {
        type: input.type,
        from: input.from ?? null,
        to: input.to ?? null,
        currency: user.currency,
        categories: rows.slice(0, input.limit),
      };
    },
  }),
  writeTool({
    name: 'create_transaction',
    kind: 'write',
    description: 'Record money in (income) or out (expense): amount as a decimal string, optional category, description and date.',
    input: transactionCreateSchema,
    async describe({ tx, user, today }, input) {
      // every argument Confirm applies is named here (the runner refuses a summary too long to show)
      const what = input.type === 'expense' ? 'an expense' : 'income';
      const invoice = input.invoice_id ? await getInvoice(tx, user, input.invoice_id) : null;
      const details = [
        input.category ? `category ${input.category}` : null,
        input.description ? `"${input.description}"` : null,
        invoice ? `as a payment on invoice ${invoice.invoice_number}${invoice.contact_name ? ` (${invoice.contact_name})` : ''}` : null,
      ].filter(Boolean);
      return `Record ${what} of ${formatMoney(input.amount, user.currency, user.locale)}${details.length ? ` (${details.join(', ')})` : ''} on ${input.date ?? today}.`;
    },
    async apply({ tx, user }, input) {
      const row = await createTransaction(tx, user, input);
      return { record: row, undo: { transaction_id: row.id } };
    },
    async revert({ tx, user }, undo) {
      return deleteTransaction(tx, user, String(undo.transaction_id));
    },
  }),
];
