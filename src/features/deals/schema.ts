import { z } from 'zod';
import { currencyCode } from '@/features/users/schema';
import {
  cursorParam,
  date,
  formatParam,
  integer,
  limitParam,
  money,
  optionalText,
  qParam,
  requiredText,
  sortParam,
  uuid,
} from '@/lib/validation';

/**
 * Deals and their stages: the one definition used by the API, the pages and
 * the assistant's tools (docs/decisions/0100-deals-pipeline.md).
 */

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
export const stageKind = z.enum(STAGE_KINDS, { error: `must be one of ${STAGE_KINDS.join(', ')}` });

/** A position in an ordered column: 0 is the top; past the end means the bottom. */
const position = integer({ min: 0, max: 100000 }).describe('0 = top; a number past the end puts it at the bottom');

export const stageFields = {
  name: requiredText(100),
  position,
  probability: integer({ min: 0, max: 100 }).describe('chance of winning a deal in this stage, in percent (0..100)'),
  kind: stageKind,
};

export const stageCreateSchema = z.strictObject({
  name: stageFields.name,
  position: stageFields.position.optional(),
  probability: stageFields.probability.optional(),
  kind: stageFields.kind.optional(),
});
export type StageCreate = z.output<typeof stageCreateSchema>;

export const stageUpdateSchema = z
  .strictObject({
    name: stageFields.name.optional(),
    position: stageFields.position.optional(),
    probability: stageFields.probability.optional(),
    kind: stageFields.kind.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] });
export type StageUpdate = z.output<typeof stageUpdateSchema>;

const stageBatchItem = z.strictObject({
  id: uuid,
  name: stageFields.name.optional(),
  position: stageFields.position.optional(),
  probability: stageFields.probability.optional(),
  kind: stageFields.kind.optional(),
});
export type StageBatchItem = z.output<typeof stageBatchItem>;

/**
 * `PUT /api/deal-stages` `{ "stages": [...] }`: several stages at once. Each
 * names a stage by id and the fields to change; positions are applied in list
 * order, like moving cards one after the other.
 */
export const stageBatchSchema = z.strictObject({
  stages: z
    .array(stageBatchItem, { error: 'must be a list of stages ({ id, name?, position?, probability?, kind? })' })
    .min(1, 'must name at least one stage')
    .max(100, 'must name at most 100 stages')
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'must name each stage once'),
});

export const STAGE_READ_ONLY = ['workspace_id', 'user_id', 'created_at', 'updated_at'] as const;

/** `DELETE /api/deal-stages/:id?move_to=<stage id>`: where the stage's deals go (else 409 when it has any). */
export const stageDeleteQuerySchema = z.strictObject({
  move_to: uuid.describe('the stage that takes the deals of the deleted one (at the bottom, in their order)').optional(),
});

export interface DealStage {
  id: string;
  workspace_id: string;
  user_id: string | null;
  name: string;
  position: number;
  probability: number;
  kind: StageKind;
  created_at: Date;
  updated_at: Date;
}

const nullableId = z.union([uuid, z.null()], { error: 'must be an id (UUID) or null' });
const nullableDate = z.union([date, z.null()], { error: 'must be a day (YYYY-MM-DD), or null' });

export const dealFields = {
  title: requiredText(300),
  contact_id: nullableId.describe('the contact the deal is with, or null'),
  value: money().describe('the deal value: a decimal string such as "1250.00"'),
  currency: currencyCode,
  stage_id: uuid.describe('the stage (column) of the deal'),
  position,
  expected_close_date: nullableDate.describe('when the deal is expected to close (YYYY-MM-DD), or null'),
  owner_id: z.union([uuid, z.null()], { error: "must be a member's user id (UUID) or null" }).describe('the member who owns the deal'),
  lost_reason: optionalText(1000).describe('why the deal was lost: required when it moves to a lost stage'),
  notes: optionalText(10000),
};

export const dealCreateSchema = z.strictObject({
  title: dealFields.title,
  contact_id: dealFields.contact_id.optional(),
  value: dealFields.value.optional(),
  currency: dealFields.currency.optional(),
  stage_id: dealFields.stage_id.optional(),
  position: dealFields.position.optional(),
  expected_close_date: dealFields.expected_close_date.optional(),
  owner_id: dealFields.owner_id.optional(),
  lost_reason: dealFields.lost_reason.optional(),
  notes: dealFields.notes.optional(),
});
export type DealCreate = z.output<typeof dealCreateSchema>;

export const dealUpdateSchema = z
  .strictObject({
    title: dealFields.title.optional(),
    contact_id: dealFields.contact_id.optional(),
    value: dealFields.value.optional(),
    currency: dealFields.currency.optional(),
    stage_id: dealFields.stage_id.optional(),
    position: dealFields.position.optional(),
    expected_close_date: dealFields.expected_close_date.optional(),
    owner_id: dealFields.owner_id.optional(),
    lost_reason: dealFields.lost_reason.optional(),
    notes: dealFields.notes.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] });
export type DealUpdate = z.output<typeof dealUpdateSchema>;

/** Fields a client never sets (`invoice_id` and `quote_id` are set by POST /api/deals/:id/invoice and /quote). */
export const DEAL_READ_ONLY = ['id', 'workspace_id', 'user_id', 'invoice_id', 'quote_id', 'created_at', 'updated_at'] as const;

export const DEAL_SORTS = ['position', 'value', 'expected_close_date', 'created_at', 'updated_at', 'title'] as const;
export type DealSortField = (typeof DEAL_SORTS)[number];

const dealFilterShape = {
  q: qParam,
  stage_id: uuid.optional(),
  kind: stageKind.optional(),
  owner_id: z.union([z.literal('me'), uuid], { error: 'must be a user id (UUID) or me' }).optional(),
  contact_id: uuid.optional(),
  currency: currencyCode.optional(),
  from: date.describe('expected close on or after this day').optional(),
  to: date.describe('expected close on or before this day').optional(),
};

function fromBeforeTo(v: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after `to`' });
}

export const dealListQuerySchema = z
  .strictObject({
    limit: limitParam,
    cursor: cursorParam,
    sort: sortParam(DEAL_SORTS, 'position'),
    ...dealFilterShape,
    format: formatParam,
  })
  .superRefine(fromBeforeTo);
/** `GET /api/deals/totals`: the list's filters. */
export const dealTotalsQuerySchema = z.strictObject(dealFilterShape).superRefine(fromBeforeTo);
export type DealListQuery = z.output<typeof dealListQuerySchema>;

export const dealIdParams = z.strictObject({ id: uuid });

export interface Deal {
  id: string;
  workspace_id: string;
  /** who made it */
  user_id: string | null;
  title: string;
  contact_id: string | null;
  /** money, a decimal string */
  value: string;
  currency: string;
  stage_id: string;
  /** 0 = top of its stage's column */
  position: number;
  expected_close_date: string | null;
  owner_id: string | null;
  lost_reason: string | null;
  notes: string | null;
  /** the invoice made from the won deal (POST /api/deals/:id/invoice), else null */
  invoice_id: string | null;
  /** the quote made from the deal (POST /api/deals/:id/quote), else null */
  quote_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface DealEvent {
  id: string;
  deal_id: string;
  user_id: string | null;
  type: 'created' | 'stage_changed' | 'invoiced' | 'quoted';
  from_stage_id: string | null;
  to_stage_id: string | null;
  data: Record<string, unknown>;
  created_at: Date;
}

/** Totals of one stage, per currency (never converted: docs/decisions/0101). */
export interface StageTotal {
  stage_id: string;
  count: number;
  totals: { currency: string; amount: string }[];
}

export const pipelineQuerySchema = z
  .strictObject({
    from: date.describe('first month (any day in it); default: this month').optional(),
    to: date.describe('last month (any day in it); default: 11 months after `from`').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after `to`' });
  });
