import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/ui/auth-shell';
import { ClerkSignUp } from '@/features/users/components/clerk';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Create your account' };
export const dynamic = 'force-dynamic';

/** Clerk's sign-up in Clerk mode; local mode creates accounts on sign-in. */
export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (env().authMode !== 'clerk') {
    const back = (await searchParams).redirect_url;
    const target = typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') ? back : undefined;
    redirect(target ? `/sign-in?redirect_url=${encodeURIComponent(target)}` : '/sign-in');
  }
  return (
    <AuthShell className="max-w-md">
      <ClerkSignUp />
    </AuthShell>
  );
}
