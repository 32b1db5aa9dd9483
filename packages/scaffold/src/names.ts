import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';

const DNS_LABEL = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const KUBE_VERSION = /^v[1-9][0-9]*((alpha|beta)[1-9][0-9]*)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;

/** Checks a name against a rule; returns an error naming the flag and an example when it fails. */
function check(
  ok: boolean,
  flag: string,
  value: string,
  rule: string,
  example: string,
): Diagnostic[] {
  return ok
    ? []
    : [
        error(
          Codes.ScaffoldBadArgument,
          `--${flag} '${value}' ${rule}`,
          undefined,
          `for example: --${flag} ${example}`,
        ),
      ];
}

/** A DNS subdomain such as `example.com`, as apiserver-boot's `--domain`. */
export function checkDomain(domain: string): Diagnostic[] {
  const ok = domain.length <= 253 && domain.split('.').every((label) => DNS_LABEL.test(label));
  return check(
    ok,
    'domain',
    domain,
    'is not a DNS subdomain (lowercase labels separated by dots)',
    'example.com',
  );
}

/** A group name before the domain is added: one DNS label (`demo`). */
export function checkGroup(group: string): Diagnostic[] {
  return check(
    DNS_LABEL.test(group),
    'group',
    group,
    'is not a DNS label (lowercase letters, digits, -)',
    'demo',
  );
}

/** A Kubernetes version: `v1`, `v1beta1`, `v2alpha3` (apiserver-boot's `v\d+(alpha\d+|beta\d+)?`). */
export function checkVersion(version: string): Diagnostic[] {
  return check(
    KUBE_VERSION.test(version),
    'version',
    version,
    'is not a Kubernetes version',
    'v1, v1beta1 or v2alpha3',
  );
}

/** A kind: an UpperCamelCase identifier (`Foo`, `CronJob`). */
export function checkKind(kind: string): Diagnostic[] {
  return check(KIND.test(kind), 'kind', kind, 'is not an UpperCamelCase kind name', 'Foo');
}

/** A resource, short or subresource name: one lowercase DNS label. */
export function checkLabel(flag: string, value: string, example: string): Diagnostic[] {
  return check(DNS_LABEL.test(value), flag, value, 'is not a lowercase DNS label', example);
}

/** The plural resource name of a kind, the way kubebuilder's flect spells the common cases. */
export function pluralOf(kind: string): string {
  const lower = kind.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}

/** `bar` → `Bar`, `do-thing` → `DoThing`: the TypeScript name part of a subresource. */
export function pascalCase(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
