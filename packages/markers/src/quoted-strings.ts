import type { Cursor } from './cursor';

const simpleEscapes: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

const hexEscapeLengths: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** Reads a Go double-quoted string (the cursor is on the opening quote), with Go's escapes. */
export function readGoQuoted(c: Cursor): string {
  const open = c.pos;
  c.pos++;
  let out = '';
  while (c.pos < c.text.length) {
    const ch = c.text[c.pos];
    if (ch === '"') {
      c.pos++;
      return out;
    }
    if (ch !== '\\') {
      out += ch;
      c.pos++;
      continue;
    }
    out += readEscape(c);
  }
  return c.fail('unterminated string: missing the closing `"`', open);
}

function readEscape(c: Cursor): string {
  const at = c.pos;
  const kind = c.text.charAt(c.pos + 1);
  if (kind in simpleEscapes) {
    c.pos += 2;
    return simpleEscapes[kind];
  }
  const hexLength = hexEscapeLengths[kind];
  if (hexLength !== undefined) {
    const digits = c.text.slice(c.pos + 2, c.pos + 2 + hexLength);
    const code =
      /^[0-9a-fA-F]+$/.test(digits) && digits.length === hexLength ? parseInt(digits, 16) : NaN;
    if (!(code <= 0x10ffff)) c.fail(`invalid escape \`\\${kind}${digits}\` in string`, at);
    c.pos += 2 + hexLength;
    return kind === 'x' || kind === 'u' ? String.fromCharCode(code) : String.fromCodePoint(code);
  }
  const octal = c.text.slice(c.pos + 1, c.pos + 4);
  if (/^[0-3][0-7]{2}$/.test(octal)) {
    c.pos += 4;
    return String.fromCharCode(parseInt(octal, 8));
  }
  return c.fail(
    `invalid escape \`\\${kind}\` in string (write \`\\\\\` for a backslash, or quote the string in back quotes)`,
    at,
  );
}

/** Reads a back-quoted raw string (the cursor is on the opening back quote); no escapes. */
export function readRawQuoted(c: Cursor): string {
  const open = c.pos;
  const close = c.text.indexOf('`', open + 1);
  if (close < 0) c.fail('unterminated raw string: missing the closing back quote', open);
  c.pos = close + 1;
  return c.text.slice(open + 1, close);
}
