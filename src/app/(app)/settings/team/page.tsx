import Link from 'next/link';
import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { InviteForm, PendingInvitations } from '@/features/workspaces/components/invitations';
import { LeaveWorkspace, MembersList, RoleBadge } from '@/features/workspaces/components/members-list';
import { PermissionsTable } from '@/features/workspaces/components/permissions-table';
import { RoleAbilities } from '@/features/workspaces/components/role-abilities';
import { DeleteWorkspace, RenameWorkspaceForm } from '@/features/workspaces/components/workspace-settings';
import { canAdmin } from '@/features/workspaces/schema';
import { listInvitations, listMembers } from '@/features/workspaces/service';
import { asPageUser } from '@/lib/auth/page';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Team' };

/**
 * The team of the current workspace: its name, the members and their roles,
 * invitations, what each role may do, leaving, and (for the owner of a
 * shared workspace) deleting it. Every control a role may not use is left
 * out or says why; the API checks the role again and its 403 is shown.
 */
export default async function TeamPage() {
  const { workspace, members, invitations } = await asPageUser(async (tx, ws) => ({
    workspace: ws,
    members: await listMembers(tx, ws, ws.id),
    invitations: canAdmin(ws.role) ? await listInvitations(tx, ws, ws.id) : [],
  }));
  const when = { locale: workspace.locale, time_zone: workspace.time_zone };
  const team = { id: workspace.id, name: workspace.name, personal: workspace.personal };
  const me = { user_id: workspace.user.id, role: workspace.role };
  const admin = canAdmin(workspace.role);
  const owner = members.find((m) => m.role === 'owner');
  const ownerName = owner ? [owner.first_name, owner.last_name].filter(Boolean).join(' ') || owner.email : null;
  const pending = invitations
    .filter((i) => i.status === 'pending')
    .map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      sent: formatDate(i.created_at, when),
      expires: formatDate(i.expires_at, when),
    }));

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Team</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <span>
            Who works in <span className="font-medium text-foreground">{workspace.name}</span>, and what each person may do. You are
          </span>
          <RoleBadge role={workspace.role} />
          {workspace.personal ? <Badge>Personal workspace</Badge> : null}
        </p>
        <p className="text-sm text-muted-foreground">
          Connecting other tools?{' '}
          <Link className="text-primary hover:underline" href="/docs/api">
            Read the API documentation
          </Link>
          .
        </p>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Workspace</CardTitle>
          <CardDescription>
            {workspace.personal
              ? 'Your personal workspace: it came with your account. You can still invite people to work in it with you.'
              : 'A shared workspace: its contacts, invoices, money and settings belong to the team.'}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {admin ? (
            <RenameWorkspaceForm workspace={team} />
          ) : (
            <dl className="grid gap-1 text-sm">
              <dt className="text-muted-foreground">Name</dt>
              <dd className="font-medium" data-testid="workspace-title">
                {workspace.name}
              </dd>
              <dd className="text-xs text-muted-foreground">Only admins and the owner can rename the workspace.</dd>
            </dl>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            Members <span className="font-normal text-muted-foreground">({members.length})</span>
          </CardTitle>
          <CardDescription>
            {admin
              ? 'Change a role with its menu; choosing “Owner” hands ownership over. Removing someone takes effect on their next click.'
              : `Only admins and the owner${ownerName ? ` (${ownerName})` : ''} can change roles or remove people.`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <MembersList members={members.map((m) => ({ ...m, joined: formatDate(m.joined_at, when) }))} me={me} workspace={team} />
        </CardContent>
      </Card>

      {admin ? (
        <>
          <Card>
            <CardHeader>
              <CardTitle>Invite someone</CardTitle>
              <CardDescription>
                They get an email with a link that works once, for 7 days, for that address only. If email is not set up here, copy the link
                and send it yourself.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <InviteForm workspace={team} locale={workspace.locale} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>
                Pending invitations <span className="font-normal text-muted-foreground">({pending.length})</span>
              </CardTitle>
              <CardDescription>Revoking one makes its link stop working at once.</CardDescription>
            </CardHeader>
            <CardContent>
              <PendingInvitations invitations={pending} workspace={team} />
            </CardContent>
          </Card>
        </>
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>Invite someone</CardTitle>
            <CardDescription>Only admins and the owner can invite people{ownerName ? `: ask ${ownerName}` : ''}.</CardDescription>
          </CardHeader>
        </Card>
      )}

      <Card>
        <CardHeader>
          <CardTitle>Roles and permissions</CardTitle>
          <CardDescription>The same rules hold in the app, the API and the database.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          <RoleAbilities role={workspace.role} />
          <PermissionsTable current={workspace.role} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Leave this workspace</CardTitle>
          <CardDescription>You lose access to {workspace.name} until someone invites you again.</CardDescription>
        </CardHeader>
        <CardContent>
          <LeaveWorkspace me={me} workspace={team} members={members.length} />
        </CardContent>
      </Card>

      {workspace.role === 'owner' && !workspace.personal ? (
        <Card className="border-red-200">
          <CardHeader>
            <CardTitle>Delete this workspace</CardTitle>
            <CardDescription>
              Everything in {workspace.name} goes for good, for all {members.length} {members.length === 1 ? 'member' : 'members'}. Only the
              owner can do this.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteWorkspace workspace={team} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
