import { evaluateCel } from './compile';
import { parseQuantity, quantityAsApproximateFloat, compareQuantities } from './quantity';

const run = (rule: string) => evaluateCel(rule, {});
const errorOf = (rule: string) => {
  const result = run(rule);
  return result instanceof Error ? result.message : `no error, got ${String(result)}`;
};

// Cases of TestQuantity in k8s.io/apiserver/pkg/cel/library/quantity_test.go.
describe('the quantity library, on the cases of kube quantity_test.go', () => {
  it.each([
    ['isQuantity("20")', true],
    ['isQuantity("20M")', true],
    ['isQuantity("20Mi")', true],
    ['isQuantity("20Mo")', false],
    ['isQuantity("10Mm")', false],
    ['quantity("200M") == quantity("200M")', true],
    ['quantity("200M") == quantity("0.2G") && quantity("0.2G") == quantity("200M")', true],
    ['quantity("2M") == quantity("0.002G") && quantity("2000k") == quantity("2M") && quantity("0.002G") == quantity("2000k")', true],
    ['quantity("200M") == quantity("0.3G")', false],
    ['quantity("50M").isLessThan(quantity("50Mi"))', true],
    ['quantity("50M").isLessThan(quantity("100M"))', true],
    ['quantity("100M").isLessThan(quantity("50M"))', false],
    ['quantity("50Mi").isGreaterThan(quantity("50M"))', true],
    ['quantity("150Mi").isGreaterThan(quantity("100Mi"))', true],
    ['quantity("50M").isGreaterThan(quantity("100M"))', false],
    ['quantity("200M").compareTo(quantity("0.2G"))', 0n],
    ['quantity("50M").compareTo(quantity("50Mi"))', -1n],
    ['quantity("50Mi").compareTo(quantity("50M"))', 1n],
    ['quantity("50k").add(quantity("20")) == quantity("50.02k")', true],
    ['quantity("50k").add(20).isLessThan(quantity("50020"))', false],
    ['quantity("50k").sub(quantity("20")) == quantity("49.98k")', true],
    ['quantity("50k").sub(20) == quantity("49980")', true],
    ['quantity("50k").add(20).sub(quantity("100k")).asInteger()', -49980n],
    ['quantity("50k").add(20).sub(quantity("100k")).sub(-50000).asInteger()', 20n],
    ['quantity("50k").asInteger()', 50000n],
    ['quantity("9999999999999999999999999999999999999G").isInteger()', false],
    ['quantity("50").isInteger()', true],
    ['quantity("50.703k").asApproximateFloat()', 50703],
    [
      '[quantity("9999999999999999999999999999999999999")].all(x, x.add(quantity("1")).compareTo(x.add(quantity("2"))) == -1)',
      true,
    ],
  ])('%s is %p', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });

  it.each([
    ['quantity("10Mo")', /^quantities must match the regular expression/],
    ['quantity("10Mm")', /unable to parse quantity's suffix/],
    ['quantity("9999999999999999999999999999999999999G").asInteger()', /cannot convert value to integer/],
    ['isQuantity([1, 2, 3])', /no matching overload/],
  ])('%s fails: %p', (rule, message) => {
    expect(errorOf(rule)).toMatch(message);
  });
});

// Examples of the library's doc comment (quantity.go) and the Kubernetes CEL reference page.
describe('the quantity library, on the documented examples', () => {
  it.each([
    ['quantity("50000000G").isInteger()', true],
    ['quantity("50k").isInteger()', true],
    ['quantity("50k").asInteger() == 50000', true],
    ['quantity("50k").sub(20000).asApproximateFloat() == 30000.0', true],
    ['quantity("50k").add(quantity("20k")) == quantity("70k")', true],
    ['quantity("50k").add(20) == quantity("50020")', true],
    ['quantity("50k").sub(20000) == quantity("30k")', true],
    ['quantity("50k").add(20).sub(quantity("100k")).sub(-50000) == quantity("20")', true],
    ['isQuantity("1.3G") && isQuantity("1.3Gi") && isQuantity("10000k")', true],
    ['isQuantity("1,3G") || isQuantity("200K") || isQuantity("Three")', false],
  ])('%s is %p', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });
});

describe('the quantity library, exact values', () => {
  it.each([
    ["quantity('1Gi').compareTo(quantity('1024Mi'))", 0n],
    ["quantity('1Gi') == quantity('1024Mi')", true],
    ["quantity('0.1').add(quantity('0.2')) == quantity('0.3')", true],
    ["quantity('0.3') == quantity('0.1').add(quantity('0.2'))", true],
    ["quantity('1e3') == quantity('1k')", true],
    ["quantity('1E-3') == quantity('1m')", true],
    ["quantity('100Ti').isGreaterThan(quantity('100T'))", true],
    // Past an int64: kube moves to inf.Dec, exact.
    ["quantity('9223372036854775807').add(1).compareTo(quantity('9223372036854775807'))", 1n],
    ["quantity('9223372036854775807').add(1).sub(1) == quantity('9223372036854775807')", true],
    ["sign(quantity('-1m'))", -1n],
    ["sign(quantity('0Gi'))", 0n],
    ["sign(quantity('3n'))", 1n],
    ["quantity('1Ki').asInteger()", 1024n],
    ["quantity('-2k').asInteger()", -2000n],
    ["quantity('1500m').asApproximateFloat()", 1.5],
  ])('%s is %p', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });

  // kube's AsInt64 only converts an int64Amount of scale >= 0, whatever the value: these are kube's answers.
  it.each([
    ["quantity('1.0').isInteger()", false],
    ["quantity('1000m').isInteger()", false],
    ["quantity('1.5Gi').isInteger()", false],
    ["quantity('100Ti').isInteger()", false],
    ["quantity('1Ti').isInteger()", true],
    ["quantity('1234567890123456789').isInteger()", false],
    ["quantity('123456789012345678').isInteger()", true],
    ["quantity('9223372036854775807').add(1).sub(1).isInteger()", false],
  ])('%s is %p, as in kube', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });

  it('has no sign method, as kube declares sign a global function', () => {
    expect(errorOf("quantity('1').sign()")).toMatch(/no matching overload|unbound/);
  });

  it('rejects arguments of other types', () => {
    expect(errorOf("quantity('1').add('1')")).toMatch(/no matching overload/);
    expect(errorOf("quantity('1').compareTo({'kubernetes.Quantity': '1e0'})")).toMatch(/no such overload/);
    expect(errorOf("'1'.isLessThan(quantity('2'))")).toMatch(/no matching overload/);
  });
});

// Cases of TestQuantityParse and its invalid list in k8s.io/apimachinery/pkg/api/resource/quantity_test.go.
describe('parseQuantity, on the cases of apimachinery quantity_test.go', () => {
  const value = (s: string) => {
    const q = parseQuantity(s);
    return { unscaled: q.unscaled, scale: q.scale };
  };
  const same = (a: string, unscaled: bigint, scale: number) =>
    compareQuantities(parseQuantity(a), { unscaled, scale, int64: false }) === 0;

  it.each([
    ['0', 0n, 0],
    ['0Ki', 0n, 0],
    ['1Ki', 1024n, 0],
    ['3Ei', 3n * 2n ** 60n, 0],
    ['100Ti', 100n * 2n ** 40n, 0],
    ['5n', 5n, -9],
    ['50k', 5n, 4],
    ['1E', 1n, 18],
    ['1E-3', 1n, -3],
    ['1.3E+6', 13n, 5],
    ['100.035k', 100035n, 0],
    ['0.0005k', 5n, -1],
    ['.001', 1n, -3],
    ['1.', 1n, 0],
    ['1.G', 1n, 9],
    ['3.001n', 4n, -9],
    ['1.1E-9', 2n, -9],
    ['0.0000000005', 1n, -9],
    ['0.00000012354', 124n, -9],
    ['9Ei', 2n ** 63n - 1n, 0],
    ['9223372036854775807Ki', 2n ** 63n - 1n, 0],
    ['100.035Ki', 10243584n, -2],
    ['0.05Gi', 536870912n, -1],
    ['0.000000000001Ki', 2n, -9],
    ['.', 0n, 0],
  ])('%s is %p × 10^%p', (s, unscaled, scale) => {
    expect(same(s, unscaled, scale)).toBe(true);
    expect(same(`-${s}`, -unscaled, scale)).toBe(true);
  });

  it('keeps kube int64Amount forms', () => {
    expect(value('50k')).toEqual({ unscaled: 50n, scale: 3 });
    expect(value('1.5')).toEqual({ unscaled: 15n, scale: -1 });
  });

  it.each(['', '1.1.M', '1+1.0M', '0.1mi', '0.1am', 'aoeu', '.5i', '1i', '-3.01i', '-3.01e-', ' 1', '1 ', 'Non-Numeric'])(
    '%p is not a quantity',
    (s) => {
      expect(() => parseQuantity(s)).toThrow();
    },
  );

  // TestStringQuantityAsApproximateFloat64 and TestQuantityAsApproximateFloat64 in apimachinery quantity_test.go.
  it.each([
    ['2Ki', 2048],
    ['1.1Ki', 1126.4],
    ['1Mi', 1.048576e6],
    ['2Gi', 2.147483648e9],
    ['7340032e-1', 7 * 1024 * 1024 * 0.1],
    ['7340032e-8', (7 * 1024 * 1024) / 100000000],
    ['12e18', 1.2e19],
    ['9223372036854775807', 9223372036854775807],
    ['12e500', Infinity],
    ['-12e500', -Infinity],
  ])('%s is approximately %p', (s, f) => {
    expect(quantityAsApproximateFloat(parseQuantity(s))).toBe(f);
  });
});
