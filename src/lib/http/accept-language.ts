/**
 * The locale a new account starts with, from the browser's Accept-Language
 * header: the first language the runtime can format numbers and dates in,
 * with a region (`de` → `de-DE`, `en-gb` → `en-GB`), so amounts are read and
 * shown the way the person writes them from the first page. Null when the
 * header names nothing usable (the database default, en-US, then applies).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): string | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    try {
      const locale = new Intl.Locale(tag).maximize();
      if (!locale.region) continue;
      const candidate = `${locale.language}-${locale.region}`;
      const [canonical] = Intl.getCanonicalLocales(candidate);
      if (
        canonical &&
        canonical.length <= 35 &&
        Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0 &&
        Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0
      ) {
        return canonical;
      }
    } catch {
      // not a language tag: try the next one
    }
  }
  return null;
}
