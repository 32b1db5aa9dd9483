import { closeOrComma, Cursor, MarkerSyntaxError, readBare } from './cursor';
import { readJson, setOwn } from './json-value';
import { readGoQuoted, readRawQuoted } from './quoted-strings';
import type { MarkerValue, ValueType } from './types';

interface ReadContext {
  depth: number;
  /** A `;` after a guessed scalar continues a legacy list (`+kubebuilder:default=a;b`); never inside braces. */
  legacyList: boolean;
}

const maxDepth = 64;
const bareStops = ',;}';
/** controller-gen's "entirely numeric" bare token (post-v0.21): `100Mi` and `2024-01-15` stay strings. */
const numericToken = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const anyType: ValueType = { type: 'any' };

/** Parses `text` as one whole value of `type`; an error names what is wrong and, in `offset`, where. */
export function parseMarkerValue(
  text: string,
  type: ValueType,
): { value?: MarkerValue; error?: string; offset?: number } {
  const c = new Cursor(text, 0);
  try {
    const value = readValue(c, type);
    expectEnd(c, type);
    return { value };
  } catch (e) {
    if (e instanceof MarkerSyntaxError) return { error: e.message, offset: e.offset };
    throw e;
  }
}

/** Fails unless only spaces are left after a value. */
export function expectEnd(c: Cursor, type: ValueType): void {
  if (c.atEnd()) return;
  c.skipSpaces();
  const quoteHint =
    type.type === 'string' || type.type === 'enum' || type.type === 'any'
      ? ' (quote a string in back quotes to keep `,` `;` `{` `}` in it)'
      : '';
  c.fail(`unexpected ${c.describeHere()} after the value${quoteHint}`);
}

/** Reads one value of `type` at the cursor, leaving the cursor after it. Throws MarkerSyntaxError. */
export function readValue(
  c: Cursor,
  type: ValueType,
  ctx: ReadContext = { depth: 0, legacyList: true },
): MarkerValue {
  if (ctx.depth > maxDepth) c.fail('value nested too deeply');
  c.skipSpaces();
  switch (type.type) {
    case 'string':
      return readString(c);
    case 'enum':
      return readEnum(c, type.values);
    case 'int':
      return readInt(c);
    case 'number':
      return readNumber(c);
    case 'bool':
      return readBool(c);
    case 'list':
      return readList(c, type.of, ctx.depth);
    case 'map':
      if (c.peek() !== '{') c.fail(`expected a map \`{key: value, …}\`, found ${c.describeHere()}`);
      return readMap(c, type.of, ctx.depth);
    case 'any':
      return readAny(c, ctx);
    case 'json':
      return readJson(c, type.allowRef === true);
    case 'raw':
      return readRaw(c);
  }
}

function readString(c: Cursor): string {
  const ch = c.peek();
  if (ch === '"') return readGoQuoted(c);
  if (ch === '`') return readRawQuoted(c);
  const { token, start } = readBare(c, bareStops);
  if (token === '') c.fail(`expected a string, found ${c.describeHere()}`, start);
  return token;
}

function readEnum(c: Cursor, values: readonly string[]): string {
  const start = c.pos;
  const value = readString(c);
  if (!values.includes(value)) {
    c.fail(`\`${value}\` is not allowed here; write one of ${values.join(', ')}`, start);
  }
  return value;
}

function readInt(c: Cursor): number {
  const { token, start } = readBare(c, bareStops);
  const value = Number(token);
  if (!/^-?\d+$/.test(token))
    c.fail(`expected an integer, found ${token === '' ? c.describeHere() : `\`${token}\``}`, start);
  if (!Number.isSafeInteger(value)) c.fail(`integer \`${token}\` is out of range`, start);
  return value;
}

function readNumber(c: Cursor): number {
  const { token, start } = readBare(c, bareStops);
  const value = Number(token);
  if (!numericToken.test(token))
    c.fail(`expected a number, found ${token === '' ? c.describeHere() : `\`${token}\``}`, start);
  if (!Number.isFinite(value)) c.fail(`number \`${token}\` is out of range`, start);
  return value;
}

function readBool(c: Cursor): boolean {
  const { token, start } = readBare(c, bareStops);
  if (token !== 'true' && token !== 'false') {
    c.fail(
      `expected true or false, found ${token === '' ? c.describeHere() : `\`${token}\``}`,
      start,
    );
  }
  return token === 'true';
}

function readRaw(c: Cursor): string {
  const token = c.text.slice(c.pos).trim();
  if (token === '') c.fail('expected a value, found the end of the line');
  c.pos = c.text.length;
  return token;
}

/** `a;b;c` or `{a,b,c}`. */
function readList(c: Cursor, of: ValueType, depth: number): MarkerValue[] {
  if (c.peek() === '{') return readBracedList(c, of, depth);
  const items = [readValue(c, of, { depth: depth + 1, legacyList: false })];
  for (c.skipSpaces(); c.peek() === ';'; c.skipSpaces()) {
    c.pos++;
    items.push(readValue(c, of, { depth: depth + 1, legacyList: false }));
  }
  return items;
}

function readBracedList(c: Cursor, of: ValueType, depth: number): MarkerValue[] {
  const open = c.pos;
  c.pos++;
  const items: MarkerValue[] = [];
  c.skipSpaces();
  if (c.peek() === '}') {
    c.pos++;
    return items;
  }
  do items.push(readValue(c, of, { depth: depth + 1, legacyList: false }));
  while (!closeOrComma(c, '}', open));
  return items;
}

/** `{key: value, key2: value2}`; keys bare or quoted. */
function readMap(c: Cursor, of: ValueType, depth: number): { [key: string]: MarkerValue } {
  const open = c.pos;
  c.pos++;
  const out: { [key: string]: MarkerValue } = {};
  c.skipSpaces();
  if (c.peek() === '}') {
    c.pos++;
    return out;
  }
  do {
    const keyStart = c.pos;
    const key = readMapKey(c);
    if (Object.prototype.hasOwnProperty.call(out, key))
      c.fail(`key \`${key}\` is given twice`, keyStart);
    c.expect(':');
    setOwn(out, key, readValue(c, of, { depth: depth + 1, legacyList: false }));
  } while (!closeOrComma(c, '}', open));
  return out;
}

function readMapKey(c: Cursor): string {
  c.skipSpaces();
  const ch = c.peek();
  if (ch === '"') return readGoQuoted(c);
  if (ch === '`') return readRawQuoted(c);
  const { token, start } = readBare(c, ':,;}');
  if (token === '') c.fail(`expected a map key, found ${c.describeHere()}`, start);
  return token;
}

/** Guesses the type as controller-gen does for `any` markers. */
function readAny(c: Cursor, ctx: ReadContext): MarkerValue {
  const first = readGuessed(c, ctx.depth);
  c.skipSpaces();
  if (!ctx.legacyList || c.peek() !== ';') return first;
  const items = [first];
  for (; c.peek() === ';'; c.skipSpaces()) {
    c.pos++;
    items.push(readGuessed(c, ctx.depth + 1));
  }
  return items;
}

function readGuessed(c: Cursor, depth: number): MarkerValue {
  c.skipSpaces();
  const ch = c.peek();
  if (ch === '"' || ch === '`') return readString(c);
  if (ch === '{')
    return looksLikeMap(c) ? readMap(c, anyType, depth) : readBracedList(c, anyType, depth);
  const { token, start } = readBare(c, bareStops);
  if (token === '') c.fail(`expected a value, found ${c.describeHere()}`, start);
  if (token === 'true' || token === 'false') return token === 'true';
  if (numericToken.test(token) && Number.isFinite(Number(token))) return Number(token);
  return token;
}

/** True when the braces at the cursor start with `key:` (or are empty, which controller-gen reads as a map). */
function looksLikeMap(c: Cursor): boolean {
  const saved = c.pos;
  try {
    c.pos++;
    c.skipSpaces();
    if (c.peek() === '}') return true;
    if (c.peek() === '{') return false;
    readMapKey(c);
    c.skipSpaces();
    return c.peek() === ':';
  } catch (e) {
    if (e instanceof MarkerSyntaxError) return false;
    throw e;
  } finally {
    c.pos = saved;
  }
}
