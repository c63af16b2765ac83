/**
 * What pages and components need of a list's total, without the database
 * (client components import this file, not the pagination module).
 */

/** The most rows a filtered list counts; more shows as `"total": 1000, "total_exact": false` (docs/decisions/0153). */
export const COUNT_BOUND = 1000;

/** A page's total as people read it: "1,234", or "1,000+" when the list stopped counting at the bound. */
export function formatTotal(page: { total: number; total_exact?: boolean }): string {
  const n = page.total.toLocaleString('en-US');
  return page.total_exact === false ? `${n}+` : n;
}
