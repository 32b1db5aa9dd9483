/*
 * A deep copy must not share any object or array with its source: a shared one is mutated through
 * the copy. This walks both values and reports the first place where they share one.
 */

/** Throws naming the path (`$.spec.containers[0].env`) of the first object or array `b` shares with `a`. */
export function expectNoSharedReferences(a: unknown, b: unknown): void {
  const inA = new Map<object, string>();
  walk(a, '$', (object, path) => {
    if (inA.has(object)) return false;
    inA.set(object, path);
    return true;
  });
  const seenInB = new Set<object>();
  walk(b, '$', (object, path) => {
    const pathInA = inA.get(object);
    if (pathInA !== undefined) {
      const where = pathInA === path ? path : `${path} (the copy) and ${pathInA} (the original)`;
      throw new Error(
        `shared reference at ${where}: the copy reuses an ${Array.isArray(object) ? 'array' : 'object'} of the original`,
      );
    }
    if (seenInB.has(object)) return false;
    seenInB.add(object);
    return true;
  });
}

/** Visits every object and array under `value` depth-first; `visit` returns false to not descend. */
function walk(
  value: unknown,
  path: string,
  visit: (object: object, path: string) => boolean,
): void {
  if (typeof value !== 'object' || value === null) return;
  if (!visit(value, path)) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
    return;
  }
  for (const key of Object.keys(value))
    walk((value as Record<string, unknown>)[key], childPath(path, key), visit);
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
