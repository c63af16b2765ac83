'use client';

import { clearedWorkspaceCookie, workspaceCookie } from '@/lib/auth/workspace-cookie';
import { APP_HOME } from '@/lib/routes';

/**
 * Switching workspaces: the choice goes into the `ledgerly_workspace` cookie
 * (which pages and API calls read), then a full page load of the dashboard,
 * so that nothing of the previous workspace stays in memory (the assistant's
 * answers, the command palette's results, forms).
 */

const secure = () => window.location.protocol === 'https:';

export function rememberWorkspace(id: string): void {
  document.cookie = workspaceCookie(id, { secure: secure() });
}

/** Back to the personal workspace (after leaving or deleting the chosen one). */
export function forgetWorkspace(): void {
  document.cookie = clearedWorkspaceCookie({ secure: secure() });
}

export function openWorkspace(id: string | null, path: string = APP_HOME): void {
  if (id) rememberWorkspace(id);
  else forgetWorkspace();
  window.location.assign(path);
}
