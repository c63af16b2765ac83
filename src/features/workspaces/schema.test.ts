import { describe, expect, it } from 'vitest';
import {
  clerkDeletedOrganizationSchema,
  clerkEventSubject,
  clerkMembershipSchema,
  clerkOrganizationSchema,
  clerkTimestamp,
  emailFromIdentifier,
  isClerkOrganizationEvent,
  workspaceRoleFromClerk,
} from './schema';

const organization = {
  id: 'org_2abc',
  object: 'organization',
  name: '  Acme Ltd ',
  slug: 'acme',
  created_by: 'user_creator',
  created_at: 1_700_000_000_000,
  updated_at: 1_700_000_500_000,
  public_metadata: {},
};

const membership = {
  id: 'orgmem_2abc',
  object: 'organization_membership',
  role: 'org:admin',
  role_name: 'Admin',
  permissions: ['org:sys_memberships:manage'],
  created_at: 1_700_000_100_000,
  updated_at: 1_700_000_200_000,
  organization,
  public_user_data: {
    user_id: 'user_2abc',
    identifier: 'ada@example.com',
    first_name: 'Ada',
    last_name: null,
    image_url: 'https://img.clerk.com/ada.png',
    has_image: true,
  },
};

describe('Clerk organization roles → workspace roles', () => {
  it("maps Clerk's roles, with or without the org: prefix of newer instances", () => {
    expect(workspaceRoleFromClerk('org:admin')).toEqual({ role: 'admin', known: true });
    expect(workspaceRoleFromClerk('org:member')).toEqual({ role: 'member', known: true });
    expect(workspaceRoleFromClerk('org:viewer')).toEqual({ role: 'viewer', known: true });
    expect(workspaceRoleFromClerk('admin')).toEqual({ role: 'admin', known: true });
    expect(workspaceRoleFromClerk('basic_member')).toEqual({ role: 'member', known: true });
    expect(workspaceRoleFromClerk('guest_member')).toEqual({ role: 'viewer', known: true });
    expect(workspaceRoleFromClerk(' ORG:Admin ')).toEqual({ role: 'admin', known: true });
  });

  it('makes any other custom role a viewer, and says it did not know it', () => {
    for (const role of ['org:billing', 'org:owner', 'org:', '', null, undefined, 'org:admin_assistant', 'constructor', '__proto__']) {
      expect(workspaceRoleFromClerk(role), String(role)).toEqual({ role: 'viewer', known: false });
    }
  });

  it('never maps a Clerk role to owner (the owner follows from the roles, in the database)', () => {
    for (const role of ['org:owner', 'owner', 'org:admin', 'org:member']) expect(workspaceRoleFromClerk(role).role).not.toBe('owner');
  });
});

describe('Clerk organization events', () => {
  it('names the six events it handles, and no others', () => {
    for (const type of ['organization.created', 'organization.updated', 'organization.deleted'])
      expect(isClerkOrganizationEvent(type)).toBe(true);
    for (const type of ['organizationMembership.created', 'organizationMembership.updated', 'organizationMembership.deleted']) {
      expect(isClerkOrganizationEvent(type)).toBe(true);
    }
    for (const type of ['organizationInvitation.accepted', 'organizationDomain.created', 'user.created', 'organization', '']) {
      expect(isClerkOrganizationEvent(type)).toBe(false);
    }
  });

  it('reads an organization, trimming its name and keeping its creator', () => {
    expect(clerkOrganizationSchema.parse(organization)).toEqual({
      id: 'org_2abc',
      name: 'Acme Ltd',
      created_by: 'user_creator',
      created_at: 1_700_000_000_000,
      updated_at: 1_700_000_500_000,
    });
    // created_by is optional in Clerk's payload; an oversized name is cut to the column
    const parsed = clerkOrganizationSchema.parse({ ...organization, created_by: undefined, name: 'x'.repeat(300) });
    expect(parsed.created_by).toBeNull();
    expect(parsed.name).toHaveLength(200);
  });

  it('refuses an organization without an id or with fields of the wrong type', () => {
    for (const bad of [
      { ...organization, id: '' },
      { ...organization, id: undefined },
      { ...organization, updated_at: 'yesterday' },
    ]) {
      expect(clerkOrganizationSchema.safeParse(bad).success).toBe(false);
    }
    expect(clerkOrganizationSchema.safeParse({ ...organization, updated_at: 1e20 }).success).toBe(false);
    expect(clerkDeletedOrganizationSchema.parse({ object: 'organization', id: 'org_2abc', deleted: true })).toEqual({ id: 'org_2abc' });
    expect(clerkDeletedOrganizationSchema.safeParse({ object: 'organization', deleted: true }).success).toBe(false);
  });

  it('reads a membership with its organization and the public data of its person', () => {
    const parsed = clerkMembershipSchema.parse(membership);
    expect(parsed).toMatchObject({
      id: 'orgmem_2abc',
      role: 'org:admin',
      organization: { id: 'org_2abc', name: 'Acme Ltd', created_by: 'user_creator' },
      public_user_data: { user_id: 'user_2abc', identifier: 'ada@example.com', first_name: 'Ada', last_name: null },
    });
    expect(
      clerkMembershipSchema.parse({ ...membership, public_user_data: { ...membership.public_user_data, image_url: 'http://x' } })
        .public_user_data.image_url,
    ).toBeNull();
    for (const bad of [
      { ...membership, organization: undefined },
      { ...membership, public_user_data: { ...membership.public_user_data, user_id: '' } },
      { ...membership, id: 42 },
    ]) {
      expect(clerkMembershipSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('names the organization and person of an event for its log line, even a malformed one', () => {
    expect(clerkEventSubject('organization.updated', organization)).toEqual({ clerk_org_id: 'org_2abc' });
    expect(clerkEventSubject('organization.deleted', { id: 'org_2abc', deleted: true })).toEqual({ clerk_org_id: 'org_2abc' });
    expect(clerkEventSubject('organizationMembership.deleted', membership)).toEqual({
      clerk_org_id: 'org_2abc',
      clerk_user_id: 'user_2abc',
    });
    expect(clerkEventSubject('organizationMembership.created', { organization: 'org_2abc', public_user_data: null })).toEqual({
      clerk_org_id: undefined,
      clerk_user_id: undefined,
    });
    expect(clerkEventSubject('organization.created', { id: 42 })).toEqual({ clerk_org_id: undefined });
  });

  it('takes an identifier as the email address only when it is one', () => {
    expect(emailFromIdentifier(' ada@example.com ')).toBe('ada@example.com');
    expect(emailFromIdentifier('+15555550100')).toBeNull();
    expect(emailFromIdentifier('ada_lovelace')).toBeNull();
    expect(emailFromIdentifier(`${'a'.repeat(320)}@example.com`)).toBeNull();
    expect(emailFromIdentifier(null)).toBeNull();
  });

  it("writes Clerk's milliseconds as an ISO time", () => {
    expect(clerkTimestamp(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(clerkTimestamp(1_700_000_000_123)).toBe('2023-11-14T22:13:20.123Z');
    expect(clerkTimestamp(null)).toBeNull();
  });
});
