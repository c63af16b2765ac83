import { safeRedirectPath } from '@/lib/http/redirect';
import { APP_HOME } from '@/lib/routes';

/**
 * The browser's way to call the API: JSON in and out, errors in the README's
 * shape turned into an ApiClientError with the per-field details.
 */

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'ApiClientError';
  }

  /** The first problem of each field, for forms. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.details).map(([field, problems]) => [field, problems[0] ?? '']));
  }
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiClientError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
  const payload = (await response.json().catch(() => null)) as
    (T & { error?: undefined }) | { error: { code: string; message: string; details?: Record<string, string[]> } } | null;
  if (!response.ok || payload === null || (payload as { error?: unknown }).error) {
    const error = (payload as { error?: { code: string; message: string; details?: Record<string, string[]> } } | null)?.error;
    if (response.status === 401 && typeof window !== 'undefined') {
      // the session ended: a full page load to the sign-in page
      const back = safeRedirectPath(`${window.location.pathname}${window.location.search}`, APP_HOME);
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.href = `/sign-in?redirect_url=${encodeURIComponent(back)}`;
    }
    throw new ApiClientError(
      response.status,
      error?.code ?? 'unknown_error',
      error?.message ??
        (response.status >= 500
          ? 'Something went wrong on our side. Try again in a moment.'
          : 'That did not work. Reload the page and try again.'),
      error?.details,
    );
  }
  return payload as T;
}
