/** True when the expression reads `oldSelf`: a transition rule, as the API server decides it. */
export function isTransitionRule(expression: string): boolean {
  return /(^|[^A-Za-z0-9_.])oldSelf\b/.test(expression.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''"));
}
