import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/ui/auth-shell';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { SignUpForm } from '@/features/users/components/auth-forms';
import { ClerkSignUp } from '@/features/users/components/clerk';
import { signUpOpen } from '@/features/users/local-auth';
import { invitationTokenIn } from '@/features/workspaces/schema';
import { env } from '@/lib/env';
import { safeRedirectPath } from '@/lib/http/redirect';
import { APP_HOME } from '@/lib/routes';

export const metadata: Metadata = { title: 'Create your account' };
export const dynamic = 'force-dynamic';

/** Clerk's sign-up; the local account form while sign-up is open; development sign-in needs none. */
export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // a path on this site only (src/lib/http/redirect.ts)
  const target = safeRedirectPath((await searchParams).redirect_url, '');
  const mode = env().authMode;
  // development sign-in has no sign-up: the proxy (src/proxy.ts) already answers with a redirect
  // before this page renders, as it does for a signed-in visitor; this is the fallback
  if (mode === 'dev') redirect(target ? `/sign-in?redirect_url=${encodeURIComponent(target)}` : '/sign-in');
  if (mode === 'clerk') {
    return (
      <AuthShell className="max-w-md">
        <ClerkSignUp redirectUrl={target || APP_HOME} />
      </AuthShell>
    );
  }
  // an invitation link (where sign-up sends the new account back) opens sign-up for the invited address
  const invitation = invitationTokenIn(target);
  const open = (await signUpOpen()) || invitation !== null;
  return (
    <AuthShell>
      <Card className="w-full">
        <CardHeader>
          <CardTitle>{open ? 'Create your account' : 'Sign-up is closed'}</CardTitle>
          <CardDescription>
            {open
              ? invitation
                ? 'Sign up with the address the invitation was sent to; then you can accept it.'
                : 'Your email address and a password are all it takes.'
              : 'This installation already has its owner. Ask them to invite you, or sign in if you have an account.'}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {open ? (
            <SignUpForm redirectUrl={target || APP_HOME} invitation={invitation ?? undefined} />
          ) : (
            <Link href="/sign-in" className="text-sm text-primary underline-offset-4 hover:underline">
              Go to sign-in
            </Link>
          )}
        </CardContent>
      </Card>
    </AuthShell>
  );
}
