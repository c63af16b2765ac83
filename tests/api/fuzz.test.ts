import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type Client, signIn } from '../helpers/client';
import { recordFigure } from '../helpers/figures';
import { bankLines, FUZZ_ROUTES, type FuzzRoute } from '../helpers/fuzz-routes';
import { createWorkspace, type Person } from '../helpers/workspaces';

/**
 * Property-based fuzzing over HTTP against the running app, for every POST and
 * PUT body and every list query string in FUZZ_ROUTES: random types, nulls,
 * huge and odd numbers (1e400, -0, "NaN"), invalid dates, unicode and lone
 * surrogates, NUL bytes, 70 KB strings, nested objects, prototype keys and
 * truncated JSON. Properties: never a 5xx, never a stack trace or SQL in the
 * answer, and rows change only when a 2xx was answered.
 *
 * FUZZ_RUNS sets the number of cases per route (default 25 in `npm test`;
 * `npm run fuzz` runs 400).
 */

const backends = inject('backends');
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const counts: Record<string, number> = {};

afterAll(() => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.warn(
    `[fuzz] ${total} cases: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  recordFigure(
    RUNS > 100 ? 'fuzz.large' : 'fuzz',
    total,
    `fuzzed requests (${FUZZ_ROUTES.length} routes × ${backends.length} databases, ${RUNS} cases each), none a 5xx or a leak`,
  );
});

// ── generators ─────────────────────────────────────────────────────────────

const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '💸💸',
    'Ωmega ñandú 漢字 مرحبا',
    '<script>alert(1)</script>',
    "'; drop table contacts; --",
    '%00',
    "=cmd|' /C calc'!A0",
    'NaN',
    'Infinity',
    '-0',
    '1e400',
    '2025-02-30',
    '2025-13-01',
    '0000-00-00',
    '9999-12-31T99:99:99Z',
    '00000000-0000-0000-0000-000000000000',
    'not-a-uuid',
    '__proto__',
    'constructor',
  ),
  fc.integer({ min: 1, max: 3 }).map((k) => 'x'.repeat(k * 24 * 1024)),
);

const nastyNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1.005, 0.1, 1e21, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 999999999999.99, 1234567890123.45),
);

const leaf = fc.oneof(nastyString, nastyNumber, fc.boolean(), fc.constant(null));

const nastyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), {
    maxKeys: 4,
  }),
})).value;

/** A body for a route: mostly its own field names with nasty values, sometimes anything at all. */
function bodyFor(route: FuzzRoute): fc.Arbitrary<string> {
  const fields = route.fields ?? [];
  const known = fields.length
    ? fc
        .subarray(fields, { minLength: 0 })
        .chain((keys) => fc.tuple(...keys.map(() => nastyValue)).map((values) => Object.fromEntries(keys.map((k, i) => [k, values[i]]))))
    : fc.constant({});
  const withValid = route.valid ? fc.tuple(fc.constant(route.valid()), known).map(([valid, extra]) => ({ ...valid, ...extra })) : known;
  const structured = fc.oneof(withValid, known, nastyValue).map((v) => JSON.stringify(v) ?? 'null');
  // raw JSON text that JSON.stringify cannot produce
  const mutated = fc
    .tuple(structured, fc.nat(), fc.constantFrom('1e400', '-0', '1.0000000000000000000001', '-1e-400', '12345678901234567890', 'NaN'))
    .map(([text, cut, number]) => (cut % 3 === 0 ? text.slice(0, cut % Math.max(1, text.length)) : text.replace(/-?\d+(\.\d+)?/, number)));
  const protoKey = fc.constant('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}');
  return fc.oneof({ weight: 5, arbitrary: structured }, { weight: 2, arbitrary: mutated }, { weight: 1, arbitrary: protoKey });
}

const queryValue = fc.oneof(nastyString, nastyNumber.map(String), fc.constantFrom('', '-1', '0', '201', '100000', 'true', 'asc'));

/** Percent-encodes, sending a lone surrogate as its (invalid UTF-8) WTF-8 bytes. */
function encode(value: string): string {
  return [...value]
    .map((ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        const code = ch.charCodeAt(0);
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          .map((b) => `%${b.toString(16).toUpperCase()}`)
          .join('');
      }
    })
    .join('');
}

function queryFor(route: FuzzRoute): fc.Arbitrary<string> {
  const keys = [...(route.queryKeys ?? []), 'limit', 'cursor', 'sort', 'q', 'format', 'unknown_param'];
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), queryValue), { maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v.slice(0, 3000))}`).join('&'));
}

// ── properties ─────────────────────────────────────────────────────────────

function assertSafe(status: number, text: string, what: string) {
  expect(status, `${what} → ${status} ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, what).not.toMatch(
    /\n\s+at\s|node_modules|\.ts:\d+|TypeError|ReferenceError|syntax error at|violates .* constraint|relation "|SQLSTATE/i,
  );
}

describe.each(backends)('fuzzing on $name', (backend) => {
  for (const route of FUZZ_ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      const client: Client = await signIn(backend.url);
      const made = route.setup ? await route.setup(client) : undefined;
      const ids = typeof made === 'string' ? { id: made } : (made ?? {});
      const path = route.path.replace(/:(\w+)/g, (_, key: string) => ids[key] ?? '00000000-0000-4000-8000-000000000000');
      const rows = () => route.count(client, ids);
      // the rows as the last case left them (only the cases change this account's rows): each case reads them once, after
      let known: unknown;
      const arbitrary = route.method === 'GET' ? queryFor(route) : bodyFor(route);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          counts[`${route.method} ${route.path}`] = (counts[`${route.method} ${route.path}`] ?? 0) + 1;
          const before = known ?? (await rows());
          known = undefined;
          const response =
            route.method === 'GET'
              ? await client.get(`${path}?${input}`)
              : await client.request(route.method, path, input, { 'content-type': 'application/json' });
          assertSafe(response.status, response.text, `${route.method} ${path} ${input.slice(0, 200)}`);
          const after = await rows();
          if (response.status >= 300 || route.method === 'GET') {
            expect(after, `rows changed on ${response.status}: ${input.slice(0, 200)}`).toEqual(before);
          }
          if (response.status === 201 && route.cleanup) await route.cleanup(client, response.body, ids);
          else known = after;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }, 240_000);
  }
});

describe.each(backends)('fuzzing the statement import on $name', (backend) => {
  it('answers random bytes, content types and column names with a 2xx or a 4xx, and imports only on a 2xx', async () => {
    const client = await signIn(backend.url);
    const { account } = await bankLines(client);
    const lines = async () => (await client.get(`/api/bank-lines?bank_account_id=${account}&limit=1`)).body.page.total;
    const header = fc.constantFrom(
      'Date,Amount,Description\n',
      'Buchungstag;Betrag;Verwendungszweck\n',
      '<?xml version="1.0"?>',
      'OFXHEADER:100\n',
      '',
    );
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.tuple(header, fc.string({ maxLength: 500 })).map(([h, rest]) => new TextEncoder().encode(h + rest)),
      fc
        .array(fc.tuple(nastyString, nastyString, nastyString), { maxLength: 20 })
        .map((rows) =>
          new TextEncoder().encode(`Date,Amount,Description\n${rows.map((r) => r.map((c) => c.slice(0, 100)).join(',')).join('\n')}`),
        ),
    );
    const type = fc.constantFrom(
      'text/csv',
      'application/x-ofx',
      'application/xml',
      'text/xml',
      'application/octet-stream',
      'text/plain; charset=utf-16',
      'image/png',
    );
    const query = fc
      .array(
        fc.tuple(
          fc.constantFrom('date', 'amount', 'debit', 'credit', 'description', 'date_format', 'decimal', 'delimiter', 'x'),
          queryValue,
        ),
        {
          maxLength: 3,
        },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encode(v.slice(0, 200))}`).join('&'));
    await fc.assert(
      fc.asyncProperty(body, type, query, async (bytes, contentType, q) => {
        counts['POST /api/bank-accounts/:id/statements'] = (counts['POST /api/bank-accounts/:id/statements'] ?? 0) + 1;
        const before = await lines();
        const response = await fetch(`${backend.url}/api/bank-accounts/${account}/statements?${q}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${client.token}`, 'content-type': contentType },
          body: bytes as unknown as BodyInit,
        });
        const text = await response.text();
        assertSafe(response.status, text, `statement ${contentType} ${q} ${bytes.length} bytes`);
        if (response.status >= 300) expect(await lines(), `lines changed on ${response.status}`).toBe(before);
      }),
      { numRuns: RUNS * 2, seed: SEED, endOnFailure: true },
    );
  }, 240_000);
});

describe.each(backends)('fuzzing the workspace choice on $name', (backend) => {
  it('answers any X-Workspace-Id with one of the caller’s workspaces or a 404, never a 5xx', async () => {
    const client = (await signIn(backend.url)) as Person;
    const other = (await signIn(backend.url)) as Person;
    const mine = await createWorkspace(client, 'Yours');
    const theirs = await createWorkspace(other, 'Not yours');
    const value = fc.oneof(
      nastyString,
      fc.constantFrom(
        mine,
        theirs,
        client.user.id,
        other.user.id,
        theirs.toUpperCase(),
        mine.toUpperCase(),
        `${theirs},${mine}`,
        `${mine}x`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(value, async (raw) => {
        counts['X-Workspace-Id'] = (counts['X-Workspace-Id'] ?? 0) + 1;
        // what a header can carry at all (fetch refuses the rest)
        const header = raw.replace(/[^\x20-\x7e]/g, '').slice(0, 8000);
        const res = await client.request('GET', '/api/auth/user', undefined, { 'x-workspace-id': header });
        assertSafe(res.status, res.text, `X-Workspace-Id: ${header.slice(0, 100)}`);
        expect([200, 404], `X-Workspace-Id: ${header.slice(0, 100)}`).toContain(res.status);
        if (res.status === 200) expect([mine, client.user.id]).toContain(res.body.data.workspace.id);
        expect(res.text).not.toContain('Not yours');
      }),
      { numRuns: RUNS * 2, seed: SEED, endOnFailure: true },
    );
  }, 240_000);
});
