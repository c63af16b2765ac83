import { TriangleAlert } from 'lucide-react';

/** Shown above the development sign-in form: nobody should mistake it for a real sign-in. */
export function DevSignInBanner() {
  return (
    <div
      role="note"
      data-testid="dev-sign-in-banner"
      className="flex w-full items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p>
        <strong>Development sign-in.</strong> Anyone on this computer can sign in as anyone, without a password. Do not keep real business
        data here.
      </p>
    </div>
  );
}
