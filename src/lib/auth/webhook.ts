import { Webhook, WebhookVerificationError } from 'svix';
import { ApiError } from '@/lib/errors';

/**
 * Verifies a Clerk webhook delivery (svix) over the raw body, networkless:
 * the `svix-signature` must be an HMAC of `svix-id.svix-timestamp.body` with
 * the endpoint's signing secret, and the timestamp within svix's tolerance
 * (five minutes either way), which bounds replays of a captured delivery.
 * Returns the parsed payload; anything else is a 400 that changes nothing.
 */

export interface WebhookHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

export function webhookHeaders(headers: Headers): WebhookHeaders {
  return {
    id: headers.get('svix-id'),
    timestamp: headers.get('svix-timestamp'),
    signature: headers.get('svix-signature'),
  };
}

export class WebhookRejected extends ApiError {
  constructor(
    readonly reason: 'missing_headers' | 'invalid_signature' | 'invalid_json',
    message: string,
  ) {
    super(reason === 'invalid_json' ? 'invalid_json' : 'invalid_signature', message);
  }
}

export function verifyWebhook(secret: string, rawBody: string, headers: WebhookHeaders): unknown {
  if (!headers.id || !headers.timestamp || !headers.signature) {
    throw new WebhookRejected('missing_headers', 'The svix-id, svix-timestamp and svix-signature headers are required.');
  }
  const webhook = new Webhook(secret);
  let payload: unknown;
  try {
    payload = webhook.verify(rawBody, {
      'svix-id': headers.id,
      'svix-timestamp': headers.timestamp,
      'svix-signature': headers.signature,
    });
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      throw new WebhookRejected('invalid_signature', `The webhook signature is not valid (${error.message.toLowerCase()}).`);
    }
    // the signature matched, the body is not JSON
    throw new WebhookRejected('invalid_json', 'The webhook body is not valid JSON.');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new WebhookRejected('invalid_json', 'The webhook body must be a JSON object.');
  }
  return payload;
}
