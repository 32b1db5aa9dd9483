/*
 * Semantic versions as Kubernetes' CEL semver library parses them (k8s.io/apiserver/pkg/cel/library/semverlib.go
 * over github.com/blang/semver/v4): strict MAJOR.MINOR.PATCH[-prerelease][+build], numbers without leading
 * zeroes, and SemVer 2.0 precedence (build metadata ignored). Error texts are blang's.
 */

/** A parsed version; `prerelease` items are numbers (bigint) or alphanumeric identifiers. */
export interface Semver {
  major: bigint;
  minor: bigint;
  patch: bigint;
  prerelease: (bigint | string)[];
  build: string[];
}

const NUMBERS = /^[0-9]*$/;
const ALPHANUM = /^[0-9A-Za-z-]*$/;
const MAX_UINT64 = (1n << 64n) - 1n;

/** blang's `semver.Parse`; throws its error texts. */
export function parseSemver(s: string): Semver {
  if (s.length === 0) throw new Error('Version string empty');
  const parts = splitN(s, '.', 3);
  if (parts.length !== 3) throw new Error('No Major.Minor.Patch elements found');
  const major = versionNumber(parts[0], 'major');
  const minor = versionNumber(parts[1], 'minor');
  let patchText = parts[2];
  let build: string[] = [];
  let prereleaseTexts: string[] = [];
  const plus = patchText.indexOf('+');
  if (plus !== -1) {
    build = patchText.slice(plus + 1).split('.');
    patchText = patchText.slice(0, plus);
  }
  const dash = patchText.indexOf('-');
  if (dash !== -1) {
    prereleaseTexts = patchText.slice(dash + 1).split('.');
    patchText = patchText.slice(0, dash);
  }
  const patch = versionNumber(patchText, 'patch');
  const prerelease = prereleaseTexts.map(prereleaseVersion);
  for (const b of build) {
    if (b.length === 0) throw new Error('Build meta data is empty');
    if (!ALPHANUM.test(b)) throw new Error(`Invalid character(s) found in build meta data ${goQuoted(b)}`);
  }
  return { major, minor, patch, prerelease, build };
}

/** kube's normalizeAndParse (semver(s, true)): a leading `v` dropped, leading zeroes dropped, missing parts 0. */
export function parseSemverNormalized(s: string): Semver {
  const parts = splitN(s.startsWith('v') ? s.slice(1) : s, '.', 3).map((p) => {
    if (p.length <= 1) return p;
    const trimmed = p.replace(/^0+/, '');
    return trimmed.length === 0 || !/^[0-9]/.test(trimmed) ? `0${trimmed}` : trimmed;
  });
  if (parts.length < 3) {
    if (/[+-]/.test(parts[parts.length - 1])) throw new Error('short version cannot contain PreRelease/Build meta data');
    while (parts.length < 3) parts.push('0');
  }
  return parseSemver(parts.join('.'));
}

/** SemVer 2.0 precedence: -1, 0 or 1 (blang's `Compare`). */
export function compareSemver(a: Semver, b: Semver): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  if (a.prerelease.length === 0 && b.prerelease.length === 0) return 0;
  if (a.prerelease.length === 0) return 1;
  if (b.prerelease.length === 0) return -1;
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const c = comparePrerelease(a.prerelease[i], b.prerelease[i]);
    if (c !== 0) return c;
  }
  return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length < b.prerelease.length ? -1 : 1;
}

/** What `==` compares: the version without its build metadata (blang's EQ ignores it). */
export function semverIdentity(v: Semver): string {
  const pre = v.prerelease.length > 0 ? `-${v.prerelease.join('.')}` : '';
  return `${v.major}.${v.minor}.${v.patch}${pre}`;
}

function comparePrerelease(a: bigint | string, b: bigint | string): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b ? 0 : a < b ? -1 : 1;
  // Numeric identifiers have lower precedence than alphanumeric ones.
  if (typeof a === 'bigint') return -1;
  if (typeof b === 'bigint') return 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function versionNumber(text: string, what: 'major' | 'minor' | 'patch'): bigint {
  const name = what.charAt(0).toUpperCase() + what.slice(1);
  if (!NUMBERS.test(text)) throw new Error(`Invalid character(s) found in ${what} number ${goQuoted(text)}`);
  if (text.length > 1 && text.startsWith('0')) throw new Error(`${name} number must not contain leading zeroes ${goQuoted(text)}`);
  return parseUint(text);
}

function prereleaseVersion(text: string): bigint | string {
  if (text.length === 0) throw new Error('Prerelease is empty');
  if (NUMBERS.test(text)) {
    if (text.length > 1 && text.startsWith('0')) throw new Error(`Numeric PreRelease version must not contain leading zeroes ${goQuoted(text)}`);
    return parseUint(text);
  }
  if (!ALPHANUM.test(text)) throw new Error(`Invalid character(s) found in prerelease ${goQuoted(text)}`);
  return text;
}

/** Go's strconv.ParseUint(s, 10, 64), with its error texts. */
function parseUint(text: string): bigint {
  if (text.length === 0) throw new Error('strconv.ParseUint: parsing "": invalid syntax');
  const n = BigInt(text);
  if (n > MAX_UINT64) throw new Error(`strconv.ParseUint: parsing ${goQuoted(text)}: value out of range`);
  return n;
}

/** Go's strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

function goQuoted(s: string): string {
  return JSON.stringify(s);
}
