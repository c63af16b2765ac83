'use client';

import { Check, ChevronsUpDown, Plus, Users } from 'lucide-react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import * as React from 'react';
import { apiFetch, ApiClientError } from '@/lib/api-client';
import { cn } from '@/lib/utils';
import { ROLE_LABELS } from '../roles';
import type { WorkspaceSummary } from '../schema';
import { openWorkspace } from './switch-workspace';
import { nextIndex } from './menu-keys';

// the dialog (its form and the workspace schema's check) loads when it is first asked for, not with every page
const NewWorkspaceDialog = dynamic(() => import('./new-workspace-dialog').then((m) => m.NewWorkspaceDialog));

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; workspaces: WorkspaceSummary[] };

function Monogram({ name, className }: { name: string; className?: string }) {
  const letter = name.trim().charAt(0).toUpperCase() || '·';
  return (
    <span
      aria-hidden
      className={cn('grid size-7 shrink-0 place-items-center rounded-md bg-slate-800 text-xs font-semibold text-white', className)}
    >
      {letter}
    </span>
  );
}

/**
 * The workspace switcher (sidebar and phone menu): the current workspace and
 * one's role in it; a menu (the WAI-ARIA menu button: arrows, Home, End,
 * Escape, a letter jumps) of one's workspaces from GET /api/workspaces,
 * loaded when it opens; "Team settings"; "New workspace…".
 */
export function WorkspaceSwitcher({ current }: { current: WorkspaceSummary }) {
  const [open, setOpen] = React.useState(false);
  const [creating, setCreating] = React.useState(false);
  // mounted from the first "New workspace…" on, and kept: it behaves as it did when it was always there
  const [dialogWanted, setDialogWanted] = React.useState(false);
  const [loaded, setLoaded] = React.useState<Loaded>({ state: 'loading' });
  const [switching, setSwitching] = React.useState<string | null>(null);
  const menuId = React.useId();
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const menuRef = React.useRef<HTMLDivElement>(null);
  const wantFocus = React.useRef<'first' | 'last' | 'current'>('current');
  // once the person moves within the menu, the list arriving does not move focus again
  const moved = React.useRef(false);

  const load = React.useCallback(async () => {
    try {
      const { data } = await apiFetch<{ data: WorkspaceSummary[] }>('/api/workspaces');
      setLoaded({ state: 'ready', workspaces: data });
    } catch (error) {
      setLoaded({
        state: 'error',
        message: error instanceof ApiClientError ? error.message : 'Could not load your workspaces.',
      });
    }
  }, []);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];

  function show(focus: 'first' | 'last' | 'current') {
    wantFocus.current = focus;
    moved.current = false;
    setOpen(true);
    void load();
  }

  function hide(returnFocus = true) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  // focus moves into the menu when it opens, and again once the list has loaded
  React.useEffect(() => {
    if (!open || moved.current) return;
    const all = items();
    const checked = all.find((el) => el.getAttribute('aria-checked') === 'true');
    const target = wantFocus.current === 'last' ? all.at(-1) : wantFocus.current === 'first' ? all[0] : (checked ?? all[0]);
    target?.focus();
  }, [open, loaded]);

  // a click outside closes it
  React.useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function onMenuKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      hide();
      return;
    }
    if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    const labels = all.map((el) => el.dataset.label ?? el.textContent ?? '');
    const next = nextIndex(event.key, at, labels);
    if (next !== null) {
      event.preventDefault();
      moved.current = true;
      all[next]?.focus();
    }
  }

  function choose(workspace: WorkspaceSummary) {
    if (workspace.id === current.id) {
      hide();
      return;
    }
    setSwitching(workspace.id);
    openWorkspace(workspace.id);
  }

  const workspaces = loaded.state === 'ready' ? loaded.workspaces : [];

  return (
    // min-w-0: a long name truncates instead of widening the sidebar's column
    <div className="relative min-w-0">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Workspace: ${current.name}, ${ROLE_LABELS[current.role]}. Switch workspace`}
        data-testid="workspace-switcher"
        onClick={() => (open ? hide(false) : show('current'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
        className="flex w-full min-w-0 items-center gap-2 rounded-md border bg-card px-2 py-1.5 text-left shadow-sm transition-colors hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <Monogram name={current.name} />
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-medium" data-testid="workspace-name">
            {current.name}
          </span>
          <span className="block truncate text-xs text-muted-foreground" data-testid="workspace-role">
            {ROLE_LABELS[current.role]}
            {current.personal ? ' · Personal' : ''}
          </span>
        </span>
        <ChevronsUpDown className="size-4 shrink-0 text-muted-foreground" aria-hidden />
      </button>

      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Workspaces"
          onKeyDown={onMenuKeyDown}
          className="absolute inset-x-0 top-full z-50 mt-1 grid max-h-[60dvh] min-w-56 gap-0.5 overflow-y-auto rounded-md border bg-card p-1 shadow-lg"
        >
          <p className="px-2 pb-1 pt-1.5 text-xs font-medium text-muted-foreground" role="presentation">
            Your workspaces
          </p>
          {loaded.state === 'loading' && workspaces.length === 0 ? (
            <p role="presentation" className="px-2 py-1.5 text-sm text-muted-foreground">
              Loading…
            </p>
          ) : null}
          {loaded.state === 'error' ? (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-label="Try again"
              onClick={() => void load()}
              className="rounded px-2 py-1.5 text-left text-sm text-destructive hover:bg-muted focus:bg-muted focus:outline-none"
            >
              {loaded.message} Try again
            </button>
          ) : null}
          {workspaces.map((workspace) => {
            const isCurrent = workspace.id === current.id;
            return (
              <button
                key={workspace.id}
                type="button"
                role="menuitemradio"
                aria-checked={isCurrent}
                tabIndex={-1}
                data-label={workspace.name}
                disabled={switching !== null}
                onClick={() => choose(workspace)}
                className="flex min-w-0 items-center gap-2 rounded px-2 py-1.5 text-left text-sm hover:bg-muted focus:bg-muted focus:outline-none disabled:opacity-60"
              >
                <Monogram name={workspace.name} className="size-6" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{workspace.name}</span>
                  <span className="block truncate text-xs text-muted-foreground">
                    {ROLE_LABELS[workspace.role]}
                    {workspace.personal ? ' · Personal' : ''}
                    {switching === workspace.id ? ' · Switching…' : ''}
                  </span>
                </span>
                {isCurrent ? <Check className="size-4 shrink-0 text-primary" aria-hidden /> : null}
              </button>
            );
          })}
          <div role="separator" className="my-1 h-px bg-border" />
          <Link
            href="/settings/team"
            role="menuitem"
            tabIndex={-1}
            data-label="Team settings"
            onClick={() => hide(false)}
            className="flex items-center gap-2 rounded px-2 py-1.5 text-left text-sm hover:bg-muted focus:bg-muted focus:outline-none"
          >
            <Users className="size-4 text-muted-foreground" aria-hidden /> Team settings
          </Link>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            data-label="New workspace"
            onClick={() => {
              hide(false);
              setDialogWanted(true);
              setCreating(true);
            }}
            className="flex items-center gap-2 rounded px-2 py-1.5 text-left text-sm hover:bg-muted focus:bg-muted focus:outline-none"
          >
            <Plus className="size-4 text-muted-foreground" aria-hidden /> New workspace…
          </button>
        </div>
      ) : null}

      {dialogWanted ? (
        <NewWorkspaceDialog
          open={creating}
          onOpenChange={(next) => {
            setCreating(next);
            if (!next) buttonRef.current?.focus();
          }}
          onCreated={(created) => openWorkspace(created.id)}
        />
      ) : null}
    </div>
  );
}
