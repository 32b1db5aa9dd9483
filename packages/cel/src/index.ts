import type * as Engine from './engine';

export type { CelRule } from './rules';
export type { CelProgram } from './compile';
export { celSyntaxError, isTransitionRule } from './syntax';

/*
 * Everything that evaluates CEL is loaded on first use (see `celParser`): the code generators import
 * this package for the two syntax helpers above and must not load the engine with them.
 */
let engine: typeof Engine | undefined;
function loadEngine(): typeof Engine {
  return (engine ??= require('./engine') as typeof Engine);
}

/** Evaluates the rules of one schema node against `self` (and the correlated `old` value on update), appending an error per rule that fails. */
export function checkCelRules(...args: Parameters<typeof Engine.checkCelRules>): void {
  loadEngine().checkCelRules(...args);
}

/** The program of an expression, compiled once per process and cached by its text. Throws on a syntax error. */
export function compileCel(expression: string): Engine.CelProgram {
  return loadEngine().compileCel(expression);
}

/** Evaluates an expression; an evaluation error comes back as an Error, never thrown. */
export function evaluateCel(expression: string, self: unknown, oldSelf?: unknown): unknown {
  return loadEngine().evaluateCel(expression, self, oldSelf);
}
