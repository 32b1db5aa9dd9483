import { evaluateCel } from './compile';

const run = (rule: string) => evaluateCel(rule, {});
const messages = (rule: string) => [...(run(`${rule}.value()`) as Iterable<string>)];

const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const QUALIFIED_NAME =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

// The cases of TestFormat in k8s.io/apiserver/pkg/cel/library/format_test.go.
describe('the format library, on the cases of kube format_test.go', () => {
  it.each([
    'format.dns1123Label().validate("my-label-name")',
    'format.dns1123Subdomain().validate("apiextensions.k8s.io")',
    'format.qualifiedName().validate("apiextensions.k8s.io/v1beta1")',
    'format.dns1123LabelPrefix().validate("my-label-prefix-")',
    'format.dns1123SubdomainPrefix().validate("mysubdomain.prefix.-")',
    'format.dns1035LabelPrefix().validate("my-label-prefix-")',
    'format.uri().validate("http://example.com")',
    'format.uuid().validate("123e4567-e89b-12d3-a456-426614174000")',
    'format.byte().validate("aGVsbG8=")',
    'format.date().validate("2021-01-01")',
    'format.datetime().validate("2021-01-01T00:00:00Z")',
    'format.dns1123Subdomain().validate("example.com")',
    'format.dns1035Label().validate("my-label-name")',
    'format.qualifiedName().validate("my.name")',
    'format.labelValue().validate("my-cool-label-Value")',
  ])('%s is optional.none()', (rule) => {
    expect(run(`${rule}.hasValue()`)).toBe(false);
  });

  it.each([
    ['format.dns1123Label().validate("contains a space")', [LABEL]],
    ['format.dns1123Subdomain().validate("contains a space")', [SUBDOMAIN]],
    ['format.dns1035Label().validate("contains a space")', [DNS1035]],
    ['format.qualifiedName().validate("contains a space")', [QUALIFIED_NAME]],
    ['format.dns1123LabelPrefix().validate("contains a space-")', [LABEL]],
    ['format.dns1123SubdomainPrefix().validate("contains a space-")', [SUBDOMAIN]],
    ['format.dns1035LabelPrefix().validate("contains a space-")', [DNS1035]],
    ['format.byte().validate("aGVsbG8")', ['invalid base64']],
    ['format.date().validate("2020-01-32")', ['invalid date']],
    ['format.datetime().validate("2020-01-32T00:00:00Z")', ['invalid datetime']],
  ])('%s lists apimachinery\'s messages', (rule, expected) => {
    expect(messages(rule)).toEqual(expected);
  });

  it('names formats: format.named(name) is the format, or optional.none() for an unknown name', () => {
    expect(run('format.named("unknown").hasValue()')).toBe(false);
    for (const name of ['dns1123Label', 'dns1123Subdomain', 'dns1035Label', 'qualifiedName', 'labelValue', 'uri', 'uuid', 'byte', 'date', 'datetime']) {
      expect(run(`format.named("${name}").hasValue()`)).toBe(true);
      expect(run(`format.named("${name}").value() == format.${name}()`)).toBe(true);
    }
    expect(run('format.dns1123Label() == format.dns1035Label()')).toBe(false);
  });

  it('serves a rule as kube documents it, with the messages joined for messageExpression', () => {
    expect(evaluateCel('!format.dns1123Label().validate(self.name).hasValue()', { name: 'web-1' })).toBe(true);
    expect(evaluateCel('format.dns1123Label().validate(self.name).value().join("; ")', { name: 'Web 1' })).toBe(LABEL);
  });
});
