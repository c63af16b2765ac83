'use client';

import * as DialogPrimitive from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import * as React from 'react';
import { cn } from '@/lib/utils';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from './alert-dialog';

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

export interface DialogContentProps extends React.ComponentProps<typeof DialogPrimitive.Content> {
  /**
   * Unsaved input: while true (or while the function returns true), Escape,
   * a click outside and the close button ask "Discard unsaved changes?"
   * before the dialog closes. A function is asked at that moment, so the
   * form is read only when it matters. Closing from code (after a save, or a
   * Cancel button that calls `setOpen(false)`) is not intercepted.
   *
   *   const { track, isDirty } = useUnsavedChanges();   // src/components/ui/unsaved-changes.ts
   *   <DialogContent dirty={isDirty}>
   *     <form ref={track} onSubmit={…}>…</form>
   *   </DialogContent>
   *
   * Destructure the hook's result: the React Compiler lint takes `unsaved.track`
   * passed as a ref for a ref read during render.
   */
  dirty?: boolean | (() => boolean);
}

export function DialogContent({ className, children, dirty, onEscapeKeyDown, onPointerDownOutside, ...props }: DialogContentProps) {
  const [confirming, setConfirming] = React.useState(false);
  const hasUnsavedInput = () => (typeof dirty === 'function' ? dirty() : dirty === true);
  /** Keeps the dialog open and asks first, when there is something to lose. */
  const guard = (event: { preventDefault: () => void; defaultPrevented: boolean }) => {
    if (event.defaultPrevented || !hasUnsavedInput()) return;
    event.preventDefault();
    setConfirming(true);
  };
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-slate-950/50 data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0" />
      <DialogPrimitive.Content
        className={cn(
          'fixed left-1/2 top-1/2 z-50 grid max-h-[92dvh] w-[calc(100%-1.5rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-lg border bg-card p-5 shadow-xl data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0 data-[state=closed]:zoom-out-95 data-[state=open]:zoom-in-95',
          className,
        )}
        onEscapeKeyDown={(event) => {
          onEscapeKeyDown?.(event);
          guard(event);
        }}
        onPointerDownOutside={(event) => {
          onPointerDownOutside?.(event);
          // a right click outside never closes a dialog (Radix), so it need not ask
          const { button, ctrlKey } = event.detail.originalEvent;
          if (button === 2 || (button === 0 && ctrlKey)) return;
          guard(event);
        }}
        {...props}
      >
        {children}
        <DialogPrimitive.Close
          className="absolute right-4 top-4 rounded-sm opacity-70 transition-opacity hover:opacity-100 focus:outline-none focus:ring-2 focus:ring-ring"
          onClick={guard}
        >
          <X className="size-4" />
          <span className="sr-only">Close</span>
        </DialogPrimitive.Close>
        {dirty !== undefined ? (
          <AlertDialog open={confirming} onOpenChange={setConfirming}>
            <AlertDialogContent>
              <AlertDialogHeader>
                <AlertDialogTitle>Discard unsaved changes?</AlertDialogTitle>
                <AlertDialogDescription>What you entered in this form has not been saved and will be lost.</AlertDialogDescription>
              </AlertDialogHeader>
              <AlertDialogFooter>
                <AlertDialogCancel>Keep editing</AlertDialogCancel>
                {/* closes this alert and, through the dialog's own Close, the dialog */}
                <DialogPrimitive.Close asChild>
                  <AlertDialogAction>Discard</AlertDialogAction>
                </DialogPrimitive.Close>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
        ) : null}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogHeader({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('flex flex-col gap-1.5 pr-6', className)} {...props} />;
}

export function DialogFooter({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('flex flex-col-reverse gap-2 sm:flex-row sm:justify-end', className)} {...props} />;
}

export function DialogTitle({ className, ...props }: React.ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn('text-lg font-semibold leading-none', className)} {...props} />;
}

export function DialogDescription({ className, ...props }: React.ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn('text-sm text-muted-foreground', className)} {...props} />;
}
