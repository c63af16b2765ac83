import { z } from 'zod';
import {
  cursorParam,
  date,
  decimalText,
  formatParam,
  limitParam,
  money,
  optionalText,
  qParam,
  requiredText,
  sortParam,
  uuid,
} from '@/lib/validation';

/**
 * Bank accounts, statement lines and category rules: the one definition used
 * by the API, the review page and the assistant's tools
 * (docs/decisions/0122-bank-statements.md).
 */

export const LINE_STATUSES = ['unmatched', 'suggested', 'matched', 'booked', 'ignored'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** Content types the statement import accepts; the parser sniffs the generic ones. */
export const STATEMENT_CONTENT_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/x-ofx',
  'application/ofx',
  'application/vnd.intu.qfx',
  'application/x-qfx',
  'application/xml',
  'text/xml',
  'application/octet-stream',
] as const;

const currency = z
  .string({ error: 'must be a currency code such as EUR' })
  .transform((v) => v.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR'));

const iban = z
  .union([z.string({ error: 'must be an IBAN or null' }), z.null()], { error: 'must be an IBAN or null' })
  .transform((v) => (v === null ? null : v.replace(/\s+/g, '').toUpperCase()))
  .refine(
    (v) => v === null || v === '' || /^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$/.test(v),
    'must be an IBAN such as DE89 3704 0044 0532 0130 00',
  )
  .transform((v) => (v === '' ? null : v));

/** Threshold for automatic acceptance: measured precision ≥ 99 % on the evaluation set (ADR 0121). */
export const AUTO_ACCEPT_DEFAULT = 0.95;
/** The thresholds the bank page offers (the default first). */
export const AUTO_ACCEPT_CHOICES = [AUTO_ACCEPT_DEFAULT, 0.97, 0.99] as const;

/** A confidence threshold 0.50..1.00 (JSON number or string, two places at most). */
const threshold = z.union([
  z.null(),
  z.unknown().transform((input, ctx) => {
    const text = decimalText(input);
    if (text === null || !/^(0(\.\d{1,2})?|1(\.0{1,2})?)$/.test(text.trim()) || Number(text) < 0.5) {
      ctx.addIssue({ code: 'custom', message: 'must be a number from 0.5 to 1 with at most two decimals' });
      return z.NEVER;
    }
    return Number(text);
  }),
]);

export const bankAccountFields = {
  name: requiredText(200),
  currency,
  iban: iban.describe('the IBAN (stored; answered masked as •••• 1234)'),
  account_number: optionalText(40).describe('the account number (stored; answered masked)'),
  auto_accept: z.boolean({ error: 'must be true or false' }).describe('accept suggestions above the threshold on import'),
  auto_accept_threshold: threshold.describe('confidence from which suggestions are accepted automatically (null: the default)'),
};

export const bankAccountCreateSchema = z.strictObject({
  name: bankAccountFields.name,
  currency: bankAccountFields.currency,
  iban: bankAccountFields.iban.optional(),
  account_number: bankAccountFields.account_number.optional(),
  auto_accept: bankAccountFields.auto_accept.optional(),
  auto_accept_threshold: bankAccountFields.auto_accept_threshold.optional(),
});
export type BankAccountCreate = z.output<typeof bankAccountCreateSchema>;

export const bankAccountUpdateSchema = bankAccountCreateSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: ['(body)'] });
export type BankAccountUpdate = z.output<typeof bankAccountUpdateSchema>;

export const BANK_ACCOUNT_READ_ONLY = [
  'id',
  'workspace_id',
  'user_id',
  'csv_mapping',
  'line_count',
  'unmatched_count',
  'created_at',
  'updated_at',
] as const;

export const idParams = z.strictObject({ id: uuid });

/** `POST /api/bank-accounts/:id/statements` query: the CSV column mapping (each names a header). */
const header = z.string().trim().min(1, 'must name a column header').max(200, 'must be at most 200 characters');
export const statementQuerySchema = z.strictObject({
  date: header.optional(),
  amount: header.optional(),
  debit: header.optional(),
  credit: header.optional(),
  description: header.optional(),
  counterparty: header.optional(),
  reference: header.optional(),
  date_format: z
    .string()
    .trim()
    .regex(/^[dmy./\- ]{6,12}$/i, 'must be a date format such as dd.mm.yyyy')
    .transform((v) => v.toLowerCase())
    .optional(),
  decimal: z.enum([',', '.'], { error: 'must be , or .' }).optional(),
  delimiter: z.enum([',', ';', '\t', '|'], { error: 'must be , ; | or a tab' }).optional(),
});
export type StatementQuery = z.output<typeof statementQuerySchema>;

export interface ImportResult {
  lines: number;
  new: number;
  duplicates: number;
  suggestions: number;
}

export const LINE_SORTS = ['date', 'amount', 'created_at'] as const;
export type LineSortField = (typeof LINE_SORTS)[number];

export const lineListQuerySchema = z
  .strictObject({
    limit: limitParam,
    cursor: cursorParam,
    sort: sortParam(LINE_SORTS, '-date'),
    q: qParam,
    format: formatParam,
    status: z.enum(LINE_STATUSES, { error: `must be one of ${LINE_STATUSES.join(', ')}` }).optional(),
    bank_account_id: uuid.optional(),
    import_id: uuid.optional(),
    direction: z.enum(['in', 'out'], { error: 'must be in or out' }).optional(),
    from: date.optional(),
    to: date.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'must not be after to', path: ['from'] });
export type LineListQuery = z.output<typeof lineListQuerySchema>;

export const matchSchema = z.strictObject({
  invoice_id: uuid,
  amount: money({ positive: true }).optional().describe('a partial amount (default: the whole line)'),
});
export type MatchInput = z.output<typeof matchSchema>;

export const TRANSACTION_TYPES = ['income', 'expense'] as const;
const transactionType = z.enum(TRANSACTION_TYPES, { error: 'must be income or expense' });

export const bookSchema = z.strictObject({
  category: requiredText(100),
  type: transactionType.optional().describe('default: expense for outgoing lines, income for incoming ones'),
});
export type BookInput = z.output<typeof bookSchema>;

export const BULK_ACTIONS = ['accept', 'book', 'ignore', 'unignore'] as const;
export const bulkSchema = z
  .strictObject({
    action: z.enum(BULK_ACTIONS, { error: `must be one of ${BULK_ACTIONS.join(', ')}` }),
    ids: z
      .array(uuid, { error: 'must be a list of bank line ids' })
      .min(1, 'must name at least one line')
      .max(200, 'must name at most 200 lines'),
    category: requiredText(100).optional(),
    type: transactionType.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'book' && !v.category) ctx.addIssue({ code: 'custom', path: ['category'], message: 'is required to book lines' });
    if (v.action !== 'book' && (v.category !== undefined || v.type !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'is only for the book action' });
    }
    if (new Set(v.ids).size !== v.ids.length) ctx.addIssue({ code: 'custom', path: ['ids'], message: 'must not repeat a line' });
  });
export type BulkInput = z.output<typeof bulkSchema>;

export const RULE_MATCHES = ['contains', 'equals', 'starts_with'] as const;
export const RULE_FIELDS = ['description', 'counterparty'] as const;

export const ruleCreateSchema = z.strictObject({
  pattern: requiredText(200),
  match: z.enum(RULE_MATCHES, { error: `must be one of ${RULE_MATCHES.join(', ')}` }).optional(),
  field: z.enum(RULE_FIELDS, { error: `must be one of ${RULE_FIELDS.join(', ')}` }).optional(),
  category: requiredText(100),
  type: transactionType.optional(),
});
export type RuleCreate = z.output<typeof ruleCreateSchema>;
export const ruleUpdateSchema = ruleCreateSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: ['(body)'] });
export type RuleUpdate = z.output<typeof ruleUpdateSchema>;
export const RULE_READ_ONLY = ['id', 'workspace_id', 'user_id', 'created_at', 'updated_at'] as const;

export interface BankAccount {
  id: string;
  name: string;
  currency: string;
  iban: string | null;
  account_number: string | null;
  csv_mapping: Record<string, string> | null;
  auto_accept: boolean;
  auto_accept_threshold: number | null;
  line_count: number;
  unmatched_count: number;
  created_at: Date;
  updated_at: Date;
}

export interface LineSuggestion {
  invoice_id: string;
  invoice_number: string | null;
  confidence: number;
  reasons: string[];
  partial: boolean;
}

export interface BankLine {
  id: string;
  bank_account_id: string;
  import_id: string | null;
  date: string;
  amount: string;
  currency: string;
  description: string;
  counterparty: string | null;
  reference: string | null;
  bank_id: string | null;
  status: LineStatus;
  suggestion: LineSuggestion | null;
  /** matched: the invoice paid and the payment (income transaction) recorded */
  invoice_id: string | null;
  invoice_number: string | null;
  payment_id: string | null;
  /** booked: the transaction the line became */
  transaction_id: string | null;
  category: string | null;
  category_source: 'rule' | 'learned' | 'booked' | null;
  created_at: Date;
  updated_at: Date;
}

export interface BankRule {
  id: string;
  pattern: string;
  match: (typeof RULE_MATCHES)[number];
  field: (typeof RULE_FIELDS)[number];
  category: string;
  type: 'income' | 'expense';
  created_at: Date;
  updated_at: Date;
}

/** `•••• 1234`: the last four characters of an account identifier. */
export function maskAccount(value: string | null): string | null {
  if (!value) return null;
  const compact = value.replace(/\s+/g, '');
  return `•••• ${compact.slice(-4)}`;
}
