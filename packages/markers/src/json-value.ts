import { closeOrComma, type Cursor } from './cursor';
import type { MarkerValue } from './types';

const maxDepth = 64;

/** Reads one strict JSON value (or `ref(Name)` when `allowRef`) starting at the cursor. */
export function readJson(c: Cursor, allowRef: boolean): MarkerValue {
  c.skipSpaces();
  if (allowRef && c.text.startsWith('ref(', c.pos)) return readRef(c);
  return readJsonValue(c, 0);
}

function readRef(c: Cursor): MarkerValue {
  const start = c.pos;
  const close = c.text.indexOf(')', start);
  if (close < 0) c.fail('unterminated `ref(`: missing `)`', start);
  const name = c.text.slice(start + 4, close).trim();
  if (!/^[A-Za-z_$][\w$./-]*$/.test(name)) {
    c.fail('`ref(…)` needs the name of an exported const, e.g. `ref(DefaultPort)`', start + 4);
  }
  c.pos = close + 1;
  return { ref: name };
}

function readJsonValue(c: Cursor, depth: number): MarkerValue {
  if (depth > maxDepth) c.fail('value nested too deeply');
  c.skipSpaces();
  const ch = c.peek();
  if (ch === '{') return readJsonObject(c, depth);
  if (ch === '[') return readJsonArray(c, depth);
  if (ch === '"') return readJsonString(c);
  const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
    c.text.slice(c.pos),
  );
  if (!literal) {
    return c.fail(
      `expected JSON (a "string" in double quotes, a number, true, false, null, […] or {…}), found ${c.describeHere()}`,
    );
  }
  c.pos += literal[0].length;
  const text = literal[0];
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  return Number(text);
}

function readJsonObject(c: Cursor, depth: number): MarkerValue {
  const open = c.pos;
  c.pos++;
  const out: { [key: string]: MarkerValue } = {};
  c.skipSpaces();
  if (c.peek() === '}') {
    c.pos++;
    return out;
  }
  for (;;) {
    c.skipSpaces();
    if (c.peek() !== '"') c.fail(`expected a "key" in double quotes, found ${c.describeHere()}`);
    const key = readJsonString(c);
    c.expect(':');
    setOwn(out, key, readJsonValue(c, depth + 1));
    if (closeOrComma(c, '}', open)) return out;
  }
}

function readJsonArray(c: Cursor, depth: number): MarkerValue {
  const open = c.pos;
  c.pos++;
  const out: MarkerValue[] = [];
  c.skipSpaces();
  if (c.peek() === ']') {
    c.pos++;
    return out;
  }
  for (;;) {
    out.push(readJsonValue(c, depth + 1));
    if (closeOrComma(c, ']', open)) return out;
  }
}

function readJsonString(c: Cursor): string {
  const open = c.pos;
  let end = open + 1;
  while (end < c.text.length && c.text[end] !== '"') end += c.text[end] === '\\' ? 2 : 1;
  if (end >= c.text.length) c.fail('unterminated string: missing the closing `"`', open);
  const literal = c.text.slice(open, end + 1);
  try {
    const value: unknown = JSON.parse(literal);
    c.pos = end + 1;
    return value as string;
  } catch {
    return c.fail(`invalid JSON string ${literal}`, open);
  }
}

/** Sets a key as an own property, so that `__proto__` is data and not the prototype. */
export function setOwn(
  target: { [key: string]: MarkerValue },
  key: string,
  value: MarkerValue,
): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
