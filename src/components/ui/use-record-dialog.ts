'use client';

import { useRouter } from 'next/navigation';
import * as React from 'react';
import { apiFetch } from '@/lib/api-client';
import { notify } from './notify';
import type { useApiForm } from './use-api-form';
import { useOpenFromUrl } from './use-open-from-url';

/** What deleting the record from inside the dialog does: the API address, the toast after, the message if it fails. */
export interface RecordDelete {
  url: string;
  deleted: string;
  fallback: string;
}

/**
 * The open state of a dialog that creates or edits one record. Opening it
 * (by its trigger, or by `?new=<openWith>` in the URL) runs `onOpen` and
 * disarms the delete button; `close` shuts it and refreshes the page's data.
 * The delete button asks by needing a second click, then sends the DELETE
 * through the form's `send`, closes the dialog and says so. `undoEdit` is
 * the undo offered by the toast after an edit.
 */
export function useRecordDialog({
  openWith,
  onOpen,
  send,
  remove,
}: {
  openWith?: string;
  onOpen: () => void;
  send: ReturnType<typeof useApiForm>['send'];
  remove?: RecordDelete;
}) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [confirmingDelete, setConfirmingDelete] = React.useState(false);

  function changeOpen(next: boolean) {
    setOpen(next);
    if (next) {
      onOpen();
      setConfirmingDelete(false);
    }
  }
  useOpenFromUrl(openWith, () => changeOpen(true));

  function close() {
    setOpen(false);
    router.refresh();
  }

  async function onDelete() {
    if (!remove) return;
    if (!confirmingDelete) {
      setConfirmingDelete(true);
      return;
    }
    await send(
      () => apiFetch(remove.url, { method: 'DELETE' }),
      () => {
        close();
        notify.success(remove.deleted);
      },
      { fallback: remove.fallback },
    );
  }

  /** The save toast's undo of an edit: sends `body` back to `url` (a PUT) and refreshes; none when nothing changed. */
  function undoEdit(url: string, body: Record<string, unknown> | null): (() => Promise<void>) | undefined {
    if (!body) return undefined;
    return async () => {
      await apiFetch(url, { method: 'PUT', body });
      router.refresh();
    };
  }

  return { open, setOpen, changeOpen, close, confirmingDelete, onDelete, undoEdit };
}
