import { propertyKey, tsString } from './literals';
import { PRINT_WIDTH } from './typescript-file';
import { scalarLiteral, type LiteralValue } from './value-literal';

/*
 * `printDoc(literalPropertyDoc(key, value), indent)` without building the layout document: literals are
 * most of what the OpenAPI generator prints, and their layout needs no general engine. Each rule below
 * is the one `literalDoc` encodes (see value-literal.ts and js-doc.ts); a property test holds the two
 * to the same text.
 */

type Container = readonly LiteralValue[] | { readonly [key: string]: LiteralValue };

/** Thrown for a layout this printer leaves to the document engine: a list of numbers, which prettier fills. */
const FILLED = Symbol('filled number list');

class LiteralPrinter {
  private readonly out: string[] = [];
  /** Whether a container must print broken: it holds, at any depth, a list of several multi-member objects. */
  private readonly forced = new WeakMap<object, boolean>();

  constructor(
    private readonly width: number,
    public col: number,
  ) {}

  text(s: string): void {
    this.out.push(s);
    this.col += s.length;
  }

  newline(indent: number): void {
    this.out.push('\n' + ' '.repeat(indent));
    this.col = indent;
  }

  result(): string {
    return this.out.join('');
  }

  /** `key: value` at the current column, in a line indented `indent`, followed by `trailing` columns of text. */
  property(key: string, value: LiteralValue, indent: number, trailing: number): void {
    if (key.length < 5) {
      this.text(`${key}: `);
      this.value(value, indent, trailing);
    } else this.assignment(`${key}:`, value, indent, trailing);
  }

  /** `head value` (head `key:` or `left =`) with prettier's layout of an assignment of a literal. */
  assignment(head: string, value: LiteralValue, indent: number, trailing: number): void {
    if (typeof value === 'boolean' || (typeof value === 'number' && !(value < 0))) {
      this.text(`${head} ${scalarLiteral(value)}`);
    } else if (typeof value === 'string') {
      // Break after the operator: the string moves below when the two do not fit on the line.
      const s = tsString(value);
      if (this.col + head.length + 1 + s.length + trailing <= this.width) this.text(`${head} ${s}`);
      else {
        this.text(head);
        this.newline(indent + 2);
        this.text(s);
      }
    } else this.fluid(head, value, indent, trailing);
  }

  /** Objects, arrays, `null` and negative numbers: the value moves below only when not even its first line fits beside the operator. */
  private fluid(head: string, value: LiteralValue, indent: number, trailing: number): void {
    const forced = isContainer(value) && this.mustBreak(value);
    if (!forced) {
      const flat = flatWithin(value, this.width - this.col - head.length - 1 - trailing);
      if (flat !== undefined) {
        this.text(`${head} ${flat}`);
        return;
      }
    }
    const opens = isContainer(value) && !isEmpty(value);
    if (opens && this.col + head.length + 2 <= this.width) {
      this.text(`${head} `);
      this.broken(value, indent);
    } else {
      this.text(head);
      this.newline(indent + 2);
      this.value(value, indent + 2, trailing);
    }
  }

  /** `value` at the current column: flat when it fits before the `trailing` columns that follow it, else broken. */
  value(value: LiteralValue, indent: number, trailing: number): void {
    if (!isContainer(value)) {
      this.text(scalarLiteral(value));
      return;
    }
    if (isEmpty(value)) {
      this.text(Array.isArray(value) ? '[]' : '{}');
      return;
    }
    if (isArray(value)) checkNotFilled(value);
    if (!this.mustBreak(value)) {
      const flat = flatWithin(value, this.width - this.col - trailing);
      if (flat !== undefined) {
        this.text(flat);
        return;
      }
    }
    this.broken(value, indent);
  }

  /** A non-empty container one member per line, each with a trailing comma. */
  private broken(value: Container, indent: number): void {
    const inner = indent + 2;
    if (isArray(value)) {
      checkNotFilled(value);
      this.text('[');
      for (const item of value) {
        if (item === undefined) continue;
        this.newline(inner);
        this.value(item, inner, 1);
        this.text(',');
      }
      this.newline(indent);
      this.text(']');
      return;
    }
    this.text('{');
    for (const key in value) {
      const member = value[key];
      if (member === undefined) continue;
      this.newline(inner);
      this.property(propertyKey(key), member, inner, 1);
      this.text(',');
    }
    this.newline(indent);
    this.text('}');
  }

  private mustBreak(value: Container): boolean {
    let forced = this.forced.get(value);
    if (forced === undefined) {
      const members = definedMembers(value);
      forced =
        (isArray(value) && breaksAsList(members)) ||
        members.some((m) => isContainer(m) && this.mustBreak(m));
      this.forced.set(value, forced);
    }
    return forced;
  }
}

/**
 * `key: value` as `printDoc(literalPropertyDoc(key, value), indentWidth)` prints it, or undefined when
 * the value holds a list of numbers (prettier fills those; the document engine lays them out).
 */
export function printLiteralProperty(
  key: string,
  value: LiteralValue,
  indentWidth = 0,
  width = PRINT_WIDTH,
): string | undefined {
  return printWith(indentWidth, width, (p) => p.property(propertyKey(key), value, indentWidth, 0));
}

/**
 * `left operator value` then `after` (such as `;`), as
 * `printDoc([literalAssignmentDoc(left, operator, value), after], indentWidth)` prints it, or undefined
 * when the value holds a list of numbers.
 */
export function printLiteralAssignment(
  left: string,
  operator: string,
  value: LiteralValue,
  after = '',
  indentWidth = 0,
  width = PRINT_WIDTH,
): string | undefined {
  return printWith(indentWidth, width, (p) => {
    p.assignment(left + operator, value, indentWidth, after.length);
    p.text(after);
  });
}

function printWith(
  indentWidth: number,
  width: number,
  print: (printer: LiteralPrinter) => void,
): string | undefined {
  const printer = new LiteralPrinter(width, indentWidth);
  try {
    print(printer);
  } catch (e) {
    if (e === FILLED) return undefined;
    throw e;
  }
  return printer.result();
}

function isContainer(value: LiteralValue): value is Container {
  return typeof value === 'object' && value !== null;
}

function isArray(value: LiteralValue): value is readonly LiteralValue[] {
  return Array.isArray(value);
}

function definedMembers(value: Container): LiteralValue[] {
  return (isArray(value) ? value : Object.values(value)).filter((v) => v !== undefined);
}

function isEmpty(value: Container): boolean {
  return definedMembers(value).length === 0;
}

/** Prettier always breaks a list of two or more objects (or of two or more arrays) that each have several members. */
function breaksAsList(items: readonly LiteralValue[]): boolean {
  return (
    items.length > 1 &&
    items.every((v) => isContainer(v) && definedMembers(v).length > 1) &&
    (items.every(isArray) || !items.some(isArray))
  );
}

function checkNotFilled(items: readonly LiteralValue[]): void {
  const defined = definedMembers(items);
  if (defined.length > 1 && defined.every((v) => typeof v === 'number')) throw FILLED;
}

/** The one-line text of `value` when it is at most `room` long, else undefined (found without printing all of it). */
function flatWithin(value: LiteralValue, room: number): string | undefined {
  const pieces: string[] = [];
  const budget = { room };
  return appendFlat(value, pieces, budget) ? pieces.join('') : undefined;
}

function appendFlat(value: LiteralValue, pieces: string[], budget: { room: number }): boolean {
  if (!isContainer(value)) return push(scalarLiteral(value), pieces, budget);
  if (isArray(value)) {
    checkNotFilled(value);
    if (!push('[', pieces, budget)) return false;
    let first = true;
    for (const item of value) {
      if (item === undefined) continue;
      if (!first && !push(', ', pieces, budget)) return false;
      first = false;
      if (!appendFlat(item, pieces, budget)) return false;
    }
    return push(']', pieces, budget);
  }
  let first = true;
  for (const key in value) {
    const member = value[key];
    if (member === undefined) continue;
    if (!push(first ? `{ ${propertyKey(key)}: ` : `, ${propertyKey(key)}: `, pieces, budget)) return false;
    first = false;
    if (!appendFlat(member, pieces, budget)) return false;
  }
  return push(first ? '{}' : ' }', pieces, budget);
}

function push(s: string, pieces: string[], budget: { room: number }): boolean {
  pieces.push(s);
  return (budget.room -= s.length) >= 0;
}
