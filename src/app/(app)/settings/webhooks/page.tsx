import type { Metadata } from 'next';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { WebhooksPanel } from '@/features/webhooks/components/webhooks-panel';
import { listWebhooks } from '@/features/webhooks/service';
import { canAdmin } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'Webhooks' };

/**
 * Settings → Webhooks: the workspace's endpoints, their state and delivery
 * logs (docs/decisions/0135, 0136). Admins and the owner manage them; anyone
 * else is told who can, and sees no endpoint (nor its URL).
 */
export default async function WebhooksPage() {
  const { workspace, endpoints } = await asPageUser(async (tx, ws) => ({
    workspace: ws,
    endpoints: canAdmin(ws.role) ? (await listWebhooks(tx, ws, { limit: 200 })).data : [],
  }));
  const admin = canAdmin(workspace.role);
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Webhooks</h1>
        <p className="text-sm text-muted-foreground">
          Send events from {workspace.name} (a paid invoice, a new contact, a won deal…) to Zapier, n8n or your own server, signed per the
          Standard Webhooks specification and retried for about a day.
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Endpoints</CardTitle>
          <CardDescription>
            {admin
              ? 'Each endpoint receives the events you tick. A delivery that fails for a whole day disables its endpoint and the admins get an email.'
              : 'Only admins and the owner can see and manage webhooks.'}
          </CardDescription>
        </CardHeader>
        {admin ? (
          <CardContent>
            <WebhooksPanel endpoints={endpoints} locale={workspace.locale} />
          </CardContent>
        ) : null}
      </Card>
    </div>
  );
}
