import { Inbox, Paperclip } from 'lucide-react';
import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { getPageUser } from '@/lib/auth/page';
import { emailTransport, listOutbox } from '@/lib/email';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Outbox' };

/**
 * The emails the app wrote instead of sending them (no SMTP server
 * configured): real .eml files under DATA_DIR/outbox, this workspace's only.
 */
export default async function OutboxPage() {
  const { workspace } = await getPageUser();
  const { messages, total } = await listOutbox(workspace.id);
  const transport = emailTransport();
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Outbox</h1>
        <p className="text-sm text-muted-foreground" data-testid="outbox-total">
          {transport === 'outbox'
            ? `No mail server is connected, so emails are kept here instead of being sent: open one to see exactly what your client would get. ${total} ${total === 1 ? 'message' : 'messages'}.`
            : transport === 'none'
              ? `Email is not set up on this server yet, so invoices and reminders cannot be sent; whoever runs the server can connect a mail server. ${total} ${total === 1 ? 'message was' : 'messages were'} kept here before.`
              : `Emails are sent through your mail server. ${total} ${total === 1 ? 'message was' : 'messages were'} kept here before it was connected.`}
        </p>
      </div>
      {messages.length === 0 ? (
        <EmptyState icon={Inbox} title="The outbox is empty" description="Invoices and reminders you send appear here, with their PDF." />
      ) : (
        <ul className="grid gap-3" aria-label="Messages">
          {messages.map((message) => (
            <li key={message.id} className="min-w-0 rounded-lg border bg-card shadow-sm">
              <details className="group">
                <summary className="flex cursor-pointer list-none flex-col gap-0.5 p-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{message.subject}</span>
                    <span className="block truncate text-sm text-muted-foreground">To {message.to}</span>
                  </span>
                  <span className="flex shrink-0 items-center gap-2 text-xs text-muted-foreground">
                    {message.attachments.length > 0 ? <Paperclip className="size-3.5" aria-label="Has attachments" /> : null}
                    {formatDateTime(message.date, workspace)}
                  </span>
                </summary>
                <div className="grid gap-3 border-t p-3 text-sm">
                  <p className="text-xs break-words text-muted-foreground">From {message.from}</p>
                  <pre className="font-sans text-sm whitespace-pre-wrap break-words">{message.text}</pre>
                  <div className="flex flex-wrap gap-x-4 gap-y-1">
                    {message.attachments.map((a) => (
                      <a
                        key={a.index}
                        className="text-primary hover:underline"
                        href={`/api/outbox/${message.id}?attachment=${a.index}`}
                        target="_blank"
                        rel="noopener"
                      >
                        <Paperclip className="mr-1 inline size-3.5" aria-hidden />
                        {a.filename}
                      </a>
                    ))}
                    <a className="text-primary hover:underline" href={`/api/outbox/${message.id}`} download>
                      Download .eml
                    </a>
                  </div>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
