import type { z } from 'zod';
import type { Workspace } from '@/lib/auth/workspace';
import type { Database } from '@/lib/db';

/**
 * A tool: one typed operation the assistant may use, whatever the engine.
 * Its input schema is built from the feature's own zod pieces; it runs the
 * feature's service in the signed-in user's tenant transaction (RLS) and
 * returns plain JSON-able data.
 *
 * Read tools run when an engine calls them. Write tools never run then: the
 * call becomes a pending action described by `describe`, and `apply` runs
 * only when the user confirms it (`revert` when they undo it).
 */

export interface ToolContext {
  tx: Database;
  user: Workspace;
  /** The user's calendar date (YYYY-MM-DD) in their time zone. */
  today: string;
}

interface BaseTool<S extends z.ZodType> {
  name: string;
  /** One or two sentences for a language model. */
  description: string;
  input: S;
}

export interface ReadTool<S extends z.ZodType = z.ZodType> extends BaseTool<S> {
  kind: 'read';
  run(ctx: ToolContext, input: z.output<S>): Promise<unknown>;
}

export interface Applied {
  /** The changed record, as the feature's API returns it. */
  record: unknown;
  /** What `revert` needs; null when the change cannot be undone. */
  undo: Record<string, unknown> | null;
}

export interface WriteTool<S extends z.ZodType = z.ZodType> extends BaseTool<S> {
  kind: 'write';
  /**
   * A plain-language sentence of what confirming will do. Also checks that
   * what the input refers to exists for this user (throws ApiError if not).
   */
  describe(ctx: ToolContext, input: z.output<S>): Promise<string>;
  apply(ctx: ToolContext, input: z.output<S>): Promise<Applied>;
  revert?(ctx: ToolContext, undo: Record<string, unknown>): Promise<unknown>;
}

export type Tool = ReadTool | WriteTool;

/** Helps TypeScript infer the input type of a tool literal. */
export function readTool<S extends z.ZodType>(tool: ReadTool<S>): ReadTool {
  return tool as unknown as ReadTool;
}
export function writeTool<S extends z.ZodType>(tool: WriteTool<S>): WriteTool {
  return tool as unknown as WriteTool;
}
