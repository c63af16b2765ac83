import { isSafeNumber, LosslessNumber, parse } from 'lossless-json';

/**
 * JSON parsing that keeps numbers exact. A number whose text a JavaScript
 * number represents exactly (e.g. `12.5`, `100`) becomes a number; any other
 * (`0.1000000000000000055511`, `1e400`, 20-digit integers) stays a
 * `LosslessNumber` carrying its original text, so money is never rounded
 * through binary floating point and schemas can reject what does not fit.
 */
export { LosslessNumber };

export function parseJson(text: string): unknown {
  return parse(text, null, (value: string) => (isSafeNumber(value) ? Number(value) : new LosslessNumber(value)));
}

export function isLosslessNumber(value: unknown): value is LosslessNumber {
  return value instanceof LosslessNumber;
}
