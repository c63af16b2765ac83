'use client';

import * as DialogPrimitive from '@radix-ui/react-dialog';
import {
  ArrowLeftRight,
  BookOpen,
  BookUser,
  Clock,
  FileSignature,
  FileText,
  Handshake,
  KeyRound,
  Inbox,
  Landmark,
  LayoutDashboard,
  ListTodo,
  LogOut,
  Menu,
  Repeat,
  Sparkles,
  UserRound,
  Users,
  Webhook,
  X,
} from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import * as React from 'react';
import { cn } from '@/lib/utils';
import { Button } from './button';
import { CommandPaletteProvider, CommandPaletteTrigger } from './command-palette';

/** The product's sections, in the order the sidebar shows them. */
export const NAV_ITEMS = [
  { href: '/dashboard', label: 'Dashboard', icon: LayoutDashboard },
  { href: '/contacts', label: 'Contacts', icon: BookUser },
  { href: '/tasks', label: 'Tasks', icon: ListTodo },
  { href: '/deals', label: 'Deals', icon: Handshake },
  { href: '/time', label: 'Time', icon: Clock },
  { href: '/quotes', label: 'Quotes', icon: FileSignature },
  { href: '/invoices', label: 'Invoices', icon: FileText },
  { href: '/recurring', label: 'Recurring', icon: Repeat },
  { href: '/transactions', label: 'Transactions', icon: ArrowLeftRight },
  { href: '/bank', label: 'Bank', icon: Landmark },
  { href: '/outbox', label: 'Outbox', icon: Inbox },
  { href: '/ai', label: 'Assistant', icon: Sparkles },
  { href: '/settings/team', label: 'Team', icon: Users, group: 'Settings' },
  { href: '/settings/api-keys', label: 'API keys', icon: KeyRound, group: 'Settings' },
  { href: '/settings/webhooks', label: 'Webhooks', icon: Webhook, group: 'Settings' },
  { href: '/profile', label: 'Profile', icon: UserRound, group: 'Settings' },
  { href: '/docs/api', label: 'API docs', icon: BookOpen, group: 'Settings' },
] as const;

export interface NavUser {
  name: string;
  email: string | null;
  authMode: 'clerk' | 'local' | 'dev';
}

export interface NavigationProps {
  user: NavUser;
  /** Clerk mode: Clerk's account menu (manage account, sign out), rendered by the app layout. */
  accountMenu?: React.ReactNode;
  /** The assistant's button for the sidebar (wide screens), rendered by the app layout. */
  assistant?: React.ReactNode;
  /** The assistant's icon button for the top bar (phones). */
  assistantCompact?: React.ReactNode;
  /** The workspace switcher (the current workspace, one's role, the others), at the top of the sidebar and of the phone menu. */
  workspace?: React.ReactNode;
  /** A viewer of the workspace: the command palette leaves out its "New …" actions. */
  readOnly?: boolean;
  /** The member's timer (start, stop, what runs), in the sidebar and the phone menu; none for viewers. */
  timer?: React.ReactNode;
}

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="grid gap-1">
      {NAV_ITEMS.map((item, index) => {
        const { href, label, icon: Icon } = item;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        const group = 'group' in item ? item.group : undefined;
        const startsGroup = group && !(index > 0 && 'group' in NAV_ITEMS[index - 1]!);
        return (
          <React.Fragment key={href}>
            {startsGroup ? (
              <p className="px-3 pb-1 pt-4 text-xs font-semibold uppercase tracking-wide text-slate-500" aria-hidden>
                {group}
              </p>
            ) : null}
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors',
                active ? 'bg-accent text-accent-foreground' : 'text-slate-600 hover:bg-muted hover:text-foreground',
              )}
            >
              <Icon className="size-4" aria-hidden />
              {label}
            </Link>
          </React.Fragment>
        );
      })}
    </nav>
  );
}

function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2 px-1 font-semibold tracking-tight">
      <span className="grid size-7 place-items-center rounded-md bg-primary text-sm text-primary-foreground">L</span>
      Ledgerly
    </Link>
  );
}

function SignOut() {
  const [pending, setPending] = React.useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      className="w-full justify-start"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await fetch('/api/local-auth/sign-out', { method: 'POST' });
        // a full page load, so nothing of the signed-out session stays in memory
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.href = '/';
      }}
    >
      <LogOut aria-hidden /> Sign out
    </Button>
  );
}

function UserBox({ user, accountMenu }: NavigationProps) {
  return (
    <div className="grid min-w-0 gap-2 border-t pt-3">
      <div className="flex min-w-0 items-center gap-2 px-1">
        {user.authMode === 'clerk' ? accountMenu : null}
        <div className="min-w-0">
          <p className="truncate text-sm font-medium">{user.name}</p>
          {user.email ? <p className="truncate text-xs text-muted-foreground">{user.email}</p> : null}
        </div>
      </div>
      {user.authMode !== 'clerk' ? <SignOut /> : null}
    </div>
  );
}

/**
 * Sidebar on wide screens, a top bar with a menu sheet on phones. Both carry
 * the command palette (search or jump, also Ctrl-K / ⌘-K) and the assistant,
 * so nothing floats over the page.
 */
export function Navigation({ user, accountMenu, assistant, assistantCompact, workspace, readOnly = false, timer }: NavigationProps) {
  const [open, setOpen] = React.useState(false);
  return (
    <CommandPaletteProvider canCreate={!readOnly}>
      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col gap-6 overflow-y-auto border-r bg-card p-4 md:flex">
        <Brand />
        {/* one column no wider than the sidebar: long names and the shortcut hint truncate instead of overflowing it */}
        <div className="grid grid-cols-[minmax(0,1fr)] gap-2">
          {workspace}
          <CommandPaletteTrigger />
          {assistant}
          {timer}
        </div>
        <div className="flex-1">
          <NavLinks />
        </div>
        <UserBox user={user} accountMenu={accountMenu} />
      </aside>
      <header className="sticky top-0 z-40 flex items-center justify-between border-b bg-card/95 px-4 py-2.5 backdrop-blur md:hidden">
        <Brand />
        <div className="flex items-center gap-1">
          <CommandPaletteTrigger compact />
          {assistantCompact}
          {user.authMode === 'clerk' ? accountMenu : null}
          <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
            <DialogPrimitive.Trigger asChild>
              <Button variant="ghost" size="icon" aria-label="Open menu">
                <Menu />
              </Button>
            </DialogPrimitive.Trigger>
            <DialogPrimitive.Portal>
              <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-slate-950/40" />
              <DialogPrimitive.Content
                className="fixed inset-y-0 right-0 z-50 flex w-72 max-w-[85vw] flex-col gap-6 overflow-y-auto bg-card p-4 shadow-xl"
                // Escape in a menu inside the sheet (the workspace switcher) closes that menu only
                onEscapeKeyDown={(event) => {
                  if (event.target instanceof Element && event.target.closest('[role="menu"]')) event.preventDefault();
                }}
                // any link followed from the sheet (the switcher's "Team settings") closes it
                onClickCapture={(event) => {
                  if (event.target instanceof Element && event.target.closest('a[href]')) setOpen(false);
                }}
              >
                <div className="flex items-center justify-between">
                  <DialogPrimitive.Title className="text-sm font-semibold">Menu</DialogPrimitive.Title>
                  <DialogPrimitive.Close asChild>
                    <Button variant="ghost" size="icon" aria-label="Close menu">
                      <X />
                    </Button>
                  </DialogPrimitive.Close>
                </div>
                <DialogPrimitive.Description className="sr-only">Sections of the app</DialogPrimitive.Description>
                {workspace}
                {timer}
                <div className="flex-1">
                  <NavLinks onNavigate={() => setOpen(false)} />
                </div>
                <UserBox user={user} />
              </DialogPrimitive.Content>
            </DialogPrimitive.Portal>
          </DialogPrimitive.Root>
        </div>
      </header>
    </CommandPaletteProvider>
  );
}
