import { CelScalar, celFunc, celMethod, type CelFunc, type CelMap } from '@bufbuild/cel';
import {
  addrString,
  is4In6,
  isGlobalUnicast,
  isLinkLocalMulticast,
  isLinkLocalUnicast,
  isLoopback,
  isUnspecified,
  maskPrefix,
  parseAddr,
  parsePrefix,
  prefixContains,
  prefixesOverlap,
  prefixString,
  type IpAddr,
  type IpPrefix,
} from './netip';
import { OPAQUE, expectOpaque, opaqueOf, opaqueValue } from './opaque';

/*
 * Kubernetes' CEL IP and CIDR libraries (k8s.io/apiserver/pkg/cel/library/ip.go, cidr.go). Both refuse
 * IPv4-mapped IPv6 addresses, and `ip()` refuses zones, as kube's parseIPAddr and parseCIDR do.
 * `==` compares net.IP by address and net.CIDR by address as written and length (netip's ==), so
 * cidr('10.0.0.1/8') != cidr('10.0.0.0/8').
 */

const IP = 'net.IP';
const CIDR = 'net.CIDR';
const { BOOL, INT, STRING } = CelScalar;

/** kube's parseIPAddr. */
function parseKubeIP(raw: string): IpAddr {
  let addr: IpAddr;
  try {
    addr = parseAddr(raw);
  } catch (e) {
    throw new Error(`IP Address ${JSON.stringify(raw)} parse error during conversion from string: ${(e as Error).message}`);
  }
  if (addr.zone !== '') throw new Error(`IP address ${JSON.stringify(raw)} with zone value is not allowed`);
  if (is4In6(addr)) throw new Error(`IPv4-mapped IPv6 address ${JSON.stringify(raw)} is not allowed`);
  return addr;
}

/** kube's parseCIDR (stringToCIDR's message wrapping included). */
function parseKubeCIDR(raw: string): IpPrefix {
  const wrap = 'network address parse error during conversion from string: ';
  let prefix: IpPrefix;
  try {
    prefix = parsePrefix(raw);
  } catch (e) {
    throw new Error(`${wrap}${wrap}${(e as Error).message}`);
  }
  if (is4In6(prefix.addr)) throw new Error(`${wrap}IPv4-mapped IPv6 address ${JSON.stringify(raw)} is not allowed`);
  return prefix;
}

function succeeds(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

function celIP(addr: IpAddr): CelMap {
  return opaqueValue(IP, addrString(addr), addr);
}

function celCIDR(prefix: IpPrefix): CelMap {
  return opaqueValue(CIDR, prefixString(prefix), prefix);
}

const ipOf = (value: unknown) => expectOpaque<IpAddr>(IP, value);
const cidrOf = (value: unknown) => expectOpaque<IpPrefix>(CIDR, value);

function ipMethod(name: string, test: (ip: IpAddr) => boolean): CelFunc {
  return celMethod(name, OPAQUE, [], BOOL, function () {
    return test(ipOf(this));
  });
}

/** The IP and CIDR libraries' functions. */
export const netLibrary: readonly CelFunc[] = [
  celFunc('ip', [STRING], OPAQUE, (s) => celIP(parseKubeIP(s))),
  celFunc('isIP', [STRING], BOOL, (s) => succeeds(() => parseKubeIP(s))),
  celFunc('ip.isCanonical', [STRING], BOOL, (s) => addrString(parseKubeIP(s)) === s),
  celMethod('family', OPAQUE, [], INT, function () {
    return ipOf(this).bits === 32 ? 4n : 6n;
  }),
  ipMethod('isUnspecified', isUnspecified),
  ipMethod('isLoopback', isLoopback),
  ipMethod('isLinkLocalMulticast', isLinkLocalMulticast),
  ipMethod('isLinkLocalUnicast', isLinkLocalUnicast),
  ipMethod('isGlobalUnicast', isGlobalUnicast),
  celFunc('cidr', [STRING], OPAQUE, (s) => celCIDR(parseKubeCIDR(s))),
  celFunc('isCIDR', [STRING], BOOL, (s) => succeeds(() => parseKubeCIDR(s))),
  celMethod('containsIP', OPAQUE, [STRING], BOOL, function (s) {
    return prefixContains(cidrOf(this), parseKubeIP(s));
  }),
  celMethod('containsIP', OPAQUE, [OPAQUE], BOOL, function (ip) {
    return prefixContains(cidrOf(this), ipOf(ip));
  }),
  celMethod('containsCIDR', OPAQUE, [STRING], BOOL, function (s) {
    return containsCIDR(cidrOf(this), parseKubeCIDR(s));
  }),
  celMethod('containsCIDR', OPAQUE, [OPAQUE], BOOL, function (other) {
    return containsCIDR(cidrOf(this), cidrOf(other));
  }),
  celMethod('ip', OPAQUE, [], OPAQUE, function () {
    return celIP(cidrOf(this).addr);
  }),
  celMethod('prefixLength', OPAQUE, [], INT, function () {
    return BigInt(cidrOf(this).length);
  }),
  celMethod('masked', OPAQUE, [], OPAQUE, function () {
    return celCIDR(maskPrefix(cidrOf(this)));
  }),
  celFunc('string', [OPAQUE], STRING, (value) => {
    const ip = opaqueOf<IpAddr>(IP, value);
    if (ip !== undefined) return addrString(ip);
    return prefixString(cidrOf(value));
  }),
];

/** kube's cidrContainsCIDR: the prefixes overlap and the other one is at least as long. */
function containsCIDR(cidr: IpPrefix, other: IpPrefix): boolean {
  return prefixesOverlap(cidr, other) && cidr.length <= other.length;
}
