import type { ReactNode } from 'react';
import { AssistantPanel } from '@/components/ai/assistant-panel';
import { Navigation } from '@/components/ui/navigation';
import { ClerkUserButton } from '@/features/users/components/clerk';
import { displayName, initials } from '@/features/users/schema';
import { getPageUser } from '@/lib/auth/page';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user } = await getPageUser();
  const name = displayName(user);
  const authMode = env().authMode;
  return (
    <div className="flex min-h-dvh flex-col md:flex-row">
      <Navigation
        user={{ name, email: user.email, authMode }}
        accountMenu={authMode === 'clerk' ? <ClerkUserButton initials={initials(name)} /> : undefined}
      />
      <main className="min-w-0 flex-1 px-4 pb-20 pt-5 sm:px-6 lg:px-10 lg:pt-8">{children}</main>
      <AssistantPanel />
    </div>
  );
}
