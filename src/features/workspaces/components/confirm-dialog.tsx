'use client';

import * as React from 'react';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { ApiClientError } from '@/lib/api-client';

/**
 * A confirmation that stays open while the request runs and shows the API's
 * sentence when it is refused (a 403 or 409 says why), instead of closing.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirm,
  destructive = false,
  onConfirm,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: React.ReactNode;
  confirm: string;
  destructive?: boolean;
  /** resolves when done (the dialog then closes); throws to show the problem */
  onConfirm: () => Promise<void>;
  children?: React.ReactNode;
}) {
  const [pending, setPending] = React.useState(false);
  const [problem, setProblem] = React.useState<string>();
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setProblem(undefined);
        onOpenChange(next);
      }}
    >
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        {problem ? (
          <p role="alert" className="text-sm text-destructive">
            {problem}
          </p>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button
            variant={destructive ? 'destructive' : 'default'}
            disabled={pending}
            onClick={async () => {
              setPending(true);
              setProblem(undefined);
              try {
                await onConfirm();
                onOpenChange(false);
              } catch (error) {
                setProblem(error instanceof ApiClientError ? error.message : 'Something went wrong. Try again.');
              } finally {
                setPending(false);
              }
            }}
          >
            {pending ? 'Working…' : confirm}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
