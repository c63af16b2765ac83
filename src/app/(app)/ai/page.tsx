import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionCard } from '@/features/ai/components/action-card';
import { DECISIONS, exchangeOutcome } from '@/features/ai/components/action-status';
import { AnswerText } from '@/features/ai/components/answer-text';
import { AssistantChat } from '@/features/ai/components/assistant-chat';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { aiLogListQuerySchema } from '@/features/ai/schema';
import { listLogs } from '@/features/ai/service';
import { asPageUser } from '@/lib/auth/page';
import { formatDateTime } from '@/lib/format';
import { formatTotal } from '@/lib/pagination/count';

export const metadata: Metadata = { title: 'Assistant' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AssistantPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const parsed = aiLogListQuerySchema.safeParse({ limit: '20', ...(typeof raw.cursor === 'string' ? { cursor: raw.cursor } : {}) });
  const query = parsed.success ? parsed.data : aiLogListQuerySchema.parse({ limit: '20' });
  const { logs, user } = await asPageUser(async (tx, u) => ({ logs: await listLogs(tx, u, query), user: u }));

  return (
    <div className="mx-auto grid max-w-6xl gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="min-w-0 space-y-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Assistant</h1>
          <p className="text-sm text-muted-foreground">Ask about your data or ask for a change. Nothing is written until you confirm it.</p>
        </div>
        <Card>
          <CardContent className="flex h-[28rem] flex-col pt-4 sm:pt-5">
            <AssistantChat className="flex-1" />
          </CardContent>
        </Card>
      </div>
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>History</CardTitle>
          <CardDescription data-testid="ai-log-total">
            {formatTotal(logs.page)} {logs.page.total === 1 ? 'exchange' : 'exchanges'}, newest first
          </CardDescription>
        </CardHeader>
        <CardContent>
          {logs.data.length === 0 ? (
            <p className="text-sm text-muted-foreground">No questions yet.</p>
          ) : (
            <ol className="space-y-4" aria-label="Assistant history">
              {logs.data.map((entry) => (
                <li key={entry.id} className="min-w-0 space-y-1.5 border-b pb-4 text-sm last:border-0 last:pb-0">
                  {(() => {
                    const outcome = exchangeOutcome(entry.status, entry.action);
                    return (
                      <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground" data-testid="ai-log-outcome">
                        <span>
                          {DECISIONS.has(entry.status) ? '' : 'Asked '}
                          <time dateTime={new Date(entry.created_at).toISOString()}>{formatDateTime(entry.created_at, user)}</time>
                        </span>
                        <Badge tone={outcome.tone}>{outcome.label}</Badge>
                        {outcome.changed ? <span>{outcome.changed}</span> : null}
                      </div>
                    );
                  })()}
                  <p className="break-words font-medium">{entry.query}</p>
                  {entry.response ? (
                    <div className="text-muted-foreground">
                      <AnswerText text={entry.response} />
                    </div>
                  ) : entry.status === 'error' || entry.status === 'timeout' ? (
                    // what went wrong technically is in the server log; here, what it means for you
                    <p className="text-red-700">
                      {entry.status === 'timeout'
                        ? 'The assistant took too long to answer. Nothing was changed.'
                        : 'The assistant could not answer this time. Nothing was changed.'}
                    </p>
                  ) : null}
                  {entry.action ? <ActionCard action={entry.action} /> : null}
                </li>
              ))}
            </ol>
          )}
          {query.cursor || logs.page.next_cursor ? (
            <nav aria-label="Pages" className="mt-4 flex justify-between">
              {query.cursor ? (
                <Button asChild variant="outline" size="sm">
                  <Link href="/ai">Newest</Link>
                </Button>
              ) : (
                <span />
              )}
              {logs.page.next_cursor ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={`/ai?cursor=${logs.page.next_cursor}`}>Older</Link>
                </Button>
              ) : null}
            </nav>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
