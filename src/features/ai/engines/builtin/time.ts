// Over 400 lines on purpose: starting, stopping, logging and asking about time share the duration, client and period readers.
import type { EngineAnswer } from '../types';
import { findDate, findPeriod, zonedToUtc } from './dates';
import { type Candidate, pickContact, resolveMentions } from './mentions';
import { countIn, editDistance, fold, isLexiconWord, oneTypoFrom, words, wordSimilarity } from './text';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/**
 * Time tracking: start and stop the timer, log time worked, and how many
 * hours were logged ("for Acme this month"). Writes are proposed through the
 * time tools and wait for confirmation (docs/decisions/0105).
 */

const TIMER = /\b(timer|clock|stopwatch|tracking|time tracking|tracker|timing)\b/;

/** The words of time tracking, so one typed with a typo still reads as itself ("stopwacth", "clcok", "loged", "tiem", "trakced"). */
const TIME_VOCABULARY = [
  'timer',
  'timing',
  'clock',
  'stopwatch',
  'tracking',
  'tracked',
  'track',
  'logged',
  'hours',
  'minutes',
  'time',
  'timesheet',
  'running',
];

const isWord = isLexiconWord;

/**
 * A word one typo from a time-tracking word, and no word of its own, read as that word ("clcok" → "clock", "timng" →
 * "timing", but "tome" stays); a three-letter one only as a letter left out of a four-letter word ("tme" → "time",
 * but "tim" is a name).
 */
export function fixTimeTypo(word: string): string {
  if (word.length < 3 || TIME_VOCABULARY.includes(word) || isWord(word)) return word;
  if (word.length === 3) return TIME_VOCABULARY.find((v) => v.length === 4 && v[0] === word[0] && editDistance(word, v, 1) === 1) ?? word;
  return oneTypoFrom(word, TIME_VOCABULARY) ?? word;
}

/** The request's words with the time-tracking words' typos corrected. */
function timeWords(turn: Turn): string {
  return turn.w.map(fixTimeTypo).join(' ');
}

/** The words as typed (no vocabulary correction: "least" is not "last"), time words' typos corrected. */
function typedWords(text: string): string {
  return words(text).map(fixTimeTypo).join(' ');
}

/** A command to the timer typed as a question ("could you start timing my call?"): the politeness is gone, the verb leads. */
const TIMER_COMMAND =
  /^(?:ok(?:ay)?\s+|so\s+)?(start|begin|clock|time|track|kick off|run|stop|end|finish|halt|kill|wrap|turn|switch|pause)\b/;

/** "start a timer", "clock me in on Acme", "timer on: …", "timer for beacon", "time my work on acme", "I'm starting on …, time it". */
export function wantsStartTimer(turn: Turn): boolean {
  const t = timeWords(turn);
  if (STOP_VERBS.test(t) || /^(is|are|am|what|which|how|did|do|does)\b/.test(t)) return false;
  if (/\?\s*$/.test(turn.text) && !TIMER_COMMAND.test(t)) return false;
  if (/\d\s*(h|hrs?|hours?|min|mins|minutes?)\b/.test(t)) return false;
  return (
    (/\b(start|starting|begin|run|kick off|set)\b/.test(t) && TIMER.test(t)) ||
    /\b(clock|punch) (me )?in\b/.test(t) ||
    /\b(put|get) me on the clock\b/.test(t) ||
    /\b(timer|clock|stopwatch) on\b/.test(t) ||
    // "timer: Bookkeeping", "timer for beacon please", "new timer on the audit"
    /^(?:a |new |a new )?(timer|stopwatch)\s*(?:[:\-–]|for\b|on\b)/.test(turn.folded.trim()) ||
    /^(start|begin) (timing|tracking)\b/.test(t) ||
    /^track (my )?time\b/.test(t) ||
    // "time my work on acme", "time me on the renders", "time this call"
    (/^time (me|my|this|the|our)\b/.test(t) && !wantsTimeQuestion(turn)) ||
    /\b(time|track) (it|this|that)( now)?$/.test(t) ||
    /\bfrom now\b/.test(t) ||
    /^(i m |im |i am )?start(ing)? (working |work )?on\b.*\bnow$/.test(t)
  );
}

/**
 * "start timing "Site visit notes" for acme", "stop the timer on "Call notes"": a request that opens by starting or stopping
 * the timer is for the timer, whatever its quoted title holds (a "notes" there is no note to add).
 */
export function opensWithTimer(turn: Turn): boolean {
  const t = typedWords(turn.text.replace(/["“][^"”]*["”]/g, ' '));
  return TIMER_COMMAND.test(t) && TIMER.test(t) && (wantsStartTimer(turn) || wantsStopTimer(turn));
}

/** Verbs that end a timer: "stop", "end", "kill", "wrap up", "turn off", "switch off", "shut off". */
const STOP_VERBS =
  /\b(stop|stopping|end|finish|pause|halt|kill|wrap(?:ping)? up|turn(?:ing)? (?:\w+ )?off|switch(?:ing)? (?:\w+ )?off|shut (?:\w+ )?off)\b/;

/** "I'm done with beacon for today", "finished for the day", "that's it for now": the end of the work, when a timer runs. */
const DONE_FOR_NOW =
  /^(?:ok(?:ay)?\s+|right\s+|so\s+)?(?:i m|im|i am|i ve|we re|we are|all|that s|that|thats|that is)?\s*(?:done|finished|through|it)\b(?:\s+(?:with|for|on)\b.*)?$|\b(?:calling it a day|call it a day|done for (?:today|the day|now))\b/;

/** "stop the timer", "clock me out", "clocking off", "timer off", and "stop it" right after a timer was started. */
export function wantsStopTimer(turn: Turn): boolean {
  // "stpo the timer": a typo of stop (the shared vocabulary has no "stop"); a word of its own ("shop", "step") is none
  const t = turn.w
    .map((w) => (w.length === 4 && editDistance(w, 'stop', 1) <= 1 && w[0] === 's' && !isWord(w) ? 'stop' : fixTimeTypo(w)))
    .join(' ');
  if (STOP_VERBS.test(t) && TIMER.test(t)) return true;
  if (
    /^(clock out|clock off|stop)$/.test(t) ||
    /\b(clock|punch)(?:ing|ed)? (me )?(out|off)\b/.test(t) ||
    /\b(take|get|taking|getting) me off the clock\b|^(i m |im |i am )?off the clock\b/.test(t) ||
    /\b(timer|clock|stopwatch) off\b/.test(t) ||
    /\bstop (timing|tracking)\b/.test(t)
  )
    return true;
  // "I'm done with beacon for today": checked against the running timer when it runs
  if (DONE_FOR_NOW.test(t) && !/\?\s*$/.test(turn.text)) return true;
  // "budget review finished - stop", "that's the call done, stop now": a plain stop after what was finished
  if (
    /(?:^|[-–—,;:.]\s*|\s)(?:stop|stop it|stop now|stop that|stop please|please stop)\s*[.!]*$/i.test(turn.text.trim()) &&
    /\b(finished|done|complete|completed|over|wrapped up|ended)\b/.test(t) &&
    !/\b(invoices?|recurring|quotes?|deals?|tasks?|reminders?|payments?)\b/.test(t)
  )
    return true;
  // "stop it", "done, stop": the timer the conversation was about
  const last = turn.req.history?.at(-1);
  return (
    /^(?:ok(?:ay)?\s+)?(stop|end|finish|halt|kill|wrap up)( it| that| now| please)*$/.test(t) &&
    Boolean(last && /\b(timer|clock)\b/i.test(last.response))
  );
}

/** Words that compare amounts of time: "the most", "fewer hours", "the lowest", "the least". */
const MORE_WORDS = String.raw`more|most|highest|biggest|largest`;
const LESS_WORDS = String.raw`less|least|fewer|fewest|lowest|smallest`;
const COMPARED = new RegExp(String.raw`\b(${MORE_WORDS}|${LESS_WORDS})\b`);
const LESS = new RegExp(String.raw`\b(${LESS_WORDS})\b`);

/** A split of the time by client: "client by client", "per client", "broken down by client". */
const BY_CLIENT =
  /\b(client[ -]by[ -]client|per[ -]client|by client|each client|every client|by customer|per[ -]customer|breakdown|broken down|split by)\b/;

/** A client's piece of work said with a possessive: "Acme's review", "Beacon plc's calls". */
const CLIENTS_WORK = /[\p{L}][\p{L}.&-]*(?:\s+[\p{L}][\p{L}.&-]*)?['’]s\s+/u;

export function wantsTimeQuestion(turn: Turn): boolean {
  const t = timeWords(turn);
  // "invoice Acme for the logged hours", "bill beacon for tracked time": a document, not a question
  if (/^(?:invoice|bill|charge|quote|draft|create|make)\b/.test(t)) return false;
  return (
    /\bhow (many|much) (hours|time|minutes)\b/.test(t) ||
    /\b(hours|time|minutes) (did|have) (i|we) (log|logged|work|worked|track|tracked|spend|spent|put in|clock|clocked)\b/.test(t) ||
    /\b(what|show)\b.*\b(timesheet|hours logged|logged hours)\b/.test(t) ||
    /\b(timesheet|hours logged|time logged|time tracked|hours tracked|time spent|hours spent|hours went)\b/.test(t) ||
    // "minutes logged for acme", "hours worked for beacon", "tracked time this month", "billable hours"
    // "minutes I've tracked this month", "the hours we logged for beacon": who logged them said between
    /\b(hours|minutes|time) (?:(?:i|we)(?: ve| have| d| had)? )?(logged|tracked|worked|recorded|clocked|booked)\b/.test(t) ||
    /\b(logged|tracked|worked|recorded|clocked|booked|billable) (hours|time|minutes)\b/.test(t) ||
    // "Beacon - hours this month?", "minutes so far this week" (but not "invoice 10 hours this month")
    (/\b(hours|minutes)\s+(this|last|so far|today|yesterday)\b/.test(t) && !/\d\s*(hours|minutes)\b/.test(t)) ||
    /\btime (report|breakdown|summary|overview)\b/.test(t) ||
    (BY_CLIENT.test(t) && /\b(time|hours|minutes|timesheet)\b/.test(t)) ||
    /\bwhat (did|have) (i|we) (log|logged|track|tracked|clock|clocked|record|recorded|book|booked)\b/.test(t) ||
    /^(total )?(hours|time|minutes) (for|on|logged|tracked|this|last|today)\b/.test(t) ||
    /\bhow long (have|did|has) (i|we|the team) (work\w*|been work\w*|spent|spend|been on)\b/.test(t) ||
    /\btotal time\b/.test(t) ||
    // "acme, how long this month", "beacon - how long so far?": "how long" said of a client and a period alone
    /\bhow long(?: in total| altogether| overall)?(?: (?:this|last) (?:week|month|year|quarter)| so far| today| yesterday| since \S+){0,2}$/.test(
      t,
    ) ||
    // "what time entries did I log for beacon", "show my timesheet entries": the entries themselves
    (/\b(time|timesheet) (entries|entry|records|logs)\b/.test(t) && !/^(delete|remove|edit|change|update|add|create|new)\b/.test(t)) ||
    // "how much did I work yesterday?", "my hours for acme"
    /\bhow much (did|have) (i|we) (work\w*)\b/.test(t) ||
    // "how much did the whole team log this month?", "how many hours has sam tracked"
    /\bhow (much|many|long)\b(?: \w+)? (did|have|has) (i|we|the (?:whole |entire )?team|everyone|everybody|\w+) (log|logged|track|tracked|clock|clocked|record|recorded|put in|book|booked)\b/.test(
      t,
    ) ||
    // "did I log more time on acme or on beacon?", "which client got the most hours"
    // (the words as typed: the typo corrector reads "least" as "last")
    (new RegExp(String.raw`${COMPARED.source} (time|hours|minutes)\b|\b(time|hours|minutes) (more|less)\b`).test(typedWords(turn.text)) &&
      /^(did|do|have|has|which|who|where|what|whats|is|was|am|are)\b/.test(t)) ||
    (/\bmy (hours|time) (for|on|with|this|last|today|yesterday)\b/.test(t) && !/\d\s*(h|hours?|minutes?|mins?)\b/.test(t)) ||
    /\b(time|hours|minutes) (has |have )?(gone|went|go|goes) (into|to|on)\b/.test(t) ||
    // "how long did the acme design take?", "how long did Acme's review take?": the time a piece of work took
    /^how (?:long|much time) (?:did|does|has|had) (?:the|my|our|that|this) .+ (?:take|took|last|lasted)\b/.test(t) ||
    new RegExp(String.raw`^how (?:long|much time) (?:did|does|has|had) ${CLIENTS_WORK.source}.+ (?:take|took|last|lasted)\b`, 'iu').test(
      turn.text,
    ) ||
    // "how long was the acme review?", "how long were the beacon calls" (as typed: "were" is no "where")
    /^how long (?:was|were|is|are) (?:the|my|our|that|this) \S/.test(typedWords(turn.text)) ||
    // "beacon hours vs acme hours", "acme hours?": hours said of clients, no number of them
    (/\b(hours|minutes)\b/.test(t) &&
      !/\d/.test(t) &&
      (/\b(vs|versus|compared to|against)\b/.test(t) || (/\b(hours|minutes)$/.test(t) && turn.w.length <= 4)))
  );
}

const AMOUNT = String.raw`(\d{1,3}(?:[.,]\d{1,2})?|an?|another|half an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty(?:[- ]five)?|fifty|sixty|seventy|eighty|ninety)`;

/** Numbers of minutes said in words ("ninety minutes", "forty-five mins"). */
const TENS: Readonly<Record<string, number>> = {
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

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
  const hm =
    // "2h30", "1 hour 20", "2 hrs 15 min": hours, then the minutes with or without their unit
    /(?<![\d.,])(\d{1,2})\s*(?:h|hrs?|hours?)\s*(?:and\s+)?([0-5]?\d)(?:\s*(?:m|mins?|minutes)\b(?!\s*(?:am|pm))|(?=\s*(?:$|[,;!?]|\.(?!\d)|\s(?:for|on|of|with|to|at|today|yesterday|this|last)\b)))/.exec(
      t,
    ) ??
    // "1:30 hours", "2:15h"
    /(?<![\d.,:])(\d{1,2}):(\d{2})\s*(?:h|hrs?|hours?)\b/.exec(t);
  if (hm) return { minutes: Number(hm[1]) * 60 + Number(hm[2]), index: hm.index, end: hm.index + hm[0].length };
  // "2 and a half hours", "1 more hour", "another hour and a half", "3 extra hours"
  const re = new RegExp(
    String.raw`(?<![\w.,])${AMOUNT}(\s+and\s+a\s+half)?\s*(?:(?:more|extra|additional|further)\s+)?(hours?|hrs?|h|minutes?|mins?|m)\b(?:\s*(?:and\s+)?(?:(a half)|${AMOUNT}\s*(minutes?|mins?|m)\b))?`,
    'i',
  );
  const m = re.exec(t);
  if (!m) return undefined;
  let minutes = minutesOf(m[1]!, m[3]!);
  if (minutes === undefined) return undefined;
  if (m[2] && /^h/i.test(m[3]!)) minutes += 30;
  if (m[4]) minutes += 30;
  else if (m[5] && m[6]) minutes += minutesOf(m[5], m[6]) ?? 0;
  return { minutes, index: m.index, end: m.index + m[0].length };
}

const LOG_VERB =
  /^(?:please |pls )?(?:i\s+)?(?:log|logged|track|tracked|record|add|book|worked|spent|did|put|enter)\b|^(?:new\s+)?(?:timesheet|time sheet|time)(?:\s+(?:entry|line|log|record))?(?:\s+(?:for|on)\s+[\p{L}\d ]{2,25}?)?\s*[:\-–]|\b(?:log|record|book) (?:it|that|this)\b/iu;

/** "log 2 hours for Acme", "track 45 minutes on the logo yesterday", "put 6 hours on my timesheet", "log time: Acme, 4 hours". */
export function wantsLogTime(turn: Turn): boolean {
  const text = turn.text.trim();
  const d = durationIn(text);
  if ((!LOG_VERB.test(text) && !durationFirst(text, d)) || /\b(timer|stopwatch|clock)\b/i.test(text)) return false;
  // "spent 45 on lunch" is money; a duration has its unit
  return Boolean(d) && !/\b(how|what)\b/i.test(text.slice(0, d!.index));
}

/**
 * "2.5 hours for Brightleaf on "Moodboards"", "45 min on the Acme logo yesterday": a note of time worked,
 * said without a verb: the duration first, then whom or what it was for; not a question, never money
 * ("10 hours at 80 each" is an invoice line).
 */
function durationFirst(text: string, d: { index: number; end: number } | undefined): boolean {
  return (
    Boolean(d) &&
    d!.index === 0 &&
    /^\s*(?:for|on|with|of)\b/i.test(text.slice(d!.end)) &&
    !/\?\s*$/.test(text) &&
    !/\b(?:at|@)\s*[$€£]?\d|[$€£]|\b(?:each|per hour|an hour|rate|invoice|bill|quote)\b/i.test(text)
  );
}

function minutesOf(amount: string, unit: string): number | undefined {
  const a = amount.toLowerCase();
  const value = a === 'a' || a === 'an' || a === 'another' ? 1 : a.startsWith('half') ? 0.5 : (TENS[a] ?? countIn(a.replace(',', '.')));
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
      String.raw`\b(?:on|doing|working on|timing|tracking|time on|started on|starting on|(?:went|gone|go|goes|put|spent|sunk) into)\s+(?:the\s+|my\s+)?(.{2,200}?)${end}`,
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

/**
 * The client a time request names. A company word typed exactly ("the Brightleaf brand audit") wins over a
 * near miss on someone's name ("brand" is not Brandt): work is usually said by the client's company.
 */
export function clientIn(text: string, candidates: Candidate[]): { contact?: Candidate; ambiguous: Candidate[] } {
  const resolved = resolveMentions(text, candidates);
  if (resolved.some((r) => r.exact)) return pickContact(resolved);
  const typed = words(text);
  const byCompany = candidates.filter((c) =>
    words(c.company ?? '').some(
      (w) => w.length >= 5 && !['studio', 'studios', 'group', 'limited', 'company'].includes(w) && typed.includes(w),
    ),
  );
  if (byCompany.length === 1) return { contact: byCompany[0], ambiguous: [] };
  return pickContact(resolved);
}

async function clientOf(
  turn: Turn,
): Promise<{ id?: string; name?: string; url?: string; company?: string | null; ambiguous?: EngineAnswer }> {
  const who = clientIn(turn.text, await turn.candidates());
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

/** "…, time it", "… - start a timer": the command said after the work; the words before it say what the work is. */
const TIMER_TAIL =
  /\s*(?:[-–—,;:.]\s*|\s+)(?:so\s+|please\s+|pls\s+)?(?:(?:start|begin|run|kick off)\s+(?:a|the|my)?\s*(?:timer|clock|stopwatch)|time (?:it|this|that))(?:\s+(?:now|please))?\s*[.!]*$/i;
/** "Starting the Brightleaf brand audit now", "I'm about to start on the menu": the work being started. */
const STARTING_ON =
  /^(?:(?:i m|i'm|im|i am|we're|we are)\s+)?(?:about to\s+)?(?:start(?:ing)?|begin(?:ning)?|working|doing)\s+(?:on\s+|with\s+)?(?:the\s+|my\s+|some\s+)?(.{2,200}?)(?:\s+(?:now|right now|today))?$/i;

export async function startTimerIntent(turn: Turn): Promise<EngineAnswer> {
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  const tail = TIMER_TAIL.exec(turn.text);
  const work = tail && tail.index > 0 ? STARTING_ON.exec(turn.text.slice(0, tail.index).trim())?.[1] : undefined;
  const description =
    work ?? descriptionIn(tail ? turn.text.slice(0, tail.index) : turn.text, client) ?? (client.name ? `Work for ${client.name}` : 'Work');
  return propose(turn, 'start_timer', { description, ...(client.id ? { contact_id: client.id } : {}) });
}

export async function stopTimerIntent(turn: Turn): Promise<EngineAnswer | undefined> {
  const t = timeWords(turn);
  const soft = DONE_FOR_NOW.test(t) && !STOP_VERBS.test(t) && !TIMER.test(t) && !/\bclock/.test(t);
  if (soft) {
    // "done with beacon": only the end of the timed work (its client or its words), else it is about something else
    const { timer } = await turn.read<{ timer: TimerOut | null }>('running_timer', {});
    if (!timer) return undefined;
    const said = words(t.replace(DONE_FOR_NOW, (m) => m.replace(/^.*?\b(?:done|finished|through|it)\b/, ''))).filter(
      (w) => !['with', 'for', 'on', 'the', 'today', 'day', 'now', 'a', 'my', 'this', 'that', 'work', 'tonight'].includes(w),
    );
    const timed = words(`${timer.description} ${timer.contact_name ?? ''}`);
    if (said.length > 0 && !said.some((w) => timed.some((k) => wordSimilarity(w, k) >= 0.85))) return undefined;
  }
  return propose(turn, 'stop_timer', {});
}

export async function logTimeIntent(turn: Turn): Promise<EngineAnswer> {
  const duration = durationIn(turn.text);
  const minutes = duration?.minutes;
  if (!minutes) return askBack('How long should I log? For example: "log 2 hours for Amara on the brand refresh".');
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  const { time_zone: zone, today } = turn.req.user;
  const day = workedOn(turn.text, duration, today);
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

/**
 * The day the time was worked: "today", "yesterday" (findPeriod), else a date chrono reads looking back
 * ("last friday", "on monday", "on the 3rd", "Dec 2"), never in the future; today when none is said.
 */
export function workedOn(text: string, duration: { index: number; end: number } | undefined, today: string): string {
  const period = findPeriod(text, today);
  if (period && period.from === period.to) return period.from;
  // the duration is no date ("2h30", "from 9 to 11")
  const rest = duration ? `${text.slice(0, duration.index)} ${text.slice(duration.end)}` : text;
  const found = findDate(rest, new Date(`${today}T12:00:00Z`), 'UTC', { forward: false });
  if (!found || !/[a-z]/i.test(found.text)) return today;
  if (found.date <= today) return found.date;
  // "on monday" read as the coming one: time is logged for the one just past
  const weekBack = new Date(Date.parse(`${found.date}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  return /(mon|tues|wednes|thurs|fri|satur|sun)day/i.test(found.text) && weekBack <= today ? weekBack : today;
}

function hoursInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} minute${m === 1 ? '' : 's'}`;
  return `${h} hour${h === 1 ? '' : 's'}${m ? ` ${m} minute${m === 1 ? '' : 's'}` : ''}`;
}

/** Several clients named in one question: "acme vs beacon", "Acme and Beacon together", "for Acme, Beacon". */
const SEVERAL = /\b(and|&|vs|versus|or|compared to|against)\b|,/;
const TOGETHER = /\b(together|combined|in total|altogether|total|between them|both)\b/;

export async function timeQuestion(turn: Turn): Promise<EngineAnswer> {
  const several = await turn.contactIn();
  if (several.ambiguous.length > 1 && SEVERAL.test(turn.folded)) {
    // the clients whose names are said (a shared first name alone does not count twice)
    const named = several.ambiguous
      .slice(0, 5)
      .filter((c) => words(turn.text).some((w) => words(`${c.name} ${c.company ?? ''}`).some((n) => wordSimilarity(w, n) >= 0.85)));
    if (named.length > 1) {
      const period = periodOf(turn);
      const each = [];
      for (const c of named) each.push({ client: c, result: await summary(turn, period, { contact_id: c.id }) });
      if (TOGETHER.test(turn.folded)) {
        const minutes = each.reduce((sum, e) => sum + e.result.minutes, 0);
        const entries = each.reduce((sum, e) => sum + e.result.entries, 0);
        const names = each.map((e) => link(e.client.name, e.client.url)).join(' and ');
        return answer(
          `${whoLogged(turn)} ${clock(minutes)} h (${hoursInWords(minutes)}) for ${names} together ${period.label}: ${minutes} minutes in ${entries} ${entries === 1 ? 'entry' : 'entries'}. See ${link('the timesheet', '/time')}.`,
        );
      }
      const lines = each.map((e) => sentence(turn, period, e.result, { name: e.client.name, url: e.client.url })).join('\n');
      // "did I log more time on acme or on beacon?": which one, then the figures
      const typed = words(turn.text).join(' ');
      if (COMPARED.test(typed)) {
        const sorted = [...each].sort((a, b) => b.result.minutes - a.result.minutes);
        const fewer = LESS.test(typed);
        const pick = fewer ? sorted.at(-1)! : sorted[0]!;
        const tie = sorted[0]!.result.minutes === sorted.at(-1)!.result.minutes;
        const head = tie
          ? `The same time for each: ${clock(pick.result.minutes)} h.`
          : `${fewer ? 'Less' : 'More'} on ${link(pick.client.name, pick.client.url)}: ${clock(pick.result.minutes)} h.`;
        return answer(`${head}\n${lines}`);
      }
      return answer(lines);
    }
  }
  const client = await clientOf(turn);
  if (client.ambiguous) return client.ambiguous;
  return timeQuestionFor(turn, client);
}

interface Summary {
  minutes: number;
  hours: string;
  entries: number;
  clients?: { contact_id: string | null; contact_name: string | null; minutes: number; hours: string }[];
}

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
const everyoneAsked = (turn: Turn) => /\b(we|team|everyone|everybody|all of us)\b/.test(turn.w.join(' '));
const whoLogged = (turn: Turn) => (everyoneAsked(turn) ? 'The team logged' : 'You logged');

function periodOf(turn: Turn) {
  return (
    findPeriod(turn.text, turn.req.user.today) ?? {
      from: `${turn.req.user.today.slice(0, 8)}01`,
      to: turn.req.user.today,
      label: 'this month',
    }
  );
}

async function summary(
  turn: Turn,
  period: { from: string; to: string },
  extra: { contact_id?: string; q?: string; by_client?: boolean },
): Promise<Summary> {
  return turn.read<Summary>('time_summary', {
    member: everyoneAsked(turn) ? 'everyone' : 'me',
    from: period.from,
    to: period.to,
    ...extra,
  });
}

function sentence(turn: Turn, period: { label: string }, result: Summary, client: { name?: string; url?: string }, on?: string): string {
  const forWhom = `${client.name && client.url ? ` for ${link(client.name, client.url)}` : ''}${on ? ` on “${on}”` : ''}`;
  if (result.entries === 0) return `${everyoneAsked(turn) ? 'The team has' : 'You have'} no time logged${forWhom} ${period.label}.`;
  return `${whoLogged(turn)} ${result.hours} h (${hoursInWords(result.minutes)})${forWhom} ${period.label}: ${result.minutes} minutes in ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}. See ${link('the timesheet', '/time')}.`;
}

/** Words that say when, not what: "on the 1st of this month", "for last week". */
const WHEN_WORDS =
  /\d|\b(today|yesterday|week|month|year|morning|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|so far|total|them|him|her|average|clients?|customers?|each|every|timesheet|hours?|minutes?)\b/i;

async function timeQuestionFor(
  turn: Turn,
  client: { id?: string; name?: string; url?: string; company?: string | null },
): Promise<EngineAnswer> {
  const period = periodOf(turn);
  const t = typedWords(turn.text);
  // "which client did I spend the most time on?": the clients side by side, the most (or least) first
  const ranked = COMPARED.test(t) && /\bwhich (client|customer|contact)s?\b|\bwho\b/.test(t);
  if (!client.id && (BY_CLIENT.test(t) || ranked)) {
    const result = await summary(turn, period, { by_client: true });
    if (result.entries === 0) return answer(sentence(turn, period, result, {}));
    const clients = [...(result.clients ?? [])].sort((a, b) => b.minutes - a.minutes);
    const rows = clients.map((c) => `- ${c.contact_name ?? 'No client'}: ${c.hours} h (${c.minutes} minutes)`);
    const pick = LESS.test(t) ? clients.at(-1) : clients[0];
    const head =
      ranked && pick
        ? `${LESS.test(t) ? 'Least' : 'Most'} time ${period.label}: ${pick.contact_name ?? 'no client'}, ${pick.hours} h.\n`
        : '';
    return answer(`${head}${sentence(turn, period, result, {})}\nBy client:\n${rows.join('\n')}`);
  }
  // "how long did I spend on the logo?": what the work was, when no client is named;
  // with a client, the work quoted ("on "Design" for acme") or named with it ("did the acme review take")
  const on = client.id ? workWithClient(turn.text, client) : descriptionIn(turn.text.replace(/\?+\s*$/, ''));
  const q = on && !WHEN_WORDS.test(on) && words(on).length <= 5 ? workWords(on) : undefined;
  const result = await summary(turn, period, { ...(client.id ? { contact_id: client.id } : {}), ...(q ? { q } : {}) });
  return answer(sentence(turn, period, result, client, q));
}

/** Words that say no particular piece of work: "design work", "the acme project", "the beacon account". */
const GENERIC_WORK = ['work', 'stuff', 'things', 'project', 'projects', 'account', 'job', 'jobs', 'tasks'];

/** The words of a piece of work, without the article before them or a generic word after them ("the design work" → "design"). */
function workWords(said: string): string | undefined {
  const own = said.replace(/^(?:the|my|our|a|an)\s+/i, '').replace(new RegExp(String.raw`\s+(?:${GENERIC_WORK.join('|')})$`, 'i'), '');
  return own.trim() || undefined;
}

/**
 * What the work was, said beside its client: quoted, "the <client> <work>" before "take" ("how long did the acme review
 * take"), or after "on"/"into" ("how much time did I spend on the acme review"); the client's own words are not the work.
 */
function workWithClient(text: string, client: { name?: string; company?: string | null }): string | undefined {
  const quoted = /["“]([^"”]{1,200})["”]/.exec(text)?.[1]?.trim();
  if (quoted) return quoted;
  const took =
    new RegExp(
      String.raw`\b(?:did|does|has|had|will)\s+(?:the\s+|my\s+|our\s+|that\s+|this\s+|${CLIENTS_WORK.source})(.{2,80}?)\s+(?:take|took|last|lasted|run)\b`,
      'iu',
    ).exec(text)?.[1] ??
    // "how long was the acme review?"
    /^how long (?:was|were|is|are)\s+(?:the|my|our|that|this)\s+(.{2,80}?)\s*[?.!]*$/i.exec(text.trim())?.[1] ??
    descriptionIn(text.replace(/\?+\s*$/, ''), client);
  if (!took) return undefined;
  const clientWords = words(`${client.name ?? ''} ${client.company ?? ''}`);
  const own = words(took).filter(
    (w) => !clientWords.some((c) => wordSimilarity(w, c) >= 0.85) && !['plc', 'ltd', 'gmbh', 'inc', 'llc', ...GENERIC_WORK].includes(w),
  );
  return own.length > 0 && own.length <= 4 ? own.join(' ') : undefined;
}

/** "is a timer running?", "what am I tracking right now?", "how long has the timer been going?". */
export function wantsRunningTimer(turn: Turn): boolean {
  // "what am i currently clocked in on", "am i still tracking": the words that only say when are left out
  const t = timeWords(turn).replace(/\b(?:currently|still|now|right now|at the moment|actually)\s+(?=\S)/g, '');
  // "what did I clock for acme in total": time logged, asked in the past
  if (/\b(?:did|have|has) (?:i|we|\w+) (?:clock|clocked|track|tracked)\b/.test(t)) return false;
  return (
    (TIMER.test(t) &&
      /\b(is|are|any|running|going|on|what|whats|which|how long|status|check|current|show|ticking|leave|left|say|says)\b/.test(t) &&
      !/\b(start|begin|stop|end|finish|halt)\b/.test(t)) ||
    /\bwhat am i (tracking|timing|working on|clocked)\b/.test(t) ||
    /\bam i (clocked in|on the clock|tracking|timing)\b/.test(t) ||
    // "which client is it running for?", "is it still going?": the timer the conversation was about
    (/\b(it|that|this)\b/.test(t) && /\b(running|going|ticking|counting)\b/.test(t) && TIMER.test(lastAnswerOf(turn))) ||
    /^(what s|whats|what is|what|is anything|anything) (is )?(running|ticking|being (timed|tracked))\b/.test(t) ||
    /\b(being timed|being tracked|clock ticking|current timer|left a timer|leave a timer|leave the timer)\b/.test(t)
  );
}

/** The previous answer, when the conversation is still going (what "it" can point at). */
function lastAnswerOf(turn: Turn): string {
  const last = turn.req.history?.at(-1);
  return last && Date.now() - Date.parse(last.created_at) < 15 * 60_000 ? fold(last.response) : '';
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
