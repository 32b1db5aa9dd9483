import { evaluateCel } from './compile';

const run = (rule: string) => evaluateCel(rule, {});
const errorOf = (rule: string) => {
  const result = run(rule);
  return result instanceof Error ? result.message : `no error, got ${String(result)}`;
};

// Cases of TestIP in k8s.io/apiserver/pkg/cel/library/ip_test.go (results compared with ==, as there).
describe('the IP library, on the cases of kube ip_test.go', () => {
  it.each([
    ['ip("192.168.0.1") == ip("192.168.0.1")', true],
    ['isIP("192.168.0.1")', true],
    ['isIP("192.168.0.1.0")', false],
    ['ip.isCanonical("127.0.0.1")', true],
    ['ip("192.168.0.1").family()', 4n],
    ['ip("0.0.0.0").isUnspecified()', true],
    ['ip("127.0.0.1").isUnspecified()', false],
    ['ip("127.0.0.1").isLoopback()', true],
    ['ip("1.2.3.4").isLoopback()', false],
    ['ip("224.0.0.1").isLinkLocalMulticast()', true],
    ['ip("224.0.1.1").isLinkLocalMulticast()', false],
    ['ip("169.254.169.254").isLinkLocalUnicast()', true],
    ['ip("192.168.0.1").isLinkLocalUnicast()', false],
    ['ip("192.168.0.1").isGlobalUnicast()', true],
    ['ip("255.255.255.255").isGlobalUnicast()', false],
    ['ip("2001:db8::68") == ip("2001:0db8:0:0::68")', true],
    ['isIP("2001:db8::68")', true],
    ['isIP("2001:db8:::68")', false],
    ['ip.isCanonical("2001:db8::68")', true],
    ['ip.isCanonical("2001:DB8::68")', false],
    ['ip("2001:db8::68").family()', 6n],
    ['ip("::").isUnspecified()', true],
    ['ip("::1").isUnspecified()', false],
    ['ip("::1").isLoopback()', true],
    ['ip("2001:db8::abcd").isLoopback()', false],
    ['ip("ff02::1").isLinkLocalMulticast()', true],
    ['ip("fd00::1").isLinkLocalMulticast()', false],
    ['ip("fe80::1").isLinkLocalUnicast()', true],
    ['ip("fd80::1").isLinkLocalUnicast()', false],
    ['ip("2001:db8::abcd").isGlobalUnicast()', true],
    ['ip("ff00::1").isGlobalUnicast()', false],
    ['string(ip("192.168.0.1"))', '192.168.0.1'],
  ])('%s is %p', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });

  it.each([
    [
      'ip("192.168.0.1.0")',
      'IP Address "192.168.0.1.0" parse error during conversion from string: ParseAddr("192.168.0.1.0"): IPv4 address too long',
    ],
    [
      'ip.isCanonical("127.0.0.1.0")',
      'IP Address "127.0.0.1.0" parse error during conversion from string: ParseAddr("127.0.0.1.0"): IPv4 address too long',
    ],
    [
      'ip("2001:db8:::68")',
      'IP Address "2001:db8:::68" parse error during conversion from string: ParseAddr("2001:db8:::68"): each colon-separated field must have at least one digit (at ":68")',
    ],
  ])('%s fails with kube\'s message', (rule, message) => {
    expect(errorOf(rule)).toBe(message);
  });

  it('fails on a CIDR given to isIP', () => {
    expect(errorOf('isIP(cidr("192.168.0.0/24"))')).toMatch(/no matching overload/);
  });
});

describe('the IP library, what kube refuses and netip details', () => {
  it.each([
    ['ip("::ffff:1.2.3.4")', 'IPv4-mapped IPv6 address "::ffff:1.2.3.4" is not allowed'],
    ['ip("fe80::1%eth0")', 'IP address "fe80::1%eth0" with zone value is not allowed'],
    ['cidr("::ffff:1.2.3.0/120")', 'IPv4-mapped IPv6 address "::ffff:1.2.3.0/120" is not allowed'],
  ])('%s fails: %s', (rule, message) => {
    expect(errorOf(rule)).toContain(message);
  });

  it.each([
    ['isIP("01.2.3.4")', false], // netip forbids leading zeros
    ['isIP("1.2.3")', false],
    ['isIP("1.2.3.256")', false],
    ['isIP("::1:2:3:4:5:6:7")', true],
    ['isIP("1:2:3:4:5:6:7:8::")', false], // :: must stand for at least one group
    ['isIP("::ffff:1.2.3.4")', false],
    ['isIP("64:ff9b::1.2.3.4")', true],
    ['isIP("12345::")', false],
    ['ip.isCanonical("2001:db8:0:0:1:0:0:1")', false],
    ['string(ip("2001:db8:0:0:1:0:0:1"))', '2001:db8::1:0:0:1'],
    ['string(ip("2001:0:0:1:0:0:0:1"))', '2001:0:0:1::1'],
    ['string(ip("1:0:2:0:3:0:4:0"))', '1:0:2:0:3:0:4:0'],
    ['ip("ff12::1").isLinkLocalMulticast()', true], // Go masks the flags nibble
    ['ip("10.0.0.1").isGlobalUnicast() && ip("fd00::1").isGlobalUnicast()', true],
    ['ip("1.2.3.4") == ip("1.2.3.5")', false],
  ])('%s is %p', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });
});

// Cases of TestCIDR in k8s.io/apiserver/pkg/cel/library/cidr_test.go.
describe('the CIDR library, on the cases of kube cidr_test.go', () => {
  it.each([
    ['cidr("192.168.0.0/24").containsIP(ip("192.168.0.1"))', true],
    ['cidr("192.168.0.0/24").containsIP(ip("192.168.1.1"))', false],
    ['cidr("192.168.0.0/24").containsIP("192.168.0.1")', true],
    ['cidr("192.168.0.0/24").containsIP("192.168.1.1")', false],
    ['cidr("192.168.0.0/24").containsCIDR(cidr("192.168.0.0/25"))', true],
    ['cidr("192.168.0.0/24").containsCIDR(cidr("192.168.0.1/32"))', true],
    ['cidr("192.168.0.0/24").containsCIDR(cidr("192.168.0.0/23"))', false],
    ['cidr("192.168.0.0/24").containsCIDR(cidr("192.169.0.1/32"))', false],
    ['cidr("192.168.0.0/24").containsCIDR("192.168.0.0/25")', true],
    ['cidr("192.168.0.0/24").containsCIDR("192.168.0.0/23")', false],
    ['cidr("192.168.0.0/24").ip() == ip("192.168.0.0")', true],
    ['cidr("192.168.0.0/24").masked() == cidr("192.168.0.0/24")', true],
    ['cidr("192.168.0.1/24").masked() == cidr("192.168.0.0/24")', true],
    ['cidr("192.168.0.0/24").prefixLength()', 24n],
    ['cidr("2001:db8::/32").containsIP(ip("2001:db8::1"))', true],
    ['cidr("2001:db8::/32").containsIP(ip("2001:dc8::1"))', false],
    ['cidr("2001:db8::/32").containsIP("2001:db8::1")', true],
    ['cidr("2001:db8::/32").containsIP("2001:dc8::1")', false],
    ['cidr("2001:db8::/32").containsCIDR(cidr("2001:db8::/33"))', true],
    ['cidr("2001:db8::/32").containsCIDR(cidr("2001:db8::/31"))', false],
    ['cidr("2001:db8::/32").containsCIDR("2001:db8::/33")', true],
    ['cidr("2001:db8::/32").containsCIDR("2001:db8::/31")', false],
    ['cidr("2001:db8::/32").ip() == ip("2001:db8::")', true],
    ['cidr("2001:db8::/32").masked() == cidr("2001:db8::/32")', true],
    ['cidr("2001:db8:1::/32").masked() == cidr("2001:db8::/32")', true],
    ['cidr("2001:db8::/32").prefixLength()', 32n],
    ['string(cidr("192.168.0.0/24"))', '192.168.0.0/24'],
  ])('%s is %p', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });

  it.each([
    [
      'cidr("192.168.0.0/")',
      'network address parse error during conversion from string: network address parse error during conversion from string: netip.ParsePrefix("192.168.0.0/"): bad bits after slash: ""',
    ],
    [
      'cidr("2001:db8::/")',
      'network address parse error during conversion from string: network address parse error during conversion from string: netip.ParsePrefix("2001:db8::/"): bad bits after slash: ""',
    ],
  ])('%s fails with kube\'s message', (rule, message) => {
    expect(errorOf(rule)).toBe(message);
  });

  it.each([
    ['cidr("10.0.0.1/8") == cidr("10.0.0.0/8")', false], // netip.Prefix == keeps the address as written
    ['isCIDR("10.0.0.0/33") || isCIDR("10.0.0.0/08") || isCIDR("10.0.0.0")', false],
    ['isCIDR("::/0") && isCIDR("0.0.0.0/0")', true],
    ['cidr("10.0.0.0/8").containsIP(ip("::1"))', false],
    ['cidr("0.0.0.0/0").containsCIDR(cidr("::/0"))', false],
  ])('%s is %p', (rule, expected) => {
    expect(run(rule)).toBe(expected);
  });
});
