import { localSignInSchema } from '@/features/users/schema';
import { signInLocally } from '@/features/users/service';
import { requestOrigin } from '@/lib/auth/config';
import { sessionCookies } from '@/lib/auth/local';
import { methods, publicRoute } from '@/lib/http';
import { NextResponse } from 'next/server';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute({ name: 'local_auth.sign_in', body: localSignInSchema }, async ({ req, body, audit }) => {
    const result = await signInLocally(body, requestOrigin(req.nextUrl, req.headers));
    audit('auth.signed_in', { user_id: result.user.id, mode: 'local', created: result.created });
    const response = NextResponse.json({ data: { token: result.token, user: result.user } });
    for (const cookie of sessionCookies(result.token, result.iat, req.nextUrl.protocol === 'https:')) {
      response.cookies.set(cookie);
    }
    return response;
  }),
});
