import { Codes } from '@kubegen/diagnostics';
import type { JSONSchemaProps } from './types';
import { validateValue } from './value-check';

/** One broken rule of the API server's structural-schema and CRD validation (reference §2.12). */
export interface StructuralViolation {
  code: string;
  /** JSON path of the node in the schema's values (`.spec.recipes[*].name`). */
  path: string;
  /** The nodes from the root to the offending one, so a caller can find the nearest that came from a source. */
  nodes: JSONSchemaProps[];
  message: string;
  hint: string;
}

export interface StructuralOptions {
  /** The version has the status subresource: the root may only use a restricted set of keywords (rule 11). */
  statusSubresource?: boolean;
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);
const FORBIDDEN_IN_VALUE_VALIDATION: (keyof JSONSchemaProps)[] = [
  'type',
  'additionalProperties',
  'default',
  'title',
  'description',
  'nullable',
];
const ROOT_WITH_STATUS = new Set([
  'description',
  'type',
  'format',
  'title',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
  'required',
  'items',
  'properties',
  'externalDocs',
  'example',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-validations',
]);

/** Checks a CRD version schema against every structural-schema rule of §2.12 (rules 1–11). */
export function checkStructuralSchema(
  root: JSONSchemaProps,
  options: StructuralOptions = {},
): StructuralViolation[] {
  const out: StructuralViolation[] = [];
  const report = (
    nodes: JSONSchemaProps[],
    path: string,
    message: string,
    hint: string,
    code: string = Codes.NonStructuralSchema,
  ) => out.push({ code, path: path || '.', nodes, message, hint });
  if (root.type !== 'object')
    report([root], '', 'the root schema must be of type object', 'a kind is always an object');
  if (root.additionalProperties !== undefined)
    report(
      [root],
      '',
      'additionalProperties is forbidden at the root',
      'declare the fields of the kind',
    );
  if (options.statusSubresource) {
    for (const key of Object.keys(root))
      if (!ROOT_WITH_STATUS.has(key))
        report(
          [root],
          '',
          `with the status subresource the root schema may not use ${key}`,
          `remove the marker that sets ${key} on the kind`,
        );
  }
  const metadata = root.properties?.metadata;
  if (metadata) {
    const extra = Object.keys(metadata.properties ?? {}).filter(
      (k) => k !== 'name' && k !== 'generateName',
    );
    if (extra.length > 0)
      report(
        [root, metadata],
        '.metadata',
        `root metadata may only restrict name and generateName, not ${extra.join(', ')}`,
        'leave metadata as ObjectMeta',
      );
  }
  walk(root, [root], '', report);
  return out;
}

type Report = (
  nodes: JSONSchemaProps[],
  path: string,
  message: string,
  hint: string,
  code?: string,
) => void;

function walk(s: JSONSchemaProps, nodes: JSONSchemaProps[], path: string, report: Report): void {
  checkNode(s, nodes, path, report);
  for (const [name, child] of Object.entries(s.properties ?? {}))
    walk(child, [...nodes, child], `${path}.${name}`, report);
  if (s.items) walk(s.items, [...nodes, s.items], `${path}[*]`, report);
  if (typeof s.additionalProperties === 'object')
    walk(s.additionalProperties, [...nodes, s.additionalProperties], `${path}[*]`, report);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
    for (const branch of s[key] ?? []) checkValueValidation(branch, s, nodes, path, key, report);
  if (s.not) checkValueValidation(s.not, s, nodes, path, 'not', report);
}

function checkNode(
  s: JSONSchemaProps,
  nodes: JSONSchemaProps[],
  path: string,
  report: Report,
): void {
  const hasFields =
    Object.keys(s.properties ?? {}).length > 0 ||
    s.items !== undefined ||
    typeof s.additionalProperties === 'object';
  if (!s.type && hasFields && !s['x-kubernetes-int-or-string'])
    report(
      nodes,
      path,
      'type must not be empty for specified object fields or array items',
      'give the node a Type, or remove its properties',
    );
  if (s.$ref !== undefined)
    report(nodes, path, '$ref is forbidden in CRD schemas', 'inline the referenced schema');
  if (s.type === 'array' && !s.items)
    report(nodes, path, 'an array must have items', 'declare the item type');
  if (s.properties && s.additionalProperties !== undefined)
    report(
      nodes,
      path,
      'properties and additionalProperties are mutually exclusive',
      'use either named fields or a map',
    );
  if (s['x-kubernetes-embedded-resource'] && s.additionalProperties !== undefined)
    report(
      nodes,
      path,
      'additionalProperties is forbidden with x-kubernetes-embedded-resource',
      'use RawExtension for an embedded object',
    );
  if (
    s['x-kubernetes-int-or-string'] &&
    (s['x-kubernetes-preserve-unknown-fields'] || s['x-kubernetes-embedded-resource'])
  )
    report(
      nodes,
      path,
      'x-kubernetes-int-or-string may not be combined with x-kubernetes-preserve-unknown-fields or x-kubernetes-embedded-resource',
      'drop XIntOrString, or the pruning/embedded-resource marker',
    );
  if (s['x-kubernetes-embedded-resource']) {
    if (s.type !== 'object')
      report(
        nodes,
        path,
        'x-kubernetes-embedded-resource requires type object',
        'use it on a RawExtension or an object type',
      );
    else if (
      !s['x-kubernetes-preserve-unknown-fields'] &&
      Object.keys(s.properties ?? {}).length === 0
    )
      report(
        nodes,
        path,
        'x-kubernetes-embedded-resource requires x-kubernetes-preserve-unknown-fields or properties',
        'add +kubebuilder:pruning:PreserveUnknownFields',
      );
  }
  if (s.uniqueItems === true)
    report(
      nodes,
      path,
      'uniqueItems: true is rejected by the API server (its cost is quadratic)',
      'write +listType=set instead of UniqueItems=true',
    );
  checkListType(s, nodes, path, report);
  if (s['x-kubernetes-map-type'] && s.type !== 'object')
    report(
      nodes,
      path,
      'x-kubernetes-map-type requires type object',
      'use mapType or structType on a map or an object',
    );
  checkRules(s, nodes, path, report);
  if (s.default !== undefined) {
    for (const p of validateValue(s, s.default))
      report(
        nodes,
        path,
        `the default ${JSON.stringify(s.default)} is not valid against its own schema: ${p}`,
        "write a default that satisfies the field's type and validations",
        Codes.InvalidDefault,
      );
  }
}

function checkListType(
  s: JSONSchemaProps,
  nodes: JSONSchemaProps[],
  path: string,
  report: Report,
): void {
  const listType = s['x-kubernetes-list-type'];
  if (!listType) return;
  if (s.type !== 'array') {
    report(nodes, path, 'x-kubernetes-list-type requires type array', 'use listType on an array');
    return;
  }
  const items = s.items ?? {};
  if ((listType === 'map' || listType === 'set') && items.nullable)
    report(
      nodes,
      path,
      `the items of a listType=${listType} array may not be nullable`,
      'remove null from the item type',
    );
  if (
    listType === 'set' &&
    items.type &&
    !SCALARS.has(items.type) &&
    items['x-kubernetes-map-type'] !== 'atomic' &&
    items['x-kubernetes-list-type'] !== 'atomic'
  )
    report(
      nodes,
      path,
      'the items of a listType=set array must be scalars or atomic',
      'use listType=map with a key, or make the items atomic',
    );
  if (listType !== 'map') return;
  if (items.type !== 'object') {
    report(
      nodes,
      path,
      `listType=map needs object items, found ${items.type ?? 'items of no type'}`,
      'use listType=set or atomic for scalar items',
      Codes.ListMapItemsNotObjects,
    );
    return;
  }
  const keys = s['x-kubernetes-list-map-keys'] ?? [];
  if (keys.length === 0)
    report(
      nodes,
      path,
      'listType=map needs at least one listMapKey',
      'add +listMapKey=<field of the items>',
      Codes.InvalidListMapKey,
    );
  const required = new Set(items.required ?? []);
  for (const key of keys) {
    const prop = items.properties?.[key];
    const problem = !prop
      ? 'is not a field of the items'
      : !SCALARS.has(prop.type ?? '') && !prop['x-kubernetes-int-or-string']
        ? 'is not a scalar'
        : prop.nullable
          ? 'is nullable'
          : !required.has(key) && prop.default === undefined
            ? 'is optional and has no default'
            : undefined;
    if (problem)
      report(
        nodes,
        path,
        `listMapKey ${key} ${problem}`,
        'name a required scalar field of the items (or give the key field a default)',
        Codes.InvalidListMapKey,
      );
  }
}

function checkRules(
  s: JSONSchemaProps,
  nodes: JSONSchemaProps[],
  path: string,
  report: Report,
): void {
  for (const r of s['x-kubernetes-validations'] ?? []) {
    if (!r.rule.trim())
      report(nodes, path, 'an x-kubernetes-validations rule is empty', 'write a CEL expression');
    if (r.message !== undefined && (!r.message.trim() || /[\r\n]/.test(r.message)))
      report(
        nodes,
        path,
        `the message of rule ${JSON.stringify(r.rule)} must be non-blank and on one line`,
        'write a one-line message',
      );
    if (r.message === undefined && /[\r\n]/.test(r.rule))
      report(
        nodes,
        path,
        `rule ${JSON.stringify(r.rule)} spans lines and needs a message`,
        'add message=…',
      );
    if (r.messageExpression !== undefined && !r.messageExpression.trim())
      report(
        nodes,
        path,
        `the messageExpression of rule ${JSON.stringify(r.rule)} is blank`,
        'remove it or write a CEL expression',
      );
    if (r.fieldPath !== undefined && !fieldPathResolves(s, r.fieldPath))
      report(
        nodes,
        path,
        `fieldPath ${JSON.stringify(r.fieldPath)} of rule ${JSON.stringify(r.rule)} is not a path into this schema`,
        'write a path such as .spec.field that names fields of this type',
      );
  }
}

/** A fieldPath (`.a.b`, `.list[0]`, `['key']`) resolves against the schema the rule stands on. */
function fieldPathResolves(s: JSONSchemaProps, fieldPath: string): boolean {
  if (!fieldPath.trim() || /[\r\n]/.test(fieldPath)) return false;
  let node: JSONSchemaProps | undefined = s;
  const parts = fieldPath.match(/\.[^.[]+|\[[^\]]*\]/g);
  if (!parts || parts.join('') !== fieldPath) return false;
  for (const part of parts) {
    if (!node) return false;
    if (node['x-kubernetes-preserve-unknown-fields']) return true;
    if (part.startsWith('.')) node = node.properties?.[part.slice(1)];
    else if (/^\[\d+\]$/.test(part)) node = node.items;
    else
      node =
        typeof node.additionalProperties === 'object'
          ? node.additionalProperties
          : node.properties?.[part.slice(2, -2)];
  }
  return node !== undefined;
}

function checkValueValidation(
  v: JSONSchemaProps,
  parent: JSONSchemaProps,
  nodes: JSONSchemaProps[],
  path: string,
  key: string,
  report: Report,
): void {
  const intOrString =
    parent['x-kubernetes-int-or-string'] &&
    key === 'anyOf' &&
    (v.type === 'integer' || v.type === 'string');
  for (const k of FORBIDDEN_IN_VALUE_VALIDATION) {
    if (v[k] === undefined || (k === 'type' && intOrString)) continue;
    report(
      nodes,
      path,
      `${k} is forbidden inside ${key}`,
      'put it on the node itself, not in a value validation',
    );
  }
  for (const k of Object.keys(v).filter((k) => k.startsWith('x-kubernetes-')))
    report(nodes, path, `${k} is forbidden inside ${key}`, 'put it on the node itself');
  for (const name of Object.keys(v.properties ?? {}))
    if (!parent.properties?.[name])
      report(
        nodes,
        path,
        `${key} mentions property ${name} that the schema does not declare`,
        'declare the property outside the value validation',
      );
}
