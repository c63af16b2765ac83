import { expect, it } from 'vitest';
import { parseStatement } from './index';

/**
 * How long 10 000 lines take (printed, not asserted: the shared machine's load
 * varies; the end-to-end import bench lives with the bank feature).
 */
const N = 10_000;

function report(what: string, ms: number) {
  process.stdout.write(`bank parse: ${N} ${what} in ${ms.toFixed(0)} ms\n`);
}

it('parses 10 000 CSV lines', { timeout: 60_000 }, () => {
  const rows = ['Buchungstag;Valuta;Beguenstigter/Zahlungspflichtiger;Verwendungszweck;Betrag;Waehrung'];
  for (let i = 0; i < N; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const euros = (i * 37) % 20000;
    const amount = `${i % 3 === 0 ? '-' : ''}${euros >= 1000 ? `${Math.floor(euros / 1000)}.${String(euros % 1000).padStart(3, '0')}` : euros},${String(i % 100).padStart(2, '0')}`;
    rows.push(`${day}.11.2026;${day}.11.2026;"Kunde ${i}";"Rechnung INV-${i} Danke";${amount};EUR`);
  }
  const bytes = new TextEncoder().encode(rows.join('\r\n'));
  const started = performance.now();
  const { lines } = parseStatement(bytes, 'csv');
  report('CSV lines', performance.now() - started);
  expect(lines).toHaveLength(N);
  expect(lines[1]).toMatchObject({ date: '2026-11-02', amount: '37.01', counterparty: 'Kunde 1' });
  expect(lines[30]).toMatchObject({ date: '2026-11-03', amount: '-1110.30', position: 1 });
});

it('parses 10 000 CAMT.053 entries', { timeout: 60_000 }, () => {
  const entries: string[] = [];
  for (let i = 0; i < N; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    entries.push(
      `<Ntry><Amt Ccy="EUR">${(i % 9000) + 1}.${String(i % 100).padStart(2, '0')}</Amt><CdtDbtInd>${i % 3 === 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd>` +
        `<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-${day}</Dt></BookgDt><ValDt><Dt>2026-11-${day}</Dt></ValDt><AcctSvcrRef>REF-${i}</AcctSvcrRef>` +
        `<NtryDtls><TxDtls><Refs><EndToEndId>E2E-${i}</EndToEndId></Refs><RltdPties><Dbtr><Pty><Nm>Kunde ${i}</Nm></Pty></Dbtr></RltdPties>` +
        `<RmtInf><Ustrd>Rechnung INV-${i}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
    );
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>' +
    `<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>${entries.join('\n')}</Stmt></BkToCstmrStmt></Document>`;
  const started = performance.now();
  const { lines } = parseStatement(new TextEncoder().encode(xml), 'camt053');
  report('CAMT.053 entries', performance.now() - started);
  expect(lines).toHaveLength(N);
});
