'use client';

import * as DialogPrimitive from '@radix-ui/react-dialog';
import { MessageSquare, X } from 'lucide-react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';

// the chat (its answers, action cards and links) loads when the panel first opens, or when its button is
// pointed at or focused, not with every page's first load
const loadChat = () => import('./assistant-chat');
const AssistantChat = dynamic(() => loadChat().then((m) => m.AssistantChat), {
  loading: () => <p className="flex-1 text-sm text-muted-foreground">Loading the assistant…</p>,
});
const preloadChat = () => void loadChat();

/**
 * The assistant from any page: a button in the navigation (never floating over
 * the page, where it covered figures and fields) that opens the chat in a
 * side sheet. `sidebar`: a full-width button in the sidebar of wide screens;
 * `bar`: an icon in the phone's top bar. The app layout renders one of each;
 * only the one for the screen's width is visible.
 */
export function AssistantPanel({ variant = 'sidebar' }: { variant?: 'sidebar' | 'bar' }) {
  const [open, setOpen] = React.useState(false);
  // the /ai page is the assistant itself
  if (usePathname() === '/ai') return null;
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger asChild>
        {variant === 'bar' ? (
          <Button variant="ghost" size="icon" aria-label="Open the assistant" onPointerEnter={preloadChat} onFocus={preloadChat}>
            <MessageSquare aria-hidden />
          </Button>
        ) : (
          <Button variant="outline" className="w-full justify-start" onPointerEnter={preloadChat} onFocus={preloadChat}>
            <MessageSquare aria-hidden /> Open the assistant
          </Button>
        )}
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-slate-950/30" />
        <DialogPrimitive.Content
          className="fixed inset-y-0 right-0 z-50 flex w-full max-w-md flex-col gap-3 border-l bg-background p-4 shadow-xl"
          // following a link to a record closes the panel, so the page is usable
          onClickCapture={(event) => {
            if ((event.target as HTMLElement).closest('a[href]')) setOpen(false);
          }}
        >
          <div className="flex items-center justify-between gap-2">
            <DialogPrimitive.Title className="text-base font-semibold">Assistant</DialogPrimitive.Title>
            <div className="flex items-center gap-1">
              <Button asChild variant="ghost" size="sm">
                <Link href="/ai" onClick={() => setOpen(false)}>
                  History
                </Link>
              </Button>
              <DialogPrimitive.Close asChild>
                <Button variant="ghost" size="icon" aria-label="Close the assistant">
                  <X />
                </Button>
              </DialogPrimitive.Close>
            </div>
          </div>
          <DialogPrimitive.Description className="sr-only">
            Ask about your data or ask for a change; changes wait for your confirmation.
          </DialogPrimitive.Description>
          <AssistantChat className="flex-1" autoFocus />
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
