import type { Metadata } from 'next';
import Link from 'next/link';
import { StageManager } from '@/features/deals/components/stage-manager';
import { dealListQuerySchema } from '@/features/deals/schema';
import { dealTotals, listStages } from '@/features/deals/service';
import { canAdmin } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { parseListQuery } from '@/lib/http/list-page';

export const metadata: Metadata = { title: 'Pipeline stages' };

/** The pipeline's stages in order: admins and the owner manage them, everyone else sees them. */
export default async function DealStagesPage() {
  const { user, stages, counts } = await asPageUser(async (tx, u) => {
    const stages = await listStages(tx, u);
    const totals = await dealTotals(tx, u, parseListQuery(dealListQuerySchema, {}, {}));
    return { user: u, stages, counts: Object.fromEntries(totals.map((t) => [t.stage_id, t.count])) };
  });

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <div>
        <p className="text-sm">
          <Link href="/deals" className="text-primary hover:underline">
            Deals
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Pipeline stages</h1>
        <p className="text-sm text-muted-foreground">
          The board’s columns, in order. Renaming or reordering a stage never moves a deal.
          {canAdmin(user.role) ? '' : ' Admins and the owner manage them.'}
        </p>
      </div>
      <StageManager stages={stages} counts={counts} admin={canAdmin(user.role)} />
    </div>
  );
}
