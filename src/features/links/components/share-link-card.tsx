'use client';

import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { failureMessage, notify } from '@/components/ui/notify';
import { useCanWrite } from '@/features/workspaces/components/workspace-role';
import { apiFetch } from '@/lib/api-client';

/**
 * The client link of an invoice or quote (docs/decisions/0111-client-links.md):
 * how often the client looked, when the open link expires, and (members and
 * above) making a new link or revoking it. The address is shown once, when it
 * is made: only its hash is kept.
 */
export function ShareLinkCard({
  endpoint,
  open,
  viewedAt,
  viewCount,
  locale,
}: {
  /** `/api/invoices/<id>/share` or `/api/quotes/<id>/share` */
  endpoint: string;
  open: { expires_at: string } | null;
  viewedAt: string | null;
  viewCount: number;
  locale: string;
}) {
  const router = useRouter();
  const canWrite = useCanWrite();
  const [url, setUrl] = React.useState<string | null>(null);
  const [pending, setPending] = React.useState(false);
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  async function share() {
    setPending(true);
    try {
      const { data } = await apiFetch<{ data: { url: string; expires_at: string } }>(endpoint, { method: 'POST' });
      setUrl(data.url);
      await navigator.clipboard?.writeText(data.url).catch(() => {});
      notify.success('Client link ready', { description: 'Copied to the clipboard. Any earlier link no longer works.' });
      router.refresh();
    } catch (error) {
      notify.error(failureMessage(error, 'The link could not be made.'));
    } finally {
      setPending(false);
    }
  }

  async function revoke() {
    setPending(true);
    try {
      await apiFetch(endpoint, { method: 'DELETE' });
      setUrl(null);
      notify.success('Client link revoked');
      router.refresh();
    } catch (error) {
      notify.error(failureMessage(error, 'The link could not be revoked.'));
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Client link</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p data-testid="client-views">
          {viewCount === 0 ? 'Not viewed by the client yet.' : `Viewed by the client ${viewCount} ${viewCount === 1 ? 'time' : 'times'}`}
          {viewedAt ? ` · first on ${when(viewedAt)}` : ''}
        </p>
        <p className="text-muted-foreground">{open ? `A link is open until ${when(open.expires_at)}.` : 'No open link.'}</p>
        {url ? (
          <Input readOnly value={url} aria-label="Client link" data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
        ) : null}
        {canWrite ? (
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" onClick={share} disabled={pending}>
              {open ? 'New link' : 'Create link'}
            </Button>
            {open ? (
              <Button type="button" size="sm" variant="outline" onClick={revoke} disabled={pending}>
                Revoke
              </Button>
            ) : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
