import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './index';

/** BACKUP_DIR, BACKUP_AT and BACKUP_KEEP (docs/decisions/0095-backups.md). */

const problemsOf = (source: Record<string, string>) => {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
};

describe('backup settings', () => {
  it('default to no schedule and seven kept backups', () => {
    const env = parseEnv({});
    expect(env.BACKUP_DIR).toBeUndefined();
    expect(env.BACKUP_AT).toBeUndefined();
    expect(env.BACKUP_KEEP).toBe(7);
  });

  it('read a daily time, a directory (made absolute) and a count', () => {
    const env = parseEnv({ BACKUP_DIR: 'backups', BACKUP_AT: '02:30', BACKUP_KEEP: '30' });
    expect(env.BACKUP_DIR).toBe(path.resolve('backups'));
    expect(env.BACKUP_AT).toBe('02:30');
    expect(env.BACKUP_KEEP).toBe(30);
  });

  it('refuse a bad time, a bad count, a time without a directory, and a schedule on PostgreSQL', () => {
    expect(problemsOf({ BACKUP_DIR: '/b', BACKUP_AT: '2:30' })).toEqual([
      "BACKUP_AT: must be a time of day as HH:MM (24-hour, the server's local time)",
    ]);
    expect(problemsOf({ BACKUP_KEEP: '0' })).toEqual(['BACKUP_KEEP: must be between 1 and 10000']);
    expect(problemsOf({ BACKUP_AT: '02:30' })).toEqual(['BACKUP_DIR: required with BACKUP_AT (the directory the daily backups go to)']);
    expect(problemsOf({ BACKUP_DIR: '/b', BACKUP_AT: '02:30', DATABASE_URL: 'postgres://u@localhost/db' })).toEqual([
      expect.stringMatching(/^BACKUP_AT: daily backups are of the embedded database; with DATABASE_URL schedule pg_dump/),
    ]);
  });
});
