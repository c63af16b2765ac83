import { RULE_READ_ONLY, ruleCreateSchema } from '@/features/bank/schema';
import { createRule, listRules } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'bank_rules.list', summary: 'List the category rules for outgoing bank lines.' }, async ({ tx, workspace }) => ({
    data: await listRules(tx, workspace),
  })),
  POST: route(
    {
      name: 'bank_rules.create',
      summary: 'Add a rule: lines whose description or counterparty matches get a category.',
      body: ruleCreateSchema,
      readOnly: RULE_READ_ONLY,
      status: 201,
    },
    async ({ tx, workspace, body, audit }) => {
      const rule = await createRule(tx, workspace, body);
      audit('bank_rule.created', { bank_rule_id: rule.id });
      return { data: rule };
    },
  ),
});
