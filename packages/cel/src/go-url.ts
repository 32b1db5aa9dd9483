import { parseAddr } from './netip';

/*
 * A port of Go's net/url (src/net/url/url.go, Go 1.26: bracketed hosts must be IPv6 literals, and http(s)
 * hosts may hold one colon only) as far as the Kubernetes URL CEL library uses it: Parse, ParseRequestURI,
 * EscapedPath, Hostname, Port, Query and String. It works on byte strings (bytes.ts), as Go does on bytes.
 */

/** A parsed URL, Go's url.URL; every string is a byte string. */
export interface GoUrl {
  scheme: string;
  opaque: string;
  user: { username: string; password: string; passwordSet: boolean } | undefined;
  host: string;
  path: string;
  rawPath: string;
  forceQuery: boolean;
  rawQuery: string;
  fragment: string;
  rawFragment: string;
}

type Mode = 'path' | 'pathSegment' | 'host' | 'zone' | 'userPassword' | 'queryComponent' | 'fragment';

const ALNUM = /^[a-zA-Z0-9]$/;
const HEX = /^[0-9a-fA-F]$/;

function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** Go's shouldEscape: whether byte `c` must be %-escaped in a URL part. */
function shouldEscape(c: string, mode: Mode): boolean {
  if (ALNUM.test(c)) return false;
  if ((mode === 'host' || mode === 'zone') && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    switch (mode) {
      case 'path':
        return c === '?';
      case 'pathSegment':
        return c === '/' || c === ';' || c === ',' || c === '?';
      case 'userPassword':
        return c === '@' || c === '/' || c === '?' || c === ':';
      case 'queryComponent':
        return true;
      case 'fragment':
        return false;
    }
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

function escapeError(s: string): Error {
  return new Error(`invalid URL escape ${goQuote(s)}`);
}

/** Go's unescape: decodes %XX (and + in a query component); throws on a bad escape or, in a host, a bad byte. */
function unescape(s: string, mode: Mode): string {
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === '%') {
      if (i + 2 >= s.length || !HEX.test(s[i + 1]) || !HEX.test(s[i + 2])) throw escapeError(s.slice(i, i + 3));
      const seq = s.slice(i, i + 3);
      if (mode === 'host' && parseInt(s[i + 1], 16) < 8 && seq !== '%25') throw escapeError(seq);
      if (mode === 'zone') {
        const v = String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
        if (seq !== '%25' && v !== ' ' && shouldEscape(v, 'host')) throw escapeError(seq);
      }
      i += 3;
    } else {
      if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) {
        throw new Error(`invalid character ${goQuote(c)} in host name`);
      }
      i++;
    }
  }
  return s.replace(/%([0-9a-fA-F]{2})|\+/g, (m, hex: string | undefined) =>
    hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : mode === 'queryComponent' ? ' ' : '+',
  );
}

/** Go's escape. */
function escape(s: string, mode: Mode): string {
  let out = '';
  for (const c of s) {
    if (c === ' ' && mode === 'queryComponent') out += '+';
    else if (shouldEscape(c, mode)) out += `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    else out += c;
  }
  return out;
}

/** Go's getScheme: a leading scheme ([a-zA-Z][a-zA-Z0-9+-.]*:) and the rest. */
function splitScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (/[a-zA-Z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new Error('missing protocol scheme');
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

function cut(s: string, sep: string): [string, string, boolean] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, '', false] : [s.slice(0, i), s.slice(i + sep.length), true];
}

function parseUrl(raw: string, viaRequest: boolean): GoUrl {
  if ([...raw].some((c) => c < ' ' || c === '\x7f')) throw new Error('net/url: invalid control character in URL');
  if (raw === '' && viaRequest) throw new Error('empty url');
  const url: GoUrl = {
    scheme: '',
    opaque: '',
    user: undefined,
    host: '',
    path: '',
    rawPath: '',
    forceQuery: false,
    rawQuery: '',
    fragment: '',
    rawFragment: '',
  };
  if (raw === '*') {
    url.path = '*';
    return url;
  }
  let rest: string;
  [url.scheme, rest] = splitScheme(raw);
  url.scheme = url.scheme.toLowerCase();
  if (rest.endsWith('?') && rest.split('?').length === 2) {
    url.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    [rest, url.rawQuery] = cut(rest, '?');
  }
  if (!rest.startsWith('/')) {
    if (url.scheme !== '') {
      url.opaque = rest;
      return url;
    }
    if (viaRequest) throw new Error('invalid URI for request');
    if (cut(rest, '/')[0].includes(':')) throw new Error('first path segment in URL cannot contain colon');
  }
  if ((url.scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) [authority, rest] = [authority.slice(0, slash), authority.slice(slash)];
    parseAuthority(url, authority);
  }
  setPath(url, rest);
  return url;
}

function parseAuthority(url: GoUrl, authority: string): void {
  const at = authority.lastIndexOf('@');
  url.host = parseHost(url.scheme, at < 0 ? authority : authority.slice(at + 1));
  if (at < 0) return;
  const userinfo = authority.slice(0, at);
  if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) throw new Error('net/url: invalid userinfo');
  const [username, password, passwordSet] = cut(userinfo, ':');
  url.user = {
    username: unescape(username, 'userPassword'),
    password: passwordSet ? unescape(password, 'userPassword') : '',
    passwordSet,
  };
}

function validOptionalPort(port: string): boolean {
  return port === '' || /^:[0-9]*$/.test(port);
}

function parseHost(scheme: string, host: string): string {
  const open = host.lastIndexOf('[');
  if (open > 0) throw new Error('invalid IP-literal');
  if (open === 0) {
    const close = host.lastIndexOf(']');
    if (close < 0) throw new Error("missing ']' in host");
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort)) throw new Error(`invalid port ${goQuote(colonPort)} after host`);
    const port = unescape(colonPort, 'host');
    const hostname = host.slice(1, close);
    const zone = hostname.indexOf('%25');
    const unescaped =
      zone >= 0
        ? unescape(hostname.slice(0, zone), 'host') + unescape(hostname.slice(zone), 'zone')
        : unescape(hostname, 'host');
    // Only an IPv6 address may stand in brackets (RFC 3986).
    let isV4: boolean;
    try {
      isV4 = parseAddr(unescaped).bits === 32;
    } catch (e) {
      throw new Error(`invalid host: ${(e as Error).message}`);
    }
    if (isV4) throw new Error('invalid IP-literal');
    return `[${unescaped}]${port}`;
  }
  let colon = host.indexOf(':');
  if (colon !== -1) {
    // Go allows several colons (host lists of databases) except in http and https URLs.
    if (host.lastIndexOf(':') !== colon && scheme !== 'http' && scheme !== 'https') colon = host.lastIndexOf(':');
    const colonPort = host.slice(colon);
    if (!validOptionalPort(colonPort)) throw new Error(`invalid port ${goQuote(colonPort)} after host`);
  }
  return unescape(host, 'host');
}

function setPath(url: GoUrl, p: string): void {
  url.path = unescape(p, 'path');
  url.rawPath = escape(url.path, 'path') === p ? '' : p;
}

function validEncoded(s: string, mode: Mode): boolean {
  return [...s].every((c) => `!$&'()*+,;=:@[]%`.includes(c) || !shouldEscape(c, mode));
}

function unescapesTo(raw: string, mode: Mode, decoded: string): boolean {
  try {
    return unescape(raw, mode) === decoded;
  } catch {
    return false;
  }
}

/** URL.EscapedPath. */
export function escapedPath(url: GoUrl): string {
  if (url.rawPath !== '' && validEncoded(url.rawPath, 'path') && unescapesTo(url.rawPath, 'path', url.path)) {
    return url.rawPath;
  }
  if (url.path === '*') return '*';
  return escape(url.path, 'path');
}

function escapedFragment(url: GoUrl): string {
  if (
    url.rawFragment !== '' &&
    validEncoded(url.rawFragment, 'fragment') &&
    unescapesTo(url.rawFragment, 'fragment', url.fragment)
  ) {
    return url.rawFragment;
  }
  return escape(url.fragment, 'fragment');
}

/** url.Parse: any URL reference, with its #fragment. Throws Go's error. */
export function parseURL(raw: string): GoUrl {
  const [u, frag] = cut(raw, '#');
  let url: GoUrl;
  try {
    url = parseUrl(u, false);
  } catch (e) {
    throw new Error(`parse ${goQuote(u)}: ${(e as Error).message}`);
  }
  if (frag === '') return url;
  try {
    url.fragment = unescape(frag, 'fragment');
  } catch (e) {
    throw new Error(`parse ${goQuote(raw)}: ${(e as Error).message}`);
  }
  url.rawFragment = escape(url.fragment, 'fragment') === frag ? '' : frag;
  return url;
}

/** url.ParseRequestURI: an absolute URI or an absolute path, no fragment. Throws Go's error. */
export function parseRequestURI(raw: string): GoUrl {
  try {
    return parseUrl(raw, true);
  } catch (e) {
    throw new Error(`parse ${goQuote(raw)}: ${(e as Error).message}`);
  }
}

/** Go's splitHostPort: the host without a valid :port and without IPv6 brackets, and the port. */
export function splitHostPort(hostPort: string): [string, string] {
  let host = hostPort;
  let port = '';
  const colon = host.lastIndexOf(':');
  if (colon !== -1 && validOptionalPort(host.slice(colon))) [host, port] = [host.slice(0, colon), host.slice(colon + 1)];
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return [host, port];
}

/** URL.Query: key → values, in order; malformed pairs silently dropped. */
export function parseQuery(query: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const pair of query.split('&')) {
    if (pair === '' || pair.includes(';')) continue;
    const [rawKey, rawValue] = cut(pair, '=');
    let key: string;
    let value: string;
    try {
      key = unescape(rawKey, 'queryComponent');
      value = unescape(rawValue, 'queryComponent');
    } catch {
      continue;
    }
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  return values;
}

/** URL.String: what kube's URL == compares. */
export function urlString(url: GoUrl): string {
  let out = url.scheme === '' ? '' : `${url.scheme}:`;
  if (url.opaque !== '') {
    out += url.opaque;
  } else {
    if (url.scheme !== '' || url.host !== '' || url.user !== undefined) {
      if (url.host !== '' || url.path !== '' || url.user !== undefined) out += '//';
      if (url.user !== undefined) {
        out += escape(url.user.username, 'userPassword');
        if (url.user.passwordSet) out += `:${escape(url.user.password, 'userPassword')}`;
        out += '@';
      }
      if (url.host !== '') out += escape(url.host, 'host');
    }
    const path = escapedPath(url);
    if (path !== '' && path[0] !== '/' && url.host !== '') out += '/';
    if (out === '' && cut(path, '/')[0].includes(':')) out += './';
    out += path;
  }
  if (url.forceQuery || url.rawQuery !== '') out += `?${url.rawQuery}`;
  if (url.fragment !== '') out += `#${escapedFragment(url)}`;
  return out;
}
