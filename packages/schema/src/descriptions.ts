import type { JSONSchemaProps } from './types';

/**
 * controller-gen's `maxDescLen` (`TruncateDescription`, pkg/crd/desc_visitor.go): 0 drops every
 * description; a longer one is cut to `maxDescLen` bytes of UTF-8, then back to its last sentence end,
 * else to its last blank (adding `...`), else kept at that length (adding `...`). Every schema node is
 * visited, as its EditSchema walks them.
 */
export function limitDescriptions(schema: JSONSchemaProps, maxDescLen: number): void {
  if (schema.description !== undefined) {
    if (maxDescLen === 0) delete schema.description;
    else schema.description = truncateDescription(schema.description, maxDescLen);
  }
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
    ...(schema.allOf ?? []),
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.not ? [schema.not] : []),
  ];
  for (const child of children) limitDescriptions(child, maxDescLen);
}

const SENTENCE_TERMINAL = /^\p{Sentence_Terminal}$/u;
const WHITE_SPACE = /^\p{White_Space}$/u;

/**
 * One description cut as controller-gen's `truncateString` cuts it. Lengths are UTF-8 bytes as in Go; a
 * character that does not fit whole is left out (Go would keep its first bytes, which are not text).
 */
export function truncateDescription(description: string, maxLen: number): string {
  let bytes = 0;
  let fits = 0;
  let sentenceEnd = -1;
  let lastBlank = -1;
  for (const ch of description) {
    const size = utf8Length(ch);
    if (bytes + size > maxLen) break;
    // Go keeps a boundary only after the first byte (`n > 0`).
    if (bytes > 0 && SENTENCE_TERMINAL.test(ch)) sentenceEnd = fits + ch.length;
    if (bytes > 0 && WHITE_SPACE.test(ch)) lastBlank = fits;
    bytes += size;
    fits += ch.length;
  }
  if (fits === description.length) return description;
  if (sentenceEnd >= 0) return description.slice(0, sentenceEnd);
  if (lastBlank >= 0) return `${description.slice(0, lastBlank)}...`;
  return `${description.slice(0, fits)}...`;
}

function utf8Length(ch: string): number {
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
