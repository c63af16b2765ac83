'use client';

import { Plus, RotateCw } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CopyField } from '@/components/ui/copy-field';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { useApiForm } from '@/components/ui/use-api-form';
import { ConfirmDialog } from '@/features/workspaces/components/confirm-dialog';
import { apiFetch } from '@/lib/api-client';
import {
  type CreatedWebhookEndpoint,
  WEBHOOK_EVENTS,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEventType,
  webhookCreateSchema,
} from '../schema';

/**
 * Settings → Webhooks (admins): add an endpoint (URL and events; its signing
 * secret is shown once, with a copy button), see each endpoint's state,
 * disable or enable it, delete it, and open its delivery log with a
 * redeliver button per finished delivery. The API checks the role again.
 */

function SecretOnce({ secret }: { secret: string }) {
  return (
    <div className="grid gap-1.5 rounded-md border border-amber-200 bg-amber-50 p-3">
      <CopyField
        value={secret}
        label="Signing secret: copy it now, it is not shown again"
        noun="secret"
        testId="webhook-secret"
        id="webhook-secret"
      />
      <p className="text-xs text-muted-foreground">
        Verify each delivery with it and any Standard Webhooks library (the README shows how).
      </p>
    </div>
  );
}

function AddEndpointForm() {
  const router = useRouter();
  const form = useApiForm();
  const [url, setUrl] = React.useState('');
  const [events, setEvents] = React.useState<WebhookEventType[]>(['invoice.paid']);
  const [created, setCreated] = React.useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { url: url.trim(), events };
    if (!form.check(webhookCreateSchema, body)) return;
    setCreated(null);
    await form.send(
      () => apiFetch<{ data: CreatedWebhookEndpoint }>('/api/webhooks', { method: 'POST', body }),
      ({ data }) => {
        setCreated(data.secret);
        setUrl('');
        router.refresh();
      },
      { fallback: 'Could not add the endpoint. Try again.' },
    );
  }

  return (
    <div className="grid gap-4">
      <form onSubmit={onSubmit} onChange={form.clearFieldError} noValidate aria-label="Add a webhook endpoint" className="grid gap-4">
        <Field
          id="webhook-url"
          label="Endpoint URL"
          error={form.errors.url}
          hint="Where events are sent with POST: a public http(s) address."
        >
          <Input
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://hooks.example.com/ledgerly"
          />
        </Field>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Events</legend>
          <div className="grid gap-1.5 sm:grid-cols-2">
            {WEBHOOK_EVENTS.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={events.includes(type)}
                  onChange={(e) => setEvents((list) => (e.target.checked ? [...list, type] : list.filter((t) => t !== type)))}
                />
                <code>{type}</code>
              </label>
            ))}
          </div>
          {form.errors.events ? (
            <p className="text-sm text-red-700" role="alert">
              {form.errors.events}
            </p>
          ) : null}
        </fieldset>
        <div>
          <Button type="submit" disabled={form.pending}>
            <Plus aria-hidden /> Add endpoint
          </Button>
        </div>
      </form>
      {form.message ? (
        <p className="text-sm text-red-700" role="alert">
          {form.message}
        </p>
      ) : null}
      {created ? <SecretOnce secret={created} /> : null}
    </div>
  );
}

function StatusBadge({ status }: { status: WebhookDelivery['status'] }) {
  const tone = status === 'succeeded' ? 'green' : status === 'pending' ? 'blue' : status === 'failed' ? 'amber' : 'red';
  return <Badge tone={tone}>{status}</Badge>;
}

function DeliveryLog({ endpoint, locale }: { endpoint: WebhookEndpoint; locale: string }) {
  const [rows, setRows] = React.useState<WebhookDelivery[] | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const load = React.useCallback(async () => {
    try {
      const res = await apiFetch<{ data: WebhookDelivery[] }>(`/api/webhooks/${endpoint.id}/deliveries?limit=50`);
      setRows(res.data);
    } catch (error) {
      notify.failure(error, 'Could not load the delivery log.');
    }
  }, [endpoint.id]);
  React.useEffect(() => {
    let live = true;
    apiFetch<{ data: WebhookDelivery[] }>(`/api/webhooks/${endpoint.id}/deliveries?limit=50`).then(
      (res) => {
        if (live) setRows(res.data);
      },
      (error: unknown) => notify.failure(error, 'Could not load the delivery log.'),
    );
    return () => {
      live = false;
    };
  }, [endpoint.id]);
  const when = (value: string | null) =>
    value ? new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(value)) : '—';

  async function redeliver(id: string) {
    setBusy(id);
    try {
      await apiFetch(`/api/webhooks/${endpoint.id}/deliveries/${id}/redeliver`, { method: 'POST' });
      notify.success('Redelivery scheduled');
      await load();
    } catch (error) {
      notify.failure(error, 'Could not redeliver.');
    } finally {
      setBusy(null);
    }
  }

  if (!rows) return <p className="text-sm text-muted-foreground">Loading the delivery log…</p>;
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No deliveries yet.</p>;
  return (
    <div className="grid gap-2">
      <div className="flex justify-end">
        <Button type="button" variant="outline" size="sm" onClick={() => void load()}>
          <RotateCw aria-hidden /> Refresh
        </Button>
      </div>
      <Table aria-label={`Deliveries to ${endpoint.url}`}>
        <TableHeader>
          <TableRow>
            <TableHead>Event</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Attempts</TableHead>
            <TableHead>Last answer</TableHead>
            <TableHead>Last attempt</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((d) => (
            <TableRow key={d.id}>
              <TableCell>
                <code className="text-xs">{d.event_type}</code>
              </TableCell>
              <TableCell>
                <StatusBadge status={d.status} />
              </TableCell>
              <TableCell>{d.attempts}</TableCell>
              <TableCell className="text-xs">
                {d.last_status_code !== null ? `HTTP ${d.last_status_code}` : (d.last_error ?? '—')}
                {d.last_response_ms !== null ? ` · ${d.last_response_ms} ms` : ''}
              </TableCell>
              <TableCell className="text-xs">
                {when(d.last_attempt_at)}
                {d.next_attempt_at ? <span className="block text-muted-foreground">next: {when(d.next_attempt_at)}</span> : null}
              </TableCell>
              <TableCell>
                {d.status !== 'pending' && endpoint.enabled ? (
                  <Button type="button" variant="outline" size="sm" disabled={busy === d.id} onClick={() => void redeliver(d.id)}>
                    Redeliver
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function EndpointItem({ endpoint, locale }: { endpoint: WebhookEndpoint; locale: string }) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [deleting, setDeleting] = React.useState(false);

  async function change(init: { method: string; body?: unknown }, done: string) {
    setBusy(true);
    try {
      await apiFetch(`/api/webhooks/${endpoint.id}`, init);
      notify.success(done);
      router.refresh();
    } catch (error) {
      notify.failure(error, 'Could not change the endpoint.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="grid gap-3 rounded-md border p-3" data-testid="webhook-endpoint">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid min-w-0 gap-1">
          <span className="truncate font-mono text-sm">{endpoint.url}</span>
          <span className="text-xs text-muted-foreground">{endpoint.events.join(', ')}</span>
          {endpoint.disabled_reason ? <span className="text-xs text-red-700">{endpoint.disabled_reason}</span> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={endpoint.enabled ? 'green' : 'red'}>{endpoint.enabled ? 'Enabled' : 'Disabled'}</Badge>
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={busy}
            onClick={() =>
              void change(
                { method: 'PUT', body: { enabled: !endpoint.enabled } },
                endpoint.enabled ? 'Endpoint disabled' : 'Endpoint enabled',
              )
            }
          >
            {endpoint.enabled ? 'Disable' : 'Enable'}
          </Button>
          <Button type="button" variant="outline" size="sm" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
            {open ? 'Hide deliveries' : 'Deliveries'}
          </Button>
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={busy}
            aria-label={`Delete the endpoint ${endpoint.url}`}
            onClick={() => setDeleting(true)}
          >
            Delete
          </Button>
        </div>
      </div>
      {open ? <DeliveryLog endpoint={endpoint} locale={locale} /> : null}
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title="Delete this endpoint?"
        description={`No more events go to ${endpoint.url}, and its delivery log is deleted with it.`}
        confirm="Delete endpoint"
        destructive
        onConfirm={async () => {
          await apiFetch(`/api/webhooks/${endpoint.id}`, { method: 'DELETE' });
          notify.success('Endpoint deleted');
          router.refresh();
        }}
      />
    </li>
  );
}

export function WebhooksPanel({ endpoints, locale }: { endpoints: WebhookEndpoint[]; locale: string }) {
  return (
    <div className="grid gap-6">
      <AddEndpointForm />
      {endpoints.length === 0 ? (
        <p className="text-sm text-muted-foreground">No endpoints yet.</p>
      ) : (
        <ul className="grid gap-3" aria-label="Webhook endpoints">
          {endpoints.map((e) => (
            <EndpointItem key={e.id} endpoint={e} locale={locale} />
          ))}
        </ul>
      )}
    </div>
  );
}
