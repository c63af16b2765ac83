'use client';

import { Archive, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/notify';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import type { ContactStatus } from '../schema';
import { STATUS_LABELS } from './contact-status-badge';

/**
 * Delete with a confirmation. A contact that invoices refer to cannot be
 * deleted (invoices keep their client, see docs/decisions/0007): the dialog
 * says so up front, and offers to mark the contact inactive instead.
 */
export function DeleteContactButton({
  id,
  name,
  status,
  invoiceCount = 0,
}: {
  id: string;
  name: string;
  status?: ContactStatus;
  invoiceCount?: number;
}) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [blocked, setBlocked] = React.useState<string | undefined>();
  const refused =
    blocked ??
    (invoiceCount > 0
      ? `${name} has ${invoiceCount} invoice${invoiceCount === 1 ? '' : 's'}. Invoices keep their client for your records, so a contact with invoices cannot be deleted.`
      : undefined);

  async function onDelete() {
    setPending(true);
    setError(undefined);
    try {
      await apiFetch(`/api/contacts/${id}`, { method: 'DELETE' });
      setOpen(false);
      router.push('/contacts');
      router.refresh();
      notify.success(`${name} deleted`);
    } catch (e) {
      if (e instanceof ApiClientError && e.status === 409) setBlocked(e.message);
      else setError(e instanceof ApiClientError ? e.message : 'Could not delete the contact.');
    } finally {
      setPending(false);
    }
  }

  async function onMarkInactive() {
    setPending(true);
    setError(undefined);
    try {
      await apiFetch(`/api/contacts/${id}`, { method: 'PUT', body: { status: 'inactive' } });
      setOpen(false);
      router.refresh();
      const previous = status;
      notify.success(`${name} marked inactive`, {
        undo: previous
          ? async () => {
              await apiFetch(`/api/contacts/${id}`, { method: 'PUT', body: { status: previous } });
              router.refresh();
            }
          : undefined,
        undoneMessage: previous ? `${name} is “${STATUS_LABELS[previous]}” again` : undefined,
      });
    } catch (e) {
      setError(e instanceof ApiClientError ? e.message : 'Could not change the contact.');
    } finally {
      setPending(false);
    }
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setError(undefined);
          setBlocked(undefined);
        }
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="outline" className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden /> Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        {refused ? (
          <>
            <AlertDialogHeader>
              <AlertDialogTitle>{name} cannot be deleted</AlertDialogTitle>
              <AlertDialogDescription>{refused}</AlertDialogDescription>
              <p className="text-sm text-muted-foreground">
                {status === 'inactive'
                  ? `${name} is already inactive, so they stay out of your active lists.`
                  : `Mark ${name} inactive instead: they leave your active lists, and their invoices, payments and history stay.`}
              </p>
            </AlertDialogHeader>
            {error ? (
              <p role="alert" className="text-sm text-destructive">
                {error}
              </p>
            ) : null}
            <AlertDialogFooter>
              <AlertDialogCancel disabled={pending}>{status === 'inactive' ? 'Close' : 'Cancel'}</AlertDialogCancel>
              {status !== 'inactive' ? (
                <Button onClick={onMarkInactive} disabled={pending}>
                  <Archive aria-hidden /> {pending ? 'Saving…' : 'Mark inactive'}
                </Button>
              ) : null}
            </AlertDialogFooter>
          </>
        ) : (
          <>
            <AlertDialogHeader>
              <AlertDialogTitle>Delete {name}?</AlertDialogTitle>
              <AlertDialogDescription>
                The contact and its notes are removed for good. Tasks linked to it stay, without the link.
              </AlertDialogDescription>
            </AlertDialogHeader>
            {error ? (
              <p role="alert" className="text-sm text-destructive">
                {error}
              </p>
            ) : null}
            <AlertDialogFooter>
              <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
              <Button variant="destructive" onClick={onDelete} disabled={pending}>
                {pending ? 'Deleting…' : 'Delete contact'}
              </Button>
            </AlertDialogFooter>
          </>
        )}
      </AlertDialogContent>
    </AlertDialog>
  );
}
