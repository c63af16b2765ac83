import type { ReactNode } from 'react';
import { AssistantPanel } from '@/features/ai/components/assistant-panel';
import { Navigation } from '@/components/ui/navigation';
import { Toaster } from '@/components/ui/toaster';
import { TimerControl } from '@/features/time/components/timer-control';
import { ClerkUserButton } from '@/features/users/components/clerk';
import { displayName, initials } from '@/features/users/schema';
import { WorkspaceRoleProvider } from '@/features/workspaces/components/workspace-role';
import { WorkspaceSwitcher } from '@/features/workspaces/components/workspace-switcher';
import { canWrite } from '@/features/workspaces/roles';
import { getPageUser } from '@/lib/auth/page';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * The frame of every signed-in page: a skip link (the first thing Tab
 * reaches), the navigation with the command palette and the assistant (in the
 * sidebar on wide screens, in the top bar on phones: nothing floats over the
 * page's figures or fields), the page in <main>, and the toasts. The
 * navigation carries the workspace switcher; the workspace's role reaches the
 * client components that hide what a viewer may not change.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user, workspace } = await getPageUser();
  const current = { id: workspace.id, name: workspace.name, role: workspace.role, personal: workspace.personal };
  const name = displayName(user);
  const authMode = env().authMode;
  return (
    <div className="flex min-h-dvh flex-col md:flex-row">
      <a
        href="#main-content"
        // above the top edge until focused, then in the corner over everything
        className="fixed left-3 top-3 z-[60] -translate-y-[calc(100%+1rem)] rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground shadow-lg transition-transform focus:translate-y-0 focus:outline-none focus:ring-2 focus:ring-ring focus:ring-offset-2 motion-reduce:transition-none"
      >
        Skip to main content
      </a>
      <Navigation
        user={{ name, email: user.email, authMode }}
        accountMenu={authMode === 'clerk' ? <ClerkUserButton initials={initials(name)} /> : undefined}
        assistant={<AssistantPanel variant="sidebar" />}
        assistantCompact={<AssistantPanel variant="bar" />}
        workspace={<WorkspaceSwitcher current={current} />}
        readOnly={!canWrite(workspace.role)}
        timer={canWrite(workspace.role) ? <TimerControl /> : undefined}
      />
      <main
        id="main-content"
        tabIndex={-1}
        className="min-w-0 flex-1 scroll-mt-16 px-4 pb-10 pt-5 focus:outline-none sm:px-6 md:scroll-mt-0 lg:px-10 lg:pt-8"
      >
        <WorkspaceRoleProvider role={workspace.role}>{children}</WorkspaceRoleProvider>
      </main>
      <Toaster />
    </div>
  );
}
