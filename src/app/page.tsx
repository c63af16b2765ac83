import { ArrowRight, BookUser, Bot, CheckSquare, FileText, LineChart, Wallet } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';

const FEATURES = [
  { icon: BookUser, title: 'Every client on one page', text: 'Contacts with their tasks, invoices and payments in one timeline.' },
  { icon: FileText, title: 'Invoices that add up', text: 'Numbered, taxed to the cent, sent as PDF, reminded when late.' },
  { icon: Wallet, title: 'Money in and out', text: 'Income and expenses with exact totals, by category and by client.' },
  { icon: CheckSquare, title: 'Tasks with due dates', text: 'What is due today and what is overdue, per client.' },
  { icon: LineChart, title: 'A dashboard for the morning', text: 'Cash, receivables aging and top clients at a glance.' },
  { icon: Bot, title: 'An assistant that asks first', text: 'Ask in plain words; it proposes changes and waits for your click.' },
];

export default function LandingPage() {
  return (
    <div className="min-h-dvh bg-gradient-to-b from-white to-slate-50">
      <header className="mx-auto flex max-w-6xl items-center justify-between px-5 py-5">
        <span className="flex items-center gap-2 font-semibold tracking-tight">
          <span className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">L</span>
          Ledgerly
        </span>
        <Button asChild variant="outline">
          <Link href="/sign-in">Sign in</Link>
        </Button>
      </header>
      <main className="mx-auto max-w-6xl px-5 pb-20">
        <section className="mx-auto max-w-3xl py-14 text-center sm:py-20">
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            The back office for a business of one to ten people
          </h1>
          <p className="mx-auto mt-5 max-w-2xl text-lg text-muted-foreground text-balance">
            Clients, tasks, invoices and money in one place — exact to the cent, private to your account, and quick to run from a phone.
          </p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link href="/sign-up">
                Get started <ArrowRight aria-hidden />
              </Link>
            </Button>
          </div>
        </section>
        <section aria-label="What it does" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map(({ icon: Icon, title, text }) => (
            <div key={title} className="rounded-lg border bg-card p-5 shadow-sm">
              <Icon className="size-5 text-primary" aria-hidden />
              <h2 className="mt-3 font-medium">{title}</h2>
              <p className="mt-1 text-sm text-muted-foreground">{text}</p>
            </div>
          ))}
        </section>
      </main>
    </div>
  );
}
