import { describe, expect, it } from 'vitest';
import { describeCounts, describePath, detailLines, readChosenFile } from './import-messages';

describe('the words of the import', () => {
  it('says what a file holds, in plain words', () => {
    expect(
      describeCounts({
        workspaces: 1,
        users: 3,
        workspace_members: 2,
        business_logos: 1,
        contacts: 12,
        contact_notes: 1,
        invoices: 5,
        invoice_items: 14,
        audit_logs: 300,
      }),
    ).toBe('12 contacts, 1 note, 5 invoices, 14 invoice lines and the business settings and logo');
    expect(describeCounts({ contacts: 1 })).toBe('1 contact');
    expect(describeCounts({})).toBe('nothing yet (an empty workspace)');
  });

  it('reads a chosen data.json far enough to describe it', () => {
    const chosen = readChosenFile(
      JSON.stringify({
        format: 'ledgerly-export',
        version: 2,
        exported_at: '2026-12-07T10:00:00Z',
        tables: { workspaces: [{}], users: [{}, {}, {}], workspace_members: [{}, {}], contacts: [{}, {}] },
      }),
    );
    expect(chosen).toMatchObject({
      ok: true,
      summary: '2 contacts and the business settings',
      members: 2,
      exportedAt: new Date('2026-12-07T10:00:00Z'),
    });
  });

  it('describes an export from before workspaces (its users row is the business settings)', () => {
    const chosen = readChosenFile(
      JSON.stringify({
        format: 'ledgerly-export',
        version: 1,
        exported_at: '2026-12-07T10:00:00Z',
        tables: { users: [{}], contacts: [{}] },
      }),
    );
    expect(chosen).toMatchObject({ ok: true, summary: '1 contact and the business settings', members: 0 });
  });

  it('says clearly when the file is not one', () => {
    expect(readChosenFile('PK\u0003\u0004…')).toMatchObject({ ok: false, problem: expect.stringMatching(/not JSON/) });
    expect(readChosenFile('{"contacts":[]}')).toMatchObject({ ok: false, problem: expect.stringMatching(/not a Ledgerly export/) });
    expect(readChosenFile('{"format":"ledgerly-export","version":7}')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/newer version/),
    });
  });

  it('turns error paths into places a person can find', () => {
    expect(describePath('tables.contacts.3.email')).toBe('Contacts, row 4, email');
    expect(describePath('tables.invoice_items.0.unit_price')).toBe('Invoice lines, row 1, unit price');
    expect(describePath('tables.workspaces')).toBe('Business settings');
    expect(describePath('tables.workspace_members.1.role')).toBe('Members, row 2, role');
    expect(describePath('account')).toBe('account');
    expect(detailLines({ 'tables.tasks.1.contact_id': ['refers to no contact in the file'], '(more)': ['and 3 more problems'] })).toEqual([
      'Tasks, row 2, contact id: refers to no contact in the file',
      'And 3 more problems',
    ]);
  });
});
