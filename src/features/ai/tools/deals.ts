import { z } from 'zod';
import { contactName } from '@/features/contacts/schema';
import { getContact } from '@/features/contacts/service';
import { dealCreateSchema, dealFields, type Deal } from '@/features/deals/schema';
import { createDeal, deleteDeal, getDeal, listDeals, listStages, updateDeal } from '@/features/deals/service';
import { requireMember } from '@/features/workspaces/service';
import { personName } from '@/lib/auth/people';
import { errors } from '@/lib/errors';
import { formatMoney } from '@/lib/money';
import { qParam, uuid } from '@/lib/validation';
import { readTool, type Tool, type ToolContext, writeTool } from './types';

/** The assistant's deal tools: the deals service, under the user's RLS. */

const limit = z.number().int().min(1).max(50).default(20).describe('how many to return (1-50, default 20)');

async function stageNames(ctx: ToolContext): Promise<Map<string, string>> {
  return new Map((await listStages(ctx.tx, ctx.user)).map((s) => [s.id, s.name]));
}

function dealOut(deal: Deal, stages: Map<string, string>) {
  return {
    id: deal.id,
    title: deal.title,
    value: deal.value,
    currency: deal.currency,
    stage_id: deal.stage_id,
    stage: stages.get(deal.stage_id) ?? null,
    position: deal.position,
    contact_id: deal.contact_id,
    expected_close_date: deal.expected_close_date,
    owner_id: deal.owner_id,
    lost_reason: deal.lost_reason,
    invoice_id: deal.invoice_id,
    url: `/deals/${deal.id}`,
  };
}

export const dealTools: Tool[] = [
  readTool({
    name: 'list_deal_stages',
    kind: 'read',
    description: "The workspace's pipeline stages in order, each with its id, name, probability and kind (open, won, lost).",
    input: z.strictObject({}),
    async run({ tx, user }) {
      return {
        stages: (await listStages(tx, user)).map(({ id, name, position, probability, kind }) => ({
          id,
          name,
          position,
          probability,
          kind,
        })),
      };
    },
  }),
  readTool({
    name: 'list_deals',
    kind: 'read',
    description: 'Deals in the pipeline, in board order (stage, then top to bottom): search by title or notes, or filter by stage.',
    input: z.strictObject({
      q: qParam.describe('words of the title or notes'),
      stage_id: uuid.optional().describe('only this stage (an id from list_deal_stages)'),
      contact_id: uuid.optional(),
      limit,
    }),
    async run(ctx, input) {
      const stages = await stageNames(ctx);
      const result = await listDeals(ctx.tx, ctx.user, {
        limit: input.limit,
        sort: { field: 'position', direction: 'asc' },
        q: input.q,
        stage_id: input.stage_id,
        contact_id: input.contact_id,
      });
      return { deals: result.data.map((d) => dealOut(d, stages)), total: result.page.total };
    },
  }),
  writeTool({
    name: 'create_deal',
    kind: 'write',
    description: 'Add a deal to the pipeline (title; optional value, currency, stage, contact, expected close date).',
    input: dealCreateSchema,
    async describe(ctx, input) {
      const stages = await stageNames(ctx);
      if (input.stage_id && !stages.has(input.stage_id)) {
        throw errors.unprocessable('The stage does not exist in this workspace.', { stage_id: ['is not a stage of this workspace'] });
      }
      const value = formatMoney(input.value ?? '0.00', input.currency ?? ctx.user.currency);
      const stage = input.stage_id ? stages.get(input.stage_id) : 'the first open stage';
      const contact = input.contact_id ? contactName(await getContact(ctx.tx, ctx.user, input.contact_id)) : null;
      const owner = input.owner_id ? personName(await requireMember(ctx.tx, ctx.user, input.owner_id, 'owner_id')) || 'a member' : null;
      const details = [
        contact ? `with ${contact}` : null,
        input.position !== undefined ? `at position ${input.position} of the column` : null,
        input.expected_close_date ? `expected to close ${input.expected_close_date}` : null,
        owner ? `owned by ${owner}` : null,
        input.lost_reason ? `lost: ${input.lost_reason}` : null,
        input.notes ? `notes "${input.notes}"` : null,
      ].filter(Boolean);
      return `Add the deal "${input.title}" (${value}) in ${stage}${details.length ? `, ${details.join(', ')}` : ''}.`;
    },
    async apply(ctx, input) {
      const deal = await createDeal(ctx.tx, ctx.user, input);
      return { record: deal, undo: { deal_id: deal.id } };
    },
    async revert(ctx, undo) {
      return deleteDeal(ctx.tx, ctx.user, String(undo.deal_id));
    },
  }),
  writeTool({
    name: 'move_deal',
    kind: 'write',
    description:
      'Move a deal to another stage (and optionally a position, 0 = top). Moving to a lost stage needs lost_reason. Find ids with list_deals and list_deal_stages.',
    input: z.strictObject({
      deal_id: uuid,
      stage_id: dealFields.stage_id,
      position: dealFields.position.optional(),
      lost_reason: dealFields.lost_reason.optional(),
    }),
    async describe(ctx, input) {
      const [deal, stages] = [await getDeal(ctx.tx, ctx.user, input.deal_id), await listStages(ctx.tx, ctx.user)];
      const to = stages.find((s) => s.id === input.stage_id);
      if (!to)
        throw errors.unprocessable('The stage does not exist in this workspace.', { stage_id: ['is not a stage of this workspace'] });
      if (to.kind === 'lost' && !input.lost_reason) {
        throw errors.validation({ lost_reason: ['is required when the deal moves to a lost stage'] }, 'Say why the deal was lost.');
      }
      const from = stages.find((s) => s.id === deal.stage_id)?.name ?? 'its stage';
      const where = input.position !== undefined ? ` at position ${input.position}` : '';
      return `Move the deal "${deal.title}" from ${from} to ${to.name}${where}${input.lost_reason ? ` (lost: ${input.lost_reason})` : ''}.`;
    },
    async apply(ctx, input) {
      const before = await getDeal(ctx.tx, ctx.user, input.deal_id);
      const deal = await updateDeal(ctx.tx, ctx.user, input.deal_id, {
        stage_id: input.stage_id,
        ...(input.position !== undefined ? { position: input.position } : {}),
        ...(input.lost_reason ? { lost_reason: input.lost_reason } : {}),
      });
      return {
        record: deal,
        undo: { deal_id: deal.id, stage_id: before.stage_id, position: before.position, lost_reason: before.lost_reason },
      };
    },
    async revert(ctx, undo) {
      return updateDeal(ctx.tx, ctx.user, String(undo.deal_id), {
        stage_id: String(undo.stage_id),
        position: Number(undo.position),
        ...(undo.lost_reason ? { lost_reason: String(undo.lost_reason) } : {}),
      });
    },
  }),
];
