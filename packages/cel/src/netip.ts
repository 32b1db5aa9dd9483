/*
 * Go's net/netip Addr and Prefix, as far as the Kubernetes IP and CIDR CEL libraries use them:
 * ParseAddr, ParsePrefix, Addr.String (RFC 5952 canonical form), the address classes, Prefix.Contains,
 * Overlaps and Masked. Go's parser is strict (no leading zeros in IPv4 octets, no IPv4 shorthands), so
 * this is a port of it rather than a regular expression.
 */

/** A netip.Addr: a 32- or 128-bit value, and an IPv6 zone ('' when there is none). */
export interface IpAddr {
  readonly bits: 32 | 128;
  readonly value: bigint;
  readonly zone: string;
}

/** A netip.Prefix: the address as written (not masked) and the prefix length. */
export interface IpPrefix {
  readonly addr: IpAddr;
  readonly length: number;
}

function quote(s: string): string {
  return JSON.stringify(s);
}

class ParseAddrError extends Error {
  constructor(input: string, msg: string, at = '') {
    super(`ParseAddr(${quote(input)}): ${msg}${at === '' ? '' : ` (at ${quote(at)})`}`);
  }
}

/** netip.ParseAddr; throws Go's error. */
export function parseAddr(s: string): IpAddr {
  for (const c of s) {
    if (c === '.') return { bits: 32, value: parseIPv4Fields(s, s), zone: '' };
    if (c === ':') return parseIPv6(s);
    if (c === '%') throw new ParseAddrError(s, 'missing IPv6 address');
  }
  throw new ParseAddrError(s, 'unable to parse IP');
}

function parseIPv4Fields(input: string, s: string): bigint {
  let value = 0n;
  let field = 0;
  let digits = 0;
  let fields = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      if (digits === 1 && field === 0) throw new ParseAddrError(input, 'IPv4 field has octet with leading zero');
      field = field * 10 + Number(c);
      digits++;
      if (field > 255) throw new ParseAddrError(input, 'IPv4 field has value >255');
    } else if (c === '.') {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.') {
        throw new ParseAddrError(input, 'IPv4 field must have at least one digit', s.slice(i));
      }
      if (fields === 3) throw new ParseAddrError(input, 'IPv4 address too long');
      value = (value << 8n) | BigInt(field);
      fields++;
      field = 0;
      digits = 0;
    } else {
      throw new ParseAddrError(input, 'unexpected character', s.slice(i));
    }
  }
  if (fields < 3) throw new ParseAddrError(input, 'IPv4 address too short');
  return (value << 8n) | BigInt(field);
}

const HEX = /^[0-9a-fA-F]$/;

function parseIPv6(input: string): IpAddr {
  let s = input;
  let zone = '';
  const percent = s.indexOf('%');
  if (percent !== -1) {
    zone = s.slice(percent + 1);
    s = s.slice(0, percent);
    if (zone === '') throw new ParseAddrError(input, 'zone must be a non-empty string');
  }
  const groups: number[] = []; // 16-bit groups
  let ellipsis = -1; // index in groups where :: stands
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return { bits: 128, value: 0n, zone };
  }
  while (groups.length < 8) {
    let off = 0;
    let acc = 0;
    for (; off < s.length && HEX.test(s[off]); off++) {
      acc = acc * 16 + parseInt(s[off], 16);
      if (off > 3) throw new ParseAddrError(input, 'each group must have 4 or less digits', s);
    }
    if (off === 0) throw new ParseAddrError(input, 'each colon-separated field must have at least one digit', s);
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && groups.length !== 6) {
        throw new ParseAddrError(input, 'embedded IPv4 address must replace the final 2 fields of the address', s);
      }
      if (groups.length + 2 > 8) {
        throw new ParseAddrError(input, 'too many hex fields to fit an embedded IPv4 at the end of the address', s);
      }
      const v4 = parseIPv4Fields(input, s);
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      s = '';
      break;
    }
    groups.push(acc);
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':') throw new ParseAddrError(input, 'unexpected character, want colon', s);
    if (s.length === 1) throw new ParseAddrError(input, 'colon must be followed by more characters', s);
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) throw new ParseAddrError(input, 'multiple :: in address', s);
      ellipsis = groups.length;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') throw new ParseAddrError(input, 'trailing garbage after address', s);
  if (groups.length < 8) {
    if (ellipsis < 0) throw new ParseAddrError(input, 'address string too short');
    groups.splice(ellipsis, 0, ...new Array<number>(8 - groups.length).fill(0));
  } else if (ellipsis >= 0) {
    throw new ParseAddrError(input, 'the :: must expand to at least one field of zeros', input);
  }
  return { bits: 128, value: groups.reduce((v, g) => (v << 16n) | BigInt(g), 0n), zone };
}

/** Addr.Is4In6: an IPv4-mapped IPv6 address (::ffff:a.b.c.d). */
export function is4In6(ip: IpAddr): boolean {
  return ip.bits === 128 && ip.value >> 32n === 0xffffn;
}

function group(ip: IpAddr, i: number): number {
  return Number((ip.value >> BigInt(16 * (7 - i))) & 0xffffn);
}

function v4String(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** Addr.String: dotted IPv4, or IPv6 in RFC 5952 form (the longest run of zero groups, the first on a tie, as ::). */
export function addrString(ip: IpAddr): string {
  if (ip.bits === 32) return v4String(ip.value);
  const zone = ip.zone === '' ? '' : `%${ip.zone}`;
  if (is4In6(ip)) return `::ffff:${v4String(ip.value & 0xffffffffn)}${zone}`;
  let zeroStart = -1;
  let zeroEnd = -1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && group(ip, j) === 0) j++;
    if (j - i >= 2 && j - i > zeroEnd - zeroStart) [zeroStart, zeroEnd] = [i, j];
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === zeroStart) {
      out += '::';
      i = zeroEnd;
      if (i >= 8) break;
    } else if (i > 0) {
      out += ':';
    }
    out += group(ip, i).toString(16);
  }
  return out + zone;
}

function inRange(ip: IpAddr, bits: 32 | 128, prefix: bigint, length: number): boolean {
  return ip.bits === bits && ip.value >> BigInt(bits - length) === prefix;
}

/** Addr.IsUnspecified: 0.0.0.0 or ::. */
export function isUnspecified(ip: IpAddr): boolean {
  return ip.value === 0n;
}

/** Addr.IsLoopback: 127.0.0.0/8 or ::1. */
export function isLoopback(ip: IpAddr): boolean {
  return inRange(ip, 32, 127n, 8) || (ip.bits === 128 && ip.value === 1n);
}

/** Addr.IsMulticast: 224.0.0.0/4 or ff00::/8. */
function isMulticast(ip: IpAddr): boolean {
  return inRange(ip, 32, 0xen, 4) || inRange(ip, 128, 0xffn, 8);
}

/** Addr.IsLinkLocalMulticast: 224.0.0.0/24 or ff02::/16 (any flags nibble: Go masks with 0xff0f). */
export function isLinkLocalMulticast(ip: IpAddr): boolean {
  return inRange(ip, 32, 0xe00000n, 24) || (ip.bits === 128 && (group(ip, 0) & 0xff0f) === 0xff02);
}

/** Addr.IsLinkLocalUnicast: 169.254.0.0/16 or fe80::/10. */
export function isLinkLocalUnicast(ip: IpAddr): boolean {
  return inRange(ip, 32, 0xa9fen, 16) || inRange(ip, 128, 0x3fan, 10);
}

/** Addr.IsGlobalUnicast: as package net, private IPv4 and ULA IPv6 count as global. */
export function isGlobalUnicast(ip: IpAddr): boolean {
  if (ip.bits === 32 && ip.value === 0xffffffffn) return false;
  return !isUnspecified(ip) && !isLoopback(ip) && !isMulticast(ip) && !isLinkLocalUnicast(ip);
}

class ParsePrefixError extends Error {
  constructor(input: string, msg: string) {
    super(`netip.ParsePrefix(${quote(input)}): ${msg}`);
  }
}

/** netip.ParsePrefix; throws Go's error. */
export function parsePrefix(s: string): IpPrefix {
  const slash = s.lastIndexOf('/');
  if (slash < 0) throw new ParsePrefixError(s, "no '/'");
  let addr: IpAddr;
  try {
    addr = parseAddr(s.slice(0, slash));
  } catch (e) {
    throw new ParsePrefixError(s, (e as Error).message);
  }
  if (addr.zone !== '') throw new ParsePrefixError(s, 'IPv6 zones cannot be present in a prefix');
  const bitsText = s.slice(slash + 1);
  if (!/^(0|[1-9][0-9]*)$/.test(bitsText)) throw new ParsePrefixError(s, `bad bits after slash: ${quote(bitsText)}`);
  const length = Number(bitsText);
  if (length > addr.bits) throw new ParsePrefixError(s, 'prefix length out of range');
  return { addr, length };
}

function maskedValue(ip: IpAddr, length: number): bigint {
  const host = BigInt(ip.bits - length);
  return (ip.value >> host) << host;
}

/** Prefix.Masked: the prefix with the host bits of its address cleared. */
export function maskPrefix(p: IpPrefix): IpPrefix {
  return { addr: { ...p.addr, value: maskedValue(p.addr, p.length) }, length: p.length };
}

/** Prefix.Contains. */
export function prefixContains(p: IpPrefix, ip: IpAddr): boolean {
  if (ip.zone !== '' || ip.bits !== p.addr.bits) return false;
  return maskedValue(ip, p.length) === maskedValue(p.addr, p.length);
}

/** Prefix.Overlaps. */
export function prefixesOverlap(p: IpPrefix, o: IpPrefix): boolean {
  if (p.addr.bits !== o.addr.bits) return false;
  const length = Math.min(p.length, o.length);
  return maskedValue(p.addr, length) === maskedValue(o.addr, length);
}

/** Prefix.String. */
export function prefixString(p: IpPrefix): string {
  return `${addrString(p.addr)}/${p.length}`;
}
