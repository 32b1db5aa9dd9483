/*
 * openapi-gen's "Possible enum values" paragraph (kube-openapi pkg/generators/enum.go), appended to
 * the description of every property whose type is an `+enum` type. controller-gen writes nothing
 * like it, so CRDs never get it.
 */
import type { ApiType, EnumConstant } from '@kubegen/model';
import { goQuote } from '@kubegen/runtime';
import { find } from './markers';

const HEADER = 'Possible enum values:';

/**
 * The description openapi-gen gives a property of type `type`: `description`, a blank line, then
 * the header and one sorted line per value; `description` unchanged if `type` is not an `+enum`
 * type. Only `+enum` counts: kube-openapi reads that tag alone, not `+k8s:enum`.
 */
export function withEnumValueLines(
  description: string | undefined,
  type: ApiType | undefined,
): string | undefined {
  if (!type || type.shape.form !== 'enum' || !find(type.markers, 'enum')) return description;
  const { values, constants } = type.shape;
  if (values.length === 0) return description;
  // A union of literals has no constants to comment its values: each line is the value alone.
  const lines = (constants ?? values.map((value) => ({ name: '', value, comment: '' })))
    .map(valueLine)
    .sort(compareGoStrings);
  const paragraph = [HEADER, ...lines].join('\n');
  return description ? `${description}\n\n${paragraph}` : paragraph;
}

/**
 * The `enum` of a type in OpenAPI definitions: openapi-gen lists an `+enum` type's values sorted (its
 * `ValueStrings`); other enums keep the order they were written in, as a CRD's do.
 */
export function openApiEnumValues(values: readonly string[], markers: ApiType['markers']): string[] {
  return find(markers, 'enum') ? [...values].sort(compareGoStrings) : [...values];
}

/** Go's string order (`sort.Strings`): by UTF-8 bytes. */
function compareGoStrings(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * `` - `"V"` comment``: the constant's comment without its leading name, whitespace collapsed.
 * openapi-gen writes a trailing space after an empty comment, which its description re-flow trims.
 */
function valueLine(constant: EnumConstant): string {
  let comment = constant.comment.trim();
  if (constant.name && comment.startsWith(constant.name))
    comment = comment.slice(constant.name.length);
  // Go's regexp \s is ASCII whitespace only.
  comment = comment.trim().replace(/[\t\n\f\r ]+/g, ' ');
  return ` - \`${goQuote(constant.value)}\` ${comment}`.trimEnd();
}
