/** The shape of a webhook URL, without any network (the forms use it in the browser too). */

/**
 * Checks a URL's shape: http or https, no user name or password in it.
 * Returns a problem in plain words, or null.
 */
export function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL such as https://example.com/webhooks';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with https:// or http://';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (!url.hostname) return 'must name a host';
  return null;
}
