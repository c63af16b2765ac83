import { NextResponse } from 'next/server';
import { signOut } from '@/features/users/local-auth';
import { requestOrigin } from '@/lib/http/forwarded';
import { signedOutCookies } from '@/lib/auth/local';
import { methods, routeWithoutTransaction } from '@/lib/http';

/** Ends this session: the cookies are cleared and, for local accounts, the session is revoked. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    { name: 'local_auth.sign_out', apiKey: 'never', summary: 'Sign out this session.', role: 'viewer' },
    async ({ req, session, user, audit }) => {
      await signOut(session);
      audit('auth.signed_out', { user_id: user.id });
      const response = NextResponse.json({ data: { signed_out: true } });
      const secure = requestOrigin(req.nextUrl, req.headers).startsWith('https:');
      for (const cookie of signedOutCookies(secure)) response.cookies.set(cookie);
      return response;
    },
  ),
});
