import { tsString } from '@kubegen/emit';
import { array, code, type Code } from './statements';

type PathPart = { name: string } | { index: string } | { key: string };

/**
 * A field path known at generation time up to loop variables, below the `path` steps a check function
 * receives: rendered into the tail of steps that generated code hands to the runtime's error helpers,
 * which build the path string only when they report an error, or into the steps it pushes when it
 * descends into another type's check.
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

  /**
   * The steps below `path` as the runtime's PathTail, built by generated code only when it reports an error:
   * `'.a.b'` (`''` for the value itself), or a list of steps such as `['.items', i, '.name']` below loop variables.
   */
  tail(): Code {
    if (this.parts.every((p) => 'name' in p)) return code(tsString(this.parts.map((p) => `.${(p as { name: string }).name}`).join('')));
    return array(this.steps());
  }

  /**
   * The expressions of the steps this path adds to `path`, in the runtime's PathSteps form: `'.a.b'` for
   * field names, the loop variable for an index, `` `[${key}]` `` for a map key.
   */
  steps(): Code[] {
    const out: Code[] = [];
    let names = '';
    for (const part of this.parts) {
      if ('name' in part) {
        names += `.${part.name}`;
        continue;
      }
      if (names !== '') out.push(code(tsString(names)));
      names = '';
      out.push(code('index' in part ? part.index : `\`[\${${part.key}}]\``));
    }
    if (names !== '') out.push(code(tsString(names)));
    return out;
  }
}
