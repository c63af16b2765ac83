import { idParams, RULE_READ_ONLY, ruleUpdateSchema } from '@/features/bank/schema';
import { deleteRule, getRule, updateRule } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'bank_rules.get', summary: 'One category rule.', params: idParams }, async ({ tx, workspace, params }) => ({
    data: await getRule(tx, workspace, params.id),
  })),
  PUT: route(
    { name: 'bank_rules.update', summary: 'Change a category rule.', params: idParams, body: ruleUpdateSchema, readOnly: RULE_READ_ONLY },
    async ({ tx, workspace, params, body, audit }) => {
      const rule = await updateRule(tx, workspace, params.id, body);
      audit('bank_rule.updated', { bank_rule_id: rule.id });
      return { data: rule };
    },
  ),
  DELETE: route(
    { name: 'bank_rules.delete', summary: 'Delete a category rule.', params: idParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteRule(tx, workspace, params.id);
      audit('bank_rule.deleted', { bank_rule_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
