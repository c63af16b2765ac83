import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, signIn } from '../helpers/client';
import { expectErrorShape, shareWorkspace, total } from '../helpers/api';

/**
 * Bank statements over HTTP on both backends (docs/decisions/0122): accounts,
 * importing CSV / OFX / CAMT.053 once (again: nothing new; overlapping: only
 * the new lines), unreadable files refused with the line at fault and nothing
 * imported, size and type limits, suggestions with reasons, matching as a
 * (partial) payment and undoing it, a match raced twice, booking, rules, roles
 * and isolation.
 */

const backends = inject('backends');

type Person = Client & { user: { id: string; email: string } };

const ITEM = (price: string) => [{ description: 'Consulting', quantity: 1, unit_price: price }];

function csv(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

function statement(client: Client, accountId: string, body: string | Uint8Array, type = 'text/csv', query = '') {
  return client
    .request('POST', `/api/bank-accounts/${accountId}/statements${query}`, typeof body === 'string' ? body : undefined, {
      'content-type': type,
    })
    .then(async (res) => res);
}

async function postBytes(client: Client, accountId: string, bytes: Uint8Array, type: string) {
  const response = await fetch(`${client.baseUrl}/api/bank-accounts/${accountId}/statements`, {
    method: 'POST',
    headers: { ...client.defaultHeaders, authorization: `Bearer ${client.token}`, 'content-type': type },
    body: bytes as unknown as BodyInit,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) };
}

function ofx(invoiceNumber: string): string {
  return `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261205120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>121000248<ACCTID>99887766<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261201<DTEND>20261205
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261204<TRNAMT>75.00<FITID>OFX-0001<NAME>Northwind Traders<MEMO>${invoiceNumber}</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261205<TRNAMT>-12.34<FITID>OFX-0002<NAME>Coffee Corner<MEMO>Card payment</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>1000.00<DTASOF>20261205</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1>
</OFX>
`;
}

function camt(): string {
  const entry = (ref: string, amount: string, dir: 'CRDT' | 'DBIT', date: string, name: string, info: string) => `
      <Ntry>
        <Amt Ccy="USD">${amount}</Amt>
        <CdtDbtInd>${dir}</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${date}</Dt></BookgDt>
        <ValDt><Dt>${date}</Dt></ValDt>
        <AcctSvcrRef>${ref}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <RltdPties>${dir === 'CRDT' ? `<Dbtr><Nm>${name}</Nm></Dbtr>` : `<Cdtr><Nm>${name}</Nm></Cdtr>`}</RltdPties>
          <RmtInf><Ustrd>${info}</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>STMT-1</MsgId><CreDtTm>2026-12-06T08:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-1-1</Id>
      <CreDtTm>2026-12-06T08:00:00</CreDtTm>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>USD</Ccy></Acct>
      ${entry('CAMT-REF-1', '33.00', 'CRDT', '2026-12-02', 'Contoso Ltd', 'Thanks')}
      ${entry('CAMT-REF-2', '19.99', 'DBIT', '2026-12-03', 'Hosting Inc', 'Server rent')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

describe.each(backends)('bank statements API on $name', (backend) => {
  let alice: Person;
  let bob: Person;
  let account: string;
  let acme: { id: string; invoice_number: string };
  let jane: { id: string; invoice_number: string };

  async function sentInvoice(client: Person, contactName: string, price: string) {
    const contact = (
      await client.post('/api/contacts', { first_name: contactName.split(' ')[0], last_name: contactName.split(' ')[1] ?? null })
    ).body.data.id;
    const res = await client.post('/api/invoices', { contact_id: contact, status: 'sent', issue_date: '2026-11-20', items: ITEM(price) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data as { id: string; invoice_number: string; currency: string };
  }

  async function lineByDescription(client: Client, accountId: string, description: string) {
    const res = await client.get(`/api/bank-lines?bank_account_id=${accountId}&q=${encodeURIComponent(description)}`);
    expect(res.status).toBe(200);
    return res.body.data[0];
  }

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    acme = await sentInvoice(alice, 'Acme Corp', '1200.00');
    jane = await sentInvoice(alice, 'Jane Doe', '500.00');
  });

  it('creates accounts with the number masked, and refuses bad fields', async () => {
    const created = await alice.post('/api/bank-accounts', { name: 'Checking', currency: 'usd', iban: 'DE89 3704 0044 0532 0130 00' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data).toMatchObject({
      name: 'Checking',
      currency: 'USD',
      iban: '•••• 3000',
      csv_mapping: null,
      auto_accept: false,
    });
    expect(JSON.stringify(created.body)).not.toContain('0532013000');
    account = created.body.data.id;
    const list = await alice.get('/api/bank-accounts');
    expect(list.body.data.map((a: { id: string }) => a.id)).toContain(account);

    const bad = await alice.post('/api/bank-accounts', { name: '', currency: 'EURO', colour: 'red', line_count: 3 });
    expect(bad.status).toBe(400);
    expectErrorShape(bad.body, 'validation_failed');
    expect(Object.keys(bad.body.error.details).sort()).toEqual(['colour', 'currency', 'line_count', 'name']);
  });

  it('imports a CSV once, suggests invoices with reasons, and adds only new lines of an overlapping file', async () => {
    const first = csv([
      ['Date', 'Amount', 'Description', 'Counterparty', 'Reference'],
      ['2026-12-01', '1200.00', 'Transfer', 'ACME CORP', `Invoice ${acme.invoice_number}`],
      ['2026-12-02', '-45.90', 'Office supplies', 'Staples', ''],
      ['2026-12-03', '200.00', 'Part payment', 'Jane Doe', jane.invoice_number],
    ]);
    const imported = await statement(alice, account, first);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toEqual({ data: { lines: 3, new: 3, duplicates: 0, suggestions: 2 } });

    const again = await statement(alice, account, first);
    expect(again.body).toEqual({ data: { lines: 3, new: 0, duplicates: 3, suggestions: 0 } });

    const overlapping = csv([
      ['Date', 'Amount', 'Description', 'Counterparty', 'Reference'],
      ['2026-12-02', '-45.90', 'Office supplies', 'Staples', ''],
      ['2026-12-03', '200.00', 'Part payment', 'Jane Doe', jane.invoice_number],
      ['2026-12-04', '-9.99', 'Music subscription', 'Streamly', ''],
    ]);
    const third = await statement(alice, account, overlapping);
    expect(third.body).toEqual({ data: { lines: 3, new: 1, duplicates: 2, suggestions: 0 } });
    expect(await total(alice, `/api/bank-lines?bank_account_id=${account}`)).toBe(4);

    const suggested = await alice.get(`/api/bank-lines?status=suggested&bank_account_id=${account}&sort=date`);
    expect(suggested.status).toBe(200);
    expect(suggested.body.data).toHaveLength(2);
    const [acmeLine, janeLine] = suggested.body.data;
    expect(acmeLine).toMatchObject({
      date: '2026-12-01',
      amount: '1200.00',
      description: 'Transfer',
      counterparty: 'ACME CORP',
      status: 'suggested',
    });
    expect(acmeLine.suggestion).toMatchObject({ invoice_id: acme.id, partial: false });
    expect(acmeLine.suggestion.confidence).toBeGreaterThan(0.5);
    expect(acmeLine.suggestion.confidence).toBeLessThanOrEqual(1);
    expect(acmeLine.suggestion.reasons.join(' ')).toContain(acme.invoice_number);
    expect(janeLine.suggestion).toMatchObject({ invoice_id: jane.id, partial: true });

    const unmatched = await alice.get(`/api/bank-lines?status=unmatched&bank_account_id=${account}&sort=date`);
    expect(unmatched.body.data.map((l: { amount: string; suggestion: unknown }) => [l.amount, l.suggestion])).toEqual([
      ['-45.90', null],
      ['-9.99', null],
    ]);
    const mapping = (await alice.get(`/api/bank-accounts/${account}`)).body.data.csv_mapping;
    expect(mapping).toMatchObject({ date: 'Date', amount: 'Amount', description: 'Description' });
  });

  it('matches a line as a payment, partial payments included, and undoes it', async () => {
    const acmeLine = await lineByDescription(alice, account, 'Transfer');
    const matched = await alice.post(`/api/bank-lines/${acmeLine.id}/match`, { invoice_id: acme.id });
    expect(matched.status, JSON.stringify(matched.body)).toBe(200);
    expect(matched.body.data).toMatchObject({ id: acmeLine.id, status: 'matched', invoice_id: acme.id, suggestion: null });
    let invoice = (await alice.get(`/api/invoices/${acme.id}`)).body.data;
    expect(invoice).toMatchObject({ status: 'paid', amount_paid: '1200.00', balance_due: '0.00' });
    expect((await alice.post(`/api/bank-lines/${acmeLine.id}/match`, { invoice_id: acme.id })).status).toBe(409);

    const undone = await alice.post(`/api/bank-lines/${acmeLine.id}/unmatch`);
    expect(undone.status).toBe(200);
    expect(undone.body.data).toMatchObject({ status: 'suggested', invoice_id: null, payment_id: null });
    invoice = (await alice.get(`/api/invoices/${acme.id}`)).body.data;
    expect(invoice).toMatchObject({ status: 'sent', amount_paid: '0.00', balance_due: '1200.00' });
    expect((await alice.post(`/api/bank-lines/${acmeLine.id}/unmatch`)).status).toBe(409);

    const janeLine = await lineByDescription(alice, account, 'Part payment');
    const partial = await alice.post(`/api/bank-lines/${janeLine.id}/match`, { invoice_id: jane.id });
    expect(partial.status).toBe(200);
    expect((await alice.get(`/api/invoices/${jane.id}`)).body.data).toMatchObject({
      status: 'sent',
      amount_paid: '200.00',
      balance_due: '300.00',
    });

    // more than the line brought, an outgoing line, an unknown invoice
    const outgoing = await lineByDescription(alice, account, 'Office supplies');
    const tooMuch = await alice.post(`/api/bank-lines/${acmeLine.id}/match`, { invoice_id: acme.id, amount: '1300.00' });
    expect(tooMuch.status).toBe(422);
    expect((await alice.post(`/api/bank-lines/${outgoing.id}/match`, { invoice_id: acme.id })).status).toBe(422);
    const unknown = await alice.post(`/api/bank-lines/${acmeLine.id}/match`, { invoice_id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toHaveProperty('invoice_id');
    const extra = await alice.post(`/api/bank-lines/${acmeLine.id}/match`, { invoice_id: acme.id, status: 'matched' });
    expect(extra.status).toBe(400);
    expect(extra.body.error.details).toHaveProperty('status');
  });

  it('records one payment when the same line is matched twice at once', async () => {
    const acmeLine = await lineByDescription(alice, account, 'Transfer');
    const results = await Promise.all([
      alice.post(`/api/bank-lines/${acmeLine.id}/match`, { invoice_id: acme.id }),
      alice.post(`/api/bank-lines/${acmeLine.id}/match`, { invoice_id: acme.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const payments = await alice.get(`/api/invoices/${acme.id}/payments`);
    expect(payments.body.data).toHaveLength(1);
    expect((await alice.get(`/api/invoices/${acme.id}`)).body.data.status).toBe('paid');
  });

  it('books outgoing lines as expenses, categorises by rule, and undoes a booking', async () => {
    const rule = await alice.post('/api/bank-rules', { pattern: 'coffee', category: 'Meals' });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    const outgoing = await lineByDescription(alice, account, 'Office supplies');
    const booked = await alice.post(`/api/bank-lines/${outgoing.id}/book`, { category: 'Office' });
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    expect(booked.body.data).toMatchObject({ status: 'booked', category: 'Office', category_source: 'booked' });
    const transaction = (await alice.get(`/api/transactions/${booked.body.data.transaction_id}`)).body.data;
    expect(transaction).toMatchObject({ type: 'expense', amount: '45.90', category: 'Office', date: '2026-12-02' });

    const next = csv([
      ['Date', 'Amount', 'Description', 'Counterparty', 'Reference'],
      ['2026-12-05', '-4.20', 'Coffee beans', 'Bean Shop', ''],
      ['2026-12-05', '-45.90', 'Office supplies', 'Staples', 'Order 2'],
    ]);
    expect((await statement(alice, account, next)).body.data).toMatchObject({ new: 2 });
    expect(await lineByDescription(alice, account, 'Coffee beans')).toMatchObject({ category: 'Meals', category_source: 'rule' });
    const learned = await alice.get(`/api/bank-lines?bank_account_id=${account}&q=Order%202`);
    expect(learned.body.data[0]).toMatchObject({ category: 'Office', category_source: 'learned' });

    const unbooked = await alice.post(`/api/bank-lines/${outgoing.id}/unbook`);
    expect(unbooked.body.data).toMatchObject({ status: 'unmatched', transaction_id: null });
    expect((await alice.get(`/api/transactions/${booked.body.data.transaction_id}`)).status).toBe(404);
  });

  it('runs bulk actions all or nothing', async () => {
    const lines = (await alice.get(`/api/bank-lines?bank_account_id=${account}&direction=out&status=unmatched`)).body.data;
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const ids = lines.map((l: { id: string }) => l.id);
    const matchedLine = await lineByDescription(alice, account, 'Transfer');
    const refused = await alice.post('/api/bank-lines/bulk', { action: 'ignore', ids: [...ids, matchedLine.id] });
    expect(refused.status).toBe(409);
    expect(await total(alice, `/api/bank-lines?bank_account_id=${account}&status=ignored`)).toBe(0);
    const ignored = await alice.post('/api/bank-lines/bulk', { action: 'ignore', ids });
    expect(ignored.status).toBe(200);
    expect(ignored.body.data.count).toBe(ids.length);
    expect(await total(alice, `/api/bank-lines?bank_account_id=${account}&status=ignored`)).toBe(ids.length);
    await alice.post('/api/bank-lines/bulk', { action: 'unignore', ids });
    expect((await alice.post('/api/bank-lines/bulk', { action: 'book', ids: [] })).status).toBe(400);
  });

  it('refuses an unreadable file with the line at fault and imports nothing', async () => {
    const before = await total(alice, `/api/bank-lines?bank_account_id=${account}`);
    const broken = csv([
      ['Date', 'Amount', 'Description'],
      ['2026-12-10', '10.00', 'Fine'],
      ['not a date', '11.00', 'Broken'],
    ]);
    const res = await statement(alice, account, broken);
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 'validation_failed');
    expect(JSON.stringify(res.body.error.details)).toMatch(/line 3/);
    expect(await total(alice, `/api/bank-lines?bank_account_id=${account}`)).toBe(before);

    const xml = await statement(alice, account, '<?xml version="1.0"?><Document><BkToCstmrStmt><Stmt><Ntry>', 'application/xml');
    expect(xml.status).toBe(400);
    const entity = await statement(
      alice,
      account,
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document>&x;</Document>',
      'application/xml',
    );
    expect(entity.status).toBe(400);
    expect(entity.text).not.toContain('root:');
    expect(await total(alice, `/api/bank-lines?bank_account_id=${account}`)).toBe(before);
  });

  it('limits size (413) and content type (415)', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 10).fill(65);
    expect((await postBytes(alice, account, big, 'text/csv')).status).toBe(413);
    const json = await alice.post(`/api/bank-accounts/${account}/statements`, { lines: [] });
    expect(json.status).toBe(415);
    expectErrorShape(json.body, 'unsupported_media_type');
    expect((await statement(alice, account, 'x', 'text/csv', '?colour=red')).status).toBe(400);
  });

  it('reads columns named in the query and keeps that mapping for the account', async () => {
    const other = (await alice.post('/api/bank-accounts', { name: 'Savings', currency: 'USD' })).body.data.id;
    const odd = 'When;Value;What\r\n03.12.2026;1.234,50;Big deposit\r\n04.12.2026;-7,00;Fee\r\n';
    const res = await statement(alice, other, odd, 'text/csv', '?date=When&amount=Value&description=What&date_format=dd.mm.yyyy&decimal=,');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({ lines: 2, new: 2 });
    expect((await alice.get(`/api/bank-accounts/${other}`)).body.data.csv_mapping).toMatchObject({
      date: 'When',
      amount: 'Value',
      decimal: ',',
    });
    const next = await statement(alice, other, 'When;Value;What\r\n05.12.2026;2.000,00;Another\r\n');
    expect(next.body.data).toMatchObject({ lines: 1, new: 1 });
    const amounts = (await alice.get(`/api/bank-lines?bank_account_id=${other}&sort=date`)).body.data.map(
      (l: { amount: string }) => l.amount,
    );
    expect(amounts).toEqual(['1234.50', '-7.00', '2000.00']);
  });

  it('imports OFX and CAMT.053 once each', async () => {
    const target = (await alice.post('/api/bank-accounts', { name: 'Multi', currency: 'USD' })).body.data.id;
    const northwind = await sentInvoice(alice, 'Northwind Traders', '75.00');
    const first = await statement(alice, target, ofx(northwind.invoice_number), 'application/x-ofx');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.data).toEqual({ lines: 2, new: 2, duplicates: 0, suggestions: 1 });
    expect((await statement(alice, target, ofx(northwind.invoice_number), 'application/x-ofx')).body.data).toMatchObject({
      new: 0,
      duplicates: 2,
    });
    const line = await lineByDescription(alice, target, 'Northwind');
    expect(line).toMatchObject({ date: '2026-12-04', amount: '75.00', suggestion: { invoice_id: northwind.id } });

    const camtRes = await statement(alice, target, camt(), 'application/xml');
    expect(camtRes.status, JSON.stringify(camtRes.body)).toBe(200);
    expect(camtRes.body.data).toMatchObject({ lines: 2, new: 2, duplicates: 0 });
    expect((await statement(alice, target, camt(), 'application/xml')).body.data).toMatchObject({ new: 0, duplicates: 2 });
    const rent = await lineByDescription(alice, target, 'Server rent');
    expect(rent).toMatchObject({ date: '2026-12-03', amount: '-19.99', counterparty: 'Hosting Inc' });
  });

  it('accepts sure matches on import when the account says so', async () => {
    const auto = (await alice.post('/api/bank-accounts', { name: 'Auto', currency: 'USD', auto_accept: true, auto_accept_threshold: 0.5 }))
      .body.data;
    expect(auto).toMatchObject({ auto_accept: true, auto_accept_threshold: 0.5 });
    const invoice = await sentInvoice(alice, 'Globex Inc', '321.00');
    const file = csv([
      ['Date', 'Amount', 'Description', 'Counterparty', 'Reference'],
      ['2026-12-06', '321.00', `Payment ${invoice.invoice_number}`, 'Globex Inc', invoice.invoice_number],
    ]);
    expect((await statement(alice, auto.id, file)).body.data).toMatchObject({ new: 1, suggestions: 1 });
    expect((await alice.get(`/api/invoices/${invoice.id}`)).body.data.status).toBe('paid');
    expect(await total(alice, `/api/bank-lines?bank_account_id=${auto.id}&status=matched`)).toBe(1);
  });

  it('keeps workspaces apart and follows the roles', async () => {
    const line = await lineByDescription(alice, account, 'Transfer');
    expect((await bob.get(`/api/bank-lines/${line.id}`)).status).toBe(404);
    expect((await bob.get(`/api/bank-accounts/${account}`)).status).toBe(404);
    expect((await statement(bob, account, 'Date,Amount,Description\r\n2026-12-01,1.00,x\r\n')).status).toBe(404);
    expect((await bob.post(`/api/bank-lines/${line.id}/unmatch`)).status).toBe(404);
    const bobAccount = (await bob.post('/api/bank-accounts', { name: 'Bob', currency: 'USD' })).body.data.id;
    await statement(bob, bobAccount, 'Date,Amount,Description\r\n2026-12-01,1200.00,Bob money\r\n');
    const bobLine = await lineByDescription(bob, bobAccount, 'Bob money');
    const cross = await bob.post(`/api/bank-lines/${bobLine.id}/match`, { invoice_id: acme.id });
    expect(cross.status).toBe(422);
    expect((await bob.get(`/api/bank-lines?bank_account_id=${account}`)).body.data).toEqual([]);

    const carol = await signIn(backend.url);
    const dave = await signIn(backend.url);
    const {
      clients: [owner, viewer, member],
    } = await shareWorkspace(bob, [
      [carol, 'viewer'],
      [dave, 'member'],
    ]);
    const shared = (await owner!.post('/api/bank-accounts', { name: 'Team', currency: 'USD' })).body.data.id;
    expect((await viewer!.get(`/api/bank-accounts/${shared}`)).status).toBe(200);
    const denied = await statement(viewer!, shared, 'Date,Amount,Description\r\n2026-12-01,5.00,x\r\n');
    expect(denied.status).toBe(403);
    expectErrorShape(denied.body, 'forbidden');
    expect((await statement(member!, shared, 'Date,Amount,Description\r\n2026-12-01,5.00,x\r\n')).status).toBe(200);
    expect((await member!.delete(`/api/bank-accounts/${shared}`)).status).toBe(403);
    expect((await owner!.delete(`/api/bank-accounts/${shared}`)).status).toBe(200);
  });

  it('refuses to delete an account whose lines recorded payments', async () => {
    const res = await alice.delete(`/api/bank-accounts/${account}`);
    expect(res.status).toBe(409);
    expectErrorShape(res.body, 'conflict');
  });
});
