'use client';

import { Eye } from 'lucide-react';
import * as React from 'react';
import { cn } from '@/lib/utils';
import type { Role } from '../schema';
import { canAdmin, canWrite } from '../roles';

/**
 * The role of the signed-in person in the workspace the page shows, for the
 * controls deep in client components (a task's done toggle, a note's delete
 * button). The app layout provides it; the API and the database check the
 * role again, so this only spares people buttons that would answer 403.
 * Without a provider, every control shows (the API still decides).
 */
const RoleContext = React.createContext<Role | null>(null);

export function WorkspaceRoleProvider({ role, children }: { role: Role; children: React.ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

export function useWorkspaceRole(): Role | null {
  return React.useContext(RoleContext);
}

/** Whether the person may add, change and delete records here. */
export function useCanWrite(): boolean {
  const role = useWorkspaceRole();
  return role === null || canWrite(role);
}

/** Whether the person may change the workspace's settings and team. */
export function useCanAdmin(): boolean {
  const role = useWorkspaceRole();
  return role === null || canAdmin(role);
}

/** Its children only for those who may change records (members, admins, the owner). */
export function WriteOnly({ children, fallback = null }: { children: React.ReactNode; fallback?: React.ReactNode }) {
  return useCanWrite() ? children : fallback;
}

export const READ_ONLY_NOTE = 'You can view this workspace; ask an admin for edit rights.';

/** The one sentence a viewer sees where the create, edit and delete buttons would be. */
export function ReadOnlyNote({ className, children = READ_ONLY_NOTE }: { className?: string; children?: React.ReactNode }) {
  if (useCanWrite()) return null;
  return (
    <p
      className={cn('flex items-start gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900', className)}
      data-testid="read-only-note"
    >
      <Eye className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{children}</span>
    </p>
  );
}
