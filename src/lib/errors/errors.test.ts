import { describe, expect, it } from 'vitest';
import { fromDatabaseError } from './index';

describe('fromDatabaseError', () => {
  it('maps the rules the database raises on purpose to 400, 409 and 422 with the field', () => {
    const raised = (code: string) =>
      fromDatabaseError({
        cause: {
          code,
          message: 'Invoice INV-0001 is sent: its items can no longer change.',
          detail: 'items',
          hint: 'cannot change once the invoice is sent',
        },
      });
    expect(raised('LD409')?.status).toBe(409);
    expect(raised('LD409')?.toBody()).toEqual({
      error: {
        code: 'conflict',
        message: 'Invoice INV-0001 is sent: its items can no longer change.',
        details: { items: ['cannot change once the invoice is sent'] },
      },
    });
    expect(raised('LD422')?.status).toBe(422);
    expect(raised('LD400')?.status).toBe(400);
  });

  it('never echoes a detail that is not a field name', () => {
    const mapped = fromDatabaseError({ code: 'LD422', message: 'Too much.', detail: 'Key (id)=(1) is not present' });
    expect(mapped?.toBody()).toEqual({ error: { code: 'unprocessable', message: 'Too much.' } });
  });

  it('answers a statement stopped by statement_timeout with a 503 and no SQL', () => {
    const mapped = fromDatabaseError({ cause: { code: '57014', message: 'canceling statement due to statement timeout' } });
    expect(mapped?.status).toBe(503);
    expect(mapped?.headers).toEqual({ 'Retry-After': '5' });
    expect(mapped?.toBody()).toEqual({
      error: {
        code: 'service_unavailable',
        message: 'The database took too long to answer, so the request was stopped. Try again in a moment.',
      },
    });
  });
});
