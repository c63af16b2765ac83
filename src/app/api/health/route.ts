import { ping } from '@/lib/db';
import { ApiError } from '@/lib/errors';
import { methods, publicRoute } from '@/lib/http';
import { NextResponse } from 'next/server';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: publicRoute({ name: 'health', summary: 'Health check: the app and its database answer.' }, async () => {
    try {
      await ping();
      return { data: { status: 'ok', database: 'ok' } };
    } catch (error) {
      if (error instanceof ApiError) throw error;
      return NextResponse.json({ data: { status: 'error', database: 'unreachable' } }, { status: 503 });
    }
  }),
});
