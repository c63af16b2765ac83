import { describe, expect, it } from 'vitest';
import { invitationTokenIn } from '../schema';
import { invitationOutcome, memberControls, memberName, roleChangeWarning } from './team-rules';

const shared = { personal: false, members: 3 };

describe('memberControls', () => {
  it('lets the owner hand over, change and remove anyone else', () => {
    const c = memberControls({ user_id: 'o', role: 'owner' }, { user_id: 'a', role: 'viewer' }, shared);
    expect(c.roles).toEqual(['owner', 'admin', 'member', 'viewer']);
    expect(c.remove).toBe(true);
    expect(c.leave).toBe(false);
  });

  it('lets an admin manage admins, members and viewers, but never offer ownership', () => {
    const c = memberControls({ user_id: 'a', role: 'admin' }, { user_id: 'b', role: 'admin' }, shared);
    expect(c.roles).toEqual(['admin', 'member', 'viewer']);
    expect(c.remove).toBe(true);
  });

  it('leaves the owner alone, with the reason, for admins', () => {
    const c = memberControls({ user_id: 'a', role: 'admin' }, { user_id: 'o', role: 'owner' }, shared);
    expect(c.roles).toBeNull();
    expect(c.roleReason).toMatch(/hand ownership over/);
    expect(c.remove).toBe(false);
    expect(c.removeReason).toBe('The owner cannot be removed.');
  });

  it('offers members and viewers nothing on others, and leaving for themselves', () => {
    for (const role of ['member', 'viewer'] as const) {
      const other = memberControls({ user_id: 'm', role }, { user_id: 'x', role: 'viewer' }, shared);
      expect(other).toEqual({ roles: null, remove: false, leave: false });
      const self = memberControls({ user_id: 'm', role }, { user_id: 'm', role }, shared);
      expect(self.leave).toBe(true);
      expect(self.roles).toBeNull();
    }
  });

  it('lets an admin step down but not remove themselves (that is leaving)', () => {
    const c = memberControls({ user_id: 'a', role: 'admin' }, { user_id: 'a', role: 'admin' }, shared);
    expect(c.roles).toEqual(['admin', 'member', 'viewer']);
    expect(c.remove).toBe(false);
    expect(c.leave).toBe(true);
  });

  it('says why the owner cannot leave, for each case', () => {
    const me = { user_id: 'o', role: 'owner' as const };
    expect(memberControls(me, me, shared).leaveReason).toMatch(/hand ownership to another member before you leave/);
    expect(memberControls(me, me, { personal: false, members: 1 }).leaveReason).toMatch(/only member: delete the workspace/);
    expect(memberControls(me, me, { personal: true, members: 2 }).leaveReason).toMatch(/personal workspace/);
    expect(memberControls(me, me, shared).leave).toBe(false);
  });
});

describe('roleChangeWarning', () => {
  const owner = { user_id: 'o', role: 'owner' as const };
  it('asks before handing over ownership, naming who gets it', () => {
    expect(roleChangeWarning(owner, { user_id: 'a', role: 'admin' }, 'owner', 'Sam')).toMatch(
      /^Sam becomes the owner.*you become an admin/,
    );
  });
  it('asks an admin before stepping down', () => {
    const admin = { user_id: 'a', role: 'admin' as const };
    expect(roleChangeWarning(admin, admin, 'member', 'You')).toMatch(/no longer be able to manage the team/);
    expect(roleChangeWarning(admin, admin, 'admin', 'You')).toBeNull();
  });
  it('changes other roles without asking', () => {
    expect(roleChangeWarning(owner, { user_id: 'v', role: 'viewer' }, 'member', 'Vic')).toBeNull();
    expect(roleChangeWarning(owner, { user_id: 'a', role: 'admin' }, 'viewer', 'Al')).toBeNull();
  });
});

describe('memberName', () => {
  it('is the name, else the email', () => {
    expect(memberName({ first_name: 'Robin', last_name: 'Example', email: 'r@example.com' })).toBe('Robin Example');
    expect(memberName({ first_name: null, last_name: null, email: 'r@example.com' })).toBe('r@example.com');
    expect(memberName({ first_name: ' ', last_name: null, email: null })).toBe('Someone');
  });
});

describe('invitationOutcome', () => {
  it('tells a used link from an expired one (both 409)', () => {
    expect(
      invitationOutcome({ status: 409, message: 'This invitation has already been used.', details: { token: ['was already used'] } }).kind,
    ).toBe('used');
    expect(
      invitationOutcome({ status: 409, message: 'This invitation has expired: ask for a new one.', details: { token: ['has expired'] } })
        .kind,
    ).toBe('expired');
  });

  it('names the address a 403 was for', () => {
    const outcome = invitationOutcome({
      status: 403,
      message: 'This invitation is for sam@example.com: sign in with that address to accept it.',
    });
    expect(outcome).toMatchObject({ kind: 'wrong_email', invitedEmail: 'sam@example.com' });
    expect(outcome.message).toBe('It was sent to sam@example.com. Sign in with that address to accept it.');
  });

  it('keeps the server’s sentence when the address cannot be read from it', () => {
    const outcome = invitationOutcome({ status: 403, message: 'Not for you.' });
    expect(outcome).toMatchObject({ kind: 'wrong_email', invitedEmail: null, message: 'Not for you.' });
  });

  it('explains withdrawn or unknown links (404), mangled ones (400) and anything else', () => {
    expect(invitationOutcome({ status: 404, message: 'This invitation does not exist or was withdrawn.' }).kind).toBe('withdrawn');
    expect(invitationOutcome({ status: 400, message: 'Invalid request' }).kind).toBe('malformed');
    expect(invitationOutcome({ status: 500, message: 'Something went wrong on our side.' })).toMatchObject({
      kind: 'failed',
      message: 'Something went wrong on our side.',
    });
  });
});

describe('invitationTokenIn', () => {
  const token = 'NI9KRf0vBp6Y5ISI5olEtm6S9WjFrNPfvsf-kIxw7M_';
  it('reads the token of an invitation page’s path', () => {
    expect(invitationTokenIn(`/invitations/${token}`)).toBe(token);
    expect(invitationTokenIn(`/invitations/${token}/`)).toBe(token);
    expect(invitationTokenIn(`/invitations/${token}?from=email`)).toBe(token);
  });
  it('is null for anything else', () => {
    expect(invitationTokenIn('/dashboard')).toBeNull();
    expect(invitationTokenIn('/invitations/short')).toBeNull();
    expect(invitationTokenIn(`/x/invitations/${token}`)).toBeNull();
    expect(invitationTokenIn(`/invitations/${token}/extra`)).toBeNull();
    expect(invitationTokenIn(null)).toBeNull();
  });
});
