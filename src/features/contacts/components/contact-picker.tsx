'use client';

import { Search, X } from 'lucide-react';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { apiFetch } from '@/lib/api-client';
import { cn } from '@/lib/utils';
import { type Contact, contactName } from '../schema';

export interface PickedContact {
  id: string;
  name: string;
}

/**
 * Picks one of the user's contacts: type to search (name, email, company),
 * choose with the mouse or the arrow keys and Enter. An ARIA combobox.
 */
export function ContactPicker({
  id = 'contact',
  value,
  onChange,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
}: {
  id?: string;
  value: PickedContact | null;
  onChange: (value: PickedContact | null) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [query, setQuery] = React.useState('');
  const [open, setOpen] = React.useState(false);
  const [options, setOptions] = React.useState<PickedContact[]>([]);
  const [active, setActive] = React.useState(0);
  const [loading, setLoading] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const listId = `${id}-options`;
  const requestId = React.useRef(0);

  React.useEffect(() => {
    if (!open) return;
    const current = ++requestId.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const params = new URLSearchParams({ limit: '8', sort: 'first_name' });
        if (query.trim()) params.set('q', query.trim());
        const { data } = await apiFetch<{ data: Contact[] }>(`/api/contacts?${params}`);
        if (current === requestId.current) {
          setOptions(data.map((c) => ({ id: c.id, name: contactName(c) + (c.company ? ` · ${c.company}` : '') })));
          setActive(0);
        }
      } catch {
        if (current === requestId.current) setOptions([]);
      } finally {
        if (current === requestId.current) setLoading(false);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, open]);

  function choose(option: PickedContact) {
    onChange({ id: option.id, name: option.name.split(' · ')[0]! });
    setOpen(false);
    setQuery('');
  }

  if (value) {
    return (
      <div className="flex h-9 items-center justify-between gap-2 rounded-md border border-input bg-card px-3 text-sm shadow-sm">
        <span className="truncate" id={id} data-testid="picked-contact">
          {value.name}
        </span>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          className="h-7 px-2"
          aria-label={`Remove ${value.name}`}
          onClick={() => {
            onChange(null);
            setTimeout(() => inputRef.current?.focus(), 0);
          }}
        >
          <X aria-hidden />
        </Button>
      </div>
    );
  }

  return (
    <div className="relative">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <Input
        ref={inputRef}
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${options[active]!.id}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder="Search your contacts"
        className="pl-8"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && options[active]) {
            e.preventDefault();
            choose(options[active]!);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Contacts"
          className="absolute z-10 mt-1 max-h-60 w-full overflow-y-auto rounded-md border bg-card py-1 text-sm shadow-lg"
        >
          {options.length === 0 ? (
            <li className="px-3 py-2 text-muted-foreground">{loading ? 'Searching…' : 'No contact matches'}</li>
          ) : (
            options.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${option.id}`}
                role="option"
                aria-selected={index === active}
                className={cn('cursor-pointer truncate px-3 py-2', index === active && 'bg-accent text-accent-foreground')}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(option)}
              >
                {option.name}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
