import { requestUriProblem } from './request-uri';

// Expectations are what Go's url.ParseRequestURI returns (net/url, parse with viaRequest = true).
describe('requestUriProblem', () => {
  test.each([
    'https://example.com/docs',
    'https://example.com/docs#section',
    'https://example.com/docs?q=%zz',
    'http://user@example.com:8080/a%20b',
    'https://[fe80::1]:443/x',
    'mailto:api@example.com',
    'urn:isbn:0451450523',
    '/docs/api',
    '//docs/api',
    '*',
  ])('accepts %s', (url) => {
    expect(requestUriProblem(url)).toBeUndefined();
  });

  test.each([
    ['', 'it is empty'],
    ['docs/api.md', 'it is a relative reference'],
    ['example.com/docs', 'it is a relative reference'],
    ['#anchor', 'it is a relative reference'],
    [' https://example.com', 'it is a relative reference'],
    [':foo', 'missing the scheme'],
    ['https://example.com\t/x', 'control character'],
    ['https://exa mple.com/', 'does not parse as a URL'],
    ['https://example.com:http/', 'does not parse as a URL'],
    ['https://[fe80::1/', 'does not parse as a URL'],
    ['https://example.com/100%', 'not followed by two hex digits'],
    ['/docs/%zz', 'not followed by two hex digits'],
  ])('refuses %j: %s', (url, problem) => {
    expect(requestUriProblem(url)).toContain(problem);
  });
});
