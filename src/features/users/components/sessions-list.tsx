'use client';

import { LogOut } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';

interface SessionView {
  id: string;
  created_at: string;
  user_agent: string | null;
  ip: string | null;
  current: boolean;
}

/** A short name for a browser from its user agent ("Firefox on Windows"). */
function deviceName(agent: string | null): string {
  if (!agent) return 'Unknown device';
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrome\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : 'A program';
  const system = /Windows/.test(agent)
    ? 'Windows'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Android/.test(agent)
        ? 'Android'
        : /Mac OS X/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : null;
  return system ? `${browser} on ${system}` : browser;
}

/** Where this account is signed in, with a way to sign any other place out. */
export function SessionsList({ sessions, locale, timeZone }: { sessions: SessionView[]; locale: string; timeZone: string }) {
  const router = useRouter();
  const [error, setError] = React.useState<string | null>(null);

  async function revoke(id: string) {
    setError(null);
    const response = await fetch(`/api/local-auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
    if (!response.ok) setError('That session could not be signed out. Reload the page and try again.');
    router.refresh();
  }

  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <div className="grid gap-2">
      {error ? <p className="text-sm text-destructive">{error}</p> : null}
      <ul className="divide-y rounded-md border" data-testid="sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
            <span>
              <span className="font-medium">{deviceName(session.user_agent)}</span>
              <span className="text-muted-foreground">
                {' '}
                · signed in {format.format(new Date(session.created_at))}
                {session.ip && session.ip !== 'unknown' ? ` from ${session.ip}` : ''}
              </span>
            </span>
            {session.current ? (
              <span className="text-xs font-medium text-emerald-700">This browser</span>
            ) : (
              <Button type="button" variant="outline" size="sm" onClick={() => void revoke(session.id)}>
                <LogOut aria-hidden /> Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
