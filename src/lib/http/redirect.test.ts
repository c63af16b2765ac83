import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './redirect';

const HOME = '/dashboard';

describe('safeRedirectPath', () => {
  // each of these leaves the site in at least one browser (or after one more decode)
  const hostile: [string, unknown][] = [
    ['backslash after the slash', '/\\evil.com'],
    ['two backslashes', '\\\\evil.com'],
    ['backslash, as the query string decodes /%5Cevil.com', decodeURIComponent('/%5Cevil.com')],
    ['percent-encoded backslash, decoded by a later hop', '/%5Cevil.com'],
    ['percent-encoded backslash, lower case', '/%5cevil.com'],
    ['tab inside', '/\t/evil.com'],
    ['newline inside', '/\n/evil.com'],
    ['carriage return inside', '/\r/evil.com'],
    ['percent-encoded tab', '/%09/evil.com'],
    ['percent-encoded newline', '/%0a/evil.com'],
    ['NUL', '/\u0000/evil.com'],
    ['protocol-relative', '//evil.com'],
    ['protocol-relative with path', '//evil.com/dashboard'],
    ['percent-encoded second slash', '/%2Fevil.com'],
    ['percent-encoded second slash, lower case', '/%2fevil.com'],
    ['dot segment to a protocol-relative path', '/.//evil.com'],
    ['dot-dot segment to a protocol-relative path', '/..//evil.com'],
    ['absolute https', 'https://evil.com'],
    ['absolute http', 'http://evil.com/dashboard'],
    ['scheme-relative with backslashes', '/\\/evil.com'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript, upper case', 'JAVASCRIPT:alert(1)'],
    ['javascript after a space', ' javascript:alert(1)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['leading space before the slashes', ' //evil.com'],
    ['relative without a slash', 'evil.com'],
    ['empty', ''],
    ['not a string', 42],
    ['undefined', undefined],
    ['null', null],
    ['broken percent-encoding', '/%E0%A4%A'],
    ['line separator', '/\u2028/evil.com'],
    ['too long', `/${'a'.repeat(3000)}`],
  ];
  it.each(hostile)('refuses %s', (_label, value) => {
    expect(safeRedirectPath(value, HOME)).toBe(HOME);
  });

  it('refuses absolute URLs on other origins, and credentials, even with an own origin', () => {
    const own = 'https://crm.example.com';
    for (const value of [
      'https://evil.com/dashboard',
      'https://crm.example.com.evil.com/',
      'https://crm.example.com@evil.com/',
      'https://user:pass@crm.example.com/dashboard',
      'http://crm.example.com/dashboard',
      'https://crm.example.com:444/dashboard',
      'javascript://crm.example.com/%0aalert(1)',
    ]) {
      expect(safeRedirectPath(value, HOME, own), value).toBe(HOME);
    }
  });

  const friendly: [string, string][] = [
    ['/invoices', '/invoices'],
    ['/invoices/5f1c7a2e-0000-4000-8000-000000000000', '/invoices/5f1c7a2e-0000-4000-8000-000000000000'],
    ['/contacts?status=lead&q=ada', '/contacts?status=lead&q=ada'],
    ['/tasks#today', '/tasks#today'],
    ['/a/../dashboard', '/dashboard'],
    ['/', '/'],
    ['/search?q=%2F%2Fnot-a-host', '/search?q=%2F%2Fnot-a-host'],
  ];
  it.each(friendly)('keeps the same-origin path %s', (value, expected) => {
    expect(safeRedirectPath(value, HOME)).toBe(expected);
  });

  it('takes the first of repeated query values', () => {
    expect(safeRedirectPath(['/tasks', '//evil.com'], HOME)).toBe('/tasks');
    expect(safeRedirectPath(['//evil.com', '/tasks'], HOME)).toBe(HOME);
  });

  it('turns an absolute URL on its own origin into a path', () => {
    expect(safeRedirectPath('https://crm.example.com/invoices?x=1', HOME, 'https://crm.example.com')).toBe('/invoices?x=1');
    expect(safeRedirectPath('https://crm.example.com/invoices', HOME)).toBe(HOME);
  });
});
