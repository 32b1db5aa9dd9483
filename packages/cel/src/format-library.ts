import { CelScalar, celFunc, celList, celMethod, type CelFunc, type CelMap } from '@bufbuild/cel';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidFormat,
  isValidLabelValue,
} from '@kubegen/runtime';
import { parseRequestURI } from './go-url';
import { OPTIONAL_NONE, optionalOf } from './optionals';
import { OPAQUE, expectOpaque, opaqueValue } from './opaque';

/*
 * Kubernetes' CEL format library (k8s.io/apiserver/pkg/cel/library/format.go): `format.<name>()` and
 * `format.named(name)` give a format, `validate(s)` gives optional.none() when `s` is valid, else the
 * optional list of apimachinery's messages, e.g.
 * `!format.dns1123Label().validate(self.name).hasValue()`.
 */

const FORMAT = 'kubernetes.NamedFormat';
const { STRING } = CelScalar;

/** Go's apimachineryvalidation `maskTrailingDash`: a prefix may end in `-` (a generateName). */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

const prefixed = (check: (s: string) => string[]) => (s: string) => check(maskTrailingDash(s));

/** The formats, by their names in `format.named`, with apimachinery's and strfmt's checks. */
const FORMATS: Readonly<Record<string, (s: string) => string[]>> = {
  dns1123Label: isDNS1123Label,
  dns1123Subdomain: isDNS1123Subdomain,
  dns1035Label: isDNS1035Label,
  qualifiedName: isQualifiedName,
  dns1123LabelPrefix: prefixed(isDNS1123Label),
  dns1123SubdomainPrefix: prefixed(isDNS1123Subdomain),
  dns1035LabelPrefix: prefixed(isDNS1035Label),
  labelValue: isValidLabelValue,
  uri: (s) => {
    try {
      parseRequestURI(s);
      return [];
    } catch (e) {
      return [(e as Error).message];
    }
  },
  uuid: (s) => (isValidFormat('uuid', s) ? [] : ['does not match the UUID format']),
  byte: (s) => (isValidFormat('byte', s) ? [] : ['invalid base64']),
  date: (s) => (isValidFormat('date', s) ? [] : ['invalid date']),
  datetime: (s) => (isValidFormat('date-time', s) ? [] : ['invalid datetime']),
};

function celFormat(name: string): CelMap {
  return opaqueValue(FORMAT, name, FORMATS[name]);
}

/** The format library's functions. */
export const formatLibrary: readonly CelFunc[] = [
  celFunc('format.named', [STRING], CelScalar.DYN, (name) =>
    Object.hasOwn(FORMATS, name) ? optionalOf(celFormat(name)) : OPTIONAL_NONE,
  ),
  ...Object.keys(FORMATS).map((name) => celFunc(`format.${name}`, [], OPAQUE, () => celFormat(name))),
  celMethod('validate', OPAQUE, [STRING], CelScalar.DYN, function (s) {
    const messages = expectOpaque<(s: string) => string[]>(FORMAT, this)(s);
    return messages.length === 0 ? OPTIONAL_NONE : optionalOf(celList(messages));
  }),
];
