import { z } from 'zod';
import { bankTools } from './bank';
import { contactTools } from './contacts';
import { dealTools } from './deals';
import { documentTools } from './documents';
import { invoiceTools } from './invoices';
import { memberTools } from './members';
import { noteTools } from './notes';
import { overviewTools } from './overview';
import { quoteTools } from './quotes';
import { taskTools } from './tasks';
import { timeTools } from './time';
import { transactionTools } from './transactions';
import type { Tool } from './types';

export type { Applied, ReadTool, Tool, ToolContext, WriteTool } from './types';

/** Every tool the assistant has, by name. */
export const TOOLS: readonly Tool[] = [
  ...contactTools,
  ...overviewTools,
  ...noteTools,
  ...taskTools,
  ...timeTools,
  ...memberTools,
  ...transactionTools,
  ...invoiceTools,
  ...dealTools,
  ...quoteTools,
  ...documentTools,
  ...bankTools,
];

const byName = new Map(TOOLS.map((t) => [t.name, t]));

export function getTool(name: string): Tool | undefined {
  return byName.get(name);
}

export interface ToolDefinition {
  name: string;
  description: string;
  kind: 'read' | 'write';
  /** JSON Schema (draft 2020-12) of the input, generated from the zod schema. */
  parameters: Record<string, unknown>;
}

let definitions: ToolDefinition[] | undefined;

/** The tools an engine is offered for this person: a viewer gets the read tools only. */
export function offeredTools(user: { can_change: boolean }): ToolDefinition[] {
  return user.can_change ? toolDefinitions() : toolDefinitions().filter((d) => d.kind === 'read');
}

/** The tools as JSON Schema, for function calling and for n8n. */
export function toolDefinitions(): ToolDefinition[] {
  definitions ??= TOOLS.map((tool) => {
    const { $schema: _ignored, ...parameters } = z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' });
    return {
      name: tool.name,
      kind: tool.kind,
      description:
        tool.kind === 'write' ? `${tool.description} This only proposes the change: the user confirms it in the app.` : tool.description,
      parameters,
    };
  });
  return definitions;
}
