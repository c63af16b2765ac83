'use client';

import { Search } from 'lucide-react';
import * as React from 'react';
import { Input } from '@/components/ui/input';
import { matches } from '../schema';
import { MethodBadge } from './api-reference';

export interface SearchItem {
  id: string;
  method: string;
  path: string;
  summary: string;
  searchText: string;
  /** The operation's details, rendered on the server. */
  details: React.ReactNode;
}

/**
 * The operations by tag with a search box (method, path, summary, tag): each
 * operation a <details> that opens with Enter or Space, like every
 * disclosure of the app.
 */
export function OperationSearch({ groups }: { groups: { tag: string; items: SearchItem[] }[] }) {
  const [query, setQuery] = React.useState('');
  const visible = groups.map((g) => ({ ...g, items: g.items.filter((item) => matches(item, query)) })).filter((g) => g.items.length > 0);
  const count = visible.reduce((n, g) => n + g.items.length, 0);
  return (
    <div className="grid gap-5">
      <div className="grid gap-1.5">
        <label htmlFor="api-docs-search" className="text-sm font-medium">
          Search operations
        </label>
        <div className="relative max-w-md">
          <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            id="api-docs-search"
            type="search"
            className="pl-8"
            placeholder="e.g. invoices payments, POST contacts"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="api-docs-count"
          />
        </div>
        <p id="api-docs-count" className="text-xs text-muted-foreground" aria-live="polite">
          {count} {count === 1 ? 'operation' : 'operations'}
        </p>
      </div>
      {visible.length === 0 ? <p className="text-sm text-muted-foreground">No operation matches “{query}”.</p> : null}
      {visible.map((group) => (
        <section key={group.tag} aria-labelledby={`tag-${group.tag}`} className="grid gap-2">
          <h2 id={`tag-${group.tag}`} className="text-lg font-semibold tracking-tight">
            {group.tag}
          </h2>
          <ul className="grid gap-2" role="list">
            {group.items.map((item) => (
              <li key={item.id} className="min-w-0 rounded-lg border bg-card shadow-sm" data-testid="api-operation">
                <details>
                  <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 p-3">
                    <MethodBadge method={item.method} />
                    <code className="break-all font-mono text-sm">{item.path}</code>
                    <span className="text-sm text-muted-foreground">{item.summary}</span>
                  </summary>
                  {item.details}
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
