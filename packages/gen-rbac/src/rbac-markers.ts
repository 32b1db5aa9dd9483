import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { ParsedMarker } from '@kubegen/markers';
import type { ApiModel } from '@kubegen/model';
import { listArg, markerArgs, stringArg } from './marker-args';
import type { RbacRule } from './policy-rules';
import { findSourceMarkers } from './source-markers';
import { closestVerb, NON_RESOURCE_VERBS, RESOURCE_VERBS } from './verbs';

/** The marker the rbac generator reads. */
export const RBAC_MARKER = 'kubebuilder:rbac';

/** A checked rbac marker: its rule and the role it belongs to. */
export interface RoleRule {
  rule: RbacRule;
  /** Empty for the ClusterRole. */
  namespace: string;
  /** The marker's `roleName`, if written (else the generator's role name applies). */
  roleName?: string;
}

/** Reads every `+kubebuilder:rbac` marker of the model; markers with errors are reported and left out. */
export function readRbacMarkers(model: ApiModel): { rules: RoleRule[]; diagnostics: Diagnostic[] } {
  const rules: RoleRule[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const marker of findSourceMarkers(model, RBAC_MARKER)) {
    const problems = checkRbacMarker(marker);
    diagnostics.push(...problems);
    if (problems.length === 0) rules.push(toRoleRule(marker));
  }
  return { rules, diagnostics };
}

function toRoleRule(marker: ParsedMarker): RoleRule {
  const args = markerArgs(marker.value);
  return {
    rule: {
      groups: listArg(args, 'groups') ?? [],
      resources: listArg(args, 'resources') ?? [],
      resourceNames: listArg(args, 'resourceNames') ?? [],
      urls: listArg(args, 'urls') ?? [],
      verbs: listArg(args, 'verbs') ?? [],
    },
    namespace: stringArg(args, 'namespace') ?? '',
    roleName: stringArg(args, 'roleName') || undefined,
  };
}

/** The checks the API server would make on the generated rule, reported at the marker instead. */
function checkRbacMarker(marker: ParsedMarker): Diagnostic[] {
  const args = markerArgs(marker.value);
  const at = marker.position;
  const text = `+${marker.text}`;
  const groups = listArg(args, 'groups');
  const resources = listArg(args, 'resources') ?? [];
  const urls = listArg(args, 'urls') ?? [];
  const verbs = listArg(args, 'verbs') ?? [];
  const namespace = stringArg(args, 'namespace') ?? '';
  const out: Diagnostic[] = [];

  if (resources.length === 0 && urls.length === 0) {
    out.push(
      error(
        Codes.RbacNoResourcesOrUrls,
        `rbac marker grants nothing: it has neither resources nor urls: ${text}`,
        at,
        'add resources=<plural>[;<plural>/status] (with groups=) or urls=/<path> for non-resource URLs',
      ),
    );
  }
  if (resources.length > 0 && urls.length > 0) {
    out.push(
      error(
        Codes.RbacResourcesAndUrls,
        `rbac marker has both resources and urls; a rule cannot apply to both: ${text}`,
        at,
        'write two markers: one with groups= and resources=, one with urls=',
      ),
    );
  }
  if (resources.length > 0 && (groups === undefined || groups.length === 0)) {
    out.push(
      error(
        Codes.RbacEmptyGroups,
        `rbac marker with resources has ${groups === undefined ? 'no' : 'an empty'} groups list: ${text}`,
        at,
        'name the API groups of the resources: groups=apps, or groups="" (or groups=core) for the core group',
      ),
    );
  }
  if (urls.length > 0 && namespace !== '') {
    out.push(
      error(
        Codes.RbacNamespacedUrls,
        `rbac marker with urls cannot have a namespace: non-resource URLs are granted only by a ClusterRole: ${text}`,
        at,
        `remove namespace=${namespace}`,
      ),
    );
  }
  if (verbs.length === 0) {
    out.push(
      error(
        Codes.RbacNoVerbs,
        `rbac marker has an empty verbs list: ${text}`,
        at,
        'write verbs=get;list;watch',
      ),
    );
  }
  out.push(
    ...checkVerbs(verbs, urls.length > 0 ? NON_RESOURCE_VERBS : RESOURCE_VERBS, text, marker),
  );
  return out;
}

function checkVerbs(
  verbs: readonly string[],
  known: readonly string[],
  text: string,
  marker: ParsedMarker,
): Diagnostic[] {
  return verbs
    .filter((verb) => !known.includes(verb))
    .map((verb) => {
      const near = closestVerb(verb, known);
      const hint = near
        ? `did you mean '${near}'? Verbs are lower case: ${known.join(', ')}`
        : `write one of: ${known.join(', ')}`;
      return error(
        Codes.RbacUnknownVerb,
        `unknown verb '${verb}' in rbac marker: ${text}`,
        marker.position,
        hint,
      );
    });
}
