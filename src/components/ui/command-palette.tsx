'use client';

import * as DialogPrimitive from '@radix-ui/react-dialog';
import { Search } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { cn } from '@/lib/utils';
import { isPaletteShortcut, type PaletteEntry } from './command-palette-results';

/**
 * The command palette: Ctrl-K (⌘-K on a Mac) or the search button in the
 * navigation opens it; typing searches contacts (name, email, company,
 * phone), invoices (number, client) and tasks through the list APIs, in
 * parallel, 200 ms after the last key; pages and actions are matched in the
 * browser. Arrow keys choose, Enter opens, Escape closes. The input is a
 * combobox and the results a listbox (cmdk), inside a modal dialog.
 *
 * Every signed-in page carries the shortcut and the buttons; the search
 * itself (cmdk, the results) loads when the palette first opens, or when a
 * button that opens it is pointed at or focused.
 */

const loadSearch = () => import('./command-palette-search');
const PaletteSearch = dynamic(() => loadSearch().then((m) => m.PaletteSearch), {
  loading: () => <p className="px-3 py-4 text-sm text-muted-foreground">Loading the search…</p>,
});
const preloadSearch = () => void loadSearch();

interface PaletteContextValue {
  open: boolean;
  setOpen: (open: boolean) => void;
}

const PaletteContext = React.createContext<PaletteContextValue | null>(null);

function usePalette(): PaletteContextValue {
  const context = React.useContext(PaletteContext);
  if (!context) throw new Error('CommandPaletteTrigger must be inside CommandPaletteProvider');
  return context;
}

const subscribeNothing = () => () => {};

/** "⌘K" on Apple devices, "Ctrl K" elsewhere (and while rendering on the server). */
function useShortcutLabel(): string {
  return React.useSyncExternalStore(
    subscribeNothing,
    () => (/Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent) ? '⌘K' : 'Ctrl K'),
    () => 'Ctrl K',
  );
}

/** Holds the palette's open state, listens for the shortcut, and renders the palette. */
export function CommandPaletteProvider({ children, canCreate = true }: { children: React.ReactNode; canCreate?: boolean }) {
  const [open, setOpen] = React.useState(false);

  React.useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !isPaletteShortcut(event)) return;
      // another dialog (a form being filled in, the menu) keeps the keyboard
      if (!open && document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      setOpen(!open);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const value = React.useMemo(() => ({ open, setOpen }), [open]);
  return (
    <PaletteContext.Provider value={value}>
      {children}
      <CommandPalette open={open} onOpenChange={setOpen} canCreate={canCreate} />
    </PaletteContext.Provider>
  );
}

/** The button that opens the palette: a search field look in the sidebar, an icon in the phone's top bar. */
export function CommandPaletteTrigger({ compact = false, className }: { compact?: boolean; className?: string }) {
  const { setOpen } = usePalette();
  const shortcut = useShortcutLabel();
  if (compact) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        onPointerEnter={preloadSearch}
        onFocus={preloadSearch}
        aria-label="Search or jump to…"
        aria-keyshortcuts="Control+K Meta+K"
        className={cn(
          'inline-flex size-9 items-center justify-center rounded-md hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
          className,
        )}
      >
        <Search className="size-4" aria-hidden />
      </button>
    );
  }
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      onPointerEnter={preloadSearch}
      onFocus={preloadSearch}
      aria-keyshortcuts="Control+K Meta+K"
      className={cn(
        'flex h-9 w-full items-center gap-2 rounded-md border border-input bg-background px-3 text-sm text-muted-foreground shadow-sm transition-colors hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
        className,
      )}
    >
      <Search className="size-4 shrink-0" aria-hidden />
      <span className="flex-1 truncate text-left">Search or jump to…</span>
      <kbd aria-hidden className="rounded border bg-muted px-1.5 font-sans text-[11px] font-medium">
        {shortcut}
      </kbd>
    </button>
  );
}

function CommandPalette({ open, onOpenChange, canCreate }: { open: boolean; onOpenChange: (open: boolean) => void; canCreate: boolean }) {
  const router = useRouter();
  const navigating = React.useRef(false);

  function go(entry: PaletteEntry) {
    navigating.current = true;
    onOpenChange(false);
    router.push(entry.href);
  }

  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-slate-950/40 data-[state=open]:animate-in data-[state=open]:fade-in-0" />
        <DialogPrimitive.Content
          className="fixed left-1/2 top-3 z-50 w-[calc(100%-1.5rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-lg border bg-card shadow-2xl data-[state=open]:animate-in data-[state=open]:fade-in-0 data-[state=open]:zoom-in-95 sm:top-[12dvh]"
          onOpenAutoFocus={() => {
            navigating.current = false;
          }}
          // after choosing a result the new page takes the focus, not the button that opened the palette
          onCloseAutoFocus={(event) => {
            if (navigating.current) event.preventDefault();
          }}
        >
          <DialogPrimitive.Title className="sr-only">Search or jump to</DialogPrimitive.Title>
          <DialogPrimitive.Description className="sr-only">
            Type a name, phone number, invoice number, task or page. Use the arrow keys to choose and Enter to open.
          </DialogPrimitive.Description>
          {/* inside the content, so that every opening starts with an empty search */}
          <PaletteSearch onGo={go} canCreate={canCreate} />
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
