import { headers } from 'next/headers';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { APP_HOME } from '@/lib/routes';
import { ClerkBoundary } from './clerk-boundary';

/**
 * Wraps the app in Clerk's provider in Clerk mode only: in local mode no Clerk
 * frontend code or script reaches the browser. The mode and the publishable
 * key are read from the environment when a request is rendered, never at
 * build time (a NEXT_PUBLIC_ variable would be inlined into the browser bundle
 * by the build), so one build serves both modes.
 */
export async function AuthProvider({ children }: { children: ReactNode }) {
  // render per request: the auth mode is a property of the running server
  await connection();
  const config = env();
  if (config.authMode !== 'clerk') return children;
  // the page's CSP nonce (set by the proxy), for the scripts Clerk's loader adds
  const csp = (await headers()).get('content-security-policy') ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/_-]+={0,2})'/.exec(csp)?.[1];
  return (
    <ClerkBoundary
      nonce={nonce}
      publishableKey={config.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY!}
      signInUrl="/sign-in"
      signUpUrl="/sign-up"
      signInFallbackRedirectUrl={APP_HOME}
      signUpFallbackRedirectUrl={APP_HOME}
      afterSignOutUrl="/"
    >
      {children}
    </ClerkBoundary>
  );
}
