import { compareStrings } from './source-markers';

/** One `+kubebuilder:rbac` marker's rule, as written (lists unsorted, `core` not yet rewritten). */
export interface RbacRule {
  groups: readonly string[];
  resources: readonly string[];
  resourceNames: readonly string[];
  urls: readonly string[];
  verbs: readonly string[];
}

/** A rule of a Role or ClusterRole, as rbac.authorization.k8s.io/v1 PolicyRule (empty lists omitted). */
export interface PolicyRule {
  apiGroups?: string[];
  nonResourceURLs?: string[];
  resourceNames?: string[];
  resources?: string[];
  verbs: string[];
}

interface WorkingRule {
  groups: string[];
  resources: string[];
  resourceNames: string[];
  urls: string[];
  verbs: string[];
}

/**
 * Merges and sorts rules exactly as controller-gen's rbac generator (pkg/rbac, v0.17+) does: split per resource,
 * `core` → `""`, merge equal rules by verbs, then rules differing only in resources, then only in groups, then only
 * in URLs; a rule with `*` among its verbs gets `["*"]`; rules sorted by `groups + resources + resourceNames + urls`.
 */
export function normalizeRules(rules: readonly RbacRule[]): PolicyRule[] {
  const split = rules.flatMap(splitByResource);
  const unionVerbs = (into: WorkingRule, from: WorkingRule): void => {
    into.verbs = sortedSet([...into.verbs, ...from.verbs]);
  };
  let merged = mergeBy(
    split,
    (r) => mergeKey(r.groups, r.resources, r.resourceNames, r.urls),
    unionVerbs,
  );
  merged = mergeBy(
    merged,
    (r) => mergeKey(r.groups, r.resourceNames, r.urls, r.verbs),
    (into, from) => {
      into.resources = sortedSet([...into.resources, ...from.resources]);
    },
  );
  merged = mergeBy(
    merged,
    (r) => mergeKey(r.resources, r.resourceNames, r.urls, r.verbs),
    (into, from) => {
      into.groups = sortedSet([...into.groups, ...from.groups]);
    },
  );
  merged = mergeBy(
    merged,
    (r) => mergeKey(r.groups, r.resources, r.resourceNames, r.verbs),
    (into, from) => {
      into.urls = sortedSet([...into.urls, ...from.urls]);
    },
  );
  // controller-gen re-keys after each step and lets a colliding rule overwrite another (losing its verbs, at
  // random); merging the verbs instead keeps every permission and the output deterministic.
  merged = mergeBy(
    merged,
    (r) => mergeKey(r.groups, r.resources, r.resourceNames, r.urls),
    unionVerbs,
  );
  return merged
    .map((r) => ({
      sortKey: sortKey(r),
      tieBreak: mergeKey(r.groups, r.resources, r.resourceNames, r.urls),
      rule: r,
    }))
    .sort((a, b) => compareStrings(a.sortKey, b.sortKey) || compareStrings(a.tieBreak, b.tieBreak))
    .map(({ rule }) => toPolicyRule(rule));
}

function splitByResource(rule: RbacRule): WorkingRule[] {
  const base = {
    groups: sortedSet(rule.groups.map((g) => (g === 'core' ? '' : g))),
    resourceNames: sortedSet(rule.resourceNames),
    urls: sortedSet(rule.urls),
    verbs: sortedSet(rule.verbs),
  };
  if (rule.resources.length === 0) return [{ ...base, resources: [] }];
  return rule.resources.map((resource) => ({ ...base, resources: [resource] }));
}

/** Groups rules by key, folding each group into its first rule; keeps first-seen order. */
function mergeBy(
  rules: readonly WorkingRule[],
  key: (r: WorkingRule) => string,
  fold: (into: WorkingRule, from: WorkingRule) => void,
): WorkingRule[] {
  const byKey = new Map<string, WorkingRule>();
  for (const rule of rules) {
    const k = key(rule);
    const into = byKey.get(k);
    if (into) fold(into, rule);
    else byKey.set(k, { ...rule });
  }
  return [...byKey.values()];
}

/** controller-gen's ruleKey string, the sort key: the four lists joined with `&`, then joined with ` + `. */
function sortKey(r: WorkingRule): string {
  return [r.groups, r.resources, r.resourceNames, r.urls].map((l) => l.join('&')).join(' + ');
}

/**
 * Identity of lists for merging. Unlike controller-gen's `&`-joined key it tells `[]` from `[""]`: there a rule for
 * the core group and one with no groups collide and the first one seen wins, so the output depended on marker order.
 */
function mergeKey(...lists: string[][]): string {
  return JSON.stringify(lists);
}

function sortedSet(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

function toPolicyRule(r: WorkingRule): PolicyRule {
  const rule: PolicyRule = { verbs: r.verbs.includes('*') ? ['*'] : r.verbs };
  if (r.groups.length) rule.apiGroups = r.groups;
  if (r.urls.length) rule.nonResourceURLs = r.urls;
  if (r.resourceNames.length) rule.resourceNames = r.resourceNames;
  if (r.resources.length) rule.resources = r.resources;
  return rule;
}
