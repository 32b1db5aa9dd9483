/** True when the expression reads `oldSelf`: a transition rule, as the API server decides it. */
export function isTransitionRule(expression: string): boolean {
  return /(^|[^A-Za-z0-9_.])oldSelf\b/.test(expression.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''"));
}

/** Why an expression does not parse, or undefined when it does. */
export function celSyntaxError(expression: string): string | undefined {
  try {
    celParser().parse(expression);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * cel-es, loaded on first use: a `kubegen generate` whose API has no CEL rule never pays the
 * ~90 ms it takes to load.
 */
export function celParser(): Pick<typeof import('@bufbuild/cel'), 'parse'> {
  return require('@bufbuild/cel') as typeof import('@bufbuild/cel');
}
