/*
 * controller-gen checks the url of +kubebuilder:externalDocs with Go's url.ParseRequestURI (pkg/crd/markers/crd.go),
 * not url.Parse: an absolute URL or an absolute path, never a relative reference. This follows that function's
 * rules (net/url parse with viaRequest) and lets WHATWG `URL` judge the host and port of a URL with a scheme.
 */

const CONTROL = /[\u0000-\u001f\u007f]/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

/** Why Go's `url.ParseRequestURI` would refuse `raw`, or undefined when controller-gen accepts it. */
export function requestUriProblem(raw: string): string | undefined {
  if (CONTROL.test(raw)) return 'it contains a control character';
  if (raw === '') return 'it is empty';
  if (raw === '*') return undefined;
  if (raw.startsWith(':')) return 'it is missing the scheme before ":"';
  const scheme = SCHEME.exec(raw)?.[0];
  // ParseRequestURI keeps `#…` in the path; only the query is left unchecked.
  const beforeQuery = raw.split('?', 1)[0];
  if (scheme === undefined && !beforeQuery.startsWith('/'))
    return 'it is a relative reference (it has no scheme and does not start with "/")';
  if (scheme !== undefined && !URL.canParse(raw)) return 'it does not parse as a URL';
  if (BAD_ESCAPE.test(beforeQuery)) return 'it has a "%" that is not followed by two hex digits';
  return undefined;
}
