/**
 * Verbs the Kubernetes authorizers know: the resource verbs of the API server (with the special ones of
 * RBAC, PodSecurityPolicy, impersonation and certificate signing) and the HTTP verbs of non-resource URLs.
 */
export const RESOURCE_VERBS: readonly string[] = [
  '*',
  'approve',
  'bind',
  'create',
  'delete',
  'deletecollection',
  'escalate',
  'get',
  'impersonate',
  'list',
  'patch',
  'sign',
  'update',
  'use',
  'watch',
];

/** Verbs of non-resource URL rules (the lower-cased HTTP method). */
export const NON_RESOURCE_VERBS: readonly string[] = [
  '*',
  'delete',
  'get',
  'head',
  'options',
  'patch',
  'post',
  'put',
];

/** The known verb closest to a misspelled one (case-insensitive match first, then edit distance ≤ 2). */
export function closestVerb(verb: string, known: readonly string[]): string | undefined {
  const lower = verb.toLowerCase();
  if (known.includes(lower)) return lower;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(lower, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
