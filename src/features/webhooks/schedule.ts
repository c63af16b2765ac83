/**
 * The retry schedule of a failed delivery (docs/decisions/0136-webhook-delivery-and-ssrf.md):
 * the first retry after WEBHOOK_RETRY_BASE_MS, each later one four times the
 * previous, at most 10 hours, each jittered by ±10% so that deliveries failed
 * together do not all come back at once. With the defaults (30 s, 8 attempts):
 * 30 s, 2 min, 8 min, 32 min, 2.1 h, 8.5 h, 10 h: about 21 hours from the first
 * attempt to the last, then the delivery is abandoned.
 */

export const MAX_RETRY_DELAY_MS = 10 * 60 * 60 * 1000;

/**
 * Milliseconds to wait after failed attempt number `attempt` (1 = the first of
 * its series), or null when it was the last one allowed.
 */
export function retryDelay(
  attempt: number,
  { baseMs, maxAttempts, random = Math.random }: { baseMs: number; maxAttempts: number; random?: () => number },
) {
  if (attempt >= maxAttempts) return null;
  const plain = Math.min(baseMs * 4 ** (attempt - 1), MAX_RETRY_DELAY_MS);
  return Math.round(plain * (0.9 + 0.2 * random()));
}
