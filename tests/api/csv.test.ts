import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { signIn } from '../helpers/client';
import { allRows, expectErrorShape, total } from '../helpers/api';

/**
 * CSV in and out for contacts on both backends: the export → import round trip
 * into another account, the formats people bring (Google Contacts, HubSpot, a
 * spreadsheet), duplicates, per-row errors that write nothing, malformed files,
 * and 10 000 rows in seconds.
 */

const backends = inject('backends');

type Client = Awaited<ReturnType<typeof signIn>>;

function importCsv(client: Client, csv: string, options: Record<string, unknown> = {}) {
  return client.post('/api/contacts/import', { csv, ...options });
}

const FIELDS = ['first_name', 'last_name', 'email', 'phone', 'company', 'position', 'address', 'status', 'notes'] as const;

function comparable(rows: any[]) {
  return rows
    .map((r) => Object.fromEntries(FIELDS.map((f) => [f, r[f] ?? null])))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe.each(backends)('contacts CSV on $name', (backend) => {
  it('round-trips: export → import into another user → the same rows', async () => {
    const source = await signIn(backend.url);
    const contacts = [
      {
        first_name: 'Zoë',
        last_name: 'Çelik',
        email: 'zoe@örnek.example',
        phone: '+90 212 555 0101',
        company: 'Çelik, Yılmaz & Co',
        status: 'customer',
        notes: 'Line one\nLine "two", with a comma',
      },
      { first_name: '=HYPERLINK("http://evil.example","click")', company: '+SUM(A1:A9)', position: '-1', address: '@home', status: 'lead' },
      { first_name: '山田', last_name: '太郎', email: 'taro@example.jp', address: '1-2-3 Shibuya\nTokyo', status: 'active' },
      { first_name: 'Plain', status: 'inactive', notes: '\ttabbed' },
      { first_name: 'Quote"Start', last_name: "O'Brien", email: 'obrien@example.ie', phone: '(01) 555-0199 ext. 4' },
    ];
    for (const c of contacts) expect((await source.post('/api/contacts', c)).status, c.first_name).toBe(201);
    const exported = await source.get('/api/contacts?format=csv');
    expect(exported.status).toBe(200);
    // nothing a spreadsheet would execute: every formula-like cell starts with a quote
    const cells = Papa.parse<string[]>(exported.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(exported.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);

    const target = await signIn(backend.url);
    const preview = await importCsv(target, exported.text, { dry_run: true });
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ rows: 5, create: 5, update: 0, skip: 0, error_rows: 0, guessed: true, dry_run: true });
    expect(preview.body.data.mapping).toEqual([
      null,
      'first_name',
      'last_name',
      'email',
      'phone',
      'company',
      'position',
      'address',
      'status',
      'notes',
      null,
      null,
    ]);
    expect(await total(target, '/api/contacts')).toBe(0);

    const committed = await importCsv(target, exported.text);
    expect(committed.status).toBe(201);
    expect(committed.body.data).toMatchObject({ rows: 5, create: 5, dry_run: false });
    expect(comparable(await allRows(target, '/api/contacts'))).toEqual(comparable(await allRows(source, '/api/contacts')));
    const again = await target.get('/api/contacts?format=csv');
    const strip = (text: string) => text.split('\r\n').map((l) => l.split(',').slice(1, -2).join(','));
    expect(new Set(strip(again.text.replace(/^\uFEFF/, '')))).toEqual(new Set(strip(exported.text.replace(/^\uFEFF/, ''))));
  });

  it('reads a Google Contacts export', async () => {
    const user = await signIn(backend.url);
    const csv = [
      'First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Organization Name,Organization Title,Notes',
      'Ada,,Lovelace,,,,* myContacts,* Home,ada@example.com,Work,ada@work.example,Mobile,+44 20 7946 0001,Home,"12 St James\'s Square\nLondon",12 St James\'s Square,London,Analytical Engines,Countess,Met at the Royal Society',
      'Charles,,Babbage,,,,* myContacts,,charles@example.com,,,,,,,,,Difference Ltd,,',
    ].join('\n');
    const res = await importCsv(user, csv);
    expect(res.status).toBe(201);
    const m = res.body.data.mapping;
    const h = res.body.data.headers as string[];
    const mapped = Object.fromEntries(h.map((header, i) => [header, m[i]]));
    expect(mapped).toMatchObject({
      'First Name': 'first_name',
      'Middle Name': null,
      'Last Name': 'last_name',
      'E-mail 1 - Label': null,
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': null,
      'Phone 1 - Value': 'phone',
      'Address 1 - Formatted': 'address',
      'Address 1 - Street': null,
      'Address 1 - City': null,
      'Organization Name': 'company',
      'Organization Title': 'position',
      Notes: 'notes',
    });
    const ada = (await user.get('/api/contacts?q=lovelace')).body.data[0];
    expect(ada).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
      phone: '+44 20 7946 0001',
      address: "12 St James's Square\nLondon",
      company: 'Analytical Engines',
      position: 'Countess',
      notes: 'Met at the Royal Society',
      status: 'lead',
    });
  });

  it('reads a HubSpot export, with lifecycle stages as statuses and address parts joined', async () => {
    const user = await signIn(backend.url);
    const csv = [
      'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,Street Address,City,State/Region,Postal Code,Country/Region,Lifecycle Stage,Create Date',
      '501,Grace,Hopper,grace@navy.example,+1 202 555 0100,US Navy,Rear Admiral,1 Navy Way,Arlington,VA,22202,United States,Customer,2024-01-02 10:00',
      '502,Alan,Turing,alan@bletchley.example,,Bletchley Park,,,,,,,Marketing Qualified Lead,2024-02-03 11:00',
      '503,Katherine,Johnson,kj@nasa.example,,NASA,,,,,,,Evangelist,2024-02-03 11:00',
    ].join('\r\n');
    const res = await importCsv(user, csv);
    expect(res.status).toBe(201);
    expect(res.body.data.mapping).toEqual([
      null,
      'first_name',
      'last_name',
      'email',
      'phone',
      'company',
      'position',
      'address',
      'address',
      'address',
      'address',
      'address',
      'status',
      null,
    ]);
    const rows = await allRows(user, '/api/contacts?sort=first_name');
    expect(rows.map((r) => [r.first_name, r.status])).toEqual([
      ['Alan', 'lead'],
      ['Grace', 'customer'],
      ['Katherine', 'customer'],
    ]);
    expect(rows[1]).toMatchObject({
      address: '1 Navy Way, Arlington, VA, 22202, United States',
      position: 'Rear Admiral',
      company: 'US Navy',
    });
  });

  it('reads a spreadsheet with semicolons, a full-name column and a mapping chosen by hand', async () => {
    const user = await signIn(backend.url);
    const csv =
      '\uFEFFName;E-mail;Mobile;Firma;Comments;Ignore me\nMaria Sibylla Merian;maria@example.de;+49 69 555;Insekten GmbH;Painter;x\nSolo;solo@example.de;;;;y\n';
    const preview = await importCsv(user, csv, { dry_run: true });
    expect(preview.body.data.delimiter).toBe(';');
    expect(preview.body.data.mapping).toEqual(['full_name', 'email', 'phone', 'company', 'notes', null]);
    expect(preview.body.data.sample[0].values).toMatchObject({ full_name: 'Maria Sibylla Merian', email: 'maria@example.de' });
    expect(preview.body.data.examples).toEqual(['Maria Sibylla Merian', 'maria@example.de', '+49 69 555', 'Insekten GmbH', 'Painter', 'x']);
    const res = await importCsv(user, csv, { mapping: ['full_name', 'email', null, 'company', 'position', 'notes'] });
    expect(res.status).toBe(201);
    expect(res.body.data.guessed).toBe(false);
    const rows = await allRows(user, '/api/contacts?sort=first_name');
    expect(rows.map((r) => [r.first_name, r.last_name, r.phone, r.position, r.notes])).toEqual([
      ['Maria Sibylla', 'Merian', null, 'Painter', 'x'],
      ['Solo', null, null, null, 'y'],
    ]);
  });

  describe('duplicates by email', () => {
    const csv = [
      'first_name,email,company',
      'Existing Again,KNOWN@example.com,New Co',
      'Fresh,fresh@example.com,',
      'Fresh Twin,Fresh@Example.com,Twin Co',
      'No Email,,',
      'No Email Either,,',
    ].join('\n');

    async function setup() {
      const user = await signIn(backend.url);
      const known = (await user.post('/api/contacts', { first_name: 'Known', email: 'known@example.com', phone: '+1 555 0000' })).body.data;
      return { user, known };
    }

    it('skips rows whose email exists or repeats an earlier row (default), and reports them', async () => {
      const { user } = await setup();
      const preview = await importCsv(user, csv, { dry_run: true });
      expect(preview.body.data).toMatchObject({ rows: 5, create: 3, skip: 2, update: 0, duplicate_count: 2 });
      expect(preview.body.data.duplicates).toEqual([
        { row: 2, email: 'known@example.com', source: 'existing', contact_id: expect.any(String) },
        { row: 4, email: 'fresh@example.com', source: 'file', first_row: 3 },
      ]);
      expect(preview.body.data.sample.map((r: any) => r.action)).toEqual(['skip', 'create', 'skip', 'create', 'create']);
      const res = await importCsv(user, csv);
      expect(res.status).toBe(201);
      expect(await total(user, '/api/contacts')).toBe(4);
      expect((await user.get('/api/contacts?q=known')).body.data[0]).toMatchObject({ first_name: 'Known', company: null });
    });

    it('updates the existing contact with the non-empty values when asked', async () => {
      const { user, known } = await setup();
      const res = await importCsv(user, csv, { duplicates: 'update' });
      expect(res.status).toBe(201);
      expect(res.body.data).toMatchObject({ create: 3, update: 1, skip: 1 });
      expect(await total(user, '/api/contacts')).toBe(4);
      expect((await user.get(`/api/contacts/${known.id}`)).body.data).toMatchObject({
        first_name: 'Existing Again',
        email: 'KNOWN@example.com',
        company: 'New Co',
        phone: '+1 555 0000',
      });
    });

    it('creates them anyway when asked, still reporting them', async () => {
      const { user } = await setup();
      const res = await importCsv(user, csv, { duplicates: 'create' });
      expect(res.body.data).toMatchObject({ create: 5, skip: 0, duplicate_count: 2 });
      expect(await total(user, '/api/contacts')).toBe(6);
    });

    it("does not see another user's contacts as duplicates", async () => {
      const { user } = await setup();
      const other = await signIn(backend.url);
      const res = await importCsv(other, 'first_name,email\nMine,known@example.com\n');
      expect(res.body.data).toMatchObject({ create: 1, skip: 0, duplicate_count: 0 });
      expect(await total(user, '/api/contacts')).toBe(1);
    });
  });

  describe('problems write nothing', () => {
    it('reports each bad row, and refuses the whole file on commit (422)', async () => {
      const user = await signIn(backend.url);
      const csv = [
        'Name,Email,Status,Phone',
        'Good Row,good@example.com,lead,',
        'Bad Email,not-an-email,lead,',
        ',nameless@example.com,,',
        'Odd Status,odd@example.com,VIP,',
        'Bad Phone,bp@example.com,,call me maybe',
      ].join('\n');
      const preview = await importCsv(user, csv, { dry_run: true });
      expect(preview.status).toBe(200);
      expect(preview.body.data).toMatchObject({ rows: 5, create: 1, error_rows: 4 });
      expect(preview.body.data.errors).toEqual([
        { row: 3, field: 'email', message: 'must be an email address' },
        { row: 4, field: 'first_name', message: 'must not be empty' },
        { row: 5, field: 'status', message: expect.stringContaining('"VIP" is not a status we know') },
        { row: 6, field: 'phone', message: expect.stringContaining('must be a phone number') },
      ]);
      const res = await importCsv(user, csv);
      expect(res.status).toBe(422);
      expectErrorShape(res.body, 'unprocessable');
      expect(res.body.error.message).toMatch(/4 rows have problems; nothing was imported/);
      expect(Object.keys(res.body.error.details)).toEqual(['rows.3.email', 'rows.4.first_name', 'rows.5.status', 'rows.6.phone']);
      expect(await total(user, '/api/contacts')).toBe(0);
    });

    it('refuses malformed files and mappings with a 4xx naming the field', async () => {
      const user = await signIn(backend.url);
      const cases: [unknown, number, string][] = [
        [{ csv: 'first_name,email\n"Unclosed,a@b.co\nNext,c@d.co\n' }, 422, 'csv'],
        [{ csv: 'first_name,email\n' }, 422, 'csv'],
        [{ csv: '\n\n' }, 422, 'csv'],
        [{ csv: '' }, 400, 'csv'],
        [{ csv: 42 }, 400, 'csv'],
        [{}, 400, 'csv'],
        [{ csv: 'first_name\nA\n', mapping: ['first_name', 'email'] }, 422, 'mapping'],
        [{ csv: 'a,b\nA,x@y.co\n', mapping: ['email', 'email'] }, 422, 'mapping'],
        [{ csv: 'a,b\nA,x@y.co\n', mapping: [null, 'email'] }, 422, 'mapping'],
        [{ csv: 'a,b\nA,x@y.co\n' }, 422, 'mapping'],
        [{ csv: 'a\nA\n', mapping: ['nickname'] }, 400, 'mapping.0'],
        [{ csv: 'a\nA\n', mapping: 'first_name' }, 400, 'mapping'],
        [{ csv: 'first_name\nA\n', duplicates: 'merge' }, 400, 'duplicates'],
        [{ csv: 'first_name\nA\n', dry_run: 'yes' }, 400, 'dry_run'],
        [{ csv: 'first_name\nA\n', overwrite: true }, 400, 'overwrite'],
      ];
      for (const [body, status, field] of cases) {
        const res = await user.post('/api/contacts/import', body);
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
        expect(Object.keys(res.body.error.details), JSON.stringify(body).slice(0, 80)).toContain(field);
      }
      const tooWide = await importCsv(user, 'first_name,email\nA,a@b.co,surplus\n', { dry_run: true });
      expect(tooWide.body.data.errors).toEqual([{ row: 2, field: '(row)', message: 'has 3 cells, the header has 2' }]);
      const huge = await user.post('/api/contacts/import', { csv: 'first_name\n' + 'x\n'.repeat(9 * 1024 * 1024) });
      expect(huge.status).toBe(413);
      const tooMany = await importCsv(user, 'first_name\n' + 'x\n'.repeat(20_001), { dry_run: true });
      expect(tooMany.status).toBe(422);
      expect(tooMany.body.error.details.csv[0]).toMatch(/more than 20000 rows/);
      expect((await user.get('/api/contacts/import')).status).toBe(405);
      expect(await total(user, '/api/contacts')).toBe(0);
    });
  });

  it('imports 10 000 rows in one transaction in seconds, and exports them all again', async () => {
    const user = await signIn(backend.url);
    const lines = ['First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Organization Name,Notes'];
    for (let i = 0; i < 10_000; i += 1) {
      lines.push(
        `Person${i},"Family, ${i}",p${i}@bulk.example,+1 555 ${String(i).padStart(4, '0')},Company ${i % 300},"Met at ""event"" ${i}"`,
      );
    }
    lines.push('Person0 again,,P0@BULK.example,,,');
    const csv = lines.join('\r\n');
    let started = performance.now();
    const preview = await importCsv(user, csv, { dry_run: true });
    const previewMs = performance.now() - started;
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ rows: 10_001, create: 10_000, skip: 1, error_rows: 0 });
    started = performance.now();
    const res = await importCsv(user, csv);
    const commitMs = performance.now() - started;
    expect(res.status).toBe(201);
    expect(res.body.data.create).toBe(10_000);
    console.warn(
      `[import ${backend.name}] 10 001 rows (${(csv.length / 1024 / 1024).toFixed(1)} MB): preview ${Math.round(previewMs)} ms, import ${Math.round(commitMs)} ms`,
    );
    expect(commitMs).toBeLessThan(20_000);
    expect(await total(user, '/api/contacts')).toBe(10_000);
    expect((await user.get('/api/contacts?q=p9999%40bulk')).body.data[0]).toMatchObject({
      last_name: 'Family, 9999',
      notes: 'Met at "event" 9999',
    });

    started = performance.now();
    const exported = await user.get('/api/contacts?format=csv&sort=email');
    const exportMs = performance.now() - started;
    const rows = Papa.parse<string[]>(exported.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(10_001);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(10_000);
    console.warn(`[export ${backend.name}] 10 000 contacts as CSV: ${Math.round(exportMs)} ms`);
  }, 120_000);
});
