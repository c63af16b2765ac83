import { Mail, ShieldCheck } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatDate } from '@/lib/format';
import { displayName, initials, type UserProfile } from '../schema';

/** Who is signed in: from Clerk (kept in sync by its webhook) or from local sign-in. */
export function IdentityCard({ user, authMode }: { user: UserProfile; authMode: 'clerk' | 'local' | 'dev' }) {
  const name = displayName(user);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your identity</CardTitle>
        <CardDescription>
          {authMode === 'clerk'
            ? 'Managed by your sign-in account: change your name, email address or password from the account menu.'
            : authMode === 'local'
              ? 'You sign in with this email address and your password. Change the password and see where you are signed in below.'
              : 'Development sign-in: anyone on this computer can sign in with any email address. Not for real data.'}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <div className="flex min-w-0 items-center gap-4">
          {user.image_url ? (
            // a remote avatar from the identity provider; not worth an image optimisation round-trip
            // eslint-disable-next-line @next/next/no-img-element
            <img src={user.image_url} alt="" className="size-14 shrink-0 rounded-full border object-cover" />
          ) : (
            <span
              aria-hidden
              className="grid size-14 shrink-0 place-items-center rounded-full bg-accent text-lg font-semibold text-accent-foreground"
            >
              {initials(name)}
            </span>
          )}
          <div className="min-w-0 space-y-1">
            <p className="truncate text-lg font-medium" data-testid="profile-name">
              {name}
            </p>
            {user.email ? (
              <p className="flex min-w-0 items-center gap-1.5 text-sm text-muted-foreground">
                <Mail className="size-4 shrink-0" aria-hidden />
                <span className="truncate" data-testid="profile-email">
                  {user.email}
                </span>
              </p>
            ) : null}
            <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
              <ShieldCheck className="size-4 shrink-0" aria-hidden />
              <span>
                {authMode === 'clerk' ? 'Signed in with Clerk' : authMode === 'local' ? 'Email and password' : 'Development sign-in'} ·
                member since {formatDate(user.created_at, user)}
              </span>
            </p>
          </div>
        </div>
      </CardContent>
    </Card>
  );
}
