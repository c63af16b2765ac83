import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalSignInForm } from '@/features/users/components/local-sign-in-form';
import { APP_HOME } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

function safeRedirect(value: string | string[] | undefined): string {
  const target = Array.isArray(value) ? value[0] : value;
  return target && target.startsWith('/') && !target.startsWith('//') ? target : APP_HOME;
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const redirectUrl = safeRedirect((await searchParams).redirect_url);
  return (
    <div className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 py-10">
      <div className="w-full max-w-sm space-y-6">
        <Link href="/" className="flex items-center justify-center gap-2 font-semibold tracking-tight">
          <span className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">L</span>
          Ledgerly
        </Link>
        <Card>
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
      </div>
    </div>
  );
}
