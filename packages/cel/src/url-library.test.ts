import { evaluateCel } from './compile';

const self = { url: 'https://kubernetes.io:80/docs/home?k1=a&k2=b&k2=c#anchor' };
const run = (rule: string) => evaluateCel(rule, self);
const errorOf = (rule: string) => {
  const result = run(rule);
  return result instanceof Error ? result.message : `no error, got ${String(result)}`;
};

// The "url" and "cost for extended lib: url" cases of TestValidationExpressions in kubernetes
// staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/validation_test.go (each must hold),
// and the examples of the library's doc comment (k8s.io/apiserver/pkg/cel/library/urls.go).
describe('the URL library, on the cases of kube validation_test.go', () => {
  it.each([
    "url('/path').getScheme() == ''",
    "url('https://example.com/').getScheme() == 'https'",
    "url('https://example.com:80/').getHost() == 'example.com:80'",
    "url('https://example.com/').getHost() == 'example.com'",
    "url('https://[::1]:80/').getHost() == '[::1]:80'",
    "url('https://[::1]/').getHost() == '[::1]'",
    "url('/path').getHost() == ''",
    "url('https://example.com:80/').getHostname() == 'example.com'",
    "url('https://127.0.0.1/').getHostname() == '127.0.0.1'",
    "url('https://[::1]/').getHostname() == '::1'",
    "url('/path').getHostname() == ''",
    "url('https://example.com:80/').getPort() == '80'",
    "url('https://example.com/').getPort() == ''",
    "url('/path').getPort() == ''",
    "url('https://example.com/path').getEscapedPath() == '/path'",
    "url('https://example.com/with space/').getEscapedPath() == '/with%20space/'",
    "url('https://example.com').getEscapedPath() == ''",
    "url('https://example.com/path?k1=a&k2=b&k2=c').getQuery() == { 'k1': ['a'], 'k2': ['b', 'c']}",
    "url('https://example.com/path?key with spaces=value with spaces').getQuery() == { 'key with spaces': ['value with spaces']}",
    "url('https://example.com/path?').getQuery() == {}",
    "url('https://example.com/path').getQuery() == {}",
    "url(self.url).getScheme() == 'https'",
    "url(self.url).getHost() == 'kubernetes.io:80'",
    "url(self.url).getHostname() == 'kubernetes.io'",
    "url(self.url).getPort() == '80'",
    "url(self.url).getEscapedPath() == '/docs/home'",
    "url(self.url).getQuery() == {'k1': ['a'], 'k2': ['b', 'c']}",
    "isURL('https://user:pass@example.com:80/path?query=val#fragment')",
    "isURL('/path') == true",
    "isURL('https://a:b:c/') == false",
    "isURL('../relative-path') == false",
    "url('https:://kubernetes.io/').getHostname() != 'test'",
    "url('https://127.0.0.1:80/').getHostname() == '127.0.0.1'",
    "url('https://example.com/path with spaces/').getEscapedPath() == '/path%20with%20spaces/'",
    "isURL('/absolute-path')",
  ])('%s', (rule) => {
    expect(run(rule)).toBe(true);
  });

  it.each(["url('https://a:b:c/')", "url('../relative-path')"])('%s is an error', (rule) => {
    expect(errorOf(rule)).toMatch(/^URL parse error during conversion from string: parse /);
  });
});

// Go's url.ParseRequestURI acceptance (src/net/url/url.go), as the kube library applies it.
describe('the URL library, Go net/url details', () => {
  it.each([
    ["isURL('')", false], // empty url
    ["isURL('relative/path')", false], // invalid URI for request
    ["isURL('//example.com/x')", true], // a path, when there is no scheme
    ["isURL('mailto:someone@example.com')", true], // opaque
    ["isURL('https://exa mple.com/')", false], // invalid character " " in host name
    ["isURL('https://example.com/%zz')", false], // invalid URL escape
    ["isURL('https://example.com:8a/')", false], // invalid port
    ["isURL('https://[1.2.3.4]/')", false], // brackets hold IPv6 only
    ["isURL('https://[::1/')", false], // missing ']'
    ["isURL('https://a[::1]/')", false], // invalid IP-literal
    ["isURL('https://ü@example.com/')", false], // invalid userinfo
    ["isURL('://x')", false], // missing protocol scheme
    ["isURL('https://example.com/\\u0001')", false], // control character
    ["isURL('*')", true],
    ["url('HTTPS://Example.com/').getScheme()", 'https'],
    ["url('HTTPS://Example.com/').getHost()", 'Example.com'],
    ["url('https://example.com/a%2Fb').getEscapedPath()", '/a%2Fb'],
    ["url('https://example.com/a%20b').getEscapedPath()", '/a%20b'],
    ["url('https://example.com/é').getEscapedPath()", '/%C3%A9'],
    ["url('https://example.com/?a=1&a=2&b=%20&c;d=1&=x')", undefined],
    ["url('https://example.com/?a=1&a=2&b=%20&c;d=1').getQuery() == {'a': ['1', '2'], 'b': [' ']}", true],
    ["url('https://example.com/?a=1&a=2&b=%20&c;d=1').getQuery().size()", 2n],
    ["url('https://example.com/x#frag').getEscapedPath()", '/x'],
    // Decoded bytes that are not UTF-8 read as U+FFFD, as Go's strings do once printed.
    ["url('https://example.com/?k=%FF&e=%C3%A9').getQuery() == {'k': ['\\ufffd'], 'e': ['é']}", true],
    ["url('https://example.com/x?q=1#frag').getQuery()", undefined],
    ["url('https://example.com/x?q=1#frag').getQuery() == {'q': ['1']}", true],
    ["url('https://example.com/x') == url('https://example.com/x')", true],
    ["url('https://example.com/x') == url('https://example.com/y')", false],
    ["url('HTTPS://example.com/x') == url('https://example.com/x')", true], // String() lower-cases the scheme
  ])('%s is %p', (rule, expected) => {
    const result = run(rule);
    if (expected === undefined) expect(result).not.toBeInstanceOf(Error);
    else expect(result).toEqual(expected);
  });

  it('names the methods only on URLs', () => {
    expect(errorOf("'https://x'.getHost()")).toMatch(/no matching overload/);
    expect(errorOf("quantity('1').getHost()")).toMatch(/no such overload/);
  });
});
