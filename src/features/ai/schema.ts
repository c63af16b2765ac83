import { z } from 'zod';
import { cursorParam, limitParam, requiredText, uuid } from '@/lib/validation';

/** The assistant: what a question, a proposed action and a log entry are. */

export const AI_QUERY_MAX = 4000;

/**
 * What the assistant answers a viewer who asks for a change: a viewer's
 * assistant proposes nothing (docs/decisions/0097-workspaces.md).
 */
export const VIEW_ONLY_ANSWER =
  'You can view this workspace but not change it; ask an admin to make you a member if you need to add or change something.';

export const aiQuerySchema = z.strictObject({
  query: requiredText(AI_QUERY_MAX),
});
export type AiQuery = z.output<typeof aiQuerySchema>;

export const aiActionParams = z.strictObject({ id: uuid });

export const aiLogListQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
});
export type AiLogListQuery = z.output<typeof aiLogListQuerySchema>;

export const toolNameParams = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'is not a tool name'),
});

/** Any JSON object: a tool's own schema validates it. */
export const toolArgsBody = z.record(z.string(), z.unknown());

export const AI_ACTION_STATUSES = ['pending', 'confirmed', 'rejected', 'undone', 'expired'] as const;
export type AiActionStatus = (typeof AI_ACTION_STATUSES)[number];

export const AI_ENGINES = ['builtin', 'openai', 'n8n'] as const;
export type AiEngineName = (typeof AI_ENGINES)[number];

/**
 * Status of a log row: `running` while the exchange runs; `ok` answered;
 * `pending_confirmation` proposed a change; `clarify` asked back; `error`
 * (502) and `timeout` (504) when the engine failed; `confirmed`, `rejected`,
 * `undone` and `failed` for the decisions on a proposed change.
 */
export type AiLogStatus =
  'running' | 'ok' | 'pending_confirmation' | 'clarify' | 'error' | 'timeout' | 'confirmed' | 'rejected' | 'undone' | 'failed';

/** A proposed write as `/api/ai/query` returns it. */
export interface PendingAction {
  id: string;
  tool: string;
  args: Record<string, unknown>;
  summary: string;
}

export interface AiAction extends PendingAction {
  log_id: string;
  status: AiActionStatus;
  result: unknown;
  reversible: boolean;
  created_at: Date;
  decided_at: Date | null;
}

export interface AiAnswer {
  response: string;
  action_taken: string | null;
  log_id: string;
  pending_action: PendingAction | null;
}

export interface AiLog {
  id: string;
  user_id: string;
  query: string;
  response: string | null;
  action_taken: string | null;
  engine: string;
  status: string;
  duration_ms: number | null;
  metadata: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  /** The change this exchange proposed, with what became of it. */
  action: Omit<AiAction, 'log_id'> | null;
}

/** One past exchange, as engines receive it for context. */
export interface HistoryEntry {
  query: string;
  response: string;
  created_at: string;
}
