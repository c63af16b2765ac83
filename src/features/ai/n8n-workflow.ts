import { systemPromptTemplate } from './engines/types';
import { toolDefinitions } from './tools';

/**
 * The importable n8n workflow (n8n/crm-assistant.json): Webhook (header auth
 * with the shared secret) → AI Agent (an OpenAI-compatible chat model and one
 * HTTP Request tool per assistant tool, each calling /api/ai/tools/<name>
 * with the question's tool token) → Respond to Webhook with
 * `{ response, action_taken }`. Generated from the tool definitions so that
 * it never drifts from them (`npm run n8n:workflow`).
 */

const WEBHOOK = "$('Webhook').first().json.body";

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  description?: string;
};

/**
 * A JSON Schema in words, for the `$fromAI` description of a tool's argument.
 * No braces: `}}` would end the n8n expression it is embedded in.
 */
export function schemaInWords(schema: JsonSchema): string {
  const type = (s: JsonSchema): string => {
    if (s.enum) return `one of ${s.enum.join(' | ')}`;
    if (s.properties) return `object with ${fields(s)}`;
    const t = Array.isArray(s.type)
      ? s.type.filter((x) => x !== 'null').join(' or ') + (s.type.includes('null') ? ' or null' : '')
      : (s.type ?? 'any value');
    const range = s.minimum !== undefined || s.maximum !== undefined ? ` ${s.minimum ?? ''}..${s.maximum ?? ''}` : '';
    return `${t}${range}`;
  };
  const fields = (s: JsonSchema) =>
    `(${Object.entries(s.properties ?? {})
      .map(
        ([name, p]) => `${name}: ${type(p)}${s.required?.includes(name) ? ', required' : ''}${p.description ? ` - ${p.description}` : ''}`,
      )
      .join('; ')})`;
  return `a JSON object ${fields(schema)}`.replace(/[{}]/g, '');
}

export function buildWorkflow() {
  const tools = toolDefinitions();
  const toolNodes = tools.map((tool, i) => ({
    id: `tool-${tool.name}`,
    name: tool.name,
    type: 'n8n-nodes-base.httpRequestTool',
    typeVersion: 4.2,
    position: [360 + (i % 6) * 160, 420 + Math.floor(i / 6) * 160],
    parameters: {
      toolDescription: tool.description,
      method: 'POST',
      url: `={{ ${WEBHOOK}.tools_url }}/${tool.name}`,
      sendHeaders: true,
      headerParameters: {
        parameters: [{ name: 'Authorization', value: `=Bearer {{ ${WEBHOOK}.tool_token }}` }],
      },
      sendBody: true,
      specifyBody: 'json',
      jsonBody: `={{ JSON.stringify($fromAI('tool_args', ${JSON.stringify(
        `The arguments: ${schemaInWords(tool.parameters as JsonSchema)}`,
      )}, 'json')) }}`,
      options: { response: { response: { neverError: true } } },
    },
  }));
  return {
    name: 'Ledgerly assistant',
    nodes: [
      {
        id: 'webhook',
        name: 'Webhook',
        type: 'n8n-nodes-base.webhook',
        typeVersion: 2,
        position: [0, 200],
        webhookId: 'ledgerly-assistant',
        parameters: {
          httpMethod: 'POST',
          path: 'ledgerly-assistant',
          authentication: 'headerAuth',
          responseMode: 'responseNode',
          options: {},
        },
        credentials: { httpHeaderAuth: { id: 'ledgerlySecret', name: 'Ledgerly webhook secret' } },
      },
      {
        id: 'agent',
        name: 'AI Agent',
        type: '@n8n/n8n-nodes-langchain.agent',
        typeVersion: 2.2,
        position: [300, 200],
        parameters: {
          promptType: 'define',
          text: `={{ ${WEBHOOK}.query }}`,
          options: { systemMessage: `=${systemPromptTemplate(WEBHOOK)}`, maxIterations: 8 },
        },
      },
      {
        id: 'model',
        name: 'Chat Model',
        type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
        typeVersion: 1.2,
        position: [200, 420],
        parameters: { model: { __rl: true, mode: 'id', value: 'gpt-4o-mini' }, options: { temperature: 0 } },
        credentials: { openAiApi: { id: 'ledgerlyModel', name: 'Ledgerly model' } },
      },
      ...toolNodes,
      {
        id: 'respond',
        name: 'Respond to Webhook',
        type: 'n8n-nodes-base.respondToWebhook',
        typeVersion: 1.1,
        position: [640, 200],
        parameters: {
          respondWith: 'json',
          responseBody: '={{ JSON.stringify({ response: $json.output, action_taken: null }) }}',
          options: {},
        },
      },
    ],
    connections: {
      Webhook: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
      'AI Agent': { main: [[{ node: 'Respond to Webhook', type: 'main', index: 0 }]] },
      'Chat Model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
      ...Object.fromEntries(tools.map((t) => [t.name, { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] }])),
    },
    settings: { executionOrder: 'v1' },
    active: false,
    pinData: {},
  };
}
