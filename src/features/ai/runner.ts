import { roleAtLeast, type Workspace } from '@/lib/auth/workspace';
import { type Database, savepoint, type TenantRunner } from '@/lib/db';
import { ApiError, fromDatabaseError } from '@/lib/errors';
import { log } from '@/lib/log';
import { safeTimeZone, todayIn } from '@/lib/time';
import { zodDetails } from '@/lib/validation';
import { countActionsOfLog, insertAction, recordToolCall } from './queries';
import { type PendingAction, VIEW_ONLY_ANSWER } from './schema';
import { getTool } from './tools';

/**
 * Runs tool calls for one exchange, whichever engine asked (in process, or
 * n8n through /api/ai/tools/:name). This is where "writes are never carried
 * out by an engine" is enforced: a write tool's call is validated, described
 * and stored as ONE pending action of the exchange; nothing else happens
 * until the user confirms it. A viewer's assistant proposes nothing: a write
 * tool answers them with VIEW_ONLY_ANSWER (engines are not offered write tools
 * for a viewer in the first place; the database would refuse the proposal too).
 */

export const MAX_TOOL_CALLS = 25;

/** The longest summary of a proposal (ai_actions.summary holds at most 2000 characters). */
export const MAX_SUMMARY = 2000;

export type ToolOutcome =
  | { ok: true; data: unknown; pending_action?: PendingAction }
  | { ok: false; error: { code: string; message: string; details?: Record<string, string[]> } };

export interface ToolRunner {
  call(name: string, args: unknown): Promise<ToolOutcome>;
}

/** Today in the person's zone (`YYYY-MM-DD`; UTC's when the zone is not one Intl knows), with the formatters made once per zone (@/lib/time). */
export function userToday(user: Pick<Workspace, 'time_zone'>, now = new Date()): string {
  return todayIn(safeTimeZone(user.time_zone), now);
}

function errorOutcome(error: ApiError): ToolOutcome {
  return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}

/** Thrown when the exchange is no longer running (its tool token is spent). */
export class ExchangeClosedError extends Error {}

/**
 * One tool call inside the caller's tenant transaction. Read tools and the
 * description of write tools run in a savepoint, so that a failing call
 * leaves the transaction usable and writes nothing.
 */
export async function callTool(tx: Database, user: Workspace, logId: string, name: string, args: unknown): Promise<ToolOutcome> {
  const tool = getTool(name);
  const calls = await recordToolCall(tx, user.id, logId, { tool: name, ok: Boolean(tool) });
  if (calls === undefined) throw new ExchangeClosedError('This exchange is over.');
  if (!tool) return errorOutcome(new ApiError('not_found', `There is no tool named ${name}.`));
  if (calls > MAX_TOOL_CALLS) {
    return errorOutcome(new ApiError('rate_limited', `At most ${MAX_TOOL_CALLS} tool calls per question. Answer with what you have.`));
  }
  const parsed = tool.input.safeParse(args ?? {});
  if (!parsed.success) {
    return errorOutcome(new ApiError('validation_failed', 'The arguments are invalid.', zodDetails(parsed.error)));
  }
  const ctx = { tx, user, today: userToday(user) };
  try {
    if (tool.kind === 'read') {
      const data = await savepoint(tx, (sp) => tool.run({ ...ctx, tx: sp }, parsed.data));
      return { ok: true, data };
    }
    // a viewer's assistant proposes nothing: the database would refuse to store the proposal
    // (ai_actions_insert needs app.can_write()), and that refusal would end the transaction
    if (!roleAtLeast(user.role, 'member')) return errorOutcome(new ApiError('forbidden', VIEW_ONLY_ANSWER));
    if ((await countActionsOfLog(tx, user.id, logId)) > 0) {
      return errorOutcome(new ApiError('conflict', 'A change is already waiting for the user to confirm; propose one change at a time.'));
    }
    const summary = await savepoint(tx, (sp) => tool.describe({ ...ctx, tx: sp }, parsed.data));
    // The user confirms what the summary says, so it says everything Confirm applies, uncut;
    // a change too large to show in full is refused (the engine is told, nothing is stored).
    if (summary.length > MAX_SUMMARY) {
      return errorOutcome(
        new ApiError(
          'validation_failed',
          `This change is too large to show in full for confirmation (${summary.length} characters, at most ${MAX_SUMMARY}). ` +
            'Propose it in smaller parts (e.g. shorter texts or fewer items), or make it in the app.',
          { args: [`describe a change of at most ${MAX_SUMMARY} characters`] },
        ),
      );
    }
    const action = await insertAction(tx, user.id, {
      log_id: logId,
      tool: tool.name,
      args: parsed.data as Record<string, unknown>,
      summary,
    });
    const pending = { id: action.id, tool: action.tool, args: action.args, summary: action.summary };
    return {
      ok: true,
      pending_action: pending,
      data: {
        pending_action: pending,
        message: 'Nothing has changed yet: the user sees this proposal and confirms or rejects it in the app.',
      },
    };
  } catch (error) {
    if (error instanceof ApiError) return errorOutcome(error);
    const mapped = fromDatabaseError(error);
    if (mapped) return errorOutcome(mapped);
    log.error('ai.tool_failed', { tool: name, error });
    return errorOutcome(new ApiError('internal_error', 'The tool failed.'));
  }
}

/** A runner for engines in this process: each call is one short tenant transaction. */
export function inProcessRunner(newTransaction: TenantRunner, user: Workspace, logId: string): ToolRunner {
  return { call: (name, args) => newTransaction((tx) => callTool(tx, user, logId, name, args)) };
}
