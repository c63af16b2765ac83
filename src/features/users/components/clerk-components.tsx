'use client';

import { SignIn, SignUp, UserButton } from '@clerk/nextjs';
import { APP_HOME } from '@/lib/routes';

/**
 * Clerk's own sign-in, sign-up and account menu (Clerk mode only; pages
 * render them only when the server runs with Clerk keys). Clerk's frontend
 * script mounts the real component into the element Clerk renders; until it
 * has loaded, the fallback shows.
 */

function Loading({ label }: { label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="grid min-h-64 place-items-center rounded-lg border bg-card p-8 text-sm text-muted-foreground shadow-sm"
    >
      {label}
    </div>
  );
}

/**
 * `redirectUrl` is the page's `redirect_url`, already checked to be a path on
 * this site (src/lib/http/redirect.ts); as `forceRedirectUrl` it takes
 * precedence over the raw query parameter Clerk would otherwise follow.
 */
export function ClerkSignIn({ redirectUrl = APP_HOME }: { redirectUrl?: string }) {
  return (
    <div data-testid="clerk-sign-in" className="w-full">
      <SignIn
        path="/sign-in"
        routing="path"
        signUpUrl="/sign-up"
        forceRedirectUrl={redirectUrl}
        signUpForceRedirectUrl={redirectUrl}
        fallbackRedirectUrl={APP_HOME}
        fallback={<Loading label="Loading sign-in…" />}
      />
    </div>
  );
}

export function ClerkSignUp({ redirectUrl = APP_HOME }: { redirectUrl?: string }) {
  return (
    <div data-testid="clerk-sign-up" className="w-full">
      <SignUp
        path="/sign-up"
        routing="path"
        signInUrl="/sign-in"
        forceRedirectUrl={redirectUrl}
        signInForceRedirectUrl={redirectUrl}
        fallbackRedirectUrl={APP_HOME}
        fallback={<Loading label="Loading sign-up…" />}
      />
    </div>
  );
}

/** The account menu (manage account, sign out), with the person's initials until Clerk has loaded. */
export function ClerkUserButton({ initials }: { initials: string }) {
  return (
    <div data-testid="clerk-user-button" className="grid size-8 shrink-0 place-items-center">
      <UserButton
        fallback={
          <span aria-hidden className="grid size-8 place-items-center rounded-full bg-accent text-xs font-semibold text-accent-foreground">
            {initials}
          </span>
        }
      />
    </div>
  );
}
