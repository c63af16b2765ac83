'use client';

import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useApiForm } from '@/components/ui/use-api-form';
import { apiFetch } from '@/lib/api-client';
import { workspaceCreateSchema, type WorkspaceSummary } from '../schema';

/** "New workspace…": a name, POST /api/workspaces, and then `onCreated` (which switches to it). */
export function NewWorkspaceDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (workspace: WorkspaceSummary) => void;
}) {
  const form = useApiForm();
  const [name, setName] = React.useState('');
  const [done, setDone] = React.useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name };
    if (!form.check(workspaceCreateSchema, body)) return;
    await form.send(
      () => apiFetch<{ data: WorkspaceSummary }>('/api/workspaces', { method: 'POST', body }),
      ({ data }) => {
        setDone(true);
        onCreated(data);
      },
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setName('');
          setDone(false);
          form.reset();
        }
        onOpenChange(next);
      }}
    >
      <DialogContent dirty={() => name.trim() !== '' && !done}>
        <DialogHeader>
          <DialogTitle>New workspace</DialogTitle>
          <DialogDescription>
            A business of its own: its contacts, invoices, money, settings and team. You will be its owner, and can invite others once it
            exists.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} onChange={form.clearFieldError} noValidate className="grid gap-4" aria-label="New workspace">
          <Field id="workspace-name" label="Name" error={form.errors.name} hint="Your business or team, e.g. “Harbour Design Studio”.">
            <Input
              name="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={200}
              autoComplete="organization"
              required
            />
          </Field>
          {form.message ? (
            <p role="alert" className="text-sm text-destructive">
              {form.message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={form.pending || done}>
              {done ? 'Opening…' : form.pending ? 'Creating…' : 'Create and switch'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
