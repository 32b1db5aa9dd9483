/*
 * Test helpers for deep copies: a copy must share no object or array with its original, and mutating
 * every object and array of the copy must leave the original as it was.
 */

function collectObjects(value: unknown, into: Set<object>): void {
  if (typeof value !== 'object' || value === null || into.has(value)) return;
  into.add(value);
  for (const key of Object.keys(value))
    collectObjects((value as Record<string, unknown>)[key], into);
}

/** Throws naming the path of the first object or array that `copy` shares with `original`. */
export function expectNoSharedReferences(original: unknown, copy: unknown): void {
  const inOriginal = new Set<object>();
  collectObjects(original, inOriginal);
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (inOriginal.has(value))
      throw new Error(
        `the copy shares the ${Array.isArray(value) ? 'array' : 'object'} at ${path}`,
      );
    for (const key of Object.keys(value))
      visit((value as Record<string, unknown>)[key], `${path}.${key}`);
  };
  visit(copy, '$');
}

/** Changes every object (adds a key) and array (appends an element) reachable from `value`. */
export function mutateEverything(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) mutateEverything((value as Record<string, unknown>)[key]);
  if (Array.isArray(value)) value.push('mutated');
  else (value as Record<string, unknown>)['mutated-by-test'] = true;
}
