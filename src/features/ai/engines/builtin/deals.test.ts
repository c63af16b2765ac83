import { describe, expect, it } from 'vitest';
import {
  closingPeriod,
  fixPipelineTypos,
  lostReason,
  pickDeal,
  relativeStage,
  stageMentions,
  valueBound,
  wantsDealList,
  wantsDealMove,
  wantsNewDeal,
  wantsStageList,
} from './deals';
import { stubContact, stubEngine, turn } from './test-turn';
import { fold } from './text';

const STAGES = [
  { id: 'l', name: 'Lead', kind: 'open' as const },
  { id: 'q', name: 'Qualified', kind: 'open' as const },
  { id: 'p', name: 'Proposal', kind: 'open' as const },
  { id: 'n', name: 'Negotiation', kind: 'open' as const },
  { id: 'w', name: 'Won', kind: 'won' as const },
  { id: 'x', name: 'Lost', kind: 'lost' as const },
];
const DEALS = [
  { title: 'Casa Marquez website' },
  { title: 'Osei office drawings' },
  { title: 'Whitfield online shop' },
  { title: 'Nordwerk relaunch phase 2' },
  { title: 'Nordwerk intranet' },
];

describe('deal phrasings of the built-in engine', () => {
  it('recognises a move, in the ways people say it', () => {
    for (const q of [
      'move the Acme deal to negotiation',
      'Move Acme deal to Negotiation.',
      'mark the acme website deal as won',
      'put the Zeta deal into proposal',
      'move the Acme deal to lost because of the price',
      'we won the Osei office drawings!',
      'Whitfield online shop -> qualified',
      'casa marquez website: lost - price too high',
      'Priya signed! Fernhill data platform is won',
      'the client said yes to the online shop, mark the deal won',
      'I closed the Fernhill deal!',
    ]) {
      expect(wantsDealMove(turn(q)), q).toBe(true);
      expect(wantsDealList(turn(q)), q).toBe(false);
    }
    for (const q of [
      'move the call with Jane to tomorrow',
      'mark Jane as lead',
      'which deals are won?',
      'the quote got accepted, convert it',
    ]) {
      expect(wantsDealMove(turn(q)), q).toBe(false);
    }
  });

  it('reads a request to delete a deal as a question for the pipeline (deals are moved to Lost, not deleted)', () => {
    expect(wantsDealMove(turn('remove the Casa Marquez deal from the pipeline'))).toBe(false);
    expect(wantsDealList(turn('remove the Casa Marquez deal from the pipeline'))).toBe(true);
  });

  it('recognises a new deal and a question about the pipeline', () => {
    expect(wantsNewDeal(turn('add a deal Acme website worth 5000'))).toBe(true);
    expect(wantsNewDeal(turn('new deal: Zeta portal'))).toBe(true);
    expect(wantsNewDeal(turn('track a new sale - Beacon plc, support, 9.6k'))).toBe(true);
    expect(wantsNewDeal(turn('Add "Maintenance" to the deals board with a value of 3000'))).toBe(true);
    expect(wantsNewDeal(turn('Create an opportunity called Harborline app for $15,000'))).toBe(true);
    expect(wantsDealList(turn('show my deals'))).toBe(true);
    expect(wantsDealList(turn("what's in the pipeline?"))).toBe(true);
    expect(wantsDealList(turn("what's in negotiation?"))).toBe(true);
    expect(wantsDealList(turn('which deals are in negotiation?'))).toBe(true);
    expect(wantsDealList(turn('show my tasks'))).toBe(false);
    const listed = [
      { query: 'show my deals', response: '2 deals: [A](/deals/0a1b), [B](/deals/2c3d).', created_at: new Date().toISOString() },
    ];
    expect(wantsDealList(turn('which one is worth the most? the largest?', listed))).toBe(true);
  });

  it('tells a question about stages from one about deals', () => {
    for (const q of [
      'what comes after Proposal in the pipeline?',
      "what's the probability for the negotiation stage",
      'how likely is a deal in qualified to close?',
      'show me the columns of the deals board',
    ]) {
      expect(wantsStageList(turn(q)), q).toBe(true);
    }
    expect(wantsStageList(turn('which stage is the Whitfield shop deal in?'))).toBe(false);
  });

  it('finds a deal by the words of its title, typos and number words allowed', () => {
    expect(pickDeal(DEALS, 'the osei drawings').deal?.title).toBe('Osei office drawings');
    expect(pickDeal(DEALS, 'the whitfeld shop').deal?.title).toBe('Whitfield online shop');
    expect(pickDeal(DEALS, 'nordwerk relaunch phase two').deal?.title).toBe('Nordwerk relaunch phase 2');
    expect(pickDeal(DEALS, 'the nordwerk one').ambiguous).toHaveLength(2);
    expect(pickDeal(DEALS, 'the unicorn deal').deal).toBeUndefined();
    expect(pickDeal(DEALS, 'move 2 to won').deal).toBeUndefined();
  });

  it('reads the target stage and the reason a deal was lost', () => {
    const said = (q: string) => stageMentions(STAGES, fold(q)).map((m) => m.stage.name);
    expect(said('we won the osei drawings')).toEqual(['Won']);
    expect(said('push the osei deal back from negotiation to proposal')).toEqual(['Negotiation', 'Proposal']);
    expect(said('they turned us down on the shop')).toEqual(['Lost']);
    const reason = (q: string) => {
      const at = stageMentions(STAGES, fold(q)).find((m) => m.stage.kind === 'lost')!;
      return lostReason(q, at);
    };
    expect(reason('we lost the Fernhill deal, they went with another vendor')).toBe('they went with another vendor');
    expect(reason('mark the nordwerk deal as lost because of the price')).toBe('the price');
    expect(reason('casa marquez website: lost - price too high')).toBe('price too high');
    expect(reason('they went with a cheaper studio, so the osei deal is lost')).toBe('they went with a cheaper studio');
    expect(reason('mark the nordwerk deal as lost')).toBeUndefined();
  });
  it('recognises new deals said without "add a deal"', () => {
    for (const q of [
      'pipeline: Beacon support contract, 2,400',
      'new opportunity - Kaze teaser, 900',
      'stick the Osei loft conversion on the deals board at 7k',
      'log a big $40k opportunity with Priya',
      'add a 2.5k sale for Kenji',
    ])
      expect(wantsNewDeal(turn(q)), q).toBe(true);
    for (const q of [
      'add a note to the Acme deal: call back',
      'what deals are in the pipeline right now?',
      'deal for nordwerk - what stage?',
    ])
      expect(wantsNewDeal(turn(q)), q).toBe(false);
    const listed = [
      { query: 'deals with lukas', response: '1 deal with [Lukas](/contacts/1a): [N](/deals/2b).', created_at: new Date().toISOString() },
    ];
    expect(wantsNewDeal(turn('add one more: Nordwerk app, 3k', listed))).toBe(true);
    expect(wantsNewDeal(turn('add one more: Nordwerk app, 3k'))).toBe(false);
  });

  it('recognises moves by outcome, to a relative stage and with a typed stage name', () => {
    for (const q of [
      "we've lost the whitfield shop",
      'Priya has signed the Fernhill platform',
      'the Osei drawings should go back to proposal',
      'push the Fernhill deal forward one stage',
      'the casa marquez deal goes to the previous stage',
      'whitfield online shop -> qualifed',
    ])
      expect(wantsDealMove(turn(q)), q).toBe(true);
    expect(wantsDealMove(turn('which stage comes next?'))).toBe(false);
    expect(wantsDealMove(turn('move the Casa Marquez deal'))).toBe(true);
    expect(wantsDealMove(turn('move the deal review to friday'))).toBe(false);
    expect(wantsDealMove(turn('make grace whitfield a customer, she signed today'))).toBe(false);
    expect(wantsDealMove(turn('mark Kenji as inactive, the project fell through'))).toBe(false);
    expect(relativeStage(STAGES, 'q', 'move it to the next stage')?.name).toBe('Proposal');
    expect(relativeStage(STAGES, 'q', 'one stage back')?.name).toBe('Lead');
    expect(relativeStage(STAGES, 'w', 'the next stage')).toBeUndefined();
    expect(stageMentions(STAGES, 'casa marquez website -> negotiaton').map((m) => m.stage.name)).toEqual(['Negotiation']);
  });

  it('keeps a quoted lost reason without its quotes', () => {
    const at = stageMentions(STAGES, fold('nordwerk: lost, reason "budget frozen"')).find((m) => m.stage.kind === 'lost')!;
    expect(lostReason('nordwerk: lost, reason "budget frozen"', at)).toBe('budget frozen');
  });

  it('reads stage questions said with percentages, names and "between"', () => {
    for (const q of [
      'what % does negotiation carry',
      'stage names please',
      'which stage sits between lead and proposal',
      'which stage is for lost deals?',
    ])
      expect(wantsStageList(turn(q)), q).toBe(true);
    expect(wantsStageList(turn('what % of my income is software'))).toBe(false);
  });

  it('reads a bound on deal values', () => {
    expect(valueBound('opportunities over 5k?', 'en-US')).toEqual({ value: '5000.00', above: true });
    expect(valueBound('deals under $2,500', 'en-US')).toEqual({ value: '2500.00', above: false });
    expect(valueBound('deals over the weekend', 'en-US')).toBeUndefined();
  });
  it('reads deals introduced as a project, a lead worth something or something wanted with a value', () => {
    for (const q of [
      'Kenji has a potential project for us, maybe 3k',
      'new project from Beacon: hosting audit, 1,200',
      'got a lead worth 8k from Harborline',
      'Priya wants a second dashboard, probably worth ten grand',
    ])
      expect(wantsNewDeal(turn(q)), q).toBe(true);
    expect(wantsNewDeal(turn('Priya wants a call tomorrow'))).toBe(false);
    expect(wantsNewDeal(turn('Amara needs an invoice worth 500 for the logo'))).toBe(false);
    expect(wantsNewDeal(turn('invoice Acme for the new project, 500'))).toBe(false);
    expect(wantsNewDeal(turn('Amara has a new job at Globex'))).toBe(false);
    expect(wantsNewDeal(turn('quote Kenji, he wants a teaser worth about 2k'))).toBe(false);
    expect(wantsNewDeal(turn('new lead: tom baker, tom@baker.example'))).toBe(false);
  });

  it('reads what happened as a stage: confirmed, backed out, proposal sent, haggling', () => {
    const said = (q: string) => stageMentions(STAGES, fold(q)).map((m) => m.stage.name);
    expect(said('beacon confirmed the hosting deal')).toEqual(['Won']);
    expect(said('they backed out of the osei drawings')).toEqual(['Lost']);
    expect(said("the osei drawings won't go ahead")).toEqual(['Lost']);
    expect(said('sent them the proposal for the shop')).toEqual(['Proposal']);
    expect(said('we are haggling over the price of the fernhill platform')).toEqual(['Negotiation']);
    for (const q of ['Beacon gave us the green light on the hosting deal', 'sent Grace the proposal for the online shop'])
      expect(wantsDealMove(turn(q)), q).toBe(true);
    expect(wantsStageList(turn('how is my pipeline set up?'))).toBe(true);
    expect(wantsStageList(turn('what are the steps in my pipeline'))).toBe(true);
  });
  it('reads when deals should close, and new deals announced with "got" or "there is"', () => {
    // 2026-12-09 is a Wednesday
    expect(closingPeriod('deals closing in the next 14 days', '2026-12-09')).toMatchObject({ from: '2026-12-09', to: '2026-12-23' });
    expect(closingPeriod('what closes next week?', '2026-12-09')).toMatchObject({ from: '2026-12-14', to: '2026-12-20' });
    expect(closingPeriod('deals expected to close this month', '2026-12-09')).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(closingPeriod('anything closing soon?', '2026-12-09')).toMatchObject({ to: '2027-01-08' });
    expect(closingPeriod('show my deals', '2026-12-09')).toBeUndefined();
    expect(wantsNewDeal(turn("there's a 12k deal coming with Harborline for a tracking portal"))).toBe(true);
    expect(wantsNewDeal(turn("we've got a new opportunity with Kenji: music video, $4k"))).toBe(true);
    expect(wantsNewDeal(turn('do I have a deal with Priya?'))).toBe(false);
    // a prospect is a contact
    expect(wantsNewDeal(turn('add a new prospect, Ella Novak, ella@novak.example'))).toBe(false);
    expect(wantsNewDeal(turn('new prospect named Ada Byron'))).toBe(false);
  });
});

describe('Deals said in more ways', () => {
  const listed = (response: string) => [{ query: 'show the deals', response, created_at: new Date().toISOString() }];
  it('reads "a new one" right after a list of deals as a new deal, and not without one', () => {
    const history = listed('1 deal in Negotiation: [Osei office drawings](/deals/5deeace5-f933-4db5-a9d8-eedd871ce9e3) ($2,850.00).');
    expect(wantsNewDeal(turn('add a new one there: "Brightleaf web shop", 7,000', history))).toBe(true);
    expect(wantsNewDeal(turn('add a new one there: "Brightleaf web shop", 7,000'))).toBe(false);
  });
  it('moves a deal back to the first stage even though "lead" is also a contact status', () => {
    expect(wantsDealMove(turn('put fernhill data platform back in lead'))).toBe(true);
    expect(wantsDealMove(turn('mark jane as lead'))).toBe(false);
  });
  it('takes a clause of its own that says no as the lost reason', () => {
    const text = 'Lukas said no to phase 2 - mark the nordwerk deal lost';
    const at = stageMentions(STAGES, fold(text))[0]!;
    expect(lostReason(text, at)).toBe('Lukas said no to phase 2');
  });
  it('reads comparisons and columns as questions about the pipeline', () => {
    const history = listed('2 deals in Qualified: [Fernhill data platform](/deals/9f21f662-bfc0-4120-989c-421ca5674298) ($12,000.00).');
    expect(wantsDealList(turn('which of those is worth more?', history))).toBe(true);
    expect(wantsStageList(turn('list the pipeline columns'))).toBe(true);
    expect(wantsStageList(turn('what columns does the deals board have?'))).toBe(true);
  });
});

describe('Deals said as news', () => {
  it('reads "log it as a deal" after what a client is keen on, and "<deal> is qualified now" as a move', () => {
    expect(wantsNewDeal(turn('Priya is keen on a second data project, log it as a deal worth 8k'))).toBe(true);
    expect(wantsDealMove(turn('the whitfield online shop is qualified now'))).toBe(true);
    expect(wantsDealMove(turn('is the whitfield online shop qualified?'))).toBe(false);
  });
});

describe('the pipeline’s words typed with a typo, and deals said by label or verb', () => {
  it('reads deal, stage, first, forward, with and there through a typo, but not a word of its own', () => {
    expect(fixPipelineTypos('new deel: acme fair')).toBe('new deal: acme fair');
    expect(fixPipelineTypos('show the stgaes')).toBe('show the stages');
    expect(fixPipelineTypos('the frist one')).toBe('the first one');
    expect(fixPipelineTypos('bump it fowrard a stage')).toBe('bump it forward a stage');
    expect(fixPipelineTypos('move it fowrad')).toBe('move it forward');
    expect(fixPipelineTypos('dead deals')).toBe('dead deals');
    // a swap in a four-letter word is the shared reader's (routing.ts fixWordTypos)
    expect(fixPipelineTypos('deals wiht sofia')).toBe('deals wiht sofia');
  });
  it('reads a quoted title after the word deal and a labelled title as a new deal', () => {
    expect(wantsNewDeal(turn('deal "Beacon audit" 3,000 with beacon'))).toBe(true);
    expect(wantsNewDeal(turn('new dael - title: Osei extension - value: 1,200'))).toBe(true);
    expect(wantsNewDeal(turn('deals in proposal?'))).toBe(false);
  });
  it('reads "qualify the deal", "one stage fowrad" and "drop … back to lead" as moves', () => {
    expect(wantsDealMove(turn('Priya is keen - qualify the fernhill deal'))).toBe(true);
    expect(wantsDealMove(turn('push the osei deal fowrad one stage'))).toBe(true);
    expect(wantsDealMove(turn('bring the online shop back to lead'))).toBe(true);
    expect(relativeStage(STAGES, 'q', fixPipelineTypos('move it foward one stage'))?.id).toBe('p');
    expect(stageMentions(STAGES, 'lets qualify the osei deal').map((m) => m.stage.id)).toEqual(['q']);
  });
  it('reads the first or last stage and typed stages as the stage list', () => {
    expect(wantsStageList(turn('what is the final stage?'))).toBe(true);
    expect(wantsStageList(turn('show my pipeline stgaes'))).toBe(true);
  });
});

describe('deals said with the client first, by stage adjective and in follow-ups', () => {
  it('reads "deal for/with <client>, "<title>"" and "a <stage>-stage deal" as new deals', () => {
    expect(wantsNewDeal(turn('deal for Beacon - "Beacon pentest" - 3,000'))).toBe(true);
    expect(wantsNewDeal(turn('deal with sofia, "Casa Marquez menu cards", 900, qualified'))).toBe(true);
    expect(wantsNewDeal(turn('log a proposal-stage deal "Kaze teaser" worth 2k'))).toBe(true);
    expect(wantsNewDeal(turn('deal with sofia - what stage is it in'))).toBe(false);
  });
  it('reads a deletion and "deals in <stage> - …" as no move, and "went quiet" as why a deal was lost', () => {
    expect(wantsDealMove(turn('delete the follow-up task, priya already signed'))).toBe(false);
    expect(wantsDealMove(turn('deals in proposal - how many'))).toBe(false);
    expect(wantsDealMove(turn('kenji went quiet, move his deal to lost'))).toBe(true);
    const text = 'kenji went quiet, move his deal to lost';
    expect(lostReason(text, { index: text.length, end: text.length })).toBe('kenji went quiet');
  });
  it('reads "should sit in", "has reached" and "<deal> back to <stage>" as moves, and "- value and stage" as a question', () => {
    expect(wantsDealMove(turn("grace's deal should sit in negotiation now"))).toBe(true);
    expect(wantsDealMove(turn('Casa Marquez website has reached proposal'))).toBe(true);
    expect(wantsDealMove(turn('nordwerk relaunch phase 2 back to qualified'))).toBe(true);
    expect(wantsDealMove(turn('osei deal - stage and value?'))).toBe(false);
    expect(wantsDealMove(turn('casa marquez deal - value and stage'))).toBe(false);
    expect(wantsDealList(turn('casa marquez deal - value and stage'))).toBe(true);
    expect(relativeStage(STAGES, 'l', 'advance the whitfield deal by one stage')?.name).toBe('Qualified');
    expect(relativeStage(STAGES, 'p', 'move it back by one stage')?.name).toBe('Qualified');
  });
  it('reads "where does a deal go" as a question about the stages', () => {
    expect(wantsStageList(turn('after proposal, where does a deal go'))).toBe(true);
    expect(wantsStageList(turn('where do deals go once we lose them'))).toBe(true);
  });

  const people = [
    stubContact('Priya', 'Raman', { id: 'a1', company: 'Fernhill Analytics', status: 'customer' }),
    stubContact('Lukas', 'Brandt', { id: 'b2', company: 'Nordwerk GmbH', status: 'customer' }),
    stubContact('Kenji', 'Watanabe', { id: 'c3', company: 'Studio Kaze', status: 'active' }),
    stubContact('Daniel', 'Osei', { id: 'd4', company: 'Osei Architects', status: 'lead' }),
  ];
  const deals = [
    {
      id: 'f',
      title: 'Fernhill data platform',
      value: '12000.00',
      currency: 'USD',
      stage: 'Qualified',
      stage_id: 'q',
      contact_id: 'a1',
      url: '/deals/f',
    },
    {
      id: 'n',
      title: 'Nordwerk relaunch phase 2',
      value: '9500.00',
      currency: 'USD',
      stage: 'Qualified',
      stage_id: 'q',
      contact_id: 'b2',
      url: '/deals/n',
    },
    {
      id: 'o',
      title: 'Osei office drawings',
      value: '2850.00',
      currency: 'USD',
      stage: 'Negotiation',
      stage_id: 'n',
      contact_id: 'd4',
      url: '/deals/o',
    },
  ];
  const ask = stubEngine({
    contacts: people,
    reads: {
      list_members: { members: [] },
      list_deal_stages: { stages: STAGES.map((s, i) => ({ ...s, probability: i * 10 })) },
      list_deals: { total: deals.length, deals },
    },
  });
  it('lists the deals of each client named by company, and all deals by value when asked to sort', async () => {
    const both = (await ask('any deals with fernhill or nordwerk?')).response;
    expect(both).toContain('Fernhill data platform');
    expect(both).toContain('Nordwerk relaunch phase 2');
    const sorted = (await ask('show the deals ordered by value, smallest first')).response;
    expect(sorted.indexOf('Osei office drawings')).toBeLessThan(sorted.indexOf('Nordwerk relaunch phase 2'));
    expect(sorted.indexOf('Nordwerk relaunch phase 2')).toBeLessThan(sorted.indexOf('Fernhill data platform'));
  });
  it('answers about the one deal the previous answer named, and moves a deal said to have reached a stage', async () => {
    const history = [
      {
        query: 'which deal is in negotiation?',
        response: '1 deal in Negotiation: [Osei office drawings](/deals/o) ($2,850.00).',
        created_at: new Date().toISOString(),
      },
    ];
    expect((await ask('and how much is that one worth?', history)).response).toContain('2,850.00');
    expect((await ask('Fernhill data platform has reached proposal, update its stage')).write).toEqual([
      'move_deal',
      { deal_id: 'f', stage_id: 'p' },
    ]);
    expect((await ask("lukas's deal should sit in proposal now")).write).toEqual(['move_deal', { deal_id: 'n', stage_id: 'p' }]);
  });
  it("reads a new deal's stage typed with a typo, and says how many stages there are", async () => {
    expect((await ask('log a deal "Kaze tour visuals" for 3,300 in negotation with kenji')).write?.[1]).toMatchObject({
      title: 'Kaze tour visuals',
      stage_id: 'n',
    });
    expect((await ask('how many stages does the pipeline have')).response).toContain(`has ${STAGES.length} stages`);
  });
  it('reads a new deal said as the client, then its quoted title with no comma between', async () => {
    expect(wantsNewDeal(turn('deal for daniel osei "Garden studio drawings" 10k, qualified'))).toBe(true);
    expect((await ask('deal for daniel osei "Garden studio drawings" 10k, qualified')).write).toEqual([
      'create_deal',
      { title: 'Garden studio drawings', value: '10000.00', contact_id: 'd4', stage_id: 'q' },
    ]);
    // a question about a client's deal is still one
    expect(wantsNewDeal(turn('deal for nordwerk - what stage?'))).toBe(false);
  });
  it('takes the client of a new deal from a company before the quoted title, and from "him" after asking about his deals', async () => {
    expect((await ask('put Osei Architects on the deals board for "Osei garden studio", 7,000')).write?.[1]).toMatchObject({
      title: 'Osei garden studio',
      contact_id: 'd4',
    });
    const asked = await ask('does kenji have any deals?');
    const history = [{ query: 'does kenji have any deals?', response: asked.response, created_at: new Date().toISOString() }];
    expect((await ask('add one for him anyway: "Kaze tour visuals", 3,300', history)).write?.[1]).toMatchObject({
      title: 'Kaze tour visuals',
      contact_id: 'c3',
    });
  });
});
