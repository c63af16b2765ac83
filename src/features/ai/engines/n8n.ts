import { env } from '@/lib/env';
import { type Engine, type EngineAnswer, EngineFailure, type EngineRequest } from './types';

/**
 * An n8n workflow (see n8n/crm-assistant.json): the question goes to its
 * webhook with the shared secret and a short-lived tool token; the workflow
 * calls our tool endpoints back with that token and answers
 * `{ response, action_taken }`. Anything else is a failure, never a success.
 */

export const N8N_SECRET_HEADER = 'X-Ledgerly-Secret';

export const n8nEngine: Engine = {
  name: 'n8n',
  async answer(request: EngineRequest): Promise<EngineAnswer> {
    const config = env();
    // boot refuses the n8n engine without APP_URL; never hand the token to an address from a request
    if (!request.remote.toolsUrl)
      throw new EngineFailure('error', 'APP_URL is not set: the n8n workflow has no address to call the tools back.');
    let response: Response;
    try {
      response = await fetch(config.N8N_WEBHOOK_URL!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [N8N_SECRET_HEADER]: config.N8N_WEBHOOK_SECRET ?? '' },
        body: JSON.stringify({
          query: request.query,
          user: request.user,
          tool_token: request.remote.toolToken,
          tools_url: request.remote.toolsUrl,
          history: request.history,
        }),
        signal: request.signal,
        redirect: 'error',
      });
    } catch (error) {
      if (request.signal.aborted) throw new EngineFailure('timeout', 'The n8n workflow did not answer in time.');
      throw new EngineFailure('error', `The n8n webhook could not be reached (${(error as Error).message}).`);
    }
    if (!response.ok) throw new EngineFailure('error', `The n8n webhook answered ${response.status}.`);
    let payload: unknown;
    try {
      payload = JSON.parse(await response.text());
    } catch {
      if (request.signal.aborted) throw new EngineFailure('timeout', 'The n8n workflow did not answer in time.');
      throw new EngineFailure('error', 'The n8n workflow sent a malformed answer (not JSON).');
    }
    // "Respond to Webhook" with all incoming items answers with a one-item array
    if (Array.isArray(payload) && payload.length === 1) payload = payload[0];
    const body = payload as { response?: unknown; action_taken?: unknown };
    if (typeof body !== 'object' || body === null || typeof body.response !== 'string' || body.response.trim() === '') {
      throw new EngineFailure('error', 'The n8n workflow sent a malformed answer (no "response" text).');
    }
    if (body.action_taken !== undefined && body.action_taken !== null && typeof body.action_taken !== 'string') {
      throw new EngineFailure('error', 'The n8n workflow sent a malformed answer ("action_taken" is not text).');
    }
    return { response: body.response, claimed_action: (body.action_taken as string | null | undefined) ?? null };
  },
};
