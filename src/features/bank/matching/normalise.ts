/**
 * Text normalisation shared by the matcher and the categoriser: case, accents,
 * punctuation and legal suffixes are noise when a bank text is compared with a
 * client's name ("MÜLLER & SÖHNE GMBH" ~ "Müller und Söhne").
 */

/** Legal forms and filler words that never identify a client on their own. */
const NOISE = new Set([
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ek',
  'gbr',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'sarl',
  'sas',
  'sa',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'aps',
  'kft',
  'sro',
  'haftungsbeschrankt',
  'haftungsbeschraenkt',
  'eg',
  'ev',
  'gmbhco',
  'the',
  'and',
  'und',
  'et',
  'of',
  'de',
  'der',
  'die',
  'das',
  'von',
  'van',
  'la',
  'le',
  'mr',
  'mrs',
  'ms',
  'dr',
  'herr',
  'frau',
]);

/**
 * Lower case, accents folded, German sharp s expanded, dotted abbreviations
 * closed up ("B.V." → "bv"); everything else that is not a letter or digit
 * becomes a space.
 */
export function fold(text: string): string {
  let folded = text.replace(/(?<![\p{L}\p{N}])(\p{L})\.(?=\p{L}\.)/gu, '$1');
  // most bank texts are plain ASCII: only the others need the accent and ligature folding
  if (/[^\x00-\x7f]/.test(folded)) {
    folded = folded
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[ßẞ]/g, 'ss')
      .replace(/[æÆ]/g, 'ae')
      .replace(/[øØ]/g, 'o')
      .replace(/[œŒ]/g, 'oe')
      .replace(/[łŁ]/g, 'l');
  }
  return folded
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Words of a name after folding, legal suffixes and filler words removed, and
 * German umlauts written out the SEPA way read as the plain vowel, so that
 * "MUELLER" (SEPA has no umlauts) and "Müller" give the same word.
 */
export function nameTokens(text: string, folded = fold(text)): string[] {
  if (folded === '') return [];
  return folded
    .split(' ')
    .filter((t) => t !== '' && !NOISE.has(t))
    .map((t) => t.replace(/([aou])e/g, '$1'));
}

/** A key equal for the same name written in another order or case: "Lee, Grace" and "GRACE LEE" share it. */
export function nameKey(text: string): string {
  return [...new Set(nameTokens(text))].sort().join(' ');
}

/** Damerau–Levenshtein distance capped at `max` + 1 (cheap for short words). */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}
