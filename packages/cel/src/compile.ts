import { CelScalar, celEnv, isCelError, parse, plan, type CelResult } from '@bufbuild/cel';
import { kubernetesLibrary } from './library';
export { isTransitionRule } from './transition';

/** A compiled CEL expression: evaluates with `self` and `oldSelf` bound. */
export type CelProgram = (bindings: { self: unknown; oldSelf?: unknown }) => CelResult;

const environment = celEnv({
  variables: { self: CelScalar.DYN, oldSelf: CelScalar.DYN },
  funcs: [...kubernetesLibrary],
});

const programs = new Map<string, CelProgram>();

/** Why an expression does not parse, or undefined when it does. */
export function celSyntaxError(expression: string): string | undefined {
  try {
    parse(expression);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The program of an expression, compiled once per process and cached by its text. Throws on a syntax error. */
export function compileCel(expression: string): CelProgram {
  let program = programs.get(expression);
  if (program === undefined) {
    program = plan(environment, parse(expression)) as CelProgram;
    programs.set(expression, program);
  }
  return program;
}

/** Evaluates a compiled program; an evaluation error comes back as an Error, never thrown. */
export function evaluateCel(expression: string, self: unknown, oldSelf?: unknown): unknown {
  try {
    const result = compileCel(expression)(oldSelf === undefined ? { self } : { self, oldSelf });
    return isCelError(result) ? new Error(result.message) : result;
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
