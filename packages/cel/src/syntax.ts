/*
 * The entry point for code generators (`@kubegen/cel/syntax`): what they need to check rules, without
 * loading the CEL engine (cel-es, about 90 ms) on a run whose API has no rule. Generated validators
 * import the package root, which needs no Node.js typings; this file does (`require`).
 */
export { isTransitionRule } from './transition';

/** Why an expression does not parse, or undefined when it does. */
export function celSyntaxError(expression: string): string | undefined {
  try {
    celParser().parse(expression);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** cel-es, loaded on first use. */
function celParser(): Pick<typeof import('@bufbuild/cel'), 'parse'> {
  return require('@bufbuild/cel') as typeof import('@bufbuild/cel');
}
