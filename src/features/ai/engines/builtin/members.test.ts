import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import { listMembers, wantsMemberList } from './members';
import { Turn } from './turn';

const turn = (query: string) => new Turn({ query, history: [] } as unknown as EngineRequest);

describe('questions about the team', () => {
  it('recognises questions about the members and their roles', () => {
    for (const q of [
      "who's on my team?",
      'is sam an admin?',
      'what role does Vera have',
      'Is Vera Viewer allowed to edit things?',
      'how many people are in the workspace?',
      'team members and their roles pls',
      'who else uses ledgerly here',
      'what rights does Olu have here',
      "who's an admin here",
    ]) {
      expect(wantsMemberList(turn(q)), q).toBe(true);
    }
    for (const q of ['assign the report to Sam', 'show my contacts', 'add Vera as a lead']) expect(wantsMemberList(turn(q)), q).toBe(false);
  });
});

describe('team questions said in other words', () => {
  it('reads logins, the asker’s own role and a typo in "access"', () => {
    for (const q of [
      'who else can log into this account?',
      'am I an admin here?',
      "what's vera's acess level",
      'who can i hand tasks over to?',
      // a kind of access, and "whos" for "who's"
      'whos got view-only access',
      "who's got admin access?",
      'who has view only rights',
    ]) {
      expect(wantsMemberList(turn(q)), q).toBe(true);
    }
  });
  it('ignores team words inside a quotation', () => {
    expect(wantsMemberList(turn('I overheard "Osei\'s team loved the renders" - do I have them as a contact?'))).toBe(false);
  });
});

describe('what a member may do', () => {
  it('reads "can sam edit …" and "what can vera do" as a role question, not "what can we do"', () => {
    expect(wantsMemberList(turn('can sam edit contacts?'))).toBe(true);
    expect(wantsMemberList(turn('what can vera do here?'))).toBe(true);
    expect(wantsMemberList(turn('what can we do about the overdue invoice'))).toBe(false);
  });
});

describe('who the workspace is shared with', () => {
  it('reads who sees the data and the asker’s own role as questions about the team', () => {
    for (const q of ['who else can see my data?', 'who can look at our books', 'what is my own role here']) {
      expect(wantsMemberList(turn(q)), q).toBe(true);
    }
    expect(wantsMemberList(turn('can you show me the data for acme'))).toBe(false);
  });
});

describe('who has a right', () => {
  it('reads "who can only view", "who may edit" as a question about the members, and answers it with their roles', async () => {
    for (const q of ['who can only view and not edit', 'who is allowed to delete things', 'who may edit here'])
      expect(wantsMemberList(turn(q)), q).toBe(true);
    expect(wantsMemberList(turn('who can I call about the invoice'))).toBe(false);
    const members = [
      { name: 'Robin Example', email: null, role: 'owner', you: true },
      { name: 'Vera Viewer', email: null, role: 'viewer', you: false },
    ];
    const tools = { call: async () => ({ ok: true, data: { members } }) };
    const asked = new Turn({ query: 'who can only view and not edit', history: [], tools } as unknown as EngineRequest);
    expect((await listMembers(asked))?.response).toContain('Vera Viewer: viewer');
  });
});
