/*
 * The string formats the API server checks in CRD schemas (kube-openapi's strfmt registry), for the
 * ones kubegen validates. Each returns true when the value is well-formed.
 */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?)*$/;
const MAC = /^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28);
  return day <= DAYS_IN_MONTH[month - 1];
}

/** The number the `count` ASCII digits of `s` at `start` spell (the caller has matched them as digits). */
function digitsAt(s: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

function isDateTime(s: string): boolean {
  if (!DATE_TIME.test(s)) return false;
  return validDate(digitsAt(s, 0, 4), digitsAt(s, 5, 2), digitsAt(s, 8, 2)) && digitsAt(s, 11, 2) < 24 && digitsAt(s, 14, 2) < 60 && digitsAt(s, 17, 2) < 61;
}

function isDate(s: string): boolean {
  return DATE.test(s) && validDate(digitsAt(s, 0, 4), digitsAt(s, 5, 2), digitsAt(s, 8, 2));
}

function isIPv6(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || s.split('::').length > 2) return false;
  const tail = s.includes('.') ? s.slice(s.lastIndexOf(':') + 1) : '';
  if (tail !== '' && !IPV4.test(tail)) return false;
  const head = tail === '' ? s : s.slice(0, s.length - tail.length) + '0:0';
  const groups = head.split(':');
  const compressed = head.includes('::');
  const filled = groups.filter((g) => g !== '');
  if (!filled.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return compressed ? filled.length < 8 : groups.length === 8;
}

function isCidr(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0 || !/^\d{1,3}$/.test(s.slice(slash + 1))) return false;
  const ip = s.slice(0, slash);
  const bits = Number(s.slice(slash + 1));
  return IPV4.test(ip) ? bits <= 32 : isIPv6(ip) && bits <= 128;
}

function isUri(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(s);
}

/** Checks of the formats kubegen validates, by format name; other formats are accepted, as the API server ignores unknown ones. */
export const STRING_FORMATS: Readonly<Record<string, (s: string) => boolean>> = {
  'date-time': isDateTime,
  date: isDate,
  byte: (s) => BASE64.test(s),
  uuid: (s) => UUID.test(s),
  ipv4: (s) => IPV4.test(s),
  ipv6: isIPv6,
  cidr: isCidr,
  hostname: (s) => HOSTNAME.test(s),
  mac: (s) => MAC.test(s),
  email: (s) => EMAIL.test(s),
  uri: isUri,
};

/** True when `value` is well-formed for `format`, or the format is not one kubegen checks. */
export function isValidFormat(format: string, value: string): boolean {
  const check = STRING_FORMATS[format];
  return check === undefined || check(value);
}
