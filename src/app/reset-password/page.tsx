import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuthShell } from '@/components/ui/auth-shell';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ResetPasswordForm, ResetRequestForm } from '@/features/users/components/auth-forms';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Reset your password', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

/** Local accounts: ask for a reset link, or (with its token) choose a new password. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (env().authMode !== 'local') notFound();
  const token = (await searchParams).token;
  const withToken = typeof token === 'string' && token.length > 0;
  return (
    <AuthShell>
      <Card className="w-full">
        <CardHeader>
          <CardTitle>{withToken ? 'Choose a new password' : 'Reset your password'}</CardTitle>
          <CardDescription>
            {withToken
              ? 'Every place you are signed in will be signed out.'
              : 'Enter the email address of your account and we will send you a link.'}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {withToken ? <ResetPasswordForm token={token} /> : <ResetRequestForm />}
          <Link href="/sign-in" className="text-sm text-primary underline-offset-4 hover:underline">
            Back to sign-in
          </Link>
        </CardContent>
      </Card>
    </AuthShell>
  );
}
