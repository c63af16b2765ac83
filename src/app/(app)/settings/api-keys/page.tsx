import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ApiKeysList, type ApiKeyRowView, CreateApiKeyForm } from '@/features/api-keys/components/api-keys';
import { listApiKeys } from '@/features/api-keys/service';
import { canAdmin } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { formatDate, formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'API keys' };

/** Whether a key's expiry has come (as of this request). */
function isPast(expiresAt: string | null): boolean {
  return expiresAt !== null && Date.parse(expiresAt) <= new Date().getTime();
}

/**
 * API keys of the current workspace (docs/decisions/0130-api-keys.md): admins
 * make them (shown once), see when each was last used, and revoke them.
 * Everyone else is told who can; nobody but admins sees even the prefixes.
 */
export default async function ApiKeysPage() {
  const { workspace, keys } = await asPageUser(async (tx, ws) => ({
    workspace: ws,
    keys: canAdmin(ws.role) ? await listApiKeys(tx, ws) : [],
  }));
  const when = { locale: workspace.locale, time_zone: workspace.time_zone };
  const rows: ApiKeyRowView[] = keys.map((k) => ({
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    created: formatDate(k.created_at, when),
    expires: k.expires_at ? formatDate(k.expires_at, when) : null,
    expired: isPast(k.expires_at),
    last_used: k.last_used_at ? formatDateTime(k.last_used_at, when) : null,
    revoked: k.revoked_at ? formatDate(k.revoked_at, when) : null,
  }));
  const admin = canAdmin(workspace.role);

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">API keys</h1>
        <p className="text-sm text-muted-foreground">
          Connect other tools to <span className="font-medium text-foreground">{workspace.name}</span>: Zapier or n8n flows, your website,
          an MCP client. Send a key as <code className="font-mono text-xs">Authorization: Bearer &lt;key&gt;</code>; it acts as the person
          who made it, in this workspace only. Every route is described in the{' '}
          <Link href="/docs/api" prefetch={false} className="underline underline-offset-2">
            API documentation
          </Link>
          .
        </p>
      </div>

      {admin ? (
        <>
          <Card>
            <CardHeader>
              <CardTitle>Make a key</CardTitle>
              <CardDescription>Only its first characters are kept to recognise it: copy the key when it is shown.</CardDescription>
            </CardHeader>
            <CardContent>
              <CreateApiKeyForm />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>
                Keys <span className="font-normal text-muted-foreground">({rows.filter((r) => !r.revoked).length} active)</span>
              </CardTitle>
              <CardDescription>Revoking a key makes it stop working at once.</CardDescription>
            </CardHeader>
            <CardContent>
              <ApiKeysList keys={rows} />
            </CardContent>
          </Card>
        </>
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>Only admins manage API keys</CardTitle>
            <CardDescription>Ask an admin or the owner of {workspace.name} for a key.</CardDescription>
          </CardHeader>
        </Card>
      )}
    </div>
  );
}
