/** A syntax error at `offset` in the text being scanned; caught at the parser's public boundaries. */
export class MarkerSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a marker's text left to right; offsets are indexes into `text` (the whole comment line). */
export class Cursor {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}

  /** The current character, or '' at the end. */
  peek(): string {
    return this.text.charAt(this.pos);
  }

  /** True when nothing but spaces is left. */
  atEnd(): boolean {
    return this.text.slice(this.pos).trim() === '';
  }

  /** Steps over spaces and tabs. */
  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  /** Consumes `ch` (after spaces) or fails with a message naming what was found instead. */
  expect(ch: string): void {
    this.skipSpaces();
    if (this.peek() !== ch) this.fail(`expected \`${ch}\`, found ${this.describeHere()}`);
    this.pos++;
  }

  /** Throws a syntax error at the current position (or at `offset`). */
  fail(message: string, offset = this.pos): never {
    throw new MarkerSyntaxError(offset, message);
  }

  /** The text at the cursor, for messages: "`abc`" or "the end of the line". */
  describeHere(): string {
    const rest = this.text.slice(this.pos).trim();
    if (rest === '') return 'the end of the line';
    return `\`${rest.length > 20 ? `${rest.slice(0, 20)}…` : rest}\``;
  }
}

/**
 * Reads a bare token up to one of `stops` (or the end), trimmed of spaces. The position is left on the stop character.
 */
export function readBare(c: Cursor, stops: string): { token: string; start: number } {
  c.skipSpaces();
  const start = c.pos;
  while (c.pos < c.text.length && !stops.includes(c.text[c.pos])) c.pos++;
  return { token: c.text.slice(start, c.pos).trim(), start };
}

/** After a list or map element: consumes `,` (false: more follow) or `close` (true: done). */
export function closeOrComma(c: Cursor, close: string, open: number): boolean {
  c.skipSpaces();
  const ch = c.peek();
  if (ch === close || ch === ',') {
    c.pos++;
    return ch === close;
  }
  if (ch === '') c.fail(`unterminated \`${c.text[open]}\`: missing \`${close}\``, open);
  return c.fail(`expected \`,\` or \`${close}\`, found ${c.describeHere()}`);
}
