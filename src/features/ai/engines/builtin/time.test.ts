import { describe, expect, it } from 'vitest';
import {
  clientIn,
  durationIn,
  fixTimeTypo,
  opensWithTimer,
  wantsLogTime,
  workedOn,
  wantsRunningTimer,
  wantsStartTimer,
  wantsStopTimer,
  wantsTimeQuestion,
} from './time';
import { stubContact, stubEngine, turn } from './test-turn';

describe('time phrasings of the built-in engine', () => {
  it('reads durations the ways people write them', () => {
    const minutes = (t: string) => durationIn(t)?.minutes;
    expect(minutes('log 2h30 on the slides')).toBe(150);
    expect(minutes('track 1 hour 15 minutes for Priya')).toBe(75);
    expect(minutes('an hour and a half on the audit')).toBe(90);
    expect(minutes('log two hours of design')).toBe(120);
    expect(minutes('i spent half an hour on a call')).toBe(30);
    expect(minutes('Record 1.5h for Beacon')).toBe(90);
    expect(minutes('spent 45 on lunch')).toBeUndefined();
    expect(durationIn('I worked from 9 to 11 on the Acme site')).toMatchObject({ minutes: 120, from: '09:00' });
    expect(durationIn('from 2pm until 4:15pm on the audit')).toMatchObject({ minutes: 135, from: '14:00' });
  });

  it('tells logging time from money and questions', () => {
    for (const q of [
      'put 6 hours on my timesheet for Acme',
      'log time: Acme, 4 hours, "Workshop prep"',
      'add another 2 hours to that',
      'I did three hours of edits for Kenji',
    ]) {
      expect(wantsLogTime(turn(q)), q).toBe(true);
    }
    for (const q of ['spent 45.90 on lunch', 'how many hours did I log', 'start a timer for 2 hours'])
      expect(wantsLogTime(turn(q)), q).toBe(false);
  });

  it('starts, stops and asks about the timer in everyday words', () => {
    for (const q of [
      'clock me in on Acme',
      'timer on: "Quarterly bookkeeping"',
      'track my time on the beacon migration from now',
      "I'm starting on the Nordwerk slides now, time it",
    ]) {
      expect(wantsStartTimer(turn(q)), q).toBe(true);
    }
    expect(wantsStartTimer(turn('is my timer on'))).toBe(false);
    // "shop" is a word of its own, not a typo of "stop"
    expect(wantsStopTimer(turn("I'm starting on Grace's shop photos, start the clock"))).toBe(false);
    expect(wantsStopTimer(turn('stpo the timer'))).toBe(true);
    for (const q of ['clock me out', "that's it for the beacon work - timer off", 'stop timing'])
      expect(wantsStopTimer(turn(q)), q).toBe(true);
    const started = [
      {
        query: 'start a timer for Acme',
        response: 'Start a timer for Acme: "Work for Acme". Confirm to apply it, or reject it.',
        created_at: new Date().toISOString(),
      },
    ];
    expect(wantsStopTimer(turn('stop it', started))).toBe(true);
    expect(wantsStopTimer(turn('stop it'))).toBe(false);
    for (const q of [
      'am i still clocked in?',
      "what's running",
      'show my current timer',
      'is anything being timed right now?',
      'did I leave a timer on?',
    ]) {
      expect(wantsRunningTimer(turn(q)), q).toBe(true);
    }
    for (const q of [
      'How long have we worked for Beacon plc this month?',
      'whats my total time on the beacon account',
      'how much time has gone into acme so far',
    ]) {
      expect(wantsTimeQuestion(turn(q)), q).toBe(true);
    }
  });
  it('reads halves, extra hours and a timesheet line', () => {
    const minutes = (t: string) => durationIn(t)?.minutes;
    expect(minutes('book 3 and a half hours for Lukas')).toBe(210);
    expect(minutes('put one more hour on that')).toBe(60);
    expect(minutes('another hour for the audit')).toBe(60);
    expect(minutes('2 extra hours on the slides')).toBe(120);
    expect(wantsLogTime(turn('time sheet - Beacon, 2h15, workshop'))).toBe(true);
    expect(wantsLogTime(turn('timesheet for acme this month?'))).toBe(false);
  });

  it('starts a timer said as a bare timer or a polite question, and stops it in other words', () => {
    for (const q of [
      'timer: Quarterly audit',
      'timer for the Kaze edit',
      'time my work on the Beacon migration',
      'could you begin timing the workshop?',
    ])
      expect(wantsStartTimer(turn(q)), q).toBe(true);
    for (const q of ['what is the timer on?', 'time spent on Acme', 'is the stopwatch running?'])
      expect(wantsStartTimer(turn(q)), q).toBe(false);
    for (const q of [
      'shut the timer off',
      'wrapping up the clock now',
      'clocking out',
      'kill the stopwatch',
      "that's it for today",
      'I am done with the audit',
    ])
      expect(wantsStopTimer(turn(q)), q).toBe(true);
    for (const q of ['finish the lease task', 'done?', 'mark the call as done']) expect(wantsStopTimer(turn(q)), q).toBe(false);
  });

  it('asks about time in more ways: minutes, worked hours, by client', () => {
    for (const q of [
      'minutes tracked for the Beacon account',
      'worked hours last week?',
      'Kenji - minutes so far this week',
      'split my hours by client for last month',
      'how long has the team been on the Nordwerk slides?',
    ])
      expect(wantsTimeQuestion(turn(q)), q).toBe(true);
    for (const q of ['invoice Acme 10 hours this month at 80', 'log 2 hours for Acme', 'bill Beacon for the tracked hours'])
      expect(wantsTimeQuestion(turn(q)), q).toBe(false);
  });
  it('reads the day time was worked, looking back, and more ways to write a duration', () => {
    // 2026-12-09 is a Wednesday
    expect(workedOn('log 2 hours for Acme last friday', durationIn('log 2 hours for Acme last friday'), '2026-12-09')).toBe('2026-12-04');
    expect(workedOn('3 hours on the audit on monday', durationIn('3 hours on the audit on monday'), '2026-12-09')).toBe('2026-12-07');
    expect(workedOn('log 1h for Kenji', durationIn('log 1h for Kenji'), '2026-12-09')).toBe('2026-12-09');
    expect(workedOn('log 1h for Kenji yesterday', undefined, '2026-12-09')).toBe('2026-12-08');
    expect(durationIn('log 1:30 hours for Beacon')?.minutes).toBe(90);
    expect(durationIn('log 1h 30m for Beacon')?.minutes).toBe(90);
    for (const q of ['punch me in for Acme', 'put me on the clock for the Beacon audit']) expect(wantsStartTimer(turn(q)), q).toBe(true);
    for (const q of ['punch out', 'take me off the clock']) expect(wantsStopTimer(turn(q)), q).toBe(true);
    expect(wantsStartTimer(turn('check in with Amara tomorrow'))).toBe(false);
  });
  it('asks how much was worked and logs a line that ends with "log it"', () => {
    for (const q of ['how much did I work yesterday?', "what's my time for Acme this month"])
      expect(wantsTimeQuestion(turn(q)), q).toBe(true);
    expect(wantsLogTime(turn('Beacon call, 45 minutes - log it'))).toBe(true);
    expect(wantsLogTime(turn('lunch 45.90, log it'))).toBe(false);
  });
});

describe('Time said in more ways', () => {
  it('reads the team’s hours and a comparison of clients as time questions', () => {
    expect(wantsTimeQuestion(turn('how much did the whole team log this month?'))).toBe(true);
    expect(wantsTimeQuestion(turn('did I log more time on acme or on beacon?'))).toBe(true);
    expect(wantsTimeQuestion(turn('I need more time for the report'))).toBe(false);
  });
  it('reads a timesheet line and a stop said after what was finished', () => {
    expect(wantsLogTime(turn('timesheet entry: Brightleaf Studio, 1 hour 10 min'))).toBe(true);
    expect(wantsStopTimer(turn('budget review finished - stop'))).toBe(true);
    expect(wantsStopTimer(turn('the invoice is done, stop'))).toBe(false);
  });
  it('prefers a company typed exactly to a near miss on a name ("brand" is not Brandt)', () => {
    const people = [
      {
        id: 'l',
        name: 'Lukas Brandt',
        first_name: 'Lukas',
        last_name: 'Brandt',
        company: 'Nordwerk GmbH',
        email: null,
        status: 'active',
        url: '',
      },
      {
        id: 'a',
        name: 'Amara Okafor',
        first_name: 'Amara',
        last_name: 'Okafor',
        company: 'Brightleaf Studio',
        email: null,
        status: 'customer',
        url: '',
      },
    ];
    expect(clientIn('Starting the Brightleaf brand audit now - start a timer', people).contact?.id).toBe('a');
    expect(clientIn('start a timer for lukas brandt', people).contact?.id).toBe('l');
  });
});

describe('The client with the most or least time', () => {
  it('reads "least" as typed, not as "last"', () => {
    expect(wantsTimeQuestion(turn('who took up the least time this month?'))).toBe(true);
    expect(wantsTimeQuestion(turn('which client did I spend the most time on this month?'))).toBe(true);
  });
});

describe('time words typed with a typo, durations without a verb', () => {
  it('reads a time-tracking word one typo off as itself, but not a word of its own', () => {
    expect(fixTimeTypo('clcok')).toBe('clock');
    expect(fixTimeTypo('stopwacth')).toBe('stopwatch');
    expect(fixTimeTypo('loged')).toBe('logged');
    expect(fixTimeTypo('tiem')).toBe('time');
    expect(fixTimeTypo('tame')).toBe('tame');
    expect(wantsStopTimer(turn('ok that is it, turn the clok off'))).toBe(true);
    expect(wantsStartTimer(turn('kick off the stopwatcj on the newsletter'))).toBe(true);
    expect(wantsRunningTimer(turn('is my timre still going?'))).toBe(true);
  });
  it('reads hours said of clients and where time went as a question about time', () => {
    expect(wantsTimeQuestion(turn('hours loggged for kenji this week'))).toBe(true);
    expect(wantsTimeQuestion(turn('acme versus beacon hours this month'))).toBe(true);
    expect(wantsTimeQuestion(turn('how long did the beacon onboarding take'))).toBe(true);
    expect(wantsTimeQuestion(turn('where did my minutes go to last week, per client'))).toBe(true);
    expect(wantsTimeQuestion(turn('invoice acme 10 hours at 80'))).toBe(false);
  });
  it('reads minutes said in words and a duration said first as time to log, never an invoice line', () => {
    expect(durationIn('log forty-five minutes on the audit')?.minutes).toBe(45);
    expect(durationIn('add twenty mins for beacon')?.minutes).toBe(20);
    expect(wantsLogTime(turn('90 min with Priya on the dashboard yesterday'))).toBe(true);
    expect(wantsLogTime(turn('3 hours for acme at 80 each'))).toBe(false);
    expect(wantsLogTime(turn('2 hours for acme this month?'))).toBe(false);
  });
});

describe('time asked about in short, compared and pointed-at ways', () => {
  it('reads "how long" said with only a client and a period, and the entries themselves', () => {
    expect(wantsTimeQuestion(turn('beacon - how long so far?'))).toBe(true);
    expect(wantsTimeQuestion(turn('kenji, how long last week'))).toBe(true);
    expect(wantsTimeQuestion(turn('how long were the priya calls?'))).toBe(true);
    expect(wantsTimeQuestion(turn('show my time entries for last week'))).toBe(true);
    expect(wantsTimeQuestion(turn('how long until the invoice is due'))).toBe(false);
    expect(wantsTimeQuestion(turn('delete that time entry'))).toBe(false);
  });
  it('reads the fewest, the lowest and the highest as a comparison of time', () => {
    expect(wantsTimeQuestion(turn('which customer had the fewest hours last month'))).toBe(true);
    expect(wantsTimeQuestion(turn('who got the highest time this week?'))).toBe(true);
  });
  it('reads the timer asked about with an adverb, without an apostrophe, or as "it"', () => {
    expect(wantsRunningTimer(turn('what am i actually timing right now'))).toBe(true);
    expect(wantsRunningTimer(turn('whats the clock on'))).toBe(true);
    expect(wantsRunningTimer(turn('anything runing?'))).toBe(true);
    const started = [
      {
        query: 'start a timer',
        response: 'Start a timer: "Work". Confirm to apply it, or reject it.',
        created_at: new Date().toISOString(),
      },
    ];
    expect(wantsRunningTimer(turn('is it still going?', started))).toBe(true);
    expect(wantsRunningTimer(turn('is it still going?'))).toBe(false);
  });
  it('reads hours followed by bare minutes, and a timesheet line dated before its colon', () => {
    expect(durationIn('log 2 hours 15 for beacon')?.minutes).toBe(135);
    expect(durationIn('3 hrs 40 on the audit yesterday')?.minutes).toBe(220);
    expect(durationIn('2 hours 3 days ago')?.minutes).toBe(120);
    expect(durationIn('2 hours 10 each')?.minutes).toBe(120);
    expect(wantsLogTime(turn('time entry for monday: 2h on the kaze edit'))).toBe(true);
  });
});

describe('time asked about by who logged it, by the work it went into, and split per client', () => {
  const acme = stubContact('Acme', null, { id: 'acme', company: 'Acme Ltd', status: 'customer' });
  const ask = stubEngine({
    contacts: (text) => (/acme/i.test(text) ? [acme] : []),
    reads: { time_summary: { minutes: 45, hours: '0:45', entries: 1, clients: [] } },
  });
  const summaryAsked = async (query: string) => (await ask(query)).calls.time_summary?.[0];
  it('reads "minutes I\'ve tracked" and "per-client" as time questions', () => {
    expect(wantsTimeQuestion(turn("total minutes I've tracked this month"))).toBe(true);
    expect(wantsTimeQuestion(turn('the hours we logged last week'))).toBe(true);
    expect(wantsTimeQuestion(turn('client-by-client split of my time'))).toBe(true);
  });
  it('asks for the work the time went into, without its client or a generic word', async () => {
    expect(await summaryAsked('how much time went into research work this week')).toMatchObject({ q: 'research' });
    expect(await summaryAsked('how many hours did I spend on the acme review')).toMatchObject({ contact_id: 'acme', q: 'review' });
    expect(await summaryAsked('whats my total time on the acme account')).not.toHaveProperty('q');
    expect(await summaryAsked('per-client split of my time this week')).toMatchObject({ by_client: true });
  });
  it('reads "timng" and "tme" as the time words they miss a letter of, and a quoted "notes" as a title', async () => {
    expect(fixTimeTypo('timng')).toBe('timing');
    expect(fixTimeTypo('tme')).toBe('time');
    expect(fixTimeTypo('tim')).toBe('tim');
    expect(wantsStopTimer(turn('stop timng'))).toBe(true);
    expect(await summaryAsked('tme logged on "Review" for acme')).toMatchObject({ contact_id: 'acme', q: 'Review' });
    expect((await ask('worked 30 minutes for acme yesterday, "Call notes"')).write?.[0]).toBe('log_time');
  });
  it('keeps a timer command with "notes" in its quoted title for the timer', () => {
    expect(opensWithTimer(turn('start timing "Call notes" for acme'))).toBe(true);
    expect(opensWithTimer(turn('acme note: "start the timer earlier"'))).toBe(false);
  });
});

describe('time a client’s piece of work took, said with a possessive, and time "clocked"', () => {
  const acme = stubContact('Acme', null, { id: 'acme', company: 'Acme Ltd', status: 'customer' });
  const ask = stubEngine({
    contacts: (text) => (/acme/i.test(text) ? [acme] : []),
    reads: { time_summary: { minutes: 45, hours: '0:45', entries: 1, clients: [] }, running_timer: { timer: null } },
  });
  const summaryAsked = async (query: string) => (await ask(query)).calls.time_summary?.[0];
  it('reads "how long did Acme\'s review take" as the time on that work for that client', async () => {
    expect(wantsTimeQuestion(turn("how long did Acme's review take?"))).toBe(true);
    expect(await summaryAsked("how long did Acme's review take?")).toMatchObject({ contact_id: 'acme', q: 'review' });
    expect(await summaryAsked('how much time did Acme Ltd’s design calls take')).toMatchObject({ contact_id: 'acme', q: 'design calls' });
  });
  it('reads "what did I clock for …" as time logged, not the running timer', async () => {
    expect(wantsRunningTimer(turn('what did I clock for acme ltd in total'))).toBe(false);
    expect(wantsTimeQuestion(turn('what did I clock for acme ltd in total'))).toBe(true);
    expect(await summaryAsked('what have we clocked for acme this week')).toMatchObject({ contact_id: 'acme', member: 'everyone' });
    // the timer itself is still asked about
    expect(wantsRunningTimer(turn('what is on the clock right now'))).toBe(true);
  });
});
