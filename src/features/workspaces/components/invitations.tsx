'use client';

import { MailCheck, MailWarning, Send } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { CopyField } from '@/components/ui/copy-field';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { NativeSelect } from '@/components/ui/select';
import { useApiForm } from '@/components/ui/use-api-form';
import { apiFetch } from '@/lib/api-client';
import { INVITABLE_ROLES, invitationCreateSchema, type Invitation, type Role, ROLE_LABELS, ROLE_SUMMARIES } from '../schema';
import { ConfirmDialog } from './confirm-dialog';
import { RoleBadge, type TeamWorkspace } from './members-list';

/** What POST /api/workspaces/:id/invitations answers (docs: ../shared/API.md, "Workspaces"). */
interface SentInvitation extends Invitation {
  url: string;
  email_sent: boolean;
  email_problem?: string;
}

/** A link with a button that copies it (and says so). */
export function CopyLink({ url, label }: { url: string; label: string }) {
  return <CopyField value={url} label={label} noun="link" button="Copy link" testId="invitation-link" />;
}

function formatDay(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value));
}

/**
 * Invite by email with a role (admins): the answer shows the single-use link
 * with a copy button, and whether the email went out (and why not).
 */
export function InviteForm({ workspace, locale }: { workspace: TeamWorkspace; locale: string }) {
  const router = useRouter();
  const form = useApiForm();
  const [email, setEmail] = React.useState('');
  const [role, setRole] = React.useState<Role>('member');
  const [sent, setSent] = React.useState<SentInvitation | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { email: email.trim(), role };
    if (!form.check(invitationCreateSchema, body)) return;
    setSent(null);
    await form.send(
      () => apiFetch<{ data: SentInvitation }>(`/api/workspaces/${workspace.id}/invitations`, { method: 'POST', body }),
      ({ data }) => {
        setSent(data);
        setEmail('');
        router.refresh();
      },
      { fallback: 'Could not create the invitation. Try again.' },
    );
  }

  return (
    <div className="grid gap-4">
      <form onSubmit={onSubmit} onChange={form.clearFieldError} noValidate aria-label="Invite someone" className="grid gap-4">
        <div className="grid items-start gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
          <Field id="invite-email" label="Email address" error={form.errors.email} hint="They sign in with this address to accept.">
            <Input
              name="email"
              type="email"
              inputMode="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              placeholder="sam@example.com"
            />
          </Field>
          <Field id="invite-role" label="Role" error={form.errors.role} hint={ROLE_SUMMARIES[role]}>
            <NativeSelect name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {INVITABLE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </NativeSelect>
          </Field>
        </div>
        {form.message ? (
          <p role="alert" className="text-sm text-destructive">
            {form.message}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={form.pending}>
            <Send aria-hidden /> {form.pending ? 'Inviting…' : 'Send invitation'}
          </Button>
        </div>
      </form>

      {sent ? (
        <div className="grid gap-3 rounded-md border bg-muted/50 p-3" data-testid="invitation-sent">
          <div role="status" className="grid min-w-0 gap-1 text-sm [overflow-wrap:anywhere]">
            <p className="font-medium">
              {sent.email} is invited as {sent.role === 'admin' ? 'an' : 'a'} {ROLE_LABELS[sent.role].toLowerCase()}.
            </p>
            {sent.email_sent ? (
              <p className="flex items-start gap-1.5 text-success" data-testid="invitation-email-status">
                <MailCheck className="mt-0.5 size-4 shrink-0" aria-hidden /> The invitation email went out to {sent.email}.
              </p>
            ) : (
              <p className="flex items-start gap-1.5 text-amber-800" data-testid="invitation-email-status">
                <MailWarning className="mt-0.5 size-4 shrink-0" aria-hidden />
                <span>
                  The email could not be sent{sent.email_problem ? `: ${sent.email_problem.replace(/\.$/, '')}` : ''}. Copy the link below
                  and send it to them yourself.
                </span>
              </p>
            )}
          </div>
          <CopyLink url={sent.url} label="Invitation link" />
          <p className="text-xs text-muted-foreground [overflow-wrap:anywhere]">
            The link works once, for {sent.email} only, until {formatDay(sent.expires_at, locale)}. Inviting the same address again replaces
            it.
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** A pending invitation as the page hands it over (dates formatted on the server). */
export interface InvitationRow {
  id: string;
  email: string;
  role: Exclude<Role, 'owner'>;
  sent: string;
  expires: string;
}

/** Pending invitations, each with "Revoke" (its link stops working at once). */
export function PendingInvitations({ invitations, workspace }: { invitations: InvitationRow[]; workspace: TeamWorkspace }) {
  const router = useRouter();
  const [revoking, setRevoking] = React.useState<InvitationRow | null>(null);
  if (invitations.length === 0) {
    return <p className="text-sm text-muted-foreground">No invitations are waiting to be accepted.</p>;
  }
  return (
    <>
      <ul className="divide-y rounded-md border" aria-label="Pending invitations">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center gap-3 p-3" data-testid="invitation-row">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{invitation.email}</p>
              <p className="text-xs text-muted-foreground">
                Sent {invitation.sent} · expires {invitation.expires}
              </p>
            </div>
            <RoleBadge role={invitation.role} />
            <Button
              variant="outline"
              size="sm"
              onClick={() => setRevoking(invitation)}
              aria-label={`Revoke the invitation for ${invitation.email}`}
            >
              Revoke
            </Button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => (open ? null : setRevoking(null))}
        title="Revoke this invitation?"
        description={revoking ? `The link sent to ${revoking.email} stops working at once. You can invite them again later.` : ''}
        confirm="Revoke invitation"
        destructive
        onConfirm={async () => {
          if (!revoking) return;
          await apiFetch(`/api/workspaces/${workspace.id}/invitations/${revoking.id}`, { method: 'DELETE' });
          notify.success(`The invitation for ${revoking.email} was revoked`);
          router.refresh();
        }}
      />
    </>
  );
}
