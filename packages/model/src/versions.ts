const KUBE_VERSION = /^v(\d+)(?:(alpha|beta)(\d+))?$/;
const STABILITY: Record<string, number> = { alpha: 0, beta: 1, '': 2 };

/** True when `version` follows the Kubernetes pattern `v<major>[alpha|beta<minor>]` (`v1`, `v1beta1`, `v2alpha3`). */
export function isKubeVersion(version: string): boolean {
  return KUBE_VERSION.test(version);
}

/**
 * Compares two versions by Kubernetes priority, as `CompareKubeAwareVersionStrings` does: positive when `a`
 * has the higher priority (v1 > v1beta2 > v1beta1 > v1alpha1 > any non-conforming name; non-conforming names
 * rank alphabetically, earlier first). Sort highest first with `versions.sort((a, b) => compareVersions(b, a))`.
 */
export function compareVersions(a: string, b: string): number {
  const ma = KUBE_VERSION.exec(a);
  const mb = KUBE_VERSION.exec(b);
  if (!ma && !mb) return a === b ? 0 : a < b ? 1 : -1;
  if (!ma) return -1;
  if (!mb) return 1;
  const stability = STABILITY[ma[2] ?? ''] - STABILITY[mb[2] ?? ''];
  if (stability !== 0) return stability;
  const major = Number(ma[1]) - Number(mb[1]);
  if (major !== 0) return major;
  return Number(ma[3] ?? 0) - Number(mb[3] ?? 0);
}
