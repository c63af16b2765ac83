import type { Metadata } from 'next';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { BusinessSettingsForm } from '@/features/users/components/business-settings-form';
import { IdentityCard } from '@/features/users/components/identity-card';
import { settingsOptions, toProfile } from '@/features/users/service';
import { asPageUser } from '@/lib/auth/page';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Profile' };

export default async function ProfilePage() {
  const user = await asPageUser(async (_tx, u) => toProfile(u));
  const authMode = env().authMode;
  const options = settingsOptions();
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
        <p className="text-sm text-muted-foreground">Who you are, and the business details your invoices carry.</p>
      </div>

      <IdentityCard user={user} authMode={authMode} />

      <Card>
        <CardHeader>
          <CardTitle>Business settings</CardTitle>
          <CardDescription>Used on invoices and PDFs, and for dates and amounts across the app.</CardDescription>
        </CardHeader>
        <CardContent>
          <BusinessSettingsForm settings={user} currencies={options.currencies} timeZones={options.timeZones} />
        </CardContent>
      </Card>

      {/* The account's audit trail goes here, as its own card: listAudit() from
          @/features/audit/service (what changed, by whom, when; read-only). */}

      {authMode === 'clerk' ? (
        <Card>
          <CardHeader>
            <CardTitle>Your data</CardTitle>
            <CardDescription>What happens when you close your account.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-2 text-sm text-muted-foreground">
            <p>
              You can delete your account from the account menu:{' '}
              <span className="text-foreground">Manage account → Security → Delete account</span>.
            </p>
            <p>
              Deleting your account removes it and everything in it — contacts, tasks, invoices, transactions and
              assistant history — immediately and for good. Only the account&apos;s sign-in id is kept, with no other
              detail, so that the account cannot come back by accident. Export what you are required to keep (for
              example invoices for your tax records) before you delete it.
            </p>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
