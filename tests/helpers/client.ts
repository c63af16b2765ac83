/**
 * A small HTTP client for API tests: signs in through the local-auth route
 * (as a person would) and calls the API with the bearer token.
 */

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export class Client {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
    /** sent with every request (e.g. `x-workspace-id`) */
    readonly defaultHeaders: Record<string, string> = {},
  ) {}

  /** The same person, acting in workspace `id` (`X-Workspace-Id` on every request). */
  in(workspaceId: string): this {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this);
    return Object.assign(copy, { defaultHeaders: { ...this.defaultHeaders, 'x-workspace-id': workspaceId } });
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const init: RequestInit = { method, headers: { ...this.defaultHeaders, ...headers } };
    if (this.token) (init.headers as Record<string, string>).authorization = `Bearer ${this.token}`;
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (CSV, HTML)
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

let seq = 0;

/** Signs a new (or given) person in and returns a client carrying their token. */
export async function signIn(baseUrl: string, email?: string): Promise<Client & { user: { id: string; email: string } }> {
  seq += 1;
  const address = email ?? `user${Date.now()}-${process.pid}-${seq}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const response = await fetch(`${baseUrl}/api/local-auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: address, first_name: 'Test', last_name: 'User' }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const payload = (await response.json()) as { data: { token: string; user: { id: string; email: string } } };
  const client = new Client(baseUrl, payload.data.token) as Client & { user: { id: string; email: string } };
  client.user = payload.data.user;
  return client;
}
