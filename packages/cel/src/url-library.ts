import { CelScalar, celFunc, celMethod, listType, mapType, type CelFunc } from '@bufbuild/cel';
import { fromByteString, toByteString } from './bytes';
import { escapedPath, parseQuery, parseRequestURI, parseURL, splitHostPort, urlString, type GoUrl } from './go-url';
import { OPAQUE, expectOpaque, opaqueValue } from './opaque';

/*
 * Kubernetes' CEL URL library (k8s.io/apiserver/pkg/cel/library/urls.go): a string is a URL when Go's
 * url.ParseRequestURI accepts it (an absolute URI or an absolute path, no fragment), and is then parsed
 * again with url.Parse, as kube does. `==` compares URLs by their String(), as kube's URL.Equal does.
 */

const URL = 'kubernetes.URL';
const { BOOL, STRING } = CelScalar;

/** kube's stringToUrl. */
function parseKubeURL(s: string): GoUrl {
  const bytes = toByteString(s);
  try {
    parseRequestURI(bytes);
    return parseURL(bytes);
  } catch (e) {
    throw new Error(`URL parse error during conversion from string: ${fromByteString((e as Error).message)}`);
  }
}

const urlOf = (value: unknown) => expectOpaque<GoUrl>(URL, value);

function urlGetter(name: string, get: (url: GoUrl) => string): CelFunc {
  return celMethod(name, OPAQUE, [], STRING, function () {
    return fromByteString(get(urlOf(this)));
  });
}

/** The URL library's functions. */
export const urlLibrary: readonly CelFunc[] = [
  celFunc('url', [STRING], OPAQUE, (s) => {
    const url = parseKubeURL(s);
    return opaqueValue(URL, fromByteString(urlString(url)), url);
  }),
  celFunc('isURL', [STRING], BOOL, (s) => {
    try {
      parseRequestURI(toByteString(s));
      return true;
    } catch {
      return false;
    }
  }),
  urlGetter('getScheme', (url) => url.scheme),
  urlGetter('getHost', (url) => url.host),
  urlGetter('getHostname', (url) => splitHostPort(url.host)[0]),
  urlGetter('getPort', (url) => splitHostPort(url.host)[1]),
  urlGetter('getEscapedPath', escapedPath),
  celMethod('getQuery', OPAQUE, [], mapType(STRING, listType(STRING)), function () {
    const query = parseQuery(urlOf(this).rawQuery);
    return new Map([...query].map(([key, values]) => [fromByteString(key), values.map(fromByteString)]));
  }),
];
