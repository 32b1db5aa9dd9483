import { Document, isScalar, parseDocument, Scalar, visit, type ToStringOptions } from 'yaml';
import { stringifyNumber, stringifyString, type StringifyContext } from 'yaml/util';

/*
 * controller-gen's YAML (sigs.k8s.io/yaml over go-yaml v2), as @kubegen/gen-rbac's stringifyManifests writes it,
 * plus one thing RBAC never needs: go-yaml writes every multi-line string as a literal block (`|-`), never folded.
 *
 * Building a yaml Document per CRD (nodes, visit, toString) cost seconds on large projects, so stringifyCrd walks
 * the plain JSON value itself and lays it out the way Document.toString does with the options below; only the
 * scalars go through the yaml package's own stringifyString, which keeps quoting and line folding exact.
 */

const TO_STRING_OPTIONS: ToStringOptions = { indentSeq: false, singleQuote: true };
const INDENT_STEP = '  ';
// The yaml package writes a key longer than 1024 characters as `? key`; an escape takes at most 6 per character.
const MAX_IMPLICIT_KEY_CHARACTERS = Math.floor((1024 - 2) / 6);

/** Renders one CRD as a YAML document preceded by `---`, keys sorted, in controller-gen's layout. */
export function stringifyCrd(object: object): string {
  if (hasKeyNeedingExplicitForm(object)) return stringifyCrdViaDocument(object);
  return `---\n${emitValue(object, '', undefined)}\n`;
}

/** The yaml Document rendering stringifyCrd reproduces; used as is only for keys that need `? key` form. */
export function stringifyCrdViaDocument(object: object): string {
  const doc = new Document(object, { version: '1.1', sortMapEntries: true });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      if (node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
      else if (readsAsOtherType(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `---\n${doc.toString(TO_STRING_OPTIONS)}`;
}

const schemaDocument = new Document(null, { version: '1.1' });
// The defaults of the yaml package's createStringifyContext, with TO_STRING_OPTIONS applied.
const scalarOptions = {
  blockQuote: true,
  commentString: (text: string) => `#${text}`,
  defaultKeyType: null,
  defaultStringType: 'PLAIN',
  directives: null,
  doubleQuotedAsJSON: false,
  doubleQuotedMinMultiLineLength: 40,
  falseStr: 'false',
  flowCollectionPadding: true,
  indentSeq: false,
  lineWidth: 80,
  minContentWidth: 20,
  nullStr: 'null',
  simpleKeys: false,
  singleQuote: true,
  trailingComma: false,
  trueStr: 'true',
  verifyAliasOrder: true,
} as unknown as StringifyContext['options'];

function emitValue(value: unknown, indent: string, indentAtStart: number | undefined): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : emitSequence(value, indent);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter(
      (key) => (value as Record<string, unknown>)[key] !== undefined,
    );
    return keys.length === 0 ? '{}' : emitMap(value as Record<string, unknown>, keys, indent);
  }
  return emitScalar(value, indent, false, indentAtStart);
}

function emitMap(map: Record<string, unknown>, keys: string[], indent: string): string {
  keys.sort(byKey);
  const pairIndent = indent + INDENT_STEP;
  const lines: string[] = [];
  for (const key of keys) {
    const value = map[key];
    const head = `${emitScalar(key, pairIndent, true, undefined)}:`;
    if (Array.isArray(value)) {
      lines.push(
        value.length === 0 ? `${head} []` : `${head}\n${indent}${emitSequence(value, indent)}`,
      );
    } else if (value !== null && typeof value === 'object') {
      const rendered = emitValue(value, pairIndent, undefined);
      lines.push(rendered === '{}' ? `${head} {}` : `${head}\n${pairIndent}${rendered}`);
    } else {
      const rendered = emitScalar(value, pairIndent, false, head.length + 1);
      lines.push(rendered.startsWith('\n') ? head + rendered : `${head} ${rendered}`);
    }
  }
  return lines.join(`\n${indent}`);
}

// The yaml package's sortMapEntries: true comparator, on the key strings.
function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function emitSequence(items: unknown[], indent: string): string {
  const itemIndent = indent + INDENT_STEP;
  return items
    .map((item) => `- ${emitValue(item ?? null, itemIndent, undefined)}`)
    .join(`\n${indent}`);
}

function emitScalar(
  value: unknown,
  indent: string,
  implicitKey: boolean,
  indentAtStart: number | undefined,
): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return stringifyNumber(new Scalar(value));
  const text = String(value);
  // Keyed by the text itself first: the model's strings recur as the same objects, whose hash V8 keeps.
  let layouts = writtenScalars.get(text);
  if (layouts === undefined) {
    if (writtenScalars.size >= MAX_WRITTEN_SCALARS) writtenScalars.clear();
    writtenScalars.set(text, (layouts = new Map()));
  }
  const layout = `${indent.length}:${implicitKey ? 1 : 0}:${indentAtStart ?? ''}`;
  let written = layouts.get(layout);
  if (written === undefined) {
    written = emitString(text, indent, implicitKey, indentAtStart);
    layouts.set(layout, written);
  }
  return written;
}

// The same descriptions, keys and enum values recur in every CRD of a tree (and in every run of a watch):
// each is laid out once per indentation.
const writtenScalars = new Map<string, Map<string, string>>();
const MAX_WRITTEN_SCALARS = 50_000;

function emitString(
  text: string,
  indent: string,
  implicitKey: boolean,
  indentAtStart: number | undefined,
): string {
  const type = text.includes('\n')
    ? 'BLOCK_LITERAL'
    : readsAsOtherType(text)
      ? 'QUOTE_DOUBLE'
      : undefined;
  const ctx = {
    // actualString makes stringifyString test the text against every YAML 1.1 tag's pattern, a tenth of the run;
    // those patterns only match what mayReadAsOtherType lets through (the Document path writes `<<` plain too).
    actualString: mayReadAsOtherType(text),
    anchors: new Set<string>(),
    doc: schemaDocument,
    flowCollectionPadding: ' ',
    implicitKey,
    indent,
    indentAtStart,
    indentStep: INDENT_STEP,
    inFlow: null,
    options: scalarOptions,
  } as unknown as StringifyContext;
  return stringifyString({ value: text, type }, ctx);
}

function hasKeyNeedingExplicitForm(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasKeyNeedingExplicitForm);
  if (value === null || typeof value !== 'object') return false;
  for (const [key, child] of Object.entries(value)) {
    if (
      key.includes('\n') ||
      key.length > MAX_IMPLICIT_KEY_CHARACTERS ||
      hasKeyNeedingExplicitForm(child)
    )
      return true;
  }
  return false;
}

// Keys and enum values repeat across every CRD of a run: parse each distinct string once.
const readsAsOtherTypeCache = new Map<string, boolean>();

/** Whether a plain scalar with this text would read back as something other than a string (YAML 1.1). */
export function readsAsOtherType(text: string): boolean {
  if (text === '') return true;
  if (!mayReadAsOtherType(text)) return false;
  let known = readsAsOtherTypeCache.get(text);
  if (known === undefined) {
    const parsed = parseDocument(text, { version: '1.1' });
    known =
      parsed.errors.length === 0 &&
      isScalar(parsed.contents) &&
      typeof parsed.contents.value !== 'string';
    if (readsAsOtherTypeCache.size > 10_000) readsAsOtherTypeCache.clear();
    readsAsOtherTypeCache.set(text, known);
  }
  return known;
}

/*
 * Parsing every string as YAML is most of a large run's time. Only a few strings can read as another
 * type in YAML 1.1: null and booleans are words of at most five letters (`~`, `null`, `y`, `off`, `False`),
 * numbers and timestamps start with a digit, a sign or a dot. Anything else is a string for sure.
 */
function mayReadAsOtherType(text: string): boolean {
  const first = text.charCodeAt(0);
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (isLetter) return text.length <= 5;
  return /^[0-9+\-.~]/.test(text);
}
