import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { BlockedTargetError, checkTarget, guardedLookup, hostOf, type Resolver, systemResolver } from './ssrf';

/**
 * One webhook delivery attempt (docs/decisions/0136-webhook-delivery-and-ssrf.md):
 * a `POST` of `{ type, timestamp, data }` signed per the Standard Webhooks
 * specification (`webhook-id` = the event id, the same on every retry,
 * `webhook-timestamp`, `webhook-signature`), over a connection whose address
 * was checked when it was resolved. A 2xx answer is a success; any other
 * status, a redirect (never followed), a timeout or a connection error is a
 * failure. At most EXCERPT_BYTES of the answer are kept.
 */

export const EXCERPT_BYTES = 1000;

export interface OutgoingEvent {
  id: string;
  type: string;
  /** when the event happened (the change's commit) */
  created_at: Date;
  data: unknown;
}

export interface AttemptResult {
  ok: boolean;
  status_code: number | null;
  response_ms: number;
  error: string | null;
  excerpt: string | null;
}

/** The body receivers get: the same bytes are signed. */
export function eventBody(event: OutgoingEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.created_at.toISOString(), data: event.data });
}

/** The Standard Webhooks headers for `body`, signed with `secret` (`whsec_…`) at `now`. */
export function signedHeaders(secret: string, eventId: string, body: string, now = new Date()): Record<string, string> {
  const signature = new Webhook(secret).sign(eventId, now, body);
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

export interface DeliverOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  resolver?: Resolver;
}

/** Sends `event` to `url`, signed with `secret`; never throws. */
export async function deliver(url: string, secret: string, event: OutgoingEvent, options: DeliverOptions): Promise<AttemptResult> {
  const started = Date.now();
  const failed = (error: string, status: number | null = null, excerpt: string | null = null): AttemptResult => ({
    ok: false,
    status_code: status,
    response_ms: Date.now() - started,
    error: error.slice(0, 500),
    excerpt,
  });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return failed('The URL is not valid.');
  }
  const resolver = options.resolver ?? systemResolver;
  try {
    // a literal address never goes through the lookup: check it here
    if (isIP(hostOf(target))) await checkTarget(target, { allowPrivate: options.allowPrivate, resolver });
  } catch (error) {
    return failed(`Refused: the URL ${(error as Error).message}.`);
  }
  const body = eventBody(event);
  const headers = {
    ...signedHeaders(secret, event.id, body),
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'user-agent': 'Ledgerly-Webhooks/1',
  };
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = client.request(
      target,
      {
        method: 'POST',
        headers,
        lookup: guardedLookup({ allowPrivate: options.allowPrivate, resolver }) as never,
        // one connection per attempt: nothing pooled outlives the check
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < EXCERPT_BYTES) chunks.push(chunk);
          size += chunk.length;
          if (size >= EXCERPT_BYTES) res.destroy();
        });
        const done = () => {
          const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8') || null;
          if (status >= 200 && status < 300)
            finish({ ok: true, status_code: status, response_ms: Date.now() - started, error: null, excerpt });
          else if (status >= 300 && status < 400) {
            const location = String(res.headers.location ?? '').slice(0, 300);
            finish(failed(`Redirect (HTTP ${status}${location ? ` to ${location}` : ''}) not followed.`, status, excerpt));
          } else finish(failed(`HTTP ${status}`, status, excerpt));
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      finish(failed(`Timed out after ${options.timeoutMs} ms.`));
      req.destroy();
    }, options.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof BlockedTargetError) finish(failed(`Refused: the URL ${error.message}.`));
      else finish(failed(`Connection failed: ${error.code ?? error.message}.`));
    });
    req.end(body);
  });
}
