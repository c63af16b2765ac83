'use client';

import { Building2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/notify';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { LogoField, uploadLogo } from '@/features/users/components/business-settings-form';
import { userSettingsSchema } from '@/features/users/schema';
import { useCanAdmin } from '@/features/workspaces/components/workspace-role';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { zodDetails } from '@/lib/validation';
import { defaultEmailText, type EmailInvoice, type EmailKind } from '../email';
import { type Invoice, MAX_CC, sendInvoiceSchema } from '../schema';

/** The business details the account has, as the send dialog needs them (findInvoiceDocument's `sender`). */
export interface SenderDetails {
  business_name: string | null;
  business_address: string | null;
  payment_instructions: string | null;
  payment_terms_days: number;
  has_logo: boolean;
  /** the name shown until a business name is typed */
  fallback_name: string;
}

export type EmailDialogInvoice = EmailInvoice & Pick<Invoice, 'id' | 'contact_name' | 'contact_email'>;

const TEXT: Record<EmailKind, { label: string; endpoint: string; after: string; done: (number: string, to: string) => string }> = {
  invoice: { label: 'Send invoice', endpoint: 'send', after: 'The invoice is then marked as sent.', done: (n, to) => `${n} sent to ${to}` },
  reminder: {
    label: 'Send reminder',
    endpoint: 'send',
    after: 'It is sent as a reminder of the open balance.',
    done: (n, to) => `Reminder for ${n} sent to ${to}`,
  },
  quote: { label: 'Send quote', endpoint: 'send', after: 'The quote is then marked as sent.', done: (n, to) => `${n} sent to ${to}` },
  receipt: {
    label: 'Send receipt',
    endpoint: 'receipt',
    after: 'It thanks for the payments so far and lists them with the balance.',
    done: (n, to) => `Receipt for ${n} sent to ${to}`,
  },
};

/** `{ "cc.1": "…" }` → `{ cc: "…" }`: one message per field of the form. */
function byField(details: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, problems] of Object.entries(details)) {
    const field = key.split('.')[0]!;
    out[field] ??= problems[0] ?? '';
  }
  return out;
}

/**
 * Emails an invoice, a reminder or a receipt: To, copies (CC), subject and
 * message, prefilled with the standard text the server would send (one
 * greeting, in the message, where it can be changed). Without a business
 * name — from the start, or when the API answers 422 naming
 * `business_name` — it first asks for the business details (name, address,
 * payment instructions, terms, logo), saves them to the profile, then sends.
 */
export function EmailDialog({
  kind,
  invoice,
  sender,
  greetingName,
  locale,
  today,
  trigger,
}: {
  kind: EmailKind;
  invoice: EmailDialogInvoice;
  sender: SenderDetails;
  greetingName: string | null;
  locale: string;
  today: string;
  trigger: React.ReactNode;
}) {
  const router = useRouter();
  const text = TEXT[kind];
  const [open, setOpen] = React.useState(false);
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  // business details: asked for while the account has no business name
  const [savedName, setSavedName] = React.useState<string | null>(null);
  const [askDetails, setAskDetails] = React.useState(!sender.business_name);
  const [details, setDetails] = React.useState({
    business_name: '',
    business_address: sender.business_address ?? '',
    payment_instructions: sender.payment_instructions ?? '',
    payment_terms_days: String(sender.payment_terms_days),
  });
  const [logo, setLogo] = React.useState<string | null | undefined>(undefined);
  // the email: prefilled until the sender changes a field
  const [subject, setSubject] = React.useState<string | null>(null);
  const [message, setMessage] = React.useState<string | null>(null);
  const [cc, setCc] = React.useState('');

  const businessName = (askDetails ? details.business_name.trim() : '') || savedName || sender.business_name || sender.fallback_name;
  const standard = defaultEmailText({ kind, invoice, businessName, greetingName, locale, today });
  const canSend = Boolean(invoice.contact_email);
  // the business details are the workspace's: a member cannot add them here, an admin must
  const admin = useCanAdmin();
  const blocked = askDetails && !admin;

  function reset() {
    setError(undefined);
    setFieldErrors({});
    setSubject(null);
    setMessage(null);
    setCc('');
    setLogo(undefined);
    setAskDetails(!(sender.business_name || savedName));
  }

  /** Saves the business details typed here; false when something was refused (shown on its field). */
  async function saveDetails(): Promise<boolean> {
    const terms = details.payment_terms_days.trim();
    const settings = {
      business_name: details.business_name.trim(),
      business_address: details.business_address.trim() || null,
      payment_instructions: details.payment_instructions.trim() || null,
      payment_terms_days: /^\d{1,6}$/.test(terms) ? Number(terms) : terms,
    };
    const problems: Record<string, string> = {};
    if (!settings.business_name) problems.business_name = 'Enter the name your clients know your business by.';
    const checked = userSettingsSchema.safeParse(settings);
    if (!checked.success) {
      for (const [field, list] of Object.entries(zodDetails(checked.error))) problems[field] ??= list[0] ?? '';
    }
    if (Object.keys(problems).length > 0) {
      setFieldErrors(problems);
      return false;
    }
    await apiFetch('/api/auth/user', { method: 'PUT', body: settings });
    setSavedName(settings.business_name);
    if (typeof logo === 'string') {
      try {
        await uploadLogo(logo);
      } catch (e) {
        if (e instanceof ApiClientError) {
          setFieldErrors({ logo: e.fieldErrors().image ?? e.message });
          setError(`Your business details are saved, but the logo was not: ${e.message}`);
          return false;
        }
        throw e;
      }
    }
    setAskDetails(false);
    return true;
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (blocked) return;
    setError(undefined);
    setFieldErrors({});
    const copies = cc.split(/[\s,;]+/).filter(Boolean);
    const body: Record<string, unknown> = {};
    // unchanged fields are left to the server, which then uses the business name just saved
    if (subject !== null && subject.trim() !== standard.subject) body.subject = subject.trim();
    if (message !== null && message.trim() !== standard.message) body.message = message.trim();
    if (copies.length > 0) body.cc = copies;
    const checked = sendInvoiceSchema.safeParse(body);
    if (!checked.success) {
      setFieldErrors(byField(zodDetails(checked.error)));
      return;
    }
    setPending(true);
    let detailsSaved = false;
    try {
      if (askDetails) {
        if (!(await saveDetails())) return;
        detailsSaved = true;
      }
      await apiFetch(`/api/${kind === 'quote' ? 'quotes' : 'invoices'}/${invoice.id}/${text.endpoint}`, { method: 'POST', body });
      setOpen(false);
      notify.success(text.done(invoice.invoice_number, invoice.contact_email ?? ''));
      router.refresh();
    } catch (e) {
      if (e instanceof ApiClientError) {
        if (e.status === 422 && e.details.business_name) {
          // the account has no business name (yet): ask for it here, then send
          setAskDetails(true);
          setError(e.message);
        } else {
          setError(e.message);
          setFieldErrors(byField(e.details));
        }
      } else {
        setError('Something went wrong. Try again.');
      }
    } finally {
      setPending(false);
      // the page shows the saved details even when the send itself failed
      if (detailsSaved) router.refresh();
    }
  }

  const detail = (field: keyof typeof details) => ({
    value: details[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDetails((d) => ({ ...d, [field]: e.target.value })),
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        className="sm:max-w-xl"
        dirty={() =>
          cc.trim() !== '' ||
          (subject !== null && subject !== standard.subject) ||
          (message !== null && message !== standard.message) ||
          (askDetails && details.business_name.trim() !== '') ||
          Boolean(logo)
        }
      >
        <DialogHeader>
          <DialogTitle>{text.label}</DialogTitle>
          <DialogDescription>
            {canSend
              ? `Invoice ${invoice.invoice_number} goes to ${invoice.contact_name ?? ''} <${invoice.contact_email}> with the PDF attached. ${text.after}`
              : 'The client of this invoice has no email address. Add one to the contact first.'}
          </DialogDescription>
        </DialogHeader>
        <form className="grid gap-4" noValidate onSubmit={onSubmit}>
          {blocked ? (
            <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950" data-testid="business-details-missing">
              Invoices and their emails go out under the business name, and this workspace has none yet. Only admins and the owner can add
              it (Profile → Business settings): ask one of them, then send.
            </p>
          ) : askDetails ? (
            <fieldset className="grid gap-4 rounded-md border bg-muted/40 p-4" aria-label="Your business details">
              <legend className="flex items-center gap-2 px-1 text-sm font-medium">
                <Building2 className="size-4" aria-hidden /> Your business details
              </legend>
              <p className="text-sm text-muted-foreground">
                Your invoices and emails go out under your business name, not your own. Add it once: it is saved to your profile and
                printed, with your address, logo and payment instructions, on every invoice.
              </p>
              <Field id="send-business-name" label="Business name" error={fieldErrors.business_name}>
                <Input {...detail('business_name')} autoComplete="organization" required />
              </Field>
              <Field id="send-business-address" label="Address (optional)" error={fieldErrors.business_address}>
                <Textarea rows={2} {...detail('business_address')} autoComplete="street-address" />
              </Field>
              <Field
                id="send-payment-instructions"
                label="Payment instructions (optional)"
                error={fieldErrors.payment_instructions}
                hint="Bank details or a payment link: printed on the invoice and in the email."
              >
                <Textarea rows={2} {...detail('payment_instructions')} />
              </Field>
              <div className="grid items-start gap-4 sm:grid-cols-2">
                <Field
                  id="send-payment-terms"
                  label="Payment terms (days)"
                  error={fieldErrors.payment_terms_days}
                  hint="For your next invoices."
                >
                  <Input type="number" inputMode="numeric" min={0} max={365} {...detail('payment_terms_days')} />
                </Field>
                <LogoField id="send-logo" current={null} error={fieldErrors.logo} onChange={setLogo} />
              </div>
            </fieldset>
          ) : null}

          <Field id="send-cc" label="Copy to (optional)" error={fieldErrors.cc} hint={`Up to ${MAX_CC} addresses, separated by commas.`}>
            <Input
              type="text"
              inputMode="email"
              autoComplete="off"
              value={cc}
              onChange={(e) => setCc(e.target.value)}
              placeholder="accounts@client.example"
            />
          </Field>
          <Field id="send-subject" label="Subject" error={fieldErrors.subject}>
            <Input value={subject ?? standard.subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} />
          </Field>
          <Field
            id="send-message"
            label="Message"
            error={fieldErrors.message}
            hint="Below it the email lists the invoice's details, how to pay and your business details."
          >
            <Textarea rows={9} value={message ?? standard.message} onChange={(e) => setMessage(e.target.value)} maxLength={2000} />
          </Field>
          {error ? (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={pending || !canSend || blocked}>
              {pending ? 'Sending…' : askDetails ? `Save details and ${text.label.toLowerCase()}` : text.label}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
