import { Codes, error, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import { applyOrder, args, ITEMS, V } from './markers';
import { requestUriProblem } from './request-uri';
import type { JSONSchemaProps, SchemaFlavor, SchemaOrigin, ValidationRule } from './types';

/** What marker application needs from the builder. */
export interface ApplyContext {
  flavor: SchemaFlavor;
  diagnostics: Diagnostic[];
  origins: WeakMap<object, SchemaOrigin>;
  /** Label of the field or type the markers stand on, for messages (`CookbookSpec.title`). */
  label: string;
  /** Value of an exported const of the package, for `+default=ref(Name)` (openapi flavor only). */
  resolveConstant(name: string): MarkerValue | undefined;
}

type Kind = 'numeric' | 'textual' | 'array' | 'object';

const NUMERIC: Record<string, keyof JSONSchemaProps> = {
  Maximum: 'maximum',
  Minimum: 'minimum',
  ExclusiveMaximum: 'exclusiveMaximum',
  ExclusiveMinimum: 'exclusiveMinimum',
  MultipleOf: 'multipleOf',
};
const TEXTUAL: Record<string, keyof JSONSchemaProps> = {
  MaxLength: 'maxLength',
  MinLength: 'minLength',
  Pattern: 'pattern',
};
const ARRAY: Record<string, keyof JSONSchemaProps> = {
  MaxItems: 'maxItems',
  MinItems: 'minItems',
  UniqueItems: 'uniqueItems',
};
const OBJECT: Record<string, keyof JSONSchemaProps> = {
  MaxProperties: 'maxProperties',
  MinProperties: 'minProperties',
};
/** kube-openapi's `+k8s:validation:<keyword>` markers, read in the openapi flavor. */
const OPENAPI_KEYWORDS = new Set([
  'nullable',
  'format',
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
  'enum',
  'maxProperties',
  'minProperties',
]);

/**
 * Applies the schema markers of one field or type to `target`, in controller-gen's order. `base` is the schema the
 * target will be merged onto (the type's own schema), consulted for type checks; `items:` markers go to `target.items`.
 */
export function applySchemaMarkers(
  target: JSONSchemaProps,
  base: JSONSchemaProps,
  markers: readonly ParsedMarker[],
  ctx: ApplyContext,
): void {
  const plain = markers.filter((m) => !m.name.startsWith(ITEMS));
  const onItems = markers.filter((m) => m.name.startsWith(ITEMS));
  for (const m of applyOrder(plain)) applyOne(target, base, m, m.name, ctx);
  checkBounds(target, base, plain, ctx);
  if (onItems.length === 0) return;
  if ((target.type ?? base.type) !== 'array') {
    for (const m of onItems)
      ctx.diagnostics.push(
        error(
          Codes.MarkerTypeMismatch,
          `+${m.name} on ${ctx.label}: must apply items: markers to an array, found ${describeType(target, base)}`,
          m.position,
          `write +${V}${m.name.slice(ITEMS.length)} instead, or make the field an array`,
        ),
      );
    return;
  }
  const items = (target.items ??= {});
  const baseItems = base.items ?? {};
  const renamed = onItems.map((m) => ({ ...m, name: V + m.name.slice(ITEMS.length) }));
  for (const m of applyOrder(renamed)) applyOne(items, baseItems, m, m.name, ctx);
  checkBounds(items, baseItems, renamed, ctx);
}

function applyOne(
  t: JSONSchemaProps,
  base: JSONSchemaProps,
  m: ParsedMarker,
  name: string,
  ctx: ApplyContext,
): void {
  const v = m.value;
  if (name.startsWith(V)) return applyValidation(t, base, m, name.slice(V.length), ctx);
  switch (name) {
    case 'kubebuilder:default':
      t.default = isEmptyObject(v) && (t.type ?? base.type) === 'array' ? [] : v;
      return;
    case 'default':
      return applyJsonDefault(t, v, ctx);
    case 'kubebuilder:example':
      t.example = v;
      return;
    case 'kubebuilder:title':
      t.title = typeof v === 'string' ? v : JSON.stringify(v);
      return;
    case 'kubebuilder:externalDocs':
      return applyExternalDocs(t, m, ctx);
    case 'kubebuilder:validation:EmbeddedResource':
      t['x-kubernetes-embedded-resource'] = true;
      return;
    case 'kubebuilder:pruning:PreserveUnknownFields':
      t['x-kubernetes-preserve-unknown-fields'] = true;
      return;
    case 'listType':
    case 'k8s:listType':
      if (requireKind(t, base, m, 'array', ctx))
        t['x-kubernetes-list-type'] = v as 'atomic' | 'set' | 'map';
      return;
    case 'listMapKey':
    case 'k8s:listMapKey':
      return applyListMapKey(t, base, m, ctx);
    case 'mapType':
    case 'k8s:mapType':
    case 'structType':
    case 'k8s:structType':
      if (requireKind(t, base, m, 'object', ctx))
        t['x-kubernetes-map-type'] = v as 'atomic' | 'granular';
      return;
    case 'k8s:immutable':
      addRule(t, { message: 'field is immutable', rule: 'self == oldSelf' }, m.position, ctx);
      return;
  }
  if (ctx.flavor === 'openapi') applyOpenApiMarker(t, m, name, ctx);
}

function applyValidation(
  t: JSONSchemaProps,
  base: JSONSchemaProps,
  m: ParsedMarker,
  short: string,
  ctx: ApplyContext,
): void {
  const v = m.value;
  const set = (key: keyof JSONSchemaProps, kind: Kind) => {
    if (requireKind(t, base, m, kind, ctx)) {
      if (
        kind === 'numeric' &&
        typeof v === 'number' &&
        !Number.isInteger(v) &&
        (t.type ?? base.type) === 'integer' &&
        key !== 'exclusiveMaximum' &&
        key !== 'exclusiveMinimum'
      ) {
        ctx.diagnostics.push(
          error(
            Codes.MarkerTypeMismatch,
            `+${m.name} on ${ctx.label}: cannot apply non-integral ${key} (${v}) to an integer value`,
            m.position,
            'write a whole number',
          ),
        );
        return;
      }
      (t as Record<string, unknown>)[key] = v;
    }
  };
  if (short in NUMERIC) return set(NUMERIC[short], 'numeric');
  if (short in TEXTUAL) {
    if (short === 'Pattern' && !validPattern(String(v), m, ctx)) return;
    return set(TEXTUAL[short], 'textual');
  }
  if (short in ARRAY) return set(ARRAY[short], 'array');
  if (short in OBJECT) return set(OBJECT[short], 'object');
  switch (short) {
    case 'Enum':
      t.enum = Array.isArray(v) ? v : [v];
      return;
    case 'Format':
      t.format = String(v);
      return;
    case 'Type':
      t.type = v as JSONSchemaProps['type'];
      return;
    case 'XPreserveUnknownFields':
      t['x-kubernetes-preserve-unknown-fields'] = true;
      return;
    case 'XEmbeddedResource':
      t['x-kubernetes-embedded-resource'] = true;
      return;
    case 'XIntOrString':
      t['x-kubernetes-int-or-string'] = true;
      if (!t.anyOf && !base.anyOf) t.anyOf = [{ type: 'integer' }, { type: 'string' }];
      return;
    case 'XValidation':
      addRule(t, validationRule(args(v)), m.position, ctx);
      return;
    case 'EmbeddedResource':
      t['x-kubernetes-embedded-resource'] = true;
      return;
    case 'AtMostOneOf':
    case 'ExactlyOneOf':
    case 'AtLeastOneOf':
      return applyOneOf(t, base, m, short, ctx);
  }
}

const ONE_OF: Record<string, { op: string; message: string }> = {
  AtMostOneOf: { op: ' <= 1', message: 'at most one of the fields in [%] may be set' },
  ExactlyOneOf: { op: ' == 1', message: 'exactly one of the fields in [%] must be set' },
  AtLeastOneOf: { op: '', message: 'at least one of the fields in [%] must be set' },
};

/** controller-gen's one-of markers (main after v0.21): a CEL rule over the listed top-level fields. */
function applyOneOf(
  t: JSONSchemaProps,
  base: JSONSchemaProps,
  m: ParsedMarker,
  short: string,
  ctx: ApplyContext,
): void {
  const fields = (Array.isArray(m.value) ? m.value : [m.value]).map(String);
  const properties = t.properties ?? base.properties ?? {};
  const required = new Set([...(t.required ?? []), ...(base.required ?? [])]);
  const bad = fields.filter((f) => !(f in properties) || required.has(f));
  if (bad.length > 0) {
    ctx.diagnostics.push(
      error(
        Codes.InvalidOneOfField,
        `+${m.name} on ${ctx.label}: ${bad.map((f) => (f in properties ? `${f} is required` : `${f} is not a field`)).join(', ')}`,
        m.position,
        'list top-level fields of this type by their JSON names, and make each of them optional',
      ),
    );
    return;
  }
  const { op, message } = ONE_OF[short];
  const rule =
    short === 'AtLeastOneOf'
      ? fields.map((f) => `has(self.${f})`).join('||')
      : fields.map((f) => `(has(self.${f})?1:0)`).join('+') + op;
  addRule(t, { message: message.replace('%', fields.join(' ')), rule }, m.position, ctx);
}

/** Builds an `x-kubernetes-validations` entry with keys in the order the API types declare them. */
function validationRule(a: Record<string, MarkerValue>): ValidationRule {
  const rule: ValidationRule = { rule: String(a.rule) };
  if (a.message !== undefined) rule.message = String(a.message);
  if (a.messageExpression !== undefined) rule.messageExpression = String(a.messageExpression);
  if (a.reason !== undefined) rule.reason = a.reason as ValidationRule['reason'];
  if (a.fieldPath !== undefined) rule.fieldPath = String(a.fieldPath);
  if (a.optionalOldSelf !== undefined) rule.optionalOldSelf = a.optionalOldSelf === true;
  return rule;
}

/** Appends a CEL rule and remembers the marker it came from. */
export function addRule(
  t: JSONSchemaProps,
  rule: ValidationRule,
  position: SourcePosition,
  ctx: ApplyContext,
): void {
  (t['x-kubernetes-validations'] ??= []).push(rule);
  ctx.origins.set(rule, { position, label: ctx.label });
}

function applyJsonDefault(t: JSONSchemaProps, v: MarkerValue, ctx: ApplyContext): void {
  const ref =
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.keys(v).length === 1 &&
    typeof v.ref === 'string'
      ? v.ref
      : undefined;
  if (ref === undefined) {
    t.default = v;
    return;
  }
  // controller-gen ignores `+default=ref(...)`; openapi-gen resolves it to the constant's value.
  if (ctx.flavor === 'openapi') {
    const value = ctx.resolveConstant(ref);
    if (value !== undefined) t.default = value;
  }
}

function applyExternalDocs(t: JSONSchemaProps, m: ParsedMarker, ctx: ApplyContext): void {
  const a = args(m.value);
  const url = String(a.url);
  const problem = requestUriProblem(url);
  if (problem !== undefined) {
    // controller-gen fails the marker (and writes no externalDocs) when url.ParseRequestURI does.
    ctx.diagnostics.push(
      error(
        Codes.InvalidExternalDocsUrl,
        `+${m.name} on ${ctx.label}: url ${JSON.stringify(url)} is not a valid URL: ${problem}`,
        m.position,
        'write an absolute URL with its scheme, such as url="https://example.com/docs" (or a path starting with /)',
      ),
    );
    return;
  }
  t.externalDocs = {
    url,
    ...(a.description !== undefined && { description: String(a.description) }),
  };
}

function applyListMapKey(
  t: JSONSchemaProps,
  base: JSONSchemaProps,
  m: ParsedMarker,
  ctx: ApplyContext,
): void {
  if ((t['x-kubernetes-list-type'] ?? base['x-kubernetes-list-type']) !== 'map') {
    ctx.diagnostics.push(
      error(
        Codes.InvalidListMapKey,
        `+${m.name} on ${ctx.label}: must apply listMapKey to an associative list`,
        m.position,
        'add +listType=map',
      ),
    );
    return;
  }
  (t['x-kubernetes-list-map-keys'] ??= []).push(String(m.value));
}

function applyOpenApiMarker(
  t: JSONSchemaProps,
  m: ParsedMarker,
  name: string,
  ctx: ApplyContext,
): void {
  const keyword = name.startsWith('k8s:validation:')
    ? name.slice('k8s:validation:'.length)
    : undefined;
  if (keyword && OPENAPI_KEYWORDS.has(keyword)) {
    (t as Record<string, unknown>)[keyword] = m.value;
    return;
  }
  if (name === 'patchStrategy') t['x-kubernetes-patch-strategy'] = String(m.value);
  else if (name === 'patchMergeKey') t['x-kubernetes-patch-merge-key'] = String(m.value);
  else if (name === 'validations') {
    try {
      const rules = JSON.parse(String(m.value)) as ValidationRule[];
      for (const r of Array.isArray(rules) ? rules : []) addRule(t, r, m.position, ctx);
    } catch {
      // The model already reports +validations whose JSON does not parse.
    }
  }
}

function requireKind(
  t: JSONSchemaProps,
  base: JSONSchemaProps,
  m: ParsedMarker,
  kind: Kind,
  ctx: ApplyContext,
): boolean {
  const type = t.type ?? base.type;
  const intOrString = t['x-kubernetes-int-or-string'] ?? base['x-kubernetes-int-or-string'];
  const ok =
    kind === 'numeric'
      ? type === 'integer' || type === 'number'
      : kind === 'textual'
        ? type === 'string' || intOrString === true
        : type === kind;
  if (!ok) {
    const what =
      kind === 'numeric'
        ? 'a numeric'
        : kind === 'textual'
          ? 'a textual'
          : kind === 'array'
            ? 'an array'
            : 'an object';
    ctx.diagnostics.push(
      error(
        Codes.MarkerTypeMismatch,
        `+${m.name} on ${ctx.label}: must apply to ${what} value, found ${describeType(t, base)}`,
        m.position,
        kind === 'textual' && intOrString === undefined && type === undefined
          ? 'add +kubebuilder:validation:XIntOrString or a Type marker first'
          : `remove the marker, or change the field to ${what} type`,
      ),
    );
  }
  return ok;
}

function describeType(t: JSONSchemaProps, base: JSONSchemaProps): string {
  const type = t.type ?? base.type;
  if (type) return type;
  return (t['x-kubernetes-int-or-string'] ?? base['x-kubernetes-int-or-string'])
    ? 'int-or-string'
    : 'a value of no type';
}

function validPattern(pattern: string, m: ParsedMarker, ctx: ApplyContext): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch (e) {
    ctx.diagnostics.push(
      error(
        Codes.InvalidPattern,
        `+${m.name} on ${ctx.label}: ${JSON.stringify(pattern)} is not a valid regular expression (${(e as Error).message})`,
        m.position,
        'write the pattern in back quotes (`^[a-z]+$`) so that backslashes and quotes reach the regular expression unchanged',
      ),
    );
    return false;
  }
}

const BOUNDS: [keyof JSONSchemaProps, keyof JSONSchemaProps, string, string][] = [
  ['minimum', 'maximum', 'Minimum', 'Maximum'],
  ['minLength', 'maxLength', 'MinLength', 'MaxLength'],
  ['minItems', 'maxItems', 'MinItems', 'MaxItems'],
  ['minProperties', 'maxProperties', 'MinProperties', 'MaxProperties'],
];

/** A lower bound above its upper bound makes every value invalid: report it at the marker that set the lower bound. */
function checkBounds(
  t: JSONSchemaProps,
  base: JSONSchemaProps,
  markers: readonly ParsedMarker[],
  ctx: ApplyContext,
): void {
  for (const [lowKey, highKey, lowName, highName] of BOUNDS) {
    const low = (t[lowKey] ?? base[lowKey]) as number | undefined;
    if (low === undefined) continue;
    const high = (t[highKey] ?? base[highKey]) as number | undefined;
    if (high === undefined || low <= high) continue;
    const marker =
      markers.find((m) => m.name === V + lowName) ?? markers.find((m) => m.name === V + highName);
    if (!marker) continue;
    ctx.diagnostics.push(
      error(
        Codes.MinimumAboveMaximum,
        `${lowName} (${low}) is above ${highName} (${high}) on ${ctx.label}: no value can be valid`,
        marker.position,
        `make ${lowName} at most ${high}, or raise ${highName}`,
      ),
    );
  }
}

function isEmptyObject(v: MarkerValue): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
}
