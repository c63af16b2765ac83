import { Users } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { AuditTrail } from '@/features/audit/components/audit-trail';
import { auditListQuerySchema } from '@/features/audit/schema';
import { listActivity } from '@/features/audit/service';
import { BusinessSettingsForm } from '@/features/users/components/business-settings-form';
import { BusinessSettingsView } from '@/features/users/components/business-settings-view';
import { IdentityCard } from '@/features/users/components/identity-card';
import { nextInvoiceNumberPreview } from '@/features/invoices/service';
import { YourDataCard } from '@/features/portability/components/your-data-card';
import { workspaceContents } from '@/features/portability/service';
import { getLogoInfo, settingsOptions, toProfile } from '@/features/users/service';
import { asPageUser, getPageUser } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/workspace';
import { ChangePasswordForm } from '@/features/users/components/auth-forms';
import { SessionsList } from '@/features/users/components/sessions-list';
import { sessionsOf } from '@/features/users/local-auth';
import { RoleBadge } from '@/features/workspaces/components/members-list';
import { env } from '@/lib/env';
import { decodeCursor } from '@/lib/pagination';

function validCursor(value: string): boolean {
  try {
    decodeCursor(value);
    return true;
  } catch {
    return false;
  }
}

export const metadata: Metadata = { title: 'Profile' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ACTIVITY_PAGE = 15;

export default async function ProfilePage({ searchParams }: { searchParams: SearchParams }) {
  const { activity } = await searchParams;
  // a stale or hand-edited cursor shows the newest entries instead of an error page
  const cursor = typeof activity === 'string' && validCursor(activity) ? activity : undefined;
  const query = auditListQuerySchema.parse({ limit: String(ACTIVITY_PAGE), cursor });
  const { user, canMove, trail, nextNumber, logo, held } = await asPageUser(async (tx, u) => ({
    user: toProfile(u),
    canMove: roleAtLeast(u.role, 'admin'),
    trail: await listActivity(tx, u, query),
    nextNumber: await nextInvoiceNumberPreview(tx, u),
    logo: await getLogoInfo(tx, u),
    held: await workspaceContents(tx),
  }));
  const authMode = env().authMode;
  const sessions = authMode === 'local' ? await sessionsOf((await getPageUser()).session) : [];
  const options = settingsOptions();
  const workspace = user.workspace;
  // the business settings, like export and import, are the admins'
  const admin = canMove;
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
        <p className="text-sm text-muted-foreground">Who you are, and the business details your invoices carry.</p>
      </div>

      <IdentityCard user={user} authMode={authMode} />

      <Card>
        <CardHeader>
          <CardTitle>Workspace</CardTitle>
          <CardDescription>The business you are working in now; switch from the menu at the top of the navigation.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center justify-between gap-3">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium" data-testid="profile-workspace">
              {workspace.name}
            </span>
            <RoleBadge role={workspace.role} />
          </p>
          <Button asChild variant="outline">
            <Link href="/settings/team">
              <Users aria-hidden /> {admin ? 'Manage the team' : 'See the team'}
            </Link>
          </Button>
        </CardContent>
      </Card>

      {authMode === 'local' ? (
        <Card>
          <CardHeader>
            <CardTitle>Password and sessions</CardTitle>
            <CardDescription>Changing the password signs every other place out.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            <ChangePasswordForm />
            <div className="grid gap-2">
              <h3 className="text-sm font-medium">Where you are signed in</h3>
              <SessionsList sessions={sessions} locale={user.locale} timeZone={user.time_zone} />
            </div>
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>Business settings</CardTitle>
          <CardDescription>
            {admin
              ? `Used on invoices and PDFs, and for dates and amounts across the app: everyone in ${workspace.name} shares them.`
              : `${workspace.name}’s details, used on invoices and PDFs. Only admins and the owner can change them.`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {admin ? (
            <BusinessSettingsForm
              settings={user}
              currencies={options.currencies}
              timeZones={options.timeZones}
              nextInvoiceNumber={nextNumber}
              logo={logo}
            />
          ) : (
            <BusinessSettingsView settings={user} logo={logo} nextInvoiceNumber={nextNumber} />
          )}
        </CardContent>
      </Card>

      <AuditTrail
        entries={trail.data}
        page={trail.page}
        user={user}
        olderHref={(cursor) => `/profile?activity=${encodeURIComponent(cursor)}#activity`}
        newestHref={cursor ? '/profile#activity' : null}
      />

      <YourDataCard held={held} workspace={user.workspace.name} canMove={canMove} />

      {authMode === 'clerk' ? (
        <Card>
          <CardHeader>
            <CardTitle>Closing your account</CardTitle>
            <CardDescription>What happens when you close your account.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-2 text-sm text-muted-foreground">
            <p>
              You can delete your account from the account menu:{' '}
              <span className="text-foreground">Manage account → Security → Delete account</span>.
            </p>
            <p>
              Deleting your account removes it and everything in it — contacts, tasks, invoices, transactions and assistant history —
              immediately and for good. Only the account&apos;s sign-in id is kept, with no other detail, so that the account cannot come
              back by accident. Export what you are required to keep (for example invoices for your tax records) before you delete it.
            </p>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
