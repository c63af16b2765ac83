import { signedOutCookies } from '@/lib/auth/local';
import { methods, route } from '@/lib/http';
import { NextResponse } from 'next/server';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route({ name: 'local_auth.sign_out' }, async ({ req, user, audit }) => {
    audit('auth.signed_out', { user_id: user.id });
    const response = NextResponse.json({ data: { signed_out: true } });
    for (const cookie of signedOutCookies(req.nextUrl.protocol === 'https:')) response.cookies.set(cookie);
    return response;
  }),
});
