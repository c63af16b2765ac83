import type { EngineAnswer } from '../types';
import { findPeriod, zonedToUtc } from './dates';
import { editDistance, wordSimilarity, words } from './text';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/**
 * Time tracking: start and stop the timer, log time worked, and how many
 * hours were logged ("for Acme this month"). Writes are proposed through the
 * time tools and wait for confirmation (docs/decisions/0105).
 */

const TIMER = /\b(timer|clock|stopwatch|tracking|time tracking|tracker|timing)\b/;

/** "start a timer", "clock me in on Acme", "timer on: …", "track my time on … from now", "I'm starting on …, time it". */
export function wantsStartTimer(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (/\b(stop|end|finish|halt)\b/.test(t) || /\?\s*$/.test(turn.text) || /^(is|are|am|what|which|how|did|do|does)\b/.test(t)) return false;
  if (/\d\s*(h|hrs?|hours?|min|mins|minutes?)\b/.test(t)) return false;
  return (
    (/\b(start|starting|begin|run|kick off|set)\b/.test(t) && TIMER.test(t)) ||
    /\bclock (me )?in\b/.test(t) ||
    /\b(timer|clock|stopwatch) on\b/.test(t) ||
    /^(start|begin) (timing|tracking)\b/.test(t) ||
    /^track (my )?time\b/.test(t) ||
    /\b(time|track) (it|this|that)( now)?$/.test(t) ||
    /\bfrom now\b/.test(t) ||
    /^(i m |im |i am )?start(ing)? (working |work )?on\b.*\bnow$/.test(t)
  );
}

/** "stop the timer", "clock me out", "timer off", and "stop it" right after a timer was started. */
export function wantsStopTimer(turn: Turn): boolean {
  // "stpo the timer": a typo of stop (the shared vocabulary has no "stop")
  const t = turn.w.map((w) => (w.length === 4 && editDistance(w, 'stop', 1) <= 1 && w[0] === 's' ? 'stop' : w)).join(' ');
  if (/\b(stop|end|finish|pause|halt)\b/.test(t) && TIMER.test(t)) return true;
  if (
    /^(clock out|stop)$/.test(t) ||
    /\bclock (me )?out\b/.test(t) ||
    /\b(timer|clock|stopwatch) off\b/.test(t) ||
    /\bstop (timing|tracking)\b/.test(t)
  )
    return true;
  // "stop it", "done, stop": the timer the conversation was about
  const last = turn.req.history?.at(-1);
  return (
    /^(?:ok(?:ay)?\s+)?(stop|end|finish|halt)( it| that| now| please)*$/.test(t) &&
    Boolean(last && /\b(timer|clock)\b/i.test(last.response))
  );
}

export function wantsTimeQuestion(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /\bhow (many|much) (hours|time|minutes)\b/.test(t) ||
    /\b(hours|time) (did|have) (i|we) (log|logged|work|worked|track|tracked|spend|spent|put in)\b/.test(t) ||
    /\b(what|show)\b.*\b(timesheet|hours logged|logged hours)\b/.test(t) ||
    /\b(timesheet|hours logged|time logged|time tracked|hours tracked|time spent|hours spent|hours went)\b/.test(t) ||
    /\bwhat (did|have) (i|we) (log|logged|track|tracked)\b/.test(t) ||
    /^(total )?(hours|time) (for|on|logged|tracked|this|last|today)\b/.test(t) ||
    /\bhow long (have|did) (i|we) (work\w*|been work\w*|spent|spend)\b/.test(t) ||
    /\btotal time\b/.test(t) ||
    /\b(time|hours) (has |have )?(gone|went) into\b/.test(t)
  );
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};
const AMOUNT = String.raw`(\d{1,3}(?:[.,]\d{1,2})?|an?|half an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;

/**
 * How long, in minutes: "2 hours", "1.5h", "2h30", "1 hour 15 minutes", "90 mins", "half an hour",
 * "an hour and a half", "two hours".
 */
export function durationIn(text: string): { minutes: number; index: number; end: number; from?: string } | undefined {
  const t = text.toLowerCase();
  // "from 9 to 11", "9:30-12", "from 2pm until 4:15pm": the time between, starting at the first
  const range = /\bfrom\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:to|until|till|-|–)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/.exec(t);
  if (range) {
    const clock = (h: string, m: string | undefined, half: string | undefined, other?: string) => {
      let hour = Number(h) % 12;
      if ((half ?? other) === 'pm' || (!half && !other && Number(h) < 7)) hour += 12;
      if (!(half ?? other) && Number(h) === 12) hour = 12;
      return hour * 60 + Number(m ?? 0);
    };
    const start = clock(range[1]!, range[2], range[3], range[3] ? undefined : range[6]);
    const end = clock(range[4]!, range[5], range[6]);
    if (end > start) {
      const pad = (n: number) => String(n).padStart(2, '0');
      return {
        minutes: end - start,
        index: range.index,
        end: range.index + range[0].length,
        from: `${pad(Math.floor(start / 60))}:${pad(start % 60)}`,
      };
    }
  }
  const hm = /(?<![\d.,])(\d{1,2})\s*h\s*(\d{1,2})\b(?!\s*(?:am|pm))/.exec(t);
  if (hm) return { minutes: Number(hm[1]) * 60 + Number(hm[2]), index: hm.index, end: hm.index + hm[0].length };
  const re = new RegExp(
    String.raw`(?<![\w.,])${AMOUNT}\s*(hours?|hrs?|h|minutes?|mins?|m)\b(?:\s*(?:and\s+)?(?:(a half)|${AMOUNT}\s*(minutes?|mins?|m)\b))?`,
    'i',
  );
  const m = re.exec(t);
  if (!m) return undefined;
  let minutes = minutesOf(m[1]!, m[2]!);
  if (minutes === undefined) return undefined;
  if (m[3]) minutes += 30;
  else if (m[4] && m[5]) minutes += minutesOf(m[4], m[5]) ?? 0;
  return { minutes, index: m.index, end: m.index + m[0].length };
}

const LOG_VERB = /^(?:please |pls )?(?:i\s+)?(?:log|logged|track|tracked|record|add|book|worked|spent|did|put|enter)\b/i;

/** "log 2 hours for Acme", "track 45 minutes on the logo yesterday", "put 6 hours on my timesheet", "log time: Acme, 4 hours". */
export function wantsLogTime(turn: Turn): boolean {
  const text = turn.text.trim();
  if (!LOG_VERB.test(text) || /\b(timer|stopwatch|clock)\b/i.test(text)) return false;
  const d = durationIn(text);
  // "spent 45 on lunch" is money; a duration has its unit
  return Boolean(d) && !/\b(how|what)\b/i.test(text.slice(0, d!.index));
}

function minutesOf(amount: string, unit: string): number | undefined {
  const a = amount.toLowerCase();
  const value = a === 'a' || a === 'an' ? 1 : a.startsWith('half') ? 0.5 : (NUMBER_WORDS[a] ?? Number(a.replace(',', '.')));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const minutes = /^h/i.test(unit) ? Math.round(value * 60) : Math.round(value);
  return minutes > 0 ? minutes : undefined;
}

/** What the work is: "on <what>", "timing <what>", a quoted text, after a colon, or "for <what>" when that is no client; else the client's name. */
function descriptionIn(text: string, client?: { name?: string; company?: string | null }): string | undefined {
  const quoted = /["“”]([^"“”]{1,200})["“”]/.exec(text)?.[1]?.trim();
  if (quoted) return quoted;
  const end = String.raw`(?=\s+(?:for|yesterday|today|this|last|at|from now|now|please)\b|[.!?,;]|\s[-–—]\s|$)`;
  const patterns = [
    new RegExp(
      String.raw`\b(?:on|doing|working on|timing|tracking|time on|started on|starting on)\s+(?:the\s+|my\s+)?(.{2,200}?)${end}`,
      'i',
    ),
    new RegExp(String.raw`\b(?:timer|clock|stopwatch)\s*:\s*(.{2,200}?)$`, 'i'),
    new RegExp(String.raw`\s[-–—]\s+(.{2,200}?)$`, 'i'),
    new RegExp(String.raw`\bfor\s+(?:the\s+|my\s+)?(.{2,200}?)${end}`, 'i'),
  ];
  const clientWords = client ? words(`${client.name ?? ''} ${client.company ?? ''}`) : [];
  for (const re of patterns) {
    const found = re.exec(text)?.[1]?.trim();
    if (!found || /^(it|that|this|them|him|her|me|now|time|my time|work|my work)$/i.test(found)) continue;
    // "for Acme", "for beacon plc": the client, not what the work is
    const own = words(found).filter((w) => !['the', 'a', 'an', 'plc', 'ltd', 'gmbh', 'inc', 'llc', 'work', 'account'].includes(w));
    if (own.length === 0 || own.every((w) => clientWords.some((c) => wordSimilarity(w, c) >= 0.85))) continue;
    return found;
  }
  return undefined;
}

async function clientOf(
  turn: Turn,
): Promise<{ id?: string; name?: string; url?: string; company?: string | null; ambiguous?: EngineAnswer }> {
  const who = await turn.contactIn();
  if (who.ambiguous.length) return { ambiguous: whichOne(who.ambiguous) };
  if (who.contact) return { id: who.contact.id, name: who.contact.name, url: who.contact.url, company: who.contact.company };
  // "add another 2 hours to that": the one client the previous answer was about
  const last = turn.req.history?.at(-1);
  if (last && /\b(that|it|them|there|another|more|same)\b/i.test(turn.text) && Date.now() - Date.parse(last.created_at) < 15 * 60_000) {
    const linked = [...new Set([...last.response.matchAll(/\[([^\]]+)\]\(\/contacts\/([0-9a-f-]+)\)/g)].map((m) => `${m[2]}|${m[1]}`))];
    if (linked.length === 1) {
      const [id, name] = linked[0]!.split('|') as [string, string];
      return { id, name, url: `/contacts/${id}` };
    }
  }
  return {};
}

export async function startTimerIntent(turn: Turn): Promise<EngineAnswer> {
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  const description = descriptionIn(turn.text, client) ?? (client.name ? `Work for ${client.name}` : 'Work');
  return propose(turn, 'start_timer', { description, ...(client.id ? { contact_id: client.id } : {}) });
}

export async function stopTimerIntent(turn: Turn): Promise<EngineAnswer> {
  return propose(turn, 'stop_timer', {});
}

export async function logTimeIntent(turn: Turn): Promise<EngineAnswer> {
  const duration = durationIn(turn.text);
  const minutes = duration?.minutes;
  if (!minutes) return askBack('How long should I log? For example: "log 2 hours for Amara on the brand refresh".');
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  const { time_zone: zone, today } = turn.req.user;
  const period = findPeriod(turn.text, today);
  const day = period && period.from === period.to ? period.from : today;
  // time worked today ends now; on another day it is placed from 09:00
  const started = duration?.from
    ? zonedToUtc(day, duration.from, zone)
    : day === today
      ? new Date(Date.now() - minutes * 60_000).toISOString()
      : zonedToUtc(day, '09:00', zone);
  const description =
    descriptionIn(turn.text.replace(/\bon my timesheet\b/i, ''), client) ?? (client.name ? `Work for ${client.name}` : 'Work');
  const notBillable = /\b(not billable|non[- ]?billable|unbillable|don'?t bill|no charge|free of charge)\b/i.test(turn.text);
  return propose(turn, 'log_time', {
    description,
    started_at: started,
    duration_minutes: minutes,
    ...(client.id ? { contact_id: client.id } : {}),
    ...(notBillable ? { billable: false } : {}),
  });
}

function hoursInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} minute${m === 1 ? '' : 's'}`;
  return `${h} hour${h === 1 ? '' : 's'}${m ? ` ${m} minute${m === 1 ? '' : 's'}` : ''}`;
}

export async function timeQuestion(turn: Turn): Promise<EngineAnswer> {
  // "for Acme and for Beacon": one answer per client named
  const several = await turn.contactIn();
  if (several.ambiguous.length > 1 && /\b(and|&)\b/.test(turn.folded)) {
    const answers = [];
    for (const c of several.ambiguous.slice(0, 5)) {
      const parts = turn.text.split(/\s+(?:and|&)\s+/);
      const own = parts.find((p) => words(p).some((w) => words(c.name).some((n) => wordSimilarity(w, n) >= 0.85)));
      if (!own) continue;
      answers.push((await timeQuestionFor(turn, { id: c.id, name: c.name, url: c.url })).response);
    }
    if (answers.length > 1) return answer(answers.join('\n'));
  }
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  return timeQuestionFor(turn, client);
}

async function timeQuestionFor(turn: Turn, client: { id?: string; name?: string; url?: string }): Promise<EngineAnswer> {
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
      /\b(is|are|any|running|going|on|what|which|how long|status|check|current|show|ticking|leave|left)\b/.test(t) &&
      !/\b(start|begin|stop|end|finish|halt)\b/.test(t)) ||
    /\bwhat am i (tracking|timing|working on|clocked)\b/.test(t) ||
    /\bam i (still )?(clocked in|on the clock|tracking|timing)\b/.test(t) ||
    /^(what s|whats|what is|what|is anything|anything) (is )?(running|ticking|being (timed|tracked))\b/.test(t) ||
    /\b(being timed|being tracked|clock ticking|current timer|left a timer|leave a timer|leave the timer)\b/.test(t)
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
