import type { Metadata } from 'next';
import { OperationDetails } from '@/features/api-docs/components/api-reference';
import { OperationSearch } from '@/features/api-docs/components/operation-search';
import { type ApiDocument, operationsByTag } from '@/features/api-docs/schema';
import document from '@/lib/openapi/openapi.json';

export const metadata: Metadata = { title: 'API documentation' };

/**
 * The API reference, rendered from the API description that GET
 * /api/openapi.json serves (docs/decisions/0140-openapi-description.md): the
 * essentials first, then every operation by feature, searchable.
 */
export default function ApiDocsPage() {
  const doc = document as unknown as ApiDocument;
  const groups = operationsByTag(doc).map(({ tag, operations }) => ({
    tag,
    items: operations.map((op) => ({
      id: `${op.method} ${op.path}`,
      method: op.method,
      path: op.path,
      summary: op.operation.summary ?? '',
      searchText: op.searchText,
      details: <OperationDetails doc={doc} op={op} />,
    })),
  }));
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">API documentation</h1>
        <p className="text-sm text-muted-foreground">
          Everything the app does goes through this HTTP API, so your own tools, automations (Zapier, n8n) and scripts can do it too. The
          machine-readable description is{' '}
          <a className="text-primary hover:underline" href="/api/openapi.json">
            /api/openapi.json
          </a>{' '}
          (OpenAPI {doc.openapi}, version {doc.info.version}): import it into Postman, Insomnia or a code generator.
        </p>
      </div>
      <section aria-labelledby="api-essentials" className="rounded-lg border bg-card p-4 text-sm shadow-sm">
        <h2 id="api-essentials" className="mb-2 text-base font-semibold">
          Essentials
        </h2>
        <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">Base URL</dt>
          <dd className="text-muted-foreground">
            This app&apos;s own address; every path starts with <code>/api</code>.
          </dd>
          <dt className="font-medium">Authentication</dt>
          <dd className="text-muted-foreground">
            <code>Authorization: Bearer &lt;token&gt;</code> with an API key of the workspace (<code>lk_…</code>) or a session token; in the
            browser, the session cookie. <code>X-Workspace-Id</code> picks the workspace; your role there (viewer, member, admin, owner)
            decides what you may do.
          </dd>
          <dt className="font-medium">Errors</dt>
          <dd className="text-muted-foreground">
            Always <code>{'{ "error": { "code", "message", "details" } }'}</code>; <code>details</code> names each refused field. Unknown
            and read-only fields are refused with a 400.
          </dd>
          <dt className="font-medium">Pagination</dt>
          <dd className="text-muted-foreground">
            Lists answer <code>{'{ "data": [...], "page": { "limit", "next_cursor", "total" } }'}</code>; pass <code>cursor</code> for the
            next page.
          </dd>
          <dt className="font-medium">Money and dates</dt>
          <dd className="text-muted-foreground">
            Amounts are exact decimal strings such as <code>&quot;1250.00&quot;</code>, never floating-point numbers; dates are{' '}
            <code>YYYY-MM-DD</code> in the workspace time zone.
          </dd>
          <dt className="font-medium">Rate limits</dt>
          <dd className="text-muted-foreground">
            Per user: <code>X-RateLimit-Limit</code>, <code>X-RateLimit-Remaining</code> and <code>X-RateLimit-Reset</code> on every answer;
            past the limit a 429 with <code>Retry-After</code>.
          </dd>
        </dl>
      </section>
      <OperationSearch groups={groups} />
    </div>
  );
}
