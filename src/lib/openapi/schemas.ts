import { z } from 'zod';

/**
 * Schemas of answers, for the API description only (requests are described by
 * the schemas the routes parse with). Shapes fixed by the README's "The HTTP
 * API": the error body, the page of a list, and the scalar kinds that
 * answers use (money and quantities as decimal strings, dates, timestamps, ids).
 */

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum([
        'invalid_json',
        'validation_failed',
        'invalid_signature',
        'unauthorized',
        'forbidden',
        'not_found',
        'method_not_allowed',
        'conflict',
        'payload_too_large',
        'unsupported_media_type',
        'unprocessable',
        'rate_limited',
        'internal_error',
        'bad_gateway',
        'service_unavailable',
        'gateway_timeout',
      ]),
      message: z.string(),
      details: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({
          description: 'Each refused field (or parameter) with what is wrong with it.',
          examples: [{ email: ['must be an email address'] }],
        }),
    }),
  })
  .meta({ id: 'Error' });

export const pageSchema = z
  .object({
    limit: z.number().int(),
    next_cursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
    total: z.number().int().meta({
      description:
        'Rows matching the filters, over all pages: exact up to 1000; when more rows match a filter or search, 1000 (see `total_exact`).',
    }),
    total_exact: z.boolean().meta({
      description: 'false when `total` is the bound (1000) and more rows match: show it as "1,000+". Always true without filters.',
    }),
  })
  .meta({ id: 'Page' });

/** An amount: a decimal string with two places. */
export const moneyOut = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .meta({ id: 'Money', description: 'An exact amount as a decimal string with two places.', examples: ['1250.00'] });

export const idOut = z.uuid().meta({ id: 'Id' });

export const dateOut = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ id: 'Date', description: 'A calendar date (YYYY-MM-DD) in the workspace time zone.', examples: ['2026-12-07'] });

export const timestampOut = z.iso.datetime({ offset: true }).meta({ id: 'Timestamp', examples: ['2026-12-07T09:30:00.000Z'] });
