// Over 400 lines on purpose: the assistant's rules (asking, confirming, rejecting, undoing, and the same
// tool calls from MCP clients) share one set of helpers and read best together; the protocol itself is in ./mcp.ts.
import { recordEvent } from '@/features/audit/service';
import { personName } from '@/lib/auth/people';
import { findUserByClerkId } from '@/lib/auth/user';
import { requireRole, roleAtLeast, switchWorkspace, type Workspace } from '@/lib/auth/workspace';
import { type Database, savepoint, withTenant, type TenantRunner } from '@/lib/db';
import { env } from '@/lib/env';
import { ApiError, errors, failure, fromDatabaseError } from '@/lib/errors';
import { log } from '@/lib/log';
import { listPage, type Page } from '@/lib/pagination';
import { engineFor } from './engines';
import { serveMcp } from './mcp';
import { type EngineAnswer, EngineFailure, type EngineUser } from './engines/types';
import {
  countLogs,
  expireActions,
  finishLog,
  insertLog,
  selectActionForUpdate,
  selectActionsOfLog,
  selectHistory,
  selectLogs,
  selectLogState,
  updateAction,
} from './queries';
import { callTool, ExchangeClosedError, inProcessRunner, type ToolOutcome, userToday } from './runner';
import type { AiAnswer, AiLog, AiLogListQuery, PendingAction } from './schema';
import { getTool, offeredTools, type ToolContext } from './tools';
import { signToolToken, verifyToolToken } from './tool-token';

/**
 * The assistant's rules. A question is logged when it starts (so its tool
 * token is valid only while it runs), answered by the configured engine
 * without holding a database transaction, and completed in one transaction
 * together with any proposed change. Confirming, rejecting and undoing run in
 * the route's tenant transaction and are logged in it.
 */

const MAX_RESPONSE = 20_000;

export function engineUser(user: Workspace): EngineUser {
  return {
    id: user.id,
    name: personName(user.user) || 'the user',
    email: user.user.email,
    time_zone: user.time_zone,
    currency: user.currency,
    locale: user.locale,
    today: userToday(user),
    role: user.role,
    can_change: roleAtLeast(user.role, 'member'),
  };
}

function withTimeout<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new EngineFailure('timeout', 'The assistant did not answer in time.'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? new EngineFailure('timeout', 'The assistant did not answer in time.') : error);
      },
    );
  });
}

function actionTaken(pending: PendingAction | null, calls: { tool: string }[], clarify: boolean): string | null {
  if (pending) return `proposed: ${pending.tool}`;
  if (clarify) return 'asked_back';
  const tools = [...new Set(calls.map((c) => c.tool))];
  return tools.length ? `read: ${tools.join(', ')}` : null;
}

/**
 * Where the n8n workflow calls the tools back: built from APP_URL only (boot
 * requires it with the n8n engine), never from a request's Host or forwarded
 * headers, which a client could point at its own server to collect the tool
 * token. Empty without APP_URL (the other engines do not call back).
 */
export function toolsUrl(appUrl: string | undefined): string {
  return appUrl ? `${appUrl.replace(/\/+$/, '')}/api/ai/tools` : '';
}

export async function askAssistant(input: {
  user: Workspace;
  query: string;
  newTransaction: TenantRunner;
}): Promise<{ data: AiAnswer } | Response> {
  const { user, query, newTransaction } = input;
  const config = env();
  const engine = await engineFor(config.aiEngine);
  const started = performance.now();
  const { logId, history } = await newTransaction(async (tx) => {
    await expireActions(tx, user.id);
    const past = await selectHistory(tx, user.id, 6);
    const row = await insertLog(tx, user.id, { query, engine: engine.name, status: 'running' });
    return { logId: row.id, history: past };
  });

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.AI_TIMEOUT_MS);
  let answer: EngineAnswer | undefined;
  let failed: EngineFailure | undefined;
  try {
    const toolToken = await signToolToken(
      { sub: input.user.user.clerk_id, uid: input.user.user.id, wid: user.id, lid: logId },
      config.AI_TIMEOUT_MS + 5000,
    );
    answer = await withTimeout(
      engine.answer({
        query,
        history: history.map((h) => ({ query: h.query, response: h.response ?? '', created_at: h.created_at.toISOString() })),
        user: engineUser(user),
        tools: inProcessRunner(newTransaction, user, logId),
        signal: controller.signal,
        deadline: Date.now() + config.AI_TIMEOUT_MS,
        remote: { toolToken, toolsUrl: toolsUrl(config.APP_URL) },
      }),
      controller.signal,
    );
    if (typeof answer?.response !== 'string' || answer.response.trim() === '') {
      throw new EngineFailure('error', 'The assistant gave an empty answer.');
    }
  } catch (error) {
    failed = error instanceof EngineFailure ? error : new EngineFailure('error', 'The assistant failed while answering.');
    if (!(error instanceof EngineFailure)) log.error('ai.engine_failed', { engine: engine.name, log_id: logId, error });
  } finally {
    clearTimeout(timer);
  }
  const duration = Math.round(performance.now() - started);

  return newTransaction(async (tx) => {
    const state = await selectLogState(tx, user.id, logId);
    const calls = ((state?.metadata.tool_calls as { tool: string }[] | undefined) ?? []).filter((c) => c && c.tool);
    if (failed) {
      await expireActions(tx, user.id, logId);
      await finishLog(tx, user.id, logId, {
        response: null,
        action_taken: null,
        status: failed.kind === 'timeout' ? 'timeout' : 'error',
        duration_ms: duration,
        metadata: { error: failed.message },
      });
      log.warn('ai.query_failed', { user_id: user.id, log_id: logId, engine: engine.name, kind: failed.kind, error: failed.message });
      const apiError =
        failed.kind === 'timeout'
          ? new ApiError(
              'gateway_timeout',
              `The assistant (${engine.name}) did not answer within ${Math.round(config.AI_TIMEOUT_MS / 1000)} s. Nothing was changed.`,
            )
          : new ApiError('bad_gateway', `The assistant (${engine.name}) failed: ${failed.message} Nothing was changed.`);
      return failure(apiError, { 'X-AI-Log-Id': logId });
    }
    const actions = await selectActionsOfLog(tx, user.id, logId);
    const first = actions.find((a) => a.status === 'pending');
    const pending: PendingAction | null = first ? { id: first.id, tool: first.tool, args: first.args, summary: first.summary } : null;
    let response = answer!.response.trim().slice(0, MAX_RESPONSE);
    if (pending && !response.includes(pending.summary)) {
      response = `${response}\n\nWaiting for your confirmation: ${pending.summary}`;
    }
    const clarify = Boolean(answer!.clarify) && !pending;
    const taken = actionTaken(pending, calls, clarify);
    await finishLog(tx, user.id, logId, {
      response,
      action_taken: taken,
      status: pending ? 'pending_confirmation' : clarify ? 'clarify' : 'ok',
      duration_ms: duration,
      metadata: {
        ...(answer!.metadata ?? {}),
        ...(answer!.claimed_action ? { claimed_action: String(answer!.claimed_action).slice(0, 500) } : {}),
        ...(pending ? { action_id: pending.id } : {}),
      },
    });
    return { data: { response, action_taken: taken, log_id: logId, pending_action: pending } };
  });
}

/** A tool call from an n8n workflow, authorised by its tool token. */
export async function runToolWithToken(token: string | undefined, name: string, args: unknown): Promise<{ data: unknown } | Response> {
  const spent = () => errors.unauthorized('The tool token is invalid, expired or already used.');
  const claims = token ? await verifyToolToken(token) : undefined;
  if (!claims) throw spent();
  const outcome: ToolOutcome = await withTenant({ sub: claims.sub }, async (tx) => {
    const person = await findUserByClerkId(tx, claims.sub);
    if (!person || person.id !== claims.uid) throw spent();
    // the workspace the exchange began in, with the person's role there now (a removed member's token is spent)
    const workspace = await switchWorkspace(tx, person, claims.wid);
    if (!workspace) throw spent();
    try {
      return await callTool(tx, workspace, claims.lid, name, args);
    } catch (error) {
      if (error instanceof ExchangeClosedError) throw spent();
      throw error;
    }
  });
  if (outcome.ok) return { data: outcome.data };
  // the call is counted in the exchange's log even when it failed: answer without rolling back
  return failure(new ApiError(outcome.error.code as ApiError['code'], outcome.error.message, outcome.error.details));
}

function decisionLog(
  tx: Database,
  user: Workspace,
  engine: string,
  entry: {
    query: string;
    response: string;
    action_taken: string;
    status: 'confirmed' | 'rejected' | 'undone' | 'failed';
    metadata: Record<string, unknown>;
  },
) {
  return insertLog(tx, user.id, { ...entry, engine, duration_ms: 0 });
}

async function loadAction(tx: Database, user: Workspace, id: string) {
  const action = await selectActionForUpdate(tx, user.id, id);
  if (!action) throw errors.notFound('Action');
  const engine = (await selectLogState(tx, user.id, action.log_id))?.engine ?? 'builtin';
  return { action, engine };
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const mapped = fromDatabaseError(error);
  if (mapped) return mapped;
  throw error;
}

/**
 * Carries out a proposed change once, in this transaction; returns the changed
 * record. The role is the one the person has now, not when the change was
 * proposed: a member made a viewer since gets the 403.
 */
export async function confirmAction(tx: Database, user: Workspace, id: string): Promise<{ data: unknown } | Response> {
  requireRole(user, 'member');
  const { action, engine } = await loadAction(tx, user, id);
  const meta = { action_id: action.id, log_id: action.log_id, tool: action.tool };
  if (action.status !== 'pending') throw errors.conflict(`This change was already ${action.status}.`);
  const refuse = async (message: string, status: 'expired' | 'pending') => {
    if (status === 'expired') await updateAction(tx, user.id, action.id, { status: 'expired', decided: true });
    await decisionLog(tx, user, engine, {
      query: `Confirm: ${action.summary}`,
      response: message,
      action_taken: `failed: ${action.tool}`,
      status: 'failed',
      metadata: meta,
    });
    return failure(errors.conflict(message));
  };
  if (action.expired) return refuse('This proposal has expired; ask again.', 'expired');
  const tool = getTool(action.tool);
  if (!tool || tool.kind !== 'write') return refuse('This change can no longer be applied.', 'expired');
  const parsed = tool.input.safeParse(action.args);
  if (!parsed.success) return refuse('This change can no longer be applied: its details are no longer valid.', 'expired');
  let applied;
  try {
    applied = await savepoint(tx, (sp) => tool.apply({ tx: sp, user, today: userToday(user) } satisfies ToolContext, parsed.data));
  } catch (error) {
    const apiError = asApiError(error);
    return refuse(`Could not apply this change: ${apiError.message}`, 'pending');
  }
  await updateAction(tx, user.id, action.id, { status: 'confirmed', result: applied.record, undo: applied.undo, decided: true });
  await recordEvent(tx, 'ai.action_confirmed', 'ai_actions', action.id, { tool: action.tool, summary: action.summary });
  await decisionLog(tx, user, engine, {
    query: `Confirm: ${action.summary}`,
    response: `Done: ${action.summary}`,
    action_taken: `confirmed: ${action.tool}`,
    status: 'confirmed',
    metadata: meta,
  });
  return { data: applied.record };
}

/** Drops a proposal; a viewer may too (it changes nothing but the proposal, e.g. one made before they became a viewer). */
export async function rejectAction(tx: Database, user: Workspace, id: string) {
  const { action, engine } = await loadAction(tx, user, id);
  if (action.status !== 'pending') throw errors.conflict(`This change was already ${action.status}.`);
  await updateAction(tx, user.id, action.id, { status: 'rejected', decided: true });
  await recordEvent(tx, 'ai.action_rejected', 'ai_actions', action.id, { tool: action.tool, summary: action.summary });
  await decisionLog(tx, user, engine, {
    query: `Reject: ${action.summary}`,
    response: `Dropped: ${action.summary}`,
    action_taken: `rejected: ${action.tool}`,
    status: 'rejected',
    metadata: { action_id: action.id, log_id: action.log_id, tool: action.tool },
  });
  return { data: { id: action.id, status: 'rejected' as const } };
}

/** Reverts a confirmed change where that is possible (409 otherwise). */
export async function undoAction(tx: Database, user: Workspace, id: string): Promise<{ data: unknown } | Response> {
  requireRole(user, 'member');
  const { action, engine } = await loadAction(tx, user, id);
  if (action.status !== 'confirmed') throw errors.conflict(`Only a confirmed change can be undone; this one is ${action.status}.`);
  const tool = getTool(action.tool);
  if (!action.undo || !tool || tool.kind !== 'write' || !tool.revert) {
    throw errors.conflict('This change cannot be undone.');
  }
  const meta = { action_id: action.id, log_id: action.log_id, tool: action.tool };
  let result: unknown;
  try {
    result = await savepoint(tx, (sp) => tool.revert!({ tx: sp, user, today: userToday(user) }, action.undo!));
  } catch (error) {
    const apiError = asApiError(error);
    const message = `Could not undo this change: ${apiError.message}`;
    await decisionLog(tx, user, engine, {
      query: `Undo: ${action.summary}`,
      response: message,
      action_taken: `failed: undo ${action.tool}`,
      status: 'failed',
      metadata: meta,
    });
    return failure(errors.conflict(message));
  }
  await updateAction(tx, user.id, action.id, { status: 'undone' });
  await recordEvent(tx, 'ai.action_undone', 'ai_actions', action.id, { tool: action.tool, summary: action.summary });
  await decisionLog(tx, user, engine, {
    query: `Undo: ${action.summary}`,
    response: `Undone: ${action.summary}`,
    action_taken: `undone: ${action.tool}`,
    status: 'undone',
    metadata: meta,
  });
  return { data: { id: action.id, status: 'undone' as const, result } };
}

export async function listLogs(tx: Database, user: Workspace, query: AiLogListQuery): Promise<{ data: AiLog[]; page: Page }> {
  return listPage(
    query,
    (cursor, limit) => selectLogs(tx, user.id, cursor, limit),
    () => countLogs(tx, user.id),
  );
}

/** What one tool call from outside the app (the MCP server) came to. */
export type ExternalToolResult =
  | { kind: 'read'; data: unknown }
  | { kind: 'proposed'; action: PendingAction }
  | { kind: 'applied'; action: PendingAction; record: unknown }
  | { kind: 'error'; code: string; message: string; details?: Record<string, string[]> };

/**
 * One tool call of an MCP client (docs/decisions/0131-mcp-server.md), in its
 * own tenant transaction as the key's creator: logged as an exchange of its
 * own (engine `mcp`), read tools answered at once, a write stored as the same
 * pending action the in-app assistant makes, for its creator to confirm in the
 * assistant panel; with `direct` (a key with the write:direct scope) confirmed
 * here at once, exactly as the Confirm button would.
 */
export async function runExternalTool(
  tx: Database,
  user: Workspace,
  input: { name: string; args: unknown; client: string; direct: boolean },
): Promise<ExternalToolResult> {
  const started = performance.now();
  await expireActions(tx, user.id);
  const logRow = await insertLog(tx, user.id, { query: `${input.client}: ${input.name}`.slice(0, 4000), engine: 'mcp', status: 'running' });
  const outcome = await callTool(tx, user, logRow.id, input.name, input.args);
  const finish = (status: 'ok' | 'pending_confirmation' | 'error', response: string, taken: string | null, metadata = {}) =>
    finishLog(tx, user.id, logRow.id, {
      response: response.slice(0, MAX_RESPONSE),
      action_taken: taken,
      status,
      duration_ms: Math.round(performance.now() - started),
      metadata,
    });
  if (!outcome.ok) {
    await finish('error', outcome.error.message, null, { error: outcome.error.message });
    return { kind: 'error', ...outcome.error };
  }
  const pending = outcome.pending_action;
  if (!pending) {
    await finish('ok', `Read with ${input.name}.`, `read: ${input.name}`);
    return { kind: 'read', data: outcome.data };
  }
  await finish('pending_confirmation', `Waiting for your confirmation: ${pending.summary}`, `proposed: ${pending.tool}`, {
    action_id: pending.id,
  });
  if (!input.direct) return { kind: 'proposed', action: pending };
  const confirmed = await confirmAction(tx, user, pending.id);
  if (confirmed instanceof Response) {
    const body = (await confirmed.json()) as { error: { code: string; message: string } };
    return { kind: 'error', code: body.error.code, message: body.error.message };
  }
  return { kind: 'applied', action: pending, record: confirmed.data };
}

/** The tools an MCP client is offered: the assistant's, the write tools only to a key that may write as a member. */
export function externalTools(user: Pick<Workspace, 'role'>, canWrite: boolean) {
  return offeredTools({ can_change: canWrite && roleAtLeast(user.role, 'member') });
}

/** An MCP request made with an API key (docs/decisions/0131-mcp-server.md), answered by the SDK's server. */
export async function handleMcp(input: {
  request: Request;
  body: unknown;
  user: Workspace;
  newTransaction: TenantRunner;
  scopes: readonly string[];
}): Promise<Response> {
  const canWrite = input.scopes.includes('write');
  const direct = input.scopes.includes('write:direct');
  return serveMcp(input.request, input.body, {
    tools: externalTools(input.user, canWrite),
    call: async (name, args, client) => {
      if (getTool(name)?.kind === 'write' && !canWrite) {
        return { text: 'This API key is read-only: it may read, not propose changes.', isError: true };
      }
      const result = await input.newTransaction((tx) => runExternalTool(tx, input.user, { name, args, client, direct }));
      switch (result.kind) {
        case 'read':
          return { text: JSON.stringify(result.data) };
        case 'proposed':
          return {
            text: `Waiting for confirmation in Ledgerly: ${result.action.summary} (action id ${result.action.id}). Nothing has changed yet: the user confirms or rejects it in the assistant panel.`,
            structured: { status: 'pending', pending_action: result.action },
          };
        case 'applied':
          return {
            text: `Done: ${result.action.summary} (action id ${result.action.id}).\n${JSON.stringify(result.record)}`,
            structured: { status: 'applied', action_id: result.action.id, record: result.record },
          };
        default:
          return { text: `${result.message}${result.details ? ` ${JSON.stringify(result.details)}` : ''}`, isError: true };
      }
    },
  });
}
