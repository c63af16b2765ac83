'use client';

import { KeyRound } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CopyField } from '@/components/ui/copy-field';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { useApiForm } from '@/components/ui/use-api-form';
import { ConfirmDialog } from '@/features/workspaces/components/confirm-dialog';
import { apiFetch } from '@/lib/api-client';
import { apiKeyCreateSchema, type ApiKeyScope, type NewApiKeyView } from '../schema';

/** A key as the page hands it over (dates formatted on the server). */
export interface ApiKeyRowView {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  created: string;
  expires: string | null;
  expired: boolean;
  last_used: string | null;
  revoked: string | null;
}

const SCOPE_LABELS: Record<ApiKeyScope, string> = { read: 'Read', write: 'Write', 'write:direct': 'Direct writes' };

/** The key, shown once, with a button that copies it. */
function ShowOnce({ value }: { value: string }) {
  return <CopyField value={value} label="Your new key" noun="key" button="Copy key" testId="new-api-key" id="new-api-key" />;
}

/** Make a key (admins): a name, what it may do, an optional last day; the answer shows the key this once. */
export function CreateApiKeyForm() {
  const router = useRouter();
  const form = useApiForm();
  const [name, setName] = React.useState('');
  const [write, setWrite] = React.useState(false);
  const [direct, setDirect] = React.useState(false);
  const [expires, setExpires] = React.useState('');
  const [made, setMade] = React.useState<NewApiKeyView | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const scopes: ApiKeyScope[] = ['read', ...(write ? (['write'] as const) : []), ...(write && direct ? (['write:direct'] as const) : [])];
    const body = { name: name.trim(), scopes, ...(expires ? { expires_at: expires } : {}) };
    if (!form.check(apiKeyCreateSchema, body)) return;
    setMade(null);
    await form.send(
      () => apiFetch<{ data: NewApiKeyView }>('/api/api-keys', { method: 'POST', body }),
      ({ data }) => {
        setMade(data);
        setName('');
        setWrite(false);
        setDirect(false);
        setExpires('');
        router.refresh();
      },
      { fallback: 'Could not make the key. Try again.' },
    );
  }

  return (
    <div className="grid gap-4">
      <form onSubmit={onSubmit} onChange={form.clearFieldError} noValidate aria-label="New API key" className="grid gap-4">
        <div className="grid items-start gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
          <Field id="api-key-name" label="Name" error={form.errors.name} hint="What uses it, e.g. Zapier or the website form.">
            <Input name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} placeholder="Zapier" />
          </Field>
          <Field id="api-key-expires" label="Expires (optional)" error={form.errors.expires_at} hint="Works through that day.">
            <Input name="expires_at" type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
          </Field>
        </div>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">What it may do</legend>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" checked disabled className="mt-1" aria-describedby="scope-read-hint" />
            <span>
              Read{' '}
              <span id="scope-read-hint" className="block text-xs text-muted-foreground">
                Every key may read (GET), as a viewer.
              </span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="write"
              checked={write}
              onChange={(e) => {
                setWrite(e.target.checked);
                if (!e.target.checked) setDirect(false);
              }}
              className="mt-1"
              aria-describedby="scope-write-hint"
            />
            <span>
              Write
              <span id="scope-write-hint" className="block text-xs text-muted-foreground">
                Add, change and delete records, with your role in this workspace.
              </span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="write_direct"
              checked={direct}
              disabled={!write}
              onChange={(e) => setDirect(e.target.checked)}
              className="mt-1"
              aria-describedby="scope-direct-hint"
            />
            <span>
              Let AI assistants apply changes without asking (write:direct)
              <span id="scope-direct-hint" className="block text-xs text-muted-foreground">
                Normally a change an MCP client proposes waits in your Assistant panel until you confirm it. With this, it is applied at
                once. Tick it only for a client you trust to act on its own.
              </span>
            </span>
          </label>
          {form.errors.scopes ? <p className="text-xs text-destructive">{form.errors.scopes}</p> : null}
        </fieldset>
        {form.message ? (
          <p role="alert" className="text-sm text-destructive">
            {form.message}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={form.pending}>
            <KeyRound aria-hidden /> {form.pending ? 'Making…' : 'Make key'}
          </Button>
        </div>
      </form>

      {made ? (
        <div className="grid gap-3 rounded-md border bg-muted/50 p-3" data-testid="api-key-made">
          <p role="status" className="text-sm font-medium">
            “{made.name}” is ready. Copy the key now: it is shown only this once.
          </p>
          <ShowOnce value={made.key} />
        </div>
      ) : null}
    </div>
  );
}

/** The workspace's keys with their last use; revoking one asks first and takes effect at once. */
export function ApiKeysList({ keys }: { keys: ApiKeyRowView[] }) {
  const router = useRouter();
  const [revoking, setRevoking] = React.useState<ApiKeyRowView | null>(null);
  if (keys.length === 0) return <p className="text-sm text-muted-foreground">No API keys yet.</p>;
  return (
    <>
      <ul className="divide-y rounded-md border" aria-label="API keys">
        {keys.map((key) => (
          <li key={key.id} className="flex flex-wrap items-center gap-3 p-3" data-testid="api-key-row">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">
                {key.name} <span className="font-mono text-xs text-muted-foreground">lk_{key.prefix}_…</span>
              </p>
              <p className="text-xs text-muted-foreground">
                Made {key.created} · {key.last_used ? `last used ${key.last_used}` : 'never used'}
                {key.expires ? ` · ${key.expired ? 'expired' : 'expires'} ${key.expires}` : ''}
              </p>
            </div>
            <div className="flex flex-wrap gap-1">
              {key.scopes.map((scope) => (
                <Badge key={scope}>{SCOPE_LABELS[scope]}</Badge>
              ))}
            </div>
            {key.revoked ? (
              <span className="text-xs text-muted-foreground">Revoked {key.revoked}</span>
            ) : (
              <Button variant="outline" size="sm" onClick={() => setRevoking(key)} aria-label={`Revoke the key ${key.name}`}>
                Revoke
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => (open ? null : setRevoking(null))}
        title="Revoke this key?"
        description={revoking ? `Whatever uses “${revoking.name}” stops working at once. This cannot be undone.` : ''}
        confirm="Revoke key"
        destructive
        onConfirm={async () => {
          if (!revoking) return;
          await apiFetch(`/api/api-keys/${revoking.id}`, { method: 'DELETE' });
          notify.success(`The key “${revoking.name}” was revoked`);
          router.refresh();
        }}
      />
    </>
  );
}
