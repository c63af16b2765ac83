import { z } from 'zod';
import {
  booleanParam,
  cursorParam,
  date,
  formatParam,
  integer,
  limitParam,
  money,
  qParam,
  requiredText,
  sortParam,
  timestamp,
  uuid,
} from '@/lib/validation';

/**
 * Time entries: the one definition used by the API, the timesheet and the
 * assistant's tools (docs/decisions/0105-time-entries.md).
 */

/** The longest entry a person may log by hand (31 days; the database refuses longer). */
export const MAX_DURATION_MINUTES = 31 * 24 * 60;
export const ROUNDING_MINUTES = [0, 6, 15] as const;
export type RoundingMinutes = (typeof ROUNDING_MINUTES)[number];
export const GROUPINGS = ['entry', 'day', 'description'] as const;
export type Grouping = (typeof GROUPINGS)[number];

const description = requiredText(2000);
const nullableContact = z.union([uuid, z.null()], { error: 'must be a contact id (UUID) or null' });
const nullableDeal = z.union([uuid, z.null()], { error: 'must be a deal id (UUID) or null' }).describe('the deal the time went into');
const rate = z
  .union([money(), z.null()], { error: 'must be an amount such as "90.00", or null' })
  .describe('an hourly rate for this entry (decimal string); null: the client’s rate, else the workspace default');
const minutes = integer({ min: 1, max: MAX_DURATION_MINUTES }).describe('how long, in whole minutes (instead of ended_at)');
const member = uuid.describe('the member the time belongs to (their user id); only admins may log for someone else');

export const timeEntryFields = {
  contact_id: nullableContact,
  deal_id: nullableDeal,
  description,
  started_at: timestamp,
  ended_at: timestamp,
  duration_minutes: minutes,
  billable: z.boolean({ error: 'must be true or false' }),
  hourly_rate: rate,
  user_id: member,
};

function endOrDuration(v: { ended_at?: string; duration_minutes?: number }, ctx: z.RefinementCtx, required: boolean) {
  if (v.ended_at !== undefined && v.duration_minutes !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['duration_minutes'], message: 'send either ended_at or duration_minutes, not both' });
  } else if (required && v.ended_at === undefined && v.duration_minutes === undefined) {
    ctx.addIssue({ code: 'custom', path: ['ended_at'], message: 'is required (or send duration_minutes)' });
  }
}

export const timeEntryCreateSchema = z
  .strictObject({
    contact_id: timeEntryFields.contact_id,
    deal_id: timeEntryFields.deal_id.optional(),
    description: timeEntryFields.description,
    started_at: timeEntryFields.started_at,
    ended_at: timeEntryFields.ended_at.optional(),
    duration_minutes: timeEntryFields.duration_minutes.optional(),
    billable: timeEntryFields.billable.optional(),
    hourly_rate: timeEntryFields.hourly_rate.optional(),
    user_id: timeEntryFields.user_id.optional(),
  })
  .superRefine((v, ctx) => endOrDuration(v, ctx, true));
export type TimeEntryCreate = z.output<typeof timeEntryCreateSchema>;

export const timeEntryUpdateSchema = z
  .strictObject({
    contact_id: timeEntryFields.contact_id.optional(),
    deal_id: timeEntryFields.deal_id.optional(),
    description: timeEntryFields.description.optional(),
    started_at: timeEntryFields.started_at.optional(),
    ended_at: timeEntryFields.ended_at.optional(),
    duration_minutes: timeEntryFields.duration_minutes.optional(),
    billable: timeEntryFields.billable.optional(),
    hourly_rate: timeEntryFields.hourly_rate.optional(),
    user_id: timeEntryFields.user_id.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] })
  .superRefine((v, ctx) => endOrDuration(v, ctx, false));
export type TimeEntryUpdate = z.output<typeof timeEntryUpdateSchema>;

/** Fields a client never sets: `invoice_id` is set by billing, the rest by the database. */
export const TIME_ENTRY_READ_ONLY = ['id', 'workspace_id', 'invoice_id', 'timer', 'effective_rate', 'created_at', 'updated_at'] as const;

export const timerStartSchema = z.strictObject({
  description,
  contact_id: nullableContact.optional(),
  deal_id: nullableDeal.optional(),
});
export type TimerStart = z.output<typeof timerStartSchema>;

export const TIME_ENTRY_SORTS = ['started_at', 'created_at', 'updated_at'] as const;
export type TimeEntrySortField = (typeof TIME_ENTRY_SORTS)[number];

export const timeEntryListQuerySchema = z
  .strictObject({
    limit: limitParam,
    cursor: cursorParam,
    sort: sortParam(TIME_ENTRY_SORTS, '-started_at'),
    q: qParam,
    contact_id: uuid.optional(),
    deal_id: uuid.optional(),
    invoice_id: uuid.optional(),
    user_id: z.union([z.literal('me'), uuid], { error: 'must be a user id (UUID) or me' }).optional(),
    billable: booleanParam().optional(),
    billed: booleanParam().describe('true: only entries on an invoice; false: only unbilled ones').optional(),
    running: booleanParam().describe('true: only running timers; false: only finished entries').optional(),
    from: date.describe('entries started on or after this day (workspace time zone)').optional(),
    to: date.describe('entries started on or before this day (workspace time zone)').optional(),
    format: formatParam,
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after `to`' });
  });
export type TimeEntryListQuery = z.output<typeof timeEntryListQuerySchema>;

export const timeEntryIdParams = z.strictObject({ id: uuid });

export const invoiceFromTimeSchema = z
  .strictObject({
    contact_id: uuid,
    entry_ids: z
      .array(uuid, { error: 'must be a list of time entry ids' })
      .min(1, 'must name at least one entry')
      .max(1000, 'must name at most 1000 entries')
      .optional(),
    from: date.optional(),
    to: date.optional(),
    group_by: z.enum(GROUPINGS, { error: `must be one of ${GROUPINGS.join(', ')}` }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after `to`' });
  });
export type InvoiceFromTime = z.output<typeof invoiceFromTimeSchema>;

export const timeSettingsSchema = z
  .strictObject({
    default_hourly_rate: rate.optional(),
    time_rounding_minutes: z.union([z.literal(0), z.literal(6), z.literal(15)], { error: 'must be 0 (no rounding), 6 or 15' }).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] });
export type TimeSettingsUpdate = z.output<typeof timeSettingsSchema>;

export interface TimeSettings {
  default_hourly_rate: string | null;
  time_rounding_minutes: RoundingMinutes;
}

/** A time entry as the API returns it. */
export interface TimeEntry {
  id: string;
  workspace_id: string;
  /** the member the time belongs to (null: they left the workspace) */
  user_id: string | null;
  contact_id: string | null;
  /** the deal the time went into, if any */
  deal_id: string | null;
  /** the invoice the entry was billed on (read-only; the entry is locked while set) */
  invoice_id: string | null;
  description: string;
  started_at: Date;
  /** null while the timer runs */
  ended_at: Date | null;
  /** whole minutes, derived from started_at and ended_at (null while running) */
  duration_minutes: number | null;
  /** started with the timer */
  timer: boolean;
  billable: boolean;
  /** the rate given for this entry, or null */
  hourly_rate: string | null;
  /** the rate billing would use now: the entry's, else the client's, else the workspace default (null: none set) */
  effective_rate: string | null;
  created_at: Date;
  updated_at: Date;
}

/** `POST /api/time-entries/timer/stop` takes no fields (an empty body, or none). */
export const timerStopSchema = z.strictObject({});
