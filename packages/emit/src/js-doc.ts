import {
  conditionalGroup,
  fill,
  group,
  groupWithId,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  softline,
  type Doc,
} from './doc';

/*
 * Layout documents for the expressions and statements generators write, built as prettier's estree
 * printer builds them (with `trailingComma: 'all'`), so that printing them gives prettier's text.
 */

/** `callee(args)`: on one line when it fits, else one argument per line with a trailing comma. */
export function callDoc(callee: Doc, args: readonly Doc[]): Doc {
  if (args.length === 0) return [callee, '()'];
  return [callee, argumentsBrokenOut(args)];
}

function argumentsBrokenOut(args: readonly Doc[]): Doc {
  return group(['(', indent([softline, join([',', line], args)]), ifBreak(','), softline, ')']);
}

/**
 * `callee(args, last)` where the last argument may hug the parentheses (an arrow function, object or
 * array): `hugged` is how that argument prints when hugging, `last` how it prints broken out.
 */
export function callHuggingLastDoc(callee: Doc, args: readonly Doc[], last: Doc, hugged: Doc): Doc {
  const leading = args.flatMap((a) => [a, ', ']);
  return [
    callee,
    conditionalGroup([
      ['(', ...leading, hugged, ')'],
      ['(', ...leading, group(hugged, true), ')'],
      argumentsBrokenOut([...args, last]),
    ]),
  ];
}

/** An arrow function with an expression body; `asLastArgument` when it may hug a call's parentheses. */
export function arrowDoc(params: string, body: Doc, bodyIsConditional: boolean, asLastArgument = false): Doc {
  const parenthesised = bodyIsConditional ? [ifBreak('', '('), body, ifBreak('', ')')] : [body];
  return group([
    `${params} =>`,
    group([indent([line, ...parenthesised]), asLastArgument ? [ifBreak(','), softline] : '']),
  ]);
}

/** `test ? consequent : alternate`; a branch that breaks is aligned past its `? ` or `: `. */
export function conditionalDoc(test: Doc, consequent: Doc, alternate: Doc): Doc {
  return group([test, indent([line, '? ', indent(consequent), line, ': ', indent(alternate)])]);
}

/** `name<A, B>`: the type arguments one per line when they do not fit. */
export function typeArgumentsDoc(name: string, typeArguments: readonly string[]): Doc {
  return [name, group(['<', indent([softline, join([',', line], typeArguments)]), softline, '>'])];
}

/** `a op b op c` for a left-associative operator, as an operand of a call or an assignment. */
export function binaryChainDoc(operator: string, operands: readonly Doc[]): Doc {
  if (operands.length === 1) return operands[0];
  const rest = operands.slice(1).flatMap((o) => [' ', [operator, line, o]]);
  return group([operands[0], indent(rest)]);
}

/** `a op b op c` inside the parentheses of an `if`: prettier neither groups nor indents it there. */
export function conditionChainDoc(operator: string, operands: readonly Doc[]): Doc {
  return operands.slice(1).reduce<Doc[]>((out, o) => [...out, ' ', [operator, line, o]], [operands[0]]);
}

/** `[items]`; lists of several objects (or arrays) of several members always break, as in prettier. */
export function arrayDoc(items: readonly Doc[], allMultiMemberObjects = false): Doc {
  if (items.length === 0) return '[]';
  return group(['[', indent([softline, join([',', line], items)]), ifBreak(','), softline, ']'], allMultiMemberObjects && items.length > 1);
}

/** `[1, 2, 3]` (two or more numbers): broken, as many numbers per line as fit, as prettier fills them. */
export function numberArrayDoc(items: readonly string[]): Doc {
  const id = Symbol('array');
  const last = items.length - 1;
  const parts = items.flatMap((item, i) => (i === last ? [[item, ifBreak(',', '', id)]] : [[item, ','], line]));
  return groupWithId(id, ['[', indent([softline, fill(parts)]), softline, ']']);
}

/** `{ key: value, … }` from printed `key: value` members. */
export function objectDoc(members: readonly Doc[]): Doc {
  if (members.length === 0) return '{}';
  return group(['{', indent([line, join([',', line], members)]), ifBreak(','), line, '}']);
}

/**
 * `left op right` (op `:` or ` =`) laid out as prettier's "break-after-operator" assignments (string
 * values, binary expressions, conditionals with a binary test): `right` moves to its own line when it does not fit.
 */
export function breakAfterOperatorDoc(left: string, operator: string, right: Doc): Doc {
  return group([left, operator, group(indent([line, right]))]);
}

/**
 * `left op right` laid out as prettier's "fluid" assignments (objects, arrays, `null` after a key
 * of 5 or more characters): `right` moves to its own line only when not even its first line fits
 * after the operator.
 */
export function fluidAssignmentDoc(left: string, operator: string, right: Doc): Doc {
  const id = Symbol('assignment');
  return group([left, operator, groupWithId(id, indent(line)), indentIfBreak(right, id)]);
}

/** `if (test) statement`, with a statement that is no block. */
export function ifStatementDoc(test: Doc, statement: Doc): Doc {
  return group(['if (', group([indent([softline, test]), softline]), ')', indent([line, statement])]);
}

/** The opening line of a block statement `head (test) {`. */
export function blockOpeningDoc(head: string, test: Doc): Doc {
  return [`${head} (`, group([indent([softline, test]), softline]), ') {'];
}
