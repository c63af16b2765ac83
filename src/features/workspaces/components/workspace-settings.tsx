'use client';

import { Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { useApiForm } from '@/components/ui/use-api-form';
import { apiFetch } from '@/lib/api-client';
import { workspaceUpdateSchema } from '../schema';
import type { TeamWorkspace } from './members-list';
import { openWorkspace } from './switch-workspace';

/** Renames the workspace (admins): PUT /api/workspaces/:id { name }. */
export function RenameWorkspaceForm({ workspace }: { workspace: TeamWorkspace }) {
  const router = useRouter();
  const form = useApiForm();
  const [name, setName] = React.useState(workspace.name);
  const changed = name.trim() !== workspace.name;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name: name.trim() };
    if (!form.check(workspaceUpdateSchema, body)) return;
    await form.send(
      () => apiFetch(`/api/workspaces/${workspace.id}`, { method: 'PUT', body }),
      () => {
        notify.success(`Renamed to “${body.name}”`);
        router.refresh();
      },
    );
  }

  return (
    <form onSubmit={onSubmit} onChange={form.clearFieldError} noValidate aria-label="Workspace name" className="grid gap-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-60">
          <Field id="workspace-rename" label="Workspace name" error={form.errors.name}>
            <Input name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="organization" />
          </Field>
        </div>
        <Button type="submit" variant="outline" disabled={form.pending || !changed} className={form.errors.name ? 'mb-5' : undefined}>
          {form.pending ? 'Saving…' : 'Rename'}
        </Button>
      </div>
      {form.message ? (
        <p role="alert" className="text-sm text-destructive">
          {form.message}
        </p>
      ) : null}
    </form>
  );
}

/**
 * Deletes a shared workspace and everything in it (the owner): the name must
 * be typed to confirm; afterwards the personal workspace opens.
 */
export function DeleteWorkspace({ workspace }: { workspace: TeamWorkspace }) {
  const [open, setOpen] = React.useState(false);
  const [typed, setTyped] = React.useState('');
  const [pending, setPending] = React.useState(false);
  const [problem, setProblem] = React.useState<string>();
  const matches = typed.trim() === workspace.name.trim();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    setPending(true);
    setProblem(undefined);
    try {
      await apiFetch(`/api/workspaces/${workspace.id}`, { method: 'DELETE' });
      openWorkspace(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Something went wrong. Try again.');
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        setTyped('');
        setProblem(undefined);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="destructive">
          <Trash2 aria-hidden /> Delete workspace…
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete {workspace.name}?</DialogTitle>
          <DialogDescription>
            Its contacts, invoices, tasks, money, settings and the team&apos;s access go for good, for everyone in it. Download what you
            need to keep (Profile → Your data) first.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="Delete workspace">
          <Field id="delete-workspace-name" label={`Type “${workspace.name}” to confirm`}>
            <Input name="confirm_name" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </Field>
          {problem ? (
            <p role="alert" className="text-sm text-destructive">
              {problem}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant="destructive" disabled={!matches || pending}>
              {pending ? 'Deleting…' : 'Delete this workspace'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
