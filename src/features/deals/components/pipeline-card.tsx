import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatMoney } from '@/lib/money';
import type { PipelineFigures } from '../service';

/**
 * The dashboard's pipeline: open deals' value and weighted forecast (value ×
 * stage probability) by expected close month, one line per currency
 * (docs/decisions/0101). Months without deals are left out of the table.
 */
export function PipelineCard({ figures, locale }: { figures: PipelineFigures; locale: string }) {
  const months = figures.months.filter((m) => m.totals.length > 0);
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <Card className="min-w-0" data-testid="pipeline-card">
      <CardHeader>
        <CardTitle>Pipeline</CardTitle>
        <CardDescription>Open deals by expected close month: value and weighted forecast</CardDescription>
      </CardHeader>
      <CardContent>
        {months.length === 0 && figures.undated.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No open deals yet.{' '}
            <Link href="/deals" className="font-medium text-primary hover:underline">
              Go to the pipeline
            </Link>
          </p>
        ) : (
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-muted-foreground">
                <th scope="col" className="font-normal">
                  Month
                </th>
                <th scope="col" className="text-right font-normal">
                  Value
                </th>
                <th scope="col" className="text-right font-normal">
                  Weighted
                </th>
              </tr>
            </thead>
            <tbody>
              {[
                ...months.map((m) => [monthName(m.month), m.totals] as const),
                ...(figures.undated.length ? [['No date', figures.undated] as const] : []),
              ].map(([label, totals]) =>
                totals.map((t, i) => (
                  <tr key={`${label}-${t.currency}`}>
                    <th scope="row" className="py-0.5 text-left font-normal">
                      {i === 0 ? label : ''}
                    </th>
                    <td className="tabular text-right">{formatMoney(t.value, t.currency, locale)}</td>
                    <td className="tabular text-right">{formatMoney(t.weighted, t.currency, locale)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </CardContent>
    </Card>
  );
}
