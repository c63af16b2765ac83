import { z } from 'zod';
import { dateOut, idOut, moneyOut, timestampOut } from '@/lib/openapi/schemas';
import { TRANSACTION_TYPES, type Transaction, type TransactionSummary } from './schema';

/** A transaction as the API answers it, for the API description (`satisfies` keeps it in step with `Transaction`). */
export const transactionResponse = z
  .object({
    id: idOut,
    workspace_id: idOut,
    user_id: idOut.nullable().meta({ description: 'Who made it (null: imported, or a person since deleted).' }),
    type: z.enum(TRANSACTION_TYPES),
    amount: moneyOut,
    category: z.string().nullable(),
    description: z.string().nullable(),
    date: dateOut,
    invoice_id: idOut.nullable().meta({ description: 'The invoice a payment belongs to.' }),
    created_at: timestampOut,
    updated_at: timestampOut,
  } satisfies Record<keyof Transaction, z.ZodType>)
  .meta({ id: 'Transaction' });

/** `GET /api/transactions/totals`: the exact figures of every matching transaction. */
export const transactionSummaryResponse = z
  .object({
    count: z.number().int().meta({ description: 'How many transactions match (exact).' }),
    totals: z
      .object({ income: moneyOut, expense: moneyOut, net: moneyOut })
      .meta({ description: 'Money in, money out and their difference over every matching transaction, exact.' }),
  } satisfies Record<keyof TransactionSummary, z.ZodType>)
  .meta({ id: 'TransactionSummary' });
