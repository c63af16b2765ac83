'use client';

import { UserMinus } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/notify';
import { NativeSelect } from '@/components/ui/select';
import { apiFetch } from '@/lib/api-client';
import { type Role, ROLE_LABELS } from '../schema';
import { ConfirmDialog } from './confirm-dialog';
import { openWorkspace } from './switch-workspace';
import { type Acting, memberControls, memberName, roleChangeWarning } from './team-rules';

/** A member as the page hands it over: dates already formatted on the server. */
export interface MemberRow {
  user_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  role: Role;
  joined: string;
}

export interface TeamWorkspace {
  id: string;
  name: string;
  personal: boolean;
}

const ROLE_TONE: Record<Role, 'violet' | 'blue' | 'green' | 'neutral'> = {
  owner: 'violet',
  admin: 'blue',
  member: 'green',
  viewer: 'neutral',
};

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={ROLE_TONE[role]}>{ROLE_LABELS[role]}</Badge>;
}

function initialsOf(name: string): string {
  const parts = name
    .replace(/@.*/, '')
    .split(/[\s._-]+/)
    .filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

type Pending = { kind: 'role'; member: MemberRow; role: Role; warning: string } | { kind: 'remove'; member: MemberRow } | null;

/**
 * The members of the workspace with their roles: admins change roles
 * (choosing "Owner" hands ownership over, after a confirmation) and remove
 * people; everyone else sees who is there.
 */
export function MembersList({ members, me, workspace }: { members: MemberRow[]; me: Acting; workspace: TeamWorkspace }) {
  const router = useRouter();
  const [pending, setPending] = React.useState<Pending>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const facts = { personal: workspace.personal, members: members.length };
  const base = `/api/workspaces/${workspace.id}/members`;

  async function putRole(member: MemberRow, role: Role): Promise<void> {
    await apiFetch(`${base}/${member.user_id}`, { method: 'PUT', body: { role } });
  }

  async function changeRole(member: MemberRow, role: Role) {
    const name = member.user_id === me.user_id ? 'You' : memberName(member);
    const warning = roleChangeWarning(me, member, role, memberName(member));
    if (warning) {
      setPending({ kind: 'role', member, role, warning });
      return;
    }
    setBusy(member.user_id);
    try {
      const previous = member.role;
      await putRole(member, role);
      notify.success(`${name} ${name === 'You' ? 'are' : 'is'} now ${role === 'admin' ? 'an' : 'a'} ${ROLE_LABELS[role].toLowerCase()}`, {
        undo: async () => {
          await putRole(member, previous);
          router.refresh();
        },
        undoneMessage: `${name} ${name === 'You' ? 'are' : 'is'} ${previous === 'admin' ? 'an' : 'a'} ${ROLE_LABELS[previous].toLowerCase()} again`,
      });
      router.refresh();
    } catch (error) {
      notify.failure(error, 'Could not change the role.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <ul className="divide-y rounded-md border" aria-label="Members">
        {members.map((member) => {
          const name = memberName(member);
          const self = member.user_id === me.user_id;
          const controls = memberControls(me, member, facts);
          return (
            <li key={member.user_id} className="flex flex-wrap items-center gap-3 p-3" data-testid="member-row">
              <span
                aria-hidden
                className="grid size-9 shrink-0 place-items-center rounded-full bg-accent text-xs font-semibold text-accent-foreground"
              >
                {initialsOf(name)}
              </span>
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">
                  {name}
                  {self ? <span className="font-normal text-muted-foreground"> (you)</span> : null}
                </p>
                <p className="truncate text-xs text-muted-foreground">
                  {member.email && member.email !== name ? `${member.email} · ` : ''}joined {member.joined}
                </p>
                {self && controls.roleReason ? <p className="text-xs text-muted-foreground">{controls.roleReason}</p> : null}
              </div>
              <div className="flex items-center gap-2">
                {controls.roles ? (
                  <NativeSelect
                    aria-label={`Role of ${self ? 'you' : name}`}
                    className="w-32"
                    value={member.role}
                    disabled={busy === member.user_id}
                    onChange={(event) => void changeRole(member, event.target.value as Role)}
                  >
                    {controls.roles.map((role) => (
                      <option key={role} value={role}>
                        {role === 'owner' ? 'Owner (hand over)' : ROLE_LABELS[role]}
                      </option>
                    ))}
                  </NativeSelect>
                ) : (
                  <span data-testid="member-role">
                    <RoleBadge role={member.role} />
                  </span>
                )}
                {controls.remove ? (
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove ${name}`}
                    title={`Remove ${name}`}
                    onClick={() => setPending({ kind: 'remove', member })}
                  >
                    <UserMinus aria-hidden />
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>

      <ConfirmDialog
        open={pending?.kind === 'role'}
        onOpenChange={(open) => (open ? null : setPending(null))}
        title={
          pending?.kind === 'role' && pending.role === 'owner'
            ? `Hand over ownership to ${memberName(pending.member)}?`
            : 'Give up your admin rights?'
        }
        description={pending?.kind === 'role' ? pending.warning : ''}
        confirm={
          pending?.kind === 'role' && pending.role === 'owner'
            ? 'Hand over ownership'
            : `Become ${pending?.kind === 'role' ? ROLE_LABELS[pending.role].toLowerCase() : ''}`
        }
        destructive
        onConfirm={async () => {
          if (pending?.kind !== 'role') return;
          await putRole(pending.member, pending.role);
          notify.success(
            pending.role === 'owner'
              ? `${memberName(pending.member)} now owns ${workspace.name}`
              : `You are now ${pending.role === 'admin' ? 'an' : 'a'} ${ROLE_LABELS[pending.role].toLowerCase()}`,
            { description: pending.role === 'owner' ? 'You are an admin of it.' : undefined },
          );
          router.refresh();
        }}
      />

      <ConfirmDialog
        open={pending?.kind === 'remove'}
        onOpenChange={(open) => (open ? null : setPending(null))}
        title={pending?.kind === 'remove' ? `Remove ${memberName(pending.member)}?` : 'Remove?'}
        description={
          pending?.kind === 'remove'
            ? `${memberName(pending.member)} loses access to ${workspace.name} at once. What they added stays. You can invite them again later.`
            : ''
        }
        confirm="Remove from workspace"
        destructive
        onConfirm={async () => {
          if (pending?.kind !== 'remove') return;
          await apiFetch(`${base}/${pending.member.user_id}`, { method: 'DELETE' });
          notify.success(`${memberName(pending.member)} was removed from ${workspace.name}`);
          router.refresh();
        }}
      />
    </>
  );
}

/** Leaving the workspace (DELETE of one's own membership); the owner hands ownership over first, and is told so. */
export function LeaveWorkspace({ me, workspace, members }: { me: Acting; workspace: TeamWorkspace; members: number }) {
  const [open, setOpen] = React.useState(false);
  const controls = memberControls(me, me, { personal: workspace.personal, members });
  if (!controls.leave) {
    return (
      <div className="grid gap-2">
        <div>
          <Button variant="outline" disabled aria-describedby="leave-reason">
            Leave workspace
          </Button>
        </div>
        <p id="leave-reason" className="text-sm text-muted-foreground">
          {controls.leaveReason}
        </p>
      </div>
    );
  }
  return (
    <>
      <div>
        <Button variant="outline" onClick={() => setOpen(true)}>
          Leave workspace
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Leave ${workspace.name}?`}
        description="You lose access at once, and come back only if an admin invites you again. What you added stays in the workspace."
        confirm="Leave workspace"
        destructive
        onConfirm={async () => {
          await apiFetch(`/api/workspaces/${workspace.id}/members/${me.user_id}`, { method: 'DELETE' });
          // the cookie would name a workspace one is no longer in: back to the personal one
          openWorkspace(null);
        }}
      />
    </>
  );
}
