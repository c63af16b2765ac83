import type { EngineAnswer } from '../types';
import { findPeriod, zonedToUtc } from './dates';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/**
 * Time tracking: start and stop the timer, log time worked, and how many
 * hours were logged ("for Acme this month"). Writes are proposed through the
 * time tools and wait for confirmation (docs/decisions/0105).
 */

const TIMER = /\b(timer|clock|stopwatch|tracking|time tracking|tracker|timing)\b/;

export function wantsStartTimer(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return /\b(start|begin|run|kick off|set)\b/.test(t) && TIMER.test(t) && !/\b(stop|end|finish)\b/.test(t);
}

export function wantsStopTimer(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (/\b(stop|end|finish|pause|halt)\b/.test(t) && TIMER.test(t)) || /^(clock out|stop)$/.test(t);
}

export function wantsTimeQuestion(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /\bhow (many|much) (hours|time|minutes)\b/.test(t) ||
    /\b(hours|time) (did|have) (i|we) (log|logged|work|worked|track|tracked|spend|spent|put in)\b/.test(t) ||
    /\b(what|show)\b.*\b(timesheet|hours logged|logged hours)\b/.test(t) ||
    /\b(timesheet|hours logged|time logged|time tracked|hours tracked|time spent|hours spent|hours went)\b/.test(t) ||
    /\bwhat (did|have) (i|we) (log|logged|track|tracked)\b/.test(t) ||
    /^(total )?(hours|time) (for|on|logged|tracked|this|last|today)\b/.test(t)
  );
}

/** "log 2 hours for Acme", "track 45 minutes on the logo yesterday", "add 1.5h for Amara". */
const LOG =
  /^(?:please |pls )?(?:i\s+)?(?:log|track|record|add|book|worked|spent|did)\s+(\d{1,3}(?:[.,]\d{1,2})?|an?|half an?)\s*(hours?|hrs?|h|minutes?|mins?|m)\b/i;

export function wantsLogTime(turn: Turn): boolean {
  return LOG.test(turn.text.trim());
}

function minutesOf(amount: string, unit: string): number | undefined {
  const a = amount.toLowerCase();
  const value = a === 'a' || a === 'an' ? 1 : a.startsWith('half') ? 0.5 : Number(a.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const minutes = /^h/i.test(unit) ? Math.round(value * 60) : Math.round(value);
  return minutes > 0 ? minutes : undefined;
}

/** What the work is: "on <what>" or a quoted text; else the client's name. */
function descriptionIn(text: string): string | undefined {
  const quoted = /["“”'‘’]([^"“”'‘’]{1,200})["“”'‘’]/.exec(text)?.[1]?.trim();
  if (quoted) return quoted;
  const on = /\b(?:on|doing|working on)\s+(?:the\s+)?(.{2,200}?)(?=\s+(?:for|yesterday|today|this|last|at)\b|[.!?]|$)/i
    .exec(text)?.[1]
    ?.trim();
  return on && !/^(it|that|this)$/i.test(on) ? on : undefined;
}

async function clientOf(turn: Turn): Promise<{ id?: string; name?: string; url?: string; ambiguous?: EngineAnswer }> {
  const who = await turn.contactIn();
  if (who.ambiguous.length) return { ambiguous: whichOne(who.ambiguous) };
  return who.contact ? { id: who.contact.id, name: who.contact.name, url: who.contact.url } : {};
}

export async function startTimerIntent(turn: Turn): Promise<EngineAnswer> {
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  const description = descriptionIn(turn.text) ?? (client.name ? `Work for ${client.name}` : 'Work');
  return propose(turn, 'start_timer', { description, ...(client.id ? { contact_id: client.id } : {}) });
}

export async function stopTimerIntent(turn: Turn): Promise<EngineAnswer> {
  return propose(turn, 'stop_timer', {});
}

export async function logTimeIntent(turn: Turn): Promise<EngineAnswer> {
  const m = LOG.exec(turn.text.trim())!;
  const minutes = minutesOf(m[1]!, m[2]!);
  if (!minutes) return askBack('How long should I log? For example: "log 2 hours for Amara on the brand refresh".');
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  const { time_zone: zone, today } = turn.req.user;
  const period = findPeriod(turn.text, today);
  const day = period && period.from === period.to ? period.from : today;
  // time worked today ends now; on another day it is placed from 09:00
  const started = day === today ? new Date(Date.now() - minutes * 60_000).toISOString() : zonedToUtc(day, '09:00', zone);
  const description = descriptionIn(turn.text) ?? (client.name ? `Work for ${client.name}` : 'Work');
  return propose(turn, 'log_time', {
    description,
    started_at: started,
    duration_minutes: minutes,
    ...(client.id ? { contact_id: client.id } : {}),
  });
}

function hoursInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} minute${m === 1 ? '' : 's'}`;
  return `${h} hour${h === 1 ? '' : 's'}${m ? ` ${m} minute${m === 1 ? '' : 's'}` : ''}`;
}

export async function timeQuestion(turn: Turn): Promise<EngineAnswer> {
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  const period = findPeriod(turn.text, turn.req.user.today) ?? {
    from: `${turn.req.user.today.slice(0, 8)}01`,
    to: turn.req.user.today,
    label: 'this month',
  };
  const everyone = /\b(we|team|everyone|everybody|all of us)\b/.test(turn.w.join(' '));
  const result = await turn.read<{ minutes: number; hours: string; entries: number }>('time_summary', {
    member: everyone ? 'everyone' : 'me',
    from: period.from,
    to: period.to,
    ...(client.id ? { contact_id: client.id } : {}),
  });
  const who = everyone ? 'The team logged' : 'You logged';
  const forWhom = client.name && client.url ? ` for ${link(client.name, client.url)}` : '';
  if (result.entries === 0) return answer(`${everyone ? 'The team has' : 'You have'} no time logged${forWhom} ${period.label}.`);
  return answer(
    `${who} ${result.hours} h (${hoursInWords(result.minutes)})${forWhom} ${period.label}, in ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}. See ${link('the timesheet', '/time')}.`,
  );
}

/** "is a timer running?", "what am I tracking right now?", "how long has the timer been going?". */
export function wantsRunningTimer(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    (TIMER.test(t) &&
      /\b(is|are|any|running|going|on|what|which|how long|status|check)\b/.test(t) &&
      !/\b(start|begin|stop|end|finish|halt)\b/.test(t)) ||
    /\bwhat am i (tracking|timing|working on|clocked)\b/.test(t) ||
    /\bam i (clocked in|tracking|timing)\b/.test(t)
  );
}

interface TimerOut {
  description: string;
  contact_name: string | null;
  started_at: string;
}

export async function runningTimerIntent(turn: Turn): Promise<EngineAnswer> {
  const { timer } = await turn.read<{ timer: TimerOut | null }>('running_timer', {});
  if (!timer) return answer('No timer is running. Say “start a timer for <client>” to start one.');
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(timer.started_at)) / 60_000));
  return answer(
    `Your timer is running on “${timer.description}”${timer.contact_name ? ` for ${timer.contact_name}` : ''}, for ${hoursInWords(minutes)} so far (${link('Time', '/time')}).`,
  );
}
