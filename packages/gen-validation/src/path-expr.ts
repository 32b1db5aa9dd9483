import { binaryChainDoc, callDoc, tsString, type Doc } from '@kubegen/emit';

type PathPart = { name: string } | { index: string } | { key: string };

/**
 * A field path known at generation time up to loop variables, below the `path` steps a check function
 * receives: rendered into the expression that builds the path string, which generated code evaluates
 * only when it reports an error, or into the steps it pushes when it descends into another type's check.
 */
export class PathExpr {
  private constructor(private readonly parts: readonly PathPart[]) {}

  /** The path a check function receives as its `path` parameter. */
  static readonly base = new PathExpr([]);

  /** The path of field `name` below this one. */
  child(name: string): PathExpr {
    return new PathExpr([...this.parts, { name }]);
  }

  /** The path of the array item at loop variable `variable`. */
  index(variable: string): PathExpr {
    return new PathExpr([...this.parts, { index: variable }]);
  }

  /** The path of the map entry at key variable `variable`. */
  key(variable: string): PathExpr {
    return new PathExpr([...this.parts, { key: variable }]);
  }

  /** The expression of the path string; `childPath` and `pathText` are the local names of those runtime helpers. */
  render(childPath: string, pathText: string): Doc {
    let i = 0;
    const names: string[] = [];
    for (; i < this.parts.length && 'name' in this.parts[i]; i++) names.push((this.parts[i] as { name: string }).name);
    const base = callDoc(pathText, ['path']);
    const operands: Doc[] = [names.length === 0 ? base : callDoc(childPath, [base, tsString(names.join('.'))])];
    let pending = '';
    const flush = () => {
      if (pending !== '') operands.push(tsString(pending));
      pending = '';
    };
    for (; i < this.parts.length; i++) {
      const part = this.parts[i];
      if ('name' in part) {
        pending += `.${part.name}`;
      } else {
        pending += '[';
        flush();
        operands.push('index' in part ? part.index : part.key);
        pending = ']';
      }
    }
    flush();
    return binaryChainDoc('+', operands);
  }

  /**
   * The expressions of the steps this path adds to `path`, in the runtime's PathSteps form: `'.a.b'` for
   * field names, the loop variable for an index, `'[' + key + ']'` for a map key.
   */
  steps(): string[] {
    const out: string[] = [];
    let names = '';
    for (const part of this.parts) {
      if ('name' in part) {
        names += `.${part.name}`;
        continue;
      }
      if (names !== '') out.push(tsString(names));
      names = '';
      out.push('index' in part ? part.index : `'[' + ${part.key} + ']'`);
    }
    if (names !== '') out.push(tsString(names));
    return out;
  }
}
