import type { Metadata } from 'next';
import { AuthShell } from '@/components/ui/auth-shell';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PasswordSignInForm } from '@/features/users/components/auth-forms';
import { ClerkSignIn } from '@/features/users/components/clerk';
import { DevSignInBanner } from '@/features/users/components/dev-sign-in-banner';
import { LocalSignInForm } from '@/features/users/components/local-sign-in-form';
import { signUpOpen } from '@/features/users/local-auth';
import { invitationTokenIn } from '@/features/workspaces/schema';
import { env } from '@/lib/env';
import { safeRedirectPath } from '@/lib/http/redirect';
import { APP_HOME } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

/** The sign-in of the mode this installation runs in: Clerk's, email and password, or development sign-in. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // where to go after signing in: a path on this site only (src/lib/http/redirect.ts)
  const redirectUrl = safeRedirectPath((await searchParams).redirect_url, APP_HOME);
  const mode = env().authMode;
  if (mode === 'clerk') {
    return (
      <AuthShell className="max-w-md">
        <ClerkSignIn redirectUrl={redirectUrl} />
      </AuthShell>
    );
  }
  if (mode === 'local') {
    return (
      <AuthShell>
        <Card className="w-full">
          <CardHeader>
            <CardTitle>Sign in</CardTitle>
            <CardDescription>With your email address and password.</CardDescription>
          </CardHeader>
          <CardContent>
            {/* an invitee without an account may sign up even when sign-up is closed */}
            <PasswordSignInForm redirectUrl={redirectUrl} signUpOpen={(await signUpOpen()) || invitationTokenIn(redirectUrl) !== null} />
          </CardContent>
        </Card>
      </AuthShell>
    );
  }
  return (
    <AuthShell>
      <DevSignInBanner />
      <Card className="w-full">
        <CardHeader>
          <CardTitle>Sign in</CardTitle>
          <CardDescription>Any email address signs in. A new account starts with a few example clients.</CardDescription>
        </CardHeader>
        <CardContent>
          <LocalSignInForm redirectUrl={redirectUrl} />
        </CardContent>
      </Card>
    </AuthShell>
  );
}
