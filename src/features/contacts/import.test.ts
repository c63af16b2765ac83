import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv';
import { guessMapping, mappingProblems, normaliseStatus, planImport, prepareRows, splitFullName } from './import';

describe('contact import', () => {
  it('guesses Google Contacts columns (old and new exports)', () => {
    expect(
      guessMapping([
        'Name',
        'Given Name',
        'Family Name',
        'E-mail 1 - Type',
        'E-mail 1 - Value',
        'E-mail 2 - Value',
        'Phone 1 - Value',
        'Organization 1 - Name',
        'Organization 1 - Title',
        'Address 1 - Formatted',
        'Address 1 - City',
        'Notes',
      ]),
    ).toEqual(['full_name', 'first_name', 'last_name', null, 'email', null, 'phone', 'company', 'position', 'address', null, 'notes']);
    expect(
      guessMapping([
        'First Name',
        'Middle Name',
        'Last Name',
        'E-mail 1 - Label',
        'E-mail 1 - Value',
        'Organization Name',
        'Organization Title',
      ]),
    ).toEqual(['first_name', null, 'last_name', null, 'email', 'company', 'position']);
  });

  it('guesses HubSpot columns, joining address parts when there is no whole address', () => {
    expect(
      guessMapping([
        'Record ID',
        'First Name',
        'Last Name',
        'Email',
        'Phone Number',
        'Mobile Phone Number',
        'Company Name',
        'Job Title',
        'Street Address',
        'City',
        'Postal Code',
        'Lifecycle Stage',
      ]),
    ).toEqual([null, 'first_name', 'last_name', 'email', 'phone', null, 'company', 'position', 'address', 'address', 'address', 'status']);
  });

  it('guesses spreadsheet and own-export columns', () => {
    expect(
      guessMapping([
        'id',
        'first_name',
        'last_name',
        'email',
        'phone',
        'company',
        'position',
        'address',
        'status',
        'notes',
        'created_at',
        'updated_at',
      ]),
    ).toEqual([null, 'first_name', 'last_name', 'email', 'phone', 'company', 'position', 'address', 'status', 'notes', null, null]);
    expect(guessMapping(['Full name', 'E-Mail', 'Tel', 'Firma', 'Title', 'Comments', 'Remarks', '', 'Favourite colour'])).toEqual([
      'full_name',
      'email',
      'phone',
      'company',
      'position',
      'notes',
      'notes',
      null,
      null,
    ]);
  });

  it('checks a mapping', () => {
    expect(mappingProblems(['first_name', 'email'], 2)).toEqual([]);
    expect(mappingProblems(['full_name', null, 'notes', 'notes'], 4)).toEqual([]);
    expect(mappingProblems(['first_name'], 2)).toEqual(['must have one entry per column: the file has 2, the mapping 1']);
    expect(mappingProblems(['email', 'email'], 2)).toEqual([
      'maps 2 columns to email; only address and notes take several',
      'must map a column to first_name or full_name',
    ]);
  });

  it('reads statuses as CRMs write them', () => {
    expect(normaliseStatus('Customer')).toBe('customer');
    expect(normaliseStatus('Marketing Qualified Lead')).toBe('lead');
    expect(normaliseStatus(' INACTIVE ')).toBe('inactive');
    expect(normaliseStatus('evangelist')).toBe('customer');
    expect(normaliseStatus('VIP')).toBeUndefined();
  });

  it('splits a full name at its last word', () => {
    expect(splitFullName('Ada King Lovelace')).toEqual({ first: 'Ada King', last: 'Lovelace' });
    expect(splitFullName('  Cher ')).toEqual({ first: 'Cher', last: null });
    expect(splitFullName('')).toEqual({ first: '', last: null });
  });

  it('maps, validates and plans rows; duplicates by email, case-insensitive', () => {
    const parsed = parseCsv(
      [
        'Name,Email,Street,City,Status',
        'Ada Lovelace,ADA@example.com,12 Square,London,customer',
        'Ada Again,ada@EXAMPLE.com,,,',
        'Known Person,known@example.com,,,',
        ',nobody@example.com,,,',
        'Bad Mail,nope,,,lead',
      ].join('\n'),
    );
    const mapping = guessMapping(parsed.header);
    expect(mapping).toEqual(['full_name', 'email', 'address', 'address', 'status']);
    const rows = prepareRows(parsed, mapping);
    expect(rows[0]!.contact).toEqual({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ADA@example.com',
      address: '12 Square, London',
      status: 'customer',
    });
    expect(rows[0]!.email).toBe('ada@example.com');
    expect(rows[3]!.errors).toEqual([{ row: 5, field: 'first_name', message: 'must not be empty' }]);
    expect(rows[4]!.errors).toEqual([{ row: 6, field: 'email', message: 'must be an email address' }]);

    const existing = new Map([['known@example.com', 'contact-1']]);
    const skip = planImport(rows, existing, 'skip');
    expect(skip.rows.map((r) => r.action)).toEqual(['create', 'skip', 'skip', 'error', 'error']);
    expect(skip.duplicates).toEqual([
      { row: 3, email: 'ada@example.com', source: 'file', first_row: 2 },
      { row: 4, email: 'known@example.com', source: 'existing', contact_id: 'contact-1' },
    ]);
    const update = planImport(rows, existing, 'update');
    expect(update.rows.map((r) => r.action)).toEqual(['create', 'skip', 'update', 'error', 'error']);
    expect(update.updates).toEqual([{ id: 'contact-1', values: { first_name: 'Known', last_name: 'Person', email: 'known@example.com' } }]);
    const create = planImport(rows, existing, 'create');
    expect(create.rows.map((r) => r.action)).toEqual(['create', 'create', 'create', 'error', 'error']);
    expect(create.duplicates).toHaveLength(2);
    expect(create.errors).toHaveLength(2);
  });
});
