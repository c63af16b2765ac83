import { describe, expect, it } from 'vitest';
import { clearedWorkspaceCookie, WORKSPACE_COOKIE, workspaceCookie } from './workspace-cookie';
import { WORKSPACE_COOKIE as SERVER_COOKIE } from './workspace';

const ID = '0F8FAD5B-D9CB-469F-A165-70867728950E';

describe('workspace cookie', () => {
  it('is the name the server reads', () => {
    expect(WORKSPACE_COOKIE).toBe('ledgerly_workspace');
    expect(SERVER_COOKIE).toBe(WORKSPACE_COOKIE);
  });

  it('remembers a workspace for a year on every path, SameSite=Lax, Secure over https', () => {
    expect(workspaceCookie(ID, { secure: false })).toBe(
      'ledgerly_workspace=0f8fad5b-d9cb-469f-a165-70867728950e; Path=/; Max-Age=31536000; SameSite=Lax',
    );
    expect(workspaceCookie(ID, { secure: true })).toMatch(/; Secure$/);
  });

  it('refuses anything but a workspace id (nothing else can reach the cookie header)', () => {
    expect(() => workspaceCookie('x; Path=/admin', { secure: false })).toThrow();
    expect(() => workspaceCookie('', { secure: false })).toThrow();
  });

  it('forgets the choice', () => {
    expect(clearedWorkspaceCookie({ secure: false })).toBe('ledgerly_workspace=; Path=/; Max-Age=0; SameSite=Lax');
  });
});
