import { env } from '@/lib/env';
import { offeredTools } from '../tools';
import { type Engine, type EngineAnswer, EngineFailure, type EngineRequest, systemPrompt } from './types';

/**
 * An OpenAI-compatible chat completions API (OpenAI, Ollama, LM Studio, vLLM)
 * with function calling: the tools' zod schemas become JSON Schema, the model
 * calls them for a bounded number of rounds, and every call goes through the
 * same tool runner as the other engines (writes only become proposals).
 */

interface ToolCall {
  id: string;
  type?: string;
  function: { name: string; arguments: string };
}

interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
}

function isToolCall(value: unknown): value is ToolCall {
  const call = value as ToolCall;
  return (
    typeof call === 'object' &&
    call !== null &&
    typeof call.id === 'string' &&
    typeof call.function?.name === 'string' &&
    typeof call.function?.arguments === 'string'
  );
}

async function complete(request: EngineRequest, messages: ChatMessage[], withTools: boolean): Promise<ChatMessage> {
  const config = env();
  const url = `${config.AI_BASE_URL!.replace(/\/+$/, '')}/chat/completions`;
  const body: Record<string, unknown> = { model: config.AI_MODEL, messages, temperature: 0 };
  if (withTools) {
    body.tools = offeredTools(request.user).map((d) => ({
      type: 'function',
      function: { name: d.name, description: d.description, parameters: d.parameters },
    }));
    body.tool_choice = 'auto';
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.AI_API_KEY ? { authorization: `Bearer ${config.AI_API_KEY}` } : {}),
      },
      body: JSON.stringify(body),
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal.aborted) throw new EngineFailure('timeout', 'The model did not answer in time.');
    throw new EngineFailure('error', `The model server could not be reached (${(error as Error).message}).`);
  }
  if (!response.ok) {
    throw new EngineFailure('error', `The model server answered ${response.status}.`);
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    throw new EngineFailure('error', 'The model server sent a malformed answer (not JSON).');
  }
  const message = (payload as { choices?: { message?: ChatMessage }[] })?.choices?.[0]?.message;
  if (!message || typeof message !== 'object') {
    throw new EngineFailure('error', 'The model server sent a malformed answer (no message).');
  }
  const calls = message.tool_calls;
  if (calls !== undefined && calls !== null && (!Array.isArray(calls) || !calls.every(isToolCall))) {
    throw new EngineFailure('error', 'The model server sent malformed tool calls.');
  }
  if ((!calls || calls.length === 0) && typeof message.content !== 'string') {
    throw new EngineFailure('error', 'The model server sent a malformed answer (no content).');
  }
  return { role: 'assistant', content: message.content ?? null, ...(calls?.length ? { tool_calls: calls } : {}) };
}

export const openaiEngine: Engine = {
  name: 'openai',
  async answer(request: EngineRequest): Promise<EngineAnswer> {
    const rounds = env().AI_MAX_TOOL_ROUNDS;
    const messages: ChatMessage[] = [{ role: 'system', content: systemPrompt(request.user) }];
    for (const past of request.history) {
      messages.push({ role: 'user', content: past.query }, { role: 'assistant', content: past.response });
    }
    messages.push({ role: 'user', content: request.query });
    const used: string[] = [];
    for (let round = 0; round <= rounds; round += 1) {
      // the last round gets no tools: the model must answer with what it has
      const message = await complete(request, messages, round < rounds);
      if (!message.tool_calls?.length) {
        return { response: message.content ?? '', metadata: { model_rounds: round + 1, tools_used: used } };
      }
      messages.push(message);
      for (const call of message.tool_calls) {
        let args: unknown;
        try {
          args = call.function.arguments.trim() ? JSON.parse(call.function.arguments) : {};
        } catch {
          messages.push({
            role: 'tool',
            tool_call_id: call.id,
            content: JSON.stringify({ error: { code: 'invalid_json', message: 'The arguments are not valid JSON.' } }),
          });
          continue;
        }
        used.push(call.function.name);
        const outcome = await request.tools.call(call.function.name, args);
        // tool output is data, wrapped so that it cannot pass for instructions
        messages.push({
          role: 'tool',
          tool_call_id: call.id,
          content: JSON.stringify(outcome.ok ? { data: outcome.data } : { error: outcome.error }),
        });
      }
    }
    throw new EngineFailure('error', `The model did not answer within ${rounds} tool rounds.`);
  },
};
