import { z } from 'zod';
import { contactName } from '@/features/contacts/schema';
import { getContact } from '@/features/contacts/service';
import { MAX_DURATION_MINUTES, type TimeEntry, timeEntryFields, timerStartSchema } from '@/features/time/schema';
import {
  createTimeEntry,
  deleteTimeEntry,
  loggedMinutes,
  loggedMinutesByClient,
  runningTimer,
  startTimer,
  stopTimer,
} from '@/features/time/service';
import type { Database } from '@/lib/db';
import { errors } from '@/lib/errors';
import { safeTimeZone, timeInZone } from '@/lib/time';
import { date, integer, timestamp, uuid } from '@/lib/validation';
import { readTool, type Tool, writeTool } from './types';

/** The assistant's time tools: the time service, under the user's RLS (docs/decisions/0105). */

async function clientLabel(tx: Database, user: { id: string }, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  return contactName(await getContact(tx, user, id));
}

function hours(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function entryOut(entry: TimeEntry, contact: string | null = null) {
  return {
    id: entry.id,
    description: entry.description,
    contact_id: entry.contact_id,
    contact_name: contact,
    started_at: new Date(entry.started_at).toISOString(),
    ended_at: entry.ended_at ? new Date(entry.ended_at).toISOString() : null,
    duration_minutes: entry.duration_minutes,
    billable: entry.billable,
    invoice_id: entry.invoice_id,
    url: '/time',
  };
}

export const timeTools: Tool[] = [
  readTool({
    name: 'time_summary',
    kind: 'read',
    description:
      'How much time was logged (finished entries): in total minutes and h:mm, optionally for one client (contact), one member ' +
      "(me = the user), a range of days in the user's calendar and words of the description (q); by_client adds the minutes per client.",
    input: z.strictObject({
      contact_id: uuid.optional(),
      member: z
        .union([z.literal('me'), z.literal('everyone'), uuid])
        .default('me')
        .describe('me (default), everyone, or a user id'),
      from: date.optional().describe('YYYY-MM-DD, inclusive'),
      to: date.optional().describe('YYYY-MM-DD, inclusive'),
      q: z.string().trim().min(1).max(200).optional().describe('words of the description, e.g. "logo"'),
      by_client: z.boolean().optional().describe('also list the minutes per client, most first'),
    }),
    async run(ctx, input) {
      const query = {
        contact_id: input.contact_id,
        user_id: input.member === 'everyone' ? undefined : input.member,
        from: input.from,
        to: input.to,
        q: input.q,
      };
      const { minutes, entries } = await loggedMinutes(ctx.tx, ctx.user, query);
      const clients = input.by_client
        ? await Promise.all(
            (await loggedMinutesByClient(ctx.tx, ctx.user, query))
              .filter((row) => !input.contact_id || row.contact_id === input.contact_id)
              .slice(0, 20)
              .map(async (row) => ({
                contact_id: row.contact_id,
                contact_name: await clientLabel(ctx.tx, ctx.user, row.contact_id),
                minutes: row.minutes,
                hours: hours(row.minutes),
                entries: row.entries,
              })),
          )
        : undefined;
      return {
        minutes,
        hours: hours(minutes),
        entries,
        contact_name: await clientLabel(ctx.tx, ctx.user, input.contact_id),
        ...(clients ? { clients } : {}),
        url: '/time',
      };
    },
  }),
  readTool({
    name: 'running_timer',
    kind: 'read',
    description: "The user's running timer, or null when none runs.",
    input: z.strictObject({}),
    async run(ctx) {
      const entry = await runningTimer(ctx.tx, ctx.user);
      return { timer: entry ? entryOut(entry, await clientLabel(ctx.tx, ctx.user, entry.contact_id)) : null };
    },
  }),
  writeTool({
    name: 'start_timer',
    kind: 'write',
    description: "Start the user's timer now, on a description and optionally for a client. One timer runs at a time.",
    input: z.strictObject({ description: timerStartSchema.shape.description, contact_id: uuid.optional() }),
    async describe(ctx, input) {
      const running = await runningTimer(ctx.tx, ctx.user);
      if (running) throw errors.conflict(`Your timer is already running on "${running.description}": stop it first.`);
      const client = await clientLabel(ctx.tx, ctx.user, input.contact_id);
      return `Start a timer${client ? ` for ${client}` : ''}: "${input.description}".`;
    },
    async apply(ctx, input) {
      const entry = await startTimer(ctx.tx, ctx.user, input);
      return { record: entry, undo: { id: entry.id } };
    },
    async revert(ctx, undo) {
      return deleteTimeEntry(ctx.tx, ctx.user, String(undo.id));
    },
  }),
  writeTool({
    name: 'stop_timer',
    kind: 'write',
    description: "Stop the user's running timer now; the time becomes an entry on the timesheet.",
    input: z.strictObject({}),
    async describe(ctx) {
      const running = await runningTimer(ctx.tx, ctx.user);
      if (!running) throw errors.conflict('No timer is running.');
      const client = await clientLabel(ctx.tx, ctx.user, running.contact_id);
      const since = timeInZone(new Date(running.started_at), safeTimeZone(ctx.user.time_zone));
      return `Stop your timer on "${running.description}"${client ? ` for ${client}` : ''}, running since ${since}.`;
    },
    async apply(ctx) {
      const entry = await stopTimer(ctx.tx, ctx.user);
      return { record: entry, undo: null };
    },
  }),
  writeTool({
    name: 'log_time',
    kind: 'write',
    description: 'Log time already worked: a description, when it started, how many minutes, optionally a client, billable (default true).',
    input: z.strictObject({
      description: timeEntryFields.description,
      started_at: timestamp,
      duration_minutes: integer({ min: 1, max: MAX_DURATION_MINUTES }),
      contact_id: uuid.nullable().optional(),
      billable: z.boolean().optional(),
    }),
    async describe(ctx, input) {
      const client = await clientLabel(ctx.tx, ctx.user, input.contact_id);
      const zone = safeTimeZone(ctx.user.time_zone);
      const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone }).format(
        new Date(input.started_at),
      );
      return `Log ${hours(input.duration_minutes)} h${client ? ` for ${client}` : ''} on ${day} from ${timeInZone(new Date(input.started_at), zone)}: "${input.description}"${input.billable === false ? ' (not billable)' : ''}.`;
    },
    async apply(ctx, input) {
      const entry = await createTimeEntry(ctx.tx, ctx.user, { ...input, contact_id: input.contact_id ?? null });
      return { record: entry, undo: { id: entry.id } };
    },
    async revert(ctx, undo) {
      return deleteTimeEntry(ctx.tx, ctx.user, String(undo.id));
    },
  }),
];
