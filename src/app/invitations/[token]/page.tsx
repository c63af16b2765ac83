import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/ui/auth-shell';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { AcceptInvitation } from '@/features/workspaces/components/accept-invitation';
import { malformedInvitation } from '@/features/workspaces/components/team-rules';
import { invitationAcceptSchema } from '@/features/workspaces/schema';
import { getPageUser } from '@/lib/auth/page';
import { getSession } from '@/lib/auth/session';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

/**
 * The page an invitation email links to. Signed-out visitors are sent to
 * sign in (or sign up) and come back here (the proxy's `redirect_url`);
 * signed in, Accept joins the workspace and opens it. The token is the whole
 * secret, so the page sends no referrer.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await getSession())) redirect(`/sign-in?redirect_url=${encodeURIComponent(`/invitations/${token}`)}`);
  const { user } = await getPageUser();
  const wellFormed = invitationAcceptSchema.safeParse({ token }).success;
  return (
    <AuthShell className="max-w-md">
      <Card className="w-full">
        <CardHeader>
          <CardTitle>You are invited to join a workspace</CardTitle>
          <CardDescription>Someone added you to their team on Ledgerly, to work on the same contacts, invoices and tasks.</CardDescription>
        </CardHeader>
        <CardContent>
          <AcceptInvitation
            token={wellFormed ? token : ''}
            signedInAs={user.email}
            canSwitchAccount={env().authMode !== 'clerk'}
            initial={wellFormed ? undefined : malformedInvitation()}
          />
        </CardContent>
      </Card>
    </AuthShell>
  );
}
