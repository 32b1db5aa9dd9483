import { tsString } from '@kubegen/emit';

type PathPart = { name: string } | { index: string } | { key: string };

/**
 * A field path known at generation time up to loop variables: rendered into the expression that
 * builds the path string, which generated code evaluates only when it reports an error (or when it
 * descends into another type's check function).
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

  /** The expression of the path; `childPath` is the local name of the runtime's childPath helper. */
  render(childPath: string): string {
    let i = 0;
    const names: string[] = [];
    for (; i < this.parts.length && 'name' in this.parts[i]; i++) names.push((this.parts[i] as { name: string }).name);
    let expr = names.length === 0 ? 'path' : `${childPath}(path, ${tsString(names.join('.'))})`;
    let pending = '';
    const flush = () => {
      if (pending !== '') expr += ` + ${tsString(pending)}`;
      pending = '';
    };
    for (; i < this.parts.length; i++) {
      const part = this.parts[i];
      if ('name' in part) {
        pending += `.${part.name}`;
      } else {
        pending += '[';
        flush();
        expr += ` + ${'index' in part ? part.index : part.key}`;
        pending = ']';
      }
    }
    flush();
    return expr;
  }
}
