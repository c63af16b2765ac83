import type { Metadata } from 'next';
import { AuthShell } from '@/components/ui/auth-shell';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ClerkSignIn } from '@/features/users/components/clerk';
import { LocalSignInForm } from '@/features/users/components/local-sign-in-form';
import { env } from '@/lib/env';
import { APP_HOME } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

function safeRedirect(value: string | string[] | undefined): string {
  const target = Array.isArray(value) ? value[0] : value;
  return target && target.startsWith('/') && !target.startsWith('//') ? target : APP_HOME;
}

/** Clerk's sign-in in Clerk mode; the local form (any email) in local mode. */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (env().authMode === 'clerk') {
    return (
      <AuthShell className="max-w-md">
        <ClerkSignIn />
      </AuthShell>
    );
  }
  const redirectUrl = safeRedirect((await searchParams).redirect_url);
  return (
    <AuthShell>
      <Card className="w-full">
        <CardHeader>
          <CardTitle>Sign in</CardTitle>
          <CardDescription>
            This installation runs in local mode: sign in with any email. A new account starts with a few example
            clients.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <LocalSignInForm redirectUrl={redirectUrl} />
        </CardContent>
      </Card>
    </AuthShell>
  );
}
