/**
 * A path to a field in an object, as Go's `field.Path`: `fieldPath('spec').child('containers').index(2).key('app')`
 * prints `spec.containers[2][app]`. Immutable: every step returns a new path sharing its parent.
 */
export class FieldPath {
  private constructor(
    /** The field name of this step; empty for an index or key step. */
    private readonly name: string,
    /** The subscript of this step (index or key); empty for a field step. */
    private readonly subscript: string,
    private readonly parent: FieldPath | undefined,
  ) {}

  /** A root path of one or more field names (Go's `field.NewPath`). */
  static of(name: string, ...more: string[]): FieldPath {
    let path = new FieldPath(name, '', undefined);
    for (const next of more) path = new FieldPath(next, '', path);
    return path;
  }

  /** The path to a field of this one (Go's `Child`). */
  child(name: string, ...more: string[]): FieldPath {
    let path = new FieldPath(name, '', this);
    for (const next of more) path = new FieldPath(next, '', path);
    return path;
  }

  /** The path to an element of this array (Go's `Index`). */
  index(i: number): FieldPath {
    return new FieldPath('', String(i), this);
  }

  /** The path to an entry of this map (Go's `Key`). */
  key(k: string): FieldPath {
    return new FieldPath('', k, this);
  }

  /** The first step of this path (Go's `Root`). */
  root(): FieldPath {
    let path: FieldPath = this;
    while (path.parent !== undefined) path = path.parent;
    return path;
  }

  /** The path as Kubernetes prints it: names joined by `.`, subscripts in brackets without quotes. */
  toString(): string {
    const steps: FieldPath[] = [];
    for (let path: FieldPath | undefined = this; path !== undefined; path = path.parent)
      steps.push(path);
    let out = '';
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i];
      if (step.name.length > 0) {
        out += step.parent !== undefined ? `.${step.name}` : step.name;
      } else {
        out += `[${step.subscript}]`;
      }
    }
    return out;
  }
}

/** A root field path (Go's `field.NewPath(name, more...)`). */
export function fieldPath(name: string, ...more: string[]): FieldPath {
  return FieldPath.of(name, ...more);
}
