'use client';

import { Play, Square, Timer } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import type { TimeEntry } from '../schema';

type Running = Pick<TimeEntry, 'id' | 'description' | 'contact_id'> & { started_at: string };

/** Seconds as h:mm:ss. */
export function elapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

/** How often the control asks the server again (another tab may have started or stopped the timer). */
const REFRESH_MS = 15_000;

/**
 * The member's timer, in the navigation of every page: it reads the running
 * entry from the server (GET /api/time-entries/timer) when it mounts, when the
 * tab comes back into view and every few seconds, so a reload or a second tab
 * shows the same timer; start and stop go to the server, which allows one
 * running timer per member (docs/decisions/0105). Not shown to viewers.
 */
export function TimerControl() {
  const router = useRouter();
  const [running, setRunning] = React.useState<Running | null | undefined>(undefined);
  const [description, setDescription] = React.useState('');
  const [pending, setPending] = React.useState(false);
  const [now, setNow] = React.useState(() => Date.now());

  const load = React.useCallback(async () => {
    try {
      const { data } = await apiFetch<{ data: Running | null }>('/api/time-entries/timer');
      setRunning(data);
    } catch {
      // offline for a moment: keep what is shown
    }
  }, []);

  React.useEffect(() => {
    // the first read right after mounting (not during the effect itself)
    const first = window.setTimeout(() => void load(), 0);
    const interval = window.setInterval(() => void load(), REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [load]);

  React.useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [running]);

  async function start(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    try {
      const { data } = await apiFetch<{ data: Running }>('/api/time-entries/timer/start', {
        method: 'POST',
        body: { description: description.trim() || 'Work' },
      });
      setRunning(data);
      setNow(Date.now());
      setDescription('');
      router.refresh();
    } catch (error) {
      if (error instanceof ApiClientError && error.status === 409) await load();
      notify.error(error instanceof ApiClientError ? error.message : 'The timer could not be started. Try again.');
    } finally {
      setPending(false);
    }
  }

  async function stop() {
    setPending(true);
    try {
      const { data } = await apiFetch<{ data: TimeEntry }>('/api/time-entries/timer/stop', { method: 'POST' });
      setRunning(null);
      notify.success('Timer stopped', { description: `${data.description}: ${data.duration_minutes ?? 0} min` });
      router.refresh();
    } catch (error) {
      await load();
      notify.error(error instanceof ApiClientError ? error.message : 'The timer could not be stopped. Try again.');
    } finally {
      setPending(false);
    }
  }

  if (running === undefined) return <div className="h-9" aria-hidden />;
  if (running) {
    const seconds = (now - Date.parse(running.started_at)) / 1000;
    return (
      <section aria-label="Timer" className="flex min-w-0 items-center gap-2 rounded-md border bg-accent/40 px-2 py-1.5">
        <Timer className="size-4 shrink-0 text-primary" aria-hidden />
        <div className="min-w-0 flex-1">
          <p className="font-mono text-sm tabular-nums" data-testid="timer-elapsed" aria-live="off">
            {elapsed(seconds)}
          </p>
          <p className="truncate text-xs text-muted-foreground" title={running.description}>
            {running.description}
          </p>
        </div>
        <Button
          type="button"
          size="sm"
          variant="outline"
          onClick={stop}
          disabled={pending}
          aria-label={`Stop the timer for ${running.description}`}
        >
          <Square aria-hidden /> Stop
        </Button>
      </section>
    );
  }
  return (
    <form aria-label="Timer" onSubmit={start} className="flex min-w-0 items-center gap-1.5">
      <Input
        aria-label="What are you working on?"
        placeholder="What are you working on?"
        value={description}
        maxLength={2000}
        onChange={(e) => setDescription(e.target.value)}
        className="h-8 min-w-0 text-sm"
      />
      <Button type="submit" size="sm" disabled={pending} aria-label="Start the timer">
        <Play aria-hidden /> Start
      </Button>
    </form>
  );
}
