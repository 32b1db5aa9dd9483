const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Words that cannot name a variable or a function in strict-mode TypeScript. */
const RESERVED_WORDS = new Set(
  (
    'arguments break case catch class const continue debugger default delete do else enum eval export ' +
    'extends false finally for function if implements import in instanceof interface let new null ' +
    'package private protected public return static super switch this throw true try typeof var void ' +
    'while with yield await'
  ).split(' '),
);

/** True when `name` can be written bare as a property name (`a.name`, `{ name: 1 }`). */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** True when `name` can name a local variable or a function. */
export function isBindingName(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name);
}

/**
 * A TypeScript string literal whose value is exactly `value`: single-quoted unless the value holds more
 * single than double quotes, as prettier's `singleQuote` prints it.
 */
export function tsString(value: string): string {
  // Most strings (names, messages, paths) need no escape at all: quoted as they are.
  if (!NEEDS_ESCAPE.test(value)) return `'${value}'`;
  const singles = value.split("'").length;
  const quote = singles > value.split('"').length ? '"' : "'";
  let out = quote;
  for (const ch of value) {
    out += ch === quote ? `\\${ch}` : escapeChar(ch);
  }
  return out + quote;
}

// What escapeChar changes, and both quotes (which decide the quote character).
const NEEDS_ESCAPE = /['"\\\u0000-\u001f\u007f\u2028\u2029]/;

function escapeChar(ch: string): string {
  switch (ch) {
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
  }
  const code = ch.codePointAt(0) ?? 0;
  // Other control characters and the two line terminators JavaScript strings may not hold raw.
  if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
    return '\\u' + code.toString(16).padStart(4, '0');
  }
  return ch;
}

/** A property name for an object literal or an interface: bare when an identifier, else quoted. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : tsString(name);
}

/** Reads property `name` of `object`: `object.name`, or `object['x-y']` when `name` is no identifier. */
export function propertyAccess(object: string, name: string): string {
  return isIdentifierName(name) ? `${object}.${name}` : `${object}[${tsString(name)}]`;
}
