/**
 * The rate limiter's sliding windows (@upstash/ratelimit) are aligned to whole windows since
 * the epoch: just after an edge the previous window's count weighs less at every request, so
 * an address refused a moment ago is let through again. A test that counts refusals starts
 * with at least `needMs` left in the current window.
 */
export async function awayFromWindowEdge(windowMs: number, needMs = 20_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 200));
}
