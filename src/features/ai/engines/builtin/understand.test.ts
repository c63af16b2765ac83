import { describe, expect, it } from 'vitest';
import { fixDateTypos, recordsIn, resolveReferences, rewriteFieldOf, stripPoliteness } from './understand';

const now = () => new Date().toISOString();

describe('stripPoliteness', () => {
  it('removes polite wrappers at both ends and keeps the request', () => {
    expect(stripPoliteness('Could you please show my leads, thanks!')).toBe('show my leads');
    expect(stripPoliteness('hey, how is business going')).toBe('how is business going');
    expect(stripPoliteness('would you mind marking INV-0002 as paid')).toBe('mark INV-0002 as paid');
    // a word that merely ends like "ty" is not a thank-you
    expect(stripPoliteness('make the domain renewal high priority')).toBe('make the domain renewal high priority');
    // the opening verb read through its typo, after the polite words
    expect(stripPoliteness('could you puase the recurring invoice for lukas')).toBe('pause the recurring invoice for lukas');
  });
});

describe('rewriteFieldOf', () => {
  it('turns "set the <field> of <thing> to <value>" into the phrasing of the field’s owner', () => {
    expect(rewriteFieldOf('set the priority of renew the domain to low')).toBe('make renew the domain low priority');
    expect(rewriteFieldOf('change the due date of the lease check to friday')).toBe('move the lease check to friday');
    expect(rewriteFieldOf('Set the stage of the Casa Marquez deal to proposal')).toBe('move the Casa Marquez deal to proposal');
    expect(rewriteFieldOf('change the company of Daniel Osei to Osei & Partners')).toBe("change Daniel Osei's company to Osei & Partners");
    expect(rewriteFieldOf('change the domain renewal due date to monday')).toBe('move domain renewal to monday');
    expect(rewriteFieldOf('show my leads')).toBe('show my leads');
    // the thing, a colon or a dash, then the field and its value
    expect(rewriteFieldOf('update Grace Whitfield: position Managing Director')).toBe(
      "change Grace Whitfield's position to Managing Director",
    );
    expect(rewriteFieldOf('edit kenji - new email kenji@kaze.jp')).toBe("change kenji's email to kenji@kaze.jp");
  });
});

describe('resolveReferences', () => {
  const after = (response: string, query = 'earlier question') => [{ query, response, created_at: now() }];

  it('finds the records an answer named', () => {
    expect(recordsIn('[Amara Okafor](/contacts/0b0c) owes [INV-0001](/invoices/1f); task "Call Amara"')).toEqual({
      contacts: ['Amara Okafor'],
      invoices: ['INV-0001'],
      quotes: [],
      tasks: ['Call Amara'],
      deals: [],
    });
  });

  it('replaces "her", "that invoice" and "it" with the one record the previous answer was about', () => {
    const person = after("[Amara Okafor](/contacts/0b0c)'s email is amara@brightleaf.studio.", "what's Amara's email?");
    expect(resolveReferences("what's her phone?", person)).toBe("what's Amara Okafor's phone?");
    expect(resolveReferences('set her hourly rate to 90', person)).toBe("set Amara Okafor's hourly rate to 90");
    expect(resolveReferences('and sofia?', person)).toBe("what's sofia's email?");
    expect(resolveReferences('and her phone?', person)).toBe("what is Amara Okafor's phone");
    const invoice = after('You have 1 overdue invoice:\n- [INV-0002](/invoices/9a) (Lukas Brandt): $500.00');
    expect(resolveReferences('mark that invoice as paid', invoice)).toBe('mark INV-0002 as paid');
    expect(resolveReferences('credit 25 on it', invoice)).toBe('credit 25 on INV-0002');
    // "its": the record's own
    expect(resolveReferences('show me its line items', invoice)).toBe("show me INV-0002's line items");
    expect(resolveReferences('what is its due date?', invoice)).toBe("what is INV-0002's due date?");
    const task = after('Create the task "Call the printer" (due Fri). Confirm to apply it, or reject it.');
    expect(resolveReferences('assign it to Sam', task)).toBe('assign the task "Call the printer" to Sam');
  });

  it('leaves the text alone when two records could be meant, or when "it" is a subject', () => {
    const two = after('- [INV-0001](/invoices/1) …\n- [INV-0002](/invoices/2) …');
    expect(resolveReferences('mark it as paid', two)).toBe('mark it as paid');
    expect(resolveReferences('show me its line items', two)).toBe('show me its line items');
    const invoice = after('[INV-0002](/invoices/9a) is overdue');
    expect(resolveReferences('what does it say in the notes for tomas', invoice)).toBe('what does it say in the notes for tomas');
    expect(resolveReferences('mark it as paid', [])).toBe('mark it as paid');
  });
});

describe('commands wrapped in a need, questions wrapped in a reminder, days with typos', () => {
  it('unwraps "I need to <command>" but keeps "I need to <errand>" for a task', () => {
    expect(stripPoliteness('i need to bill lukas brandt for 4 days of workshops')).toBe('bill lukas brandt for 4 days of workshops');
    expect(stripPoliteness('I need to add someone: Karl Weber')).toBe('add someone: Karl Weber');
    expect(stripPoliteness('I need to call Amara tomorrow')).toBe('I need to call Amara tomorrow');
  });
  it('reads "remind me what/who …" as the question, "remind me to …" as a task', () => {
    expect(stripPoliteness('remind me what amara does')).toBe('what amara does');
    expect(stripPoliteness('remind me to call amara')).toBe('remind me to call amara');
  });
  it('corrects days typed with a typo, and nothing else', () => {
    expect(fixDateTypos('pay the VAT tomorow')).toBe('pay the VAT tomorrow');
    expect(fixDateTypos('call on wendesday')).toBe('call on wednesday');
    expect(fixDateTypos('send the monthly report')).toBe('send the monthly report');
  });
  it('keeps "her colleague" as someone else than the contact the answer named', () => {
    const history = [
      { query: "what's Sofia's email?", response: "[Sofia Marquez](/contacts/1)'s email is sofia@casamarquez.es.", created_at: now() },
    ];
    expect(resolveReferences('add her colleague Pablo Ruiz', history)).toBe('add her colleague Pablo Ruiz');
  });
});

describe('a bare "that" pointing at the one task the answer named', () => {
  it('becomes that task as the object of the verb', () => {
    const history = [
      {
        query: 'what is overdue',
        response: 'You have 1 overdue task:\n- [Follow up on the relaunch proposal](/tasks) (due Sat 5 Dec)',
        created_at: new Date().toISOString(),
      },
    ];
    expect(resolveReferences('mark that as done', history)).toBe('mark the task "Follow up on the relaunch proposal" as done');
    expect(resolveReferences('delete this', history)).toBe('delete the task "Follow up on the relaunch proposal"');
    expect(resolveReferences('that is fine', history)).toBe('that is fine');
  });
});

describe('the same question for another day', () => {
  it('swaps the day of the previous question, or adds it', () => {
    const history = (query: string) => [
      { query, response: 'You have 1 open task due today: [X](/tasks)', created_at: new Date().toISOString() },
    ];
    expect(resolveReferences('and tomorrow?', history("what's due today?"))).toBe("what's due tomorrow");
    expect(resolveReferences('what about next week', history('how much did I spend this week'))).toBe('how much did I spend next week');
    expect(resolveReferences('and on friday?', history('show my tasks'))).toBe('show my tasks on friday');
  });
});

describe('cards said with a polite word before the dash, and a value that "is now"', () => {
  it('drops the polite word and the "is now" before the value', () => {
    expect(stripPoliteness('stopwatch please - beacon - "Audit"')).toBe('stopwatch - beacon - "Audit"');
    expect(rewriteFieldOf('update kenji watanabe: email is now kenji@kaze.jp')).toBe("change kenji watanabe's email to kenji@kaze.jp");
  });
});

describe('a phrase in single quotation marks', () => {
  it('is quoted as in double ones; an apostrophe in a word is none', () => {
    expect(stripPoliteness("create a task 'Prepare the Nordwerk invoice' and assign it to me")).toBe(
      'create a task "Prepare the Nordwerk invoice" and assign it to me',
    );
    expect(stripPoliteness('add a task ‘Call Grace’s accountant’ for friday')).toBe('add a task "Call Grace’s accountant" for friday');
    expect(stripPoliteness("it's Grace's task, isn't it")).toBe("it's Grace's task, isn't it");
    expect(stripPoliteness("the clients' invoices from 'last week' please")).toContain('"last week"');
    expect(stripPoliteness("the clients' invoices")).toBe("the clients' invoices");
  });
});
