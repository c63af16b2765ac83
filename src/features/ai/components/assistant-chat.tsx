'use client';

import { Send } from 'lucide-react';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import type { AiAnswer, AiLog } from '../schema';
import { apiFetch, ApiClientError } from '@/lib/api-client';
import { cn } from '@/lib/utils';
import { ActionCard } from './action-card';
import { askFailure } from './action-status';
import { AnswerText } from './answer-text';

interface Message {
  id: string;
  role: 'user' | 'assistant' | 'error';
  text: string;
  action?: AiAnswer['pending_action'];
}

/** The card below the answer shows the proposed change: the text need not repeat it. */
function withoutSummary(message: Message): string {
  if (!message.action) return message.text;
  const rest = message.text
    .replace(message.action.summary, '')
    .replace(/\s*Waiting for your confirmation:\s*$/, '')
    .trim();
  return rest || 'Here is the change I prepared:';
}

const EXAMPLES = [
  'Give me an overview',
  'Which invoices are overdue?',
  'How much did I spend this month?',
  'Add a task: call Amara tomorrow',
];

/** The conversation with the assistant: questions, answers, proposed changes. */
export function AssistantChat({ className, autoFocus = false }: { className?: string; autoFocus?: boolean }) {
  const [messages, setMessages] = React.useState<Message[]>([]);
  const [query, setQuery] = React.useState('');
  const [pending, setPending] = React.useState(false);
  const endRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages, pending]);

  // changes proposed by MCP clients (docs/decisions/0131) wait here for the person to confirm or reject them
  React.useEffect(() => {
    let cancelled = false;
    apiFetch<{ data: AiLog[] }>('/api/ai/logs?limit=50')
      .then(({ data }) => {
        if (cancelled) return;
        const waiting = data.filter((log) => log.engine === 'mcp' && log.action?.status === 'pending').reverse();
        if (waiting.length === 0) return;
        const proposals: Message[] = waiting.map((log) => ({
          id: log.id,
          role: 'assistant',
          text: `An app connected with an API key (${log.query}) proposes a change:`,
          action: { id: log.action!.id, tool: log.action!.tool, args: log.action!.args, summary: log.action!.summary },
        }));
        setMessages((m) => [...proposals, ...m.filter((message) => !proposals.some((p) => p.id === message.id))]);
      })
      .catch(() => {
        // the history is only a convenience here: the panel works without it
      });
    return () => {
      cancelled = true;
    };
  }, []);

  async function ask(text: string) {
    const q = text.trim();
    if (!q || pending) return;
    setQuery('');
    setMessages((m) => [...m, { id: `q${Date.now()}`, role: 'user', text: q }]);
    setPending(true);
    try {
      const { data } = await apiFetch<{ data: AiAnswer }>('/api/ai/query', { method: 'POST', body: { query: q } });
      setMessages((m) => [...m, { id: data.log_id, role: 'assistant', text: data.response, action: data.pending_action }]);
    } catch (e) {
      const message = askFailure(e instanceof ApiClientError ? e : null);
      setMessages((m) => [...m, { id: `e${Date.now()}`, role: 'error', text: message }]);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className={cn('flex min-h-0 flex-col gap-3', className)}>
      <div className="min-h-0 flex-1 space-y-3 overflow-y-auto pr-1" aria-live="polite" data-testid="ai-conversation">
        {messages.length === 0 ? (
          <div className="space-y-2 text-sm text-muted-foreground">
            <p>Ask about your contacts, tasks, invoices and money, or ask for a change: nothing is written until you confirm it.</p>
            <div className="flex flex-wrap gap-2">
              {EXAMPLES.map((example) => (
                <Button key={example} type="button" size="sm" variant="outline" onClick={() => ask(example)}>
                  {example}
                </Button>
              ))}
            </div>
          </div>
        ) : null}
        {messages.map((message) => (
          <div key={message.id} className={cn('flex', message.role === 'user' ? 'justify-end' : 'justify-start')}>
            <div
              className={cn(
                'max-w-[92%] space-y-2 rounded-lg px-3 py-2 text-sm',
                message.role === 'user' && 'bg-primary text-primary-foreground',
                message.role === 'assistant' && 'border bg-card',
                message.role === 'error' && 'border border-red-200 bg-red-50 text-red-800',
              )}
              data-testid={`ai-message-${message.role}`}
            >
              {message.role === 'error' ? <span className="sr-only">Error: </span> : null}
              {message.role === 'assistant' ? (
                <AnswerText text={withoutSummary(message)} />
              ) : (
                <p className="whitespace-pre-wrap break-words">{message.text}</p>
              )}
              {message.action ? <ActionCard action={{ ...message.action, status: 'pending' }} /> : null}
            </div>
          </div>
        ))}
        {pending ? <p className="text-sm text-muted-foreground">Thinking…</p> : null}
        <div ref={endRef} />
      </div>
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void ask(query);
        }}
      >
        <label htmlFor="ai-query" className="sr-only">
          Ask the assistant
        </label>
        <textarea
          id="ai-query"
          rows={2}
          maxLength={4000}
          value={query}
          autoFocus={autoFocus}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              void ask(query);
            }
          }}
          placeholder="Ask or tell the assistant…"
          className="min-h-10 w-full min-w-0 flex-1 resize-none rounded-md border border-input bg-background px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        />
        <Button type="submit" disabled={pending || query.trim() === ''} aria-label="Send">
          <Send aria-hidden />
        </Button>
      </form>
    </div>
  );
}
