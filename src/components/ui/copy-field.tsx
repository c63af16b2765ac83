'use client';

import { Check, Copy } from 'lucide-react';
import * as React from 'react';
import { Button } from './button';
import { Input } from './input';
import { Label } from './label';
import { notify } from './notify';

/**
 * A read-only value (an invitation link, a new API key, a signing secret)
 * with a button that copies it and says so; without a clipboard (an insecure
 * origin, a refusal) the field is selected for Ctrl-C instead.
 */
export function CopyField({
  value,
  label,
  noun,
  button = 'Copy',
  testId,
  id,
}: {
  value: string;
  label: React.ReactNode;
  /** what is copied, in the messages: "link", "key", "secret" */
  noun: string;
  button?: string;
  testId?: string;
  id?: string;
}) {
  const [copied, setCopied] = React.useState(false);
  const generated = React.useId();
  const fieldId = id ?? generated;
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={fieldId}>{label}</Label>
      <div className="flex gap-2">
        <Input
          ref={input}
          id={fieldId}
          readOnly
          value={value}
          className="min-w-0 flex-1 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
          data-testid={testId}
        />
        <Button
          type="button"
          variant="outline"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
              window.setTimeout(() => setCopied(false), 2500);
            } catch {
              input.current?.focus();
              input.current?.select();
              notify.info(`Press Ctrl-C (⌘-C) to copy the selected ${noun}`);
            }
          }}
        >
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? 'Copied' : button}
        </Button>
      </div>
      <p className="sr-only" role="status">
        {copied ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} copied` : ''}
      </p>
    </div>
  );
}
