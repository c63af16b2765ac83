import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { StatementError } from './types';

/**
 * XML from an upload, read defensively (ADR 0120): a DOCTYPE or ENTITY
 * declaration anywhere is refused outright (so no external entity is fetched
 * and no entity expands: XXE and "billion laughs" end here, before parsing),
 * only the five predefined entities and numeric character references are
 * decoded, nesting and element count are bounded, the document is validated
 * first so that a malformed one is refused with its line, and values stay
 * strings (an amount is never a float).
 */

export const MAX_XML_DEPTH = 40;
export const MAX_XML_ELEMENTS = 500_000;

export type XmlNode = Record<string, unknown>;

const DECLARATION_RE = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i;

export function parseXml(source: string, arrays: ReadonlySet<string>): XmlNode {
  // an XML declaration after blank lines (a common export quirk) is blanked out, keeping line numbers
  const text = /^\s+<\?xml/.test(source) ? source.replace(/^\s+<\?xml[^>]*>/, (m) => m.replace(/[^\n]/g, ' ')) : source;
  const declaration = DECLARATION_RE.exec(text);
  if (declaration) {
    const line = lineAt(text, declaration.index);
    throw new StatementError(`line ${line}, element ${declaration[1]!.toUpperCase()}: entity declarations are not allowed`, {
      line,
      element: declaration[1]!.toUpperCase(),
    });
  }
  let elements = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    if (text.charCodeAt(i + 1) !== 47 /* '/' */) elements += 1;
    if (elements > MAX_XML_ELEMENTS) {
      throw new StatementError(`the XML has more than ${MAX_XML_ELEMENTS} elements`, { line: lineAt(text, i) });
    }
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const { msg, line } = valid.err;
    const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(msg);
    if (unclosed) {
      const names = [...unclosed[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      const element = localName(names.at(-1) ?? 'document');
      const last = lineAt(text, text.length);
      throw new StatementError(`line ${last}, element ${element}: the file ends before ${element} is closed (is it truncated?)`, {
        line: last,
        element,
      });
    }
    const element = /tag '([^']+)'/.exec(msg)?.[1];
    throw new StatementError(`line ${line}: the XML is malformed: ${msg}`, { line, ...(element ? { element: localName(element) } : {}) });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    // with declarations refused above, only the five predefined entities exist
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    maxNestedTags: MAX_XML_DEPTH,
    isArray: (name) => arrays.has(name),
  });
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/nested/i.test(message)) throw new StatementError(`the XML nests deeper than ${MAX_XML_DEPTH} elements`, {});
    throw new StatementError(`the XML cannot be read: ${message}`, {});
  }
}

function localName(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** A child element (first if repeated). */
export function child(node: unknown, name: string): XmlNode | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first !== undefined && first !== null && first !== ''
    ? typeof first === 'object'
      ? (first as XmlNode)
      : { '#text': first }
    : undefined;
}

/** All children of a name, as an array. */
export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': v }));
}

/** The text at a path of element names, numeric character references decoded; null when absent or empty. */
export function text(node: unknown, ...path: string[]): string | null {
  let current: unknown = node;
  for (const name of path) {
    current = child(current, name);
    if (current === undefined) return null;
  }
  const value = current && typeof current === 'object' ? (current as XmlNode)['#text'] : current;
  if (value === undefined || value === null || typeof value === 'object') return null;
  const decoded = decodeCharacterReferences(String(value)).trim();
  return decoded === '' ? null : decoded;
}

/** An attribute of the element at a path. */
export function attribute(node: unknown, name: string, ...path: string[]): string | null {
  let current: unknown = node;
  for (const step of path) {
    current = child(current, step);
    if (current === undefined) return null;
  }
  const value = current && typeof current === 'object' ? (current as XmlNode)[`@${name}`] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function decodeCharacterReferences(value: string): string {
  if (!value.includes('&#')) return value;
  return value.replace(/&#(x[0-9a-fA-F]{1,6}|\d{1,7});/g, (whole, code: string) => {
    const point = code.startsWith('x') ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}
