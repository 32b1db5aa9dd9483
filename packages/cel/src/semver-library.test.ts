import { evaluateCel } from './compile';
import { compareSemver, parseSemver } from './semver';

const run = (rule: string) => evaluateCel(rule, {});

// The cases of TestSemver in k8s.io/apiserver/pkg/cel/library/semver_test.go.
describe('the semver library, on the cases of kube semver_test.go', () => {
  it.each([
    ['isSemver("1.2.3-beta.1+build.1")', true],
    ['isSemver("")', false],
    ['isSemver("v1.0.0")', false],
    ['isSemver(" 1.0.0")', false],
    ['isSemver("1. 0.0")', false],
    ['isSemver("1.0.0 ")', false],
    ['isSemver("01.01.01")', false],
    ['isSemver("1")', false],
    ['isSemver("1.1")', false],
    ['isSemver("", true)', false],
    ['isSemver(" 1.0.0", true)', false],
    ['isSemver("1. 0.0", true)', false],
    ['isSemver("1.0.0 ", true)', false],
    ['isSemver("v1.0.0", true)', true],
    ['isSemver("01.01.01", true)', true],
    ['isSemver("1", true)', true],
    ['isSemver("1.1", true)', true],
    ['semver("v01.01", true) == semver("1.1.0")', true],
    ['semver("1.2.3") == semver("1.2.3")', true],
    ['semver("1.2.3") == semver("1.0.0")', false],
    ['semver("1.0.0").isLessThan(semver("1.2.3"))', true],
    ['semver("1.0.0").isLessThan(semver("1.0.0"))', false],
    ['semver("1.2.3").isGreaterThan(semver("1.0.0"))', true],
    ['semver("1.0.0").isGreaterThan(semver("1.0.0"))', false],
    ['semver("1.2.3").compareTo(semver("1.2.3"))', 0n],
    ['semver("1.0.0").compareTo(semver("1.2.3"))', -1n],
    ['semver("1.2.3").compareTo(semver("1.0.0"))', 1n],
    ['semver("1.2.3").major()', 1n],
    ['semver("1.2.3").minor()', 2n],
    ['semver("1.2.3").patch()', 3n],
  ])('%s', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });

  it('fails to parse a short version with blang/semver\'s error', () => {
    const result = run('semver("v1.0")');
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toContain('No Major.Minor.Patch elements found');
  });

  it('leaves quantities to their own comparison', () => {
    expect(run("quantity('1Gi').compareTo(quantity('1024Mi'))")).toBe(0n);
    expect(run("quantity('1').isLessThan(quantity('2'))")).toBe(true);
  });
});

describe('SemVer 2.0 precedence (blang Compare)', () => {
  // The order of semver.org's example, item 11.
  const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
  it('orders prereleases below their release, numbers below identifiers, shorter below longer', () => {
    for (let i = 1; i < ordered.length; i++) {
      expect(compareSemver(parseSemver(ordered[i - 1]), parseSemver(ordered[i]))).toBe(-1);
      expect(compareSemver(parseSemver(ordered[i]), parseSemver(ordered[i - 1]))).toBe(1);
    }
  });

  it('ignores build metadata, also for ==', () => {
    expect(compareSemver(parseSemver('1.0.0+a'), parseSemver('1.0.0+b'))).toBe(0);
    expect(run('semver("1.0.0+a") == semver("1.0.0+b")')).toBe(true);
  });

  it('refuses leading zeroes, empty identifiers and bad characters with blang\'s messages', () => {
    expect(() => parseSemver('1.02.0')).toThrow('Minor number must not contain leading zeroes "02"');
    expect(() => parseSemver('1.0.0-01')).toThrow('Numeric PreRelease version must not contain leading zeroes "01"');
    expect(() => parseSemver('1.0.0-')).toThrow('Prerelease is empty');
    expect(() => parseSemver('1.0.0+')).toThrow('Build meta data is empty');
    expect(() => parseSemver('1.0.0-a_b')).toThrow('Invalid character(s) found in prerelease "a_b"');
    expect(() => parseSemver('1.x.0')).toThrow('Invalid character(s) found in minor number "x"');
  });
});
