import { Lock } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/**
 * What a page for changing things (a new invoice, an import) shows to a
 * viewer instead of a form the API would refuse: why, and the way back.
 */
export function ViewOnlyPage({ workspace, doing, back }: { workspace: string; doing: string; back: { href: string; label: string } }) {
  return (
    <EmptyState
      icon={Lock}
      title={`Viewers cannot ${doing}`}
      description={`You can view ${workspace}; ask an admin for edit rights.`}
      action={
        <Button asChild variant="outline">
          <Link href={back.href}>{back.label}</Link>
        </Button>
      }
    />
  );
}
