import {
  PRINT_WIDTH,
  arrayDoc,
  blockOpeningDoc,
  callDoc,
  callHuggingLastDoc,
  conditionChainDoc,
  ifStatementDoc,
  printDoc,
  type Doc,
} from '@kubegen/emit';

/*
 * The statements of a check function as a small tree, printed as prettier prints them. Nearly every
 * statement fits on its line, and is then printed from its text alone: the layout document, and the
 * layout engine, are used only for the few that do not fit.
 */

/** An expression or simple statement: its text on one line, and its layout (built only when it does not fit). */
export interface Code {
  readonly text: string;
  /** Absent for code that never breaks. */
  readonly doc?: () => Doc;
  /** The operator of a condition chain, whose operands merge into an enclosing chain of the same operator. */
  readonly chain?: { readonly op: '&&' | '||'; readonly operands: readonly Code[] };
  /** An array literal, which prettier hugs to the parentheses when it is a call's last argument. */
  readonly isArray?: boolean;
}

/** `if (test) then else otherwise`; braces are left out around a lone simple statement. */
export interface IfStatement {
  readonly kind: 'if';
  readonly test: Code;
  readonly then: readonly Statement[];
  readonly otherwise?: readonly Statement[];
}

/** A statement with a block body, e.g. `for (…) {`: `opening` ends with the `{`. */
export interface BlockStatement {
  readonly kind: 'block';
  readonly opening: Code;
  readonly body: readonly Statement[];
}

/** A statement of a check function. */
export type Statement = Code | IfStatement | BlockStatement;

/** Code that never breaks: an identifier, a literal, a short test. */
export function code(text: string): Code {
  return { text };
}

/** The layout of `c`. */
function docOf(c: Code): Doc {
  return c.doc === undefined ? c.text : c.doc();
}

/** Code with a layout for when it does not fit. */
export function laidOut(text: string, doc: () => Doc): Code {
  return { text, doc };
}

/** `callee(args)`. */
export function call(callee: string, args: readonly Code[]): Code {
  const text = `${callee}(${args.map((a) => a.text).join(', ')})`;
  return {
    text,
    doc: () => {
      const docs = args.map(docOf);
      const last = args[args.length - 1];
      return last?.isArray === true ? callHuggingLastDoc(callee, docs.slice(0, -1), docs[docs.length - 1], docs[docs.length - 1]) : callDoc(callee, docs);
    },
  };
}

/** `[items]`. */
export function array(items: readonly Code[]): Code {
  return { text: `[${items.map((i) => i.text).join(', ')}]`, doc: () => arrayDoc(items.map(docOf)), isArray: true };
}

/** `expression;` */
export function statement(expression: Code): Code {
  return { text: `${expression.text};`, doc: () => [docOf(expression), ';'] };
}

/** `a op b op c` as an if's test; operands that are chains of the same operator are merged into it. */
export function chain(op: '&&' | '||', operands: readonly Code[]): Code {
  const flat: Code[] = [];
  for (const o of operands) {
    if (o.chain === undefined) flat.push(o);
    else if (o.chain.op === op) flat.push(...o.chain.operands);
    else throw new Error(`a ${op} chain cannot hold a chain of another operator`);
  }
  let text = flat[0].text;
  for (let i = 1; i < flat.length; i++) text += ` ${op} ${flat[i].text}`;
  return { text, doc: () => conditionChainDoc(op, flat.map(docOf)), chain: { op, operands: flat } };
}

/** `!callee(args)`. */
export function notCall(callee: string, args: readonly Code[]): Code {
  const inner = call(callee, args);
  return { text: `!${inner.text}`, doc: () => ['!', docOf(inner)] };
}

/** An if statement. */
export function ifStatement(test: Code, then: readonly Statement[], otherwise?: readonly Statement[]): IfStatement {
  return { kind: 'if', test, then, otherwise };
}

/**
 * `if (guard) { …statements }`, written `if (guard && test) statement` when the statements are one such if
 * (an && test, and no else): `if (x !== undefined && typeof x !== 'string') errs.push(…)`.
 */
export function guarded(guard: Code, statements: readonly Statement[]): IfStatement {
  const [only] = statements;
  if (statements.length === 1 && isIf(only) && only.otherwise === undefined && only.then.length === 1 && isCode(only.then[0]) && only.test.chain?.op !== '||') {
    return ifStatement(chain('&&', [guard, only.test]), only.then);
  }
  return ifStatement(guard, statements);
}

function isCode(s: Statement): s is Code {
  return !('kind' in s);
}

function isIf(s: Statement | undefined): s is IfStatement {
  return s !== undefined && 'kind' in s && s.kind === 'if';
}

function fits(indent: string, text: string): boolean {
  return indent.length + text.length <= PRINT_WIDTH;
}

/** Appends the lines of `statements` at `indent` to `out`. */
export function printStatements(statements: readonly Statement[], indent: string, out: string[]): void {
  for (const s of statements) printStatement(s, indent, '', out);
}

/** Prints `s` on lines at `indent`, its first line after `prefix` (`else `, `} else `). */
function printStatement(s: Statement, indent: string, prefix: string, out: string[]): void {
  if (isCode(s)) return printCode(s, indent, prefix, out);
  if (s.kind === 'if') return printIf(s, indent, prefix, out);
  printCode(s.opening, indent, prefix, out);
  printStatements(s.body, `${indent}  `, out);
  out.push(`${indent}}`);
}

function printCode(c: Code, indent: string, prefix: string, out: string[]): void {
  const text = prefix + c.text;
  out.push(indent + (fits(indent, text) ? text : printDoc([prefix, docOf(c)], indent.length)));
}

function printIf(s: IfStatement, indent: string, prefix: string, out: string[]): void {
  const inner = `${indent}  `;
  const lone = s.then.length === 1 && isCode(s.then[0]) ? s.then[0] : undefined;
  if (lone !== undefined) {
    // prettier: group(['if (', group(test), ')', indent([line, statement])]).
    const head = `${prefix}if (${s.test.text})`;
    if (fits(indent, `${head} ${lone.text}`)) out.push(`${indent}${head} ${lone.text}`);
    else if (fits(indent, head) && fits(inner, lone.text)) out.push(indent + head, inner + lone.text);
    else out.push(indent + printDoc([prefix, ifStatementDoc(docOf(s.test), docOf(lone))], indent.length));
  } else {
    const opening = `${prefix}if (${s.test.text}) {`;
    out.push(indent + (fits(indent, opening) ? opening : printDoc([prefix, blockOpeningDoc('if', docOf(s.test))], indent.length)));
    printStatements(s.then, inner, out);
  }
  const otherwise = s.otherwise;
  if (otherwise === undefined || otherwise.length === 0) {
    if (lone === undefined) out.push(`${indent}}`);
    return;
  }
  // After a block, `else` follows its closing brace; after a lone statement, it starts a line.
  const elsePrefix = lone === undefined ? '} else' : 'else';
  const [first] = otherwise;
  if (otherwise.length === 1 && isIf(first)) return printIf(first, indent, `${elsePrefix} `, out);
  if (otherwise.length === 1 && isCode(first)) {
    // prettier: 'else', group(indent([line, statement])).
    if (fits(indent, `${elsePrefix} ${first.text}`)) out.push(`${indent}${elsePrefix} ${first.text}`);
    else {
      out.push(indent + elsePrefix);
      printCode(first, inner, '', out);
    }
    return;
  }
  out.push(`${indent}${elsePrefix} {`);
  printStatements(otherwise, inner, out);
  out.push(`${indent}}`);
}
