import { NextResponse, type NextRequest } from 'next/server';
import { requestOrigin } from '@/lib/auth/config';

/**
 * The answer to a client's accept or decline: JSON for API clients; a form
 * posted by the client page (which asks for HTML) goes back to the page.
 */
export function answerResponse(req: NextRequest, token: string, result: { status: string }): Response {
  const headers = { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' };
  if ((req.headers.get('accept') ?? '').includes('text/html')) {
    return NextResponse.redirect(new URL(`/p/${encodeURIComponent(token)}`, requestOrigin(req.nextUrl, req.headers)), {
      status: 303,
      headers,
    });
  }
  return NextResponse.json({ data: result }, { headers });
}
