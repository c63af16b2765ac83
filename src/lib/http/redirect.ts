/**
 * The one same-origin check for every place that sends a browser somewhere it
 * was told to go: `?redirect_url=` after sign-in (the proxy, the sign-in and
 * sign-up pages, Clerk's components), the API client's trip to /sign-in, and
 * the links in the assistant's answers. Browsers are lenient where a naive
 * `startsWith('/')` check is not: `/\evil.com`, `/<TAB>/evil.com` and
 * `/%5Cevil.com` (decoded once by the query string) all leave the site, so the
 * value is resolved by the WHATWG URL parser — the same rules the browser
 * applies — against a placeholder origin, after control characters and
 * backslashes are refused outright (also once percent-decoded, in case a later
 * hop decodes again). Only a path on this origin comes back, normalised.
 * No imports: safe in server and browser code alike.
 */

const PLACEHOLDER = 'https://same-origin.invalid';
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]/;
const MAX_LENGTH = 2048;

function decodedOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * `value` as a same-origin path (`/invoices/1?tab=items#top`), or `fallback`.
 * Absolute URLs are accepted only when `ownOrigin` is given and they are on it
 * (Clerk hands absolute URLs back); anything else — other hosts,
 * protocol-relative `//host`, `javascript:` and other schemes, backslashes,
 * control characters, over-long values — yields `fallback`.
 */
export function safeRedirectPath(value: unknown, fallback: string, ownOrigin?: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  const decoded = decodedOnce(raw);
  if (decoded === null || UNSAFE.test(raw) || UNSAFE.test(decoded)) return fallback;

  let base = PLACEHOLDER;
  if (!raw.startsWith('/')) {
    // only an absolute URL on our own origin, when we know it
    if (!ownOrigin || !/^https?:\/\//i.test(raw)) return fallback;
    try {
      base = new URL(ownOrigin).origin;
    } catch {
      return fallback;
    }
  } else if (raw.startsWith('//') || decoded.startsWith('//')) {
    return fallback;
  }

  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil.com` normalises to `//evil.com`: never hand out a protocol-relative path
  if (!path.startsWith('/') || path.startsWith('//')) return fallback;
  const decodedPath = decodedOnce(path);
  if (decodedPath === null || decodedPath.startsWith('//') || UNSAFE.test(decodedPath)) return fallback;
  return path;
}
