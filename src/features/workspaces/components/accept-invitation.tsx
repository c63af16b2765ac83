'use client';

import { AlertTriangle, LogOut, UserPlus } from 'lucide-react';
import Link from 'next/link';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { APP_HOME } from '@/lib/routes';
import { type Role, ROLE_LABELS, type WorkspaceSummary } from '../schema';
import { openWorkspace } from './switch-workspace';
import { type InvitationOutcome, invitationOutcome } from './team-rules';

type State =
  | { step: 'ready' }
  | { step: 'accepting' }
  | { step: 'joined'; name: string | null; role: Role }
  | { step: 'refused'; outcome: InvitationOutcome };

/** Signs out (local accounts and development sign-in) and comes back to this invitation through the sign-in page. */
async function signOutAndReturn(back: string): Promise<void> {
  await fetch('/api/local-auth/sign-out', { method: 'POST' }).catch(() => undefined);
  // a full page load: nothing of the other session stays in memory
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/sign-in?redirect_url=${encodeURIComponent(back)}`);
}

function SwitchAccount({ back, email }: { back: string; email: string | null }) {
  const [pending, setPending] = React.useState(false);
  return (
    <Button
      variant="outline"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOutAndReturn(back);
      }}
    >
      <LogOut aria-hidden /> {email ? 'Sign in with that address' : 'Sign in with another address'}
    </Button>
  );
}

/**
 * Accepting an invitation: POST /api/invitations/accept { token }, then that
 * workspace becomes the chosen one (the cookie) and its dashboard opens. A
 * refusal says what happened and what to do (used, expired, for another
 * address, withdrawn). The API names the workspace only once one has joined,
 * so the page does not pretend to know it before.
 */
export function AcceptInvitation({
  token,
  signedInAs,
  canSwitchAccount,
  initial,
}: {
  token: string;
  signedInAs: string | null;
  /** whether this page can sign out by itself (not under Clerk, whose account menu does it) */
  canSwitchAccount: boolean;
  /** a problem known before asking (a link that is not complete) */
  initial?: InvitationOutcome;
}) {
  const [state, setState] = React.useState<State>(initial ? { step: 'refused', outcome: initial } : { step: 'ready' });
  const back = `/invitations/${token}`;

  async function accept() {
    setState({ step: 'accepting' });
    try {
      const { data } = await apiFetch<{ data: { workspace_id: string; role: Role } }>('/api/invitations/accept', {
        method: 'POST',
        body: { token },
      });
      // the workspace's name, now that one may see it
      const name = await apiFetch<{ data: WorkspaceSummary[] }>('/api/workspaces')
        .then(({ data: list }) => list.find((w) => w.id === data.workspace_id)?.name ?? null)
        .catch(() => null);
      setState({ step: 'joined', name, role: data.role });
      openWorkspace(data.workspace_id);
    } catch (error) {
      const outcome =
        error instanceof ApiClientError
          ? invitationOutcome(error)
          : invitationOutcome({ status: 0, message: 'Could not reach the server. Check your connection and try again.' });
      setState({ step: 'refused', outcome });
    }
  }

  if (state.step === 'joined') {
    return (
      <div role="status" className="grid gap-2 text-sm" data-testid="invitation-joined">
        <p className="font-medium">
          You joined {state.name ?? 'the workspace'} as {state.role === 'admin' || state.role === 'owner' ? 'an' : 'a'}{' '}
          {ROLE_LABELS[state.role].toLowerCase()}.
        </p>
        <p className="text-muted-foreground">Opening it…</p>
      </div>
    );
  }

  if (state.step === 'refused') {
    const { outcome } = state;
    return (
      <div className="grid gap-4" data-testid="invitation-problem" data-kind={outcome.kind}>
        <div
          role="alert"
          className="grid min-w-0 gap-1 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950 [overflow-wrap:anywhere]"
        >
          <p className="flex items-center gap-2 font-medium">
            <AlertTriangle className="size-4 shrink-0" aria-hidden /> {outcome.title}
          </p>
          <p>{outcome.message}</p>
          {outcome.kind === 'wrong_email' && signedInAs ? <p>You are signed in as {signedInAs}.</p> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          {outcome.kind === 'wrong_email' && canSwitchAccount ? <SwitchAccount back={back} email={outcome.invitedEmail} /> : null}
          {outcome.kind === 'failed' ? <Button onClick={() => void accept()}>Try again</Button> : null}
          <Button asChild variant={outcome.kind === 'failed' ? 'outline' : 'default'}>
            <Link href={APP_HOME}>Go to your dashboard</Link>
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Accepting adds you to the team with the role the invitation gives (both are named in the email), and opens the workspace. You keep
        your own workspace, and can switch between them from the menu.
      </p>
      {signedInAs ? (
        <p className="text-sm [overflow-wrap:anywhere]">
          Signed in as <span className="font-medium">{signedInAs}</span>. The invitation works only for the address it was sent to.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void accept()} disabled={state.step === 'accepting'}>
          <UserPlus aria-hidden /> {state.step === 'accepting' ? 'Joining…' : 'Accept invitation'}
        </Button>
        <Button asChild variant="outline">
          <Link href={APP_HOME}>Not now</Link>
        </Button>
      </div>
      {canSwitchAccount ? (
        <p className="text-xs text-muted-foreground">
          Not the right account? <SignOutLink back={back} />
        </p>
      ) : null}
    </div>
  );
}

function SignOutLink({ back }: { back: string }) {
  return (
    <button type="button" className="text-primary underline-offset-4 hover:underline" onClick={() => void signOutAndReturn(back)}>
      Sign out and sign in with another address
    </button>
  );
}
