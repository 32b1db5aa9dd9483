import type { Diagnostic, SourcePosition } from '@kubegen/diagnostics';

/**
 * Where a marker may stand. `declaration` is any other top-level declaration (a function, a class,
 * a const): the place `+kubebuilder:rbac` and `+kubebuilder:webhook` markers are read from.
 */
export type MarkerTarget = 'package' | 'type' | 'field' | 'declaration';

/** The type of a marker's value or of one of its named arguments. */
export type ValueType =
  | { type: 'string' }
  | { type: 'int' }
  | { type: 'number' }
  | { type: 'bool' }
  /** One of a fixed set of bare or quoted strings. */
  | { type: 'enum'; values: readonly string[] }
  /** `a;b;c` or `{a,b,c}`. */
  | { type: 'list'; of: ValueType }
  /** `{key: value, key2: value2}`. */
  | { type: 'map'; of: ValueType }
  /** Guessed as controller-gen guesses (`+kubebuilder:default`, `+kubebuilder:example`, Enum items). */
  | { type: 'any' }
  /** Strict JSON (`+default=` of code-generator); with `allowRef`, also `ref(Name)`. */
  | { type: 'json'; allowRef?: boolean }
  /**
   * The rest of the line verbatim, as gengo reads `+key=value` (`+genclient:onlyVerbs=create,get`,
   * `+patchStrategy=merge,retainKeys`). Only for `+name=value`, never for a named argument.
   */
  | { type: 'raw' };

/** A named argument of a marker such as `+kubebuilder:printcolumn:name=…,type=…`. */
export interface MarkerArgument {
  type: ValueType;
  optional?: boolean;
  help?: string;
}

/** What the registry knows of one marker. */
export interface MarkerDefinition {
  /** Full name without the leading `+`, e.g. `kubebuilder:validation:Minimum`. */
  name: string;
  targets: readonly MarkerTarget[];
  /**
   * The value of `+name=value`. Absent with no `args`: the marker is a flag (`+optional`).
   * A definition may have both `value` and `args` only if it is a flag-or-args marker; see `args`.
   */
  value?: ValueType;
  /**
   * The value type where it depends on the target (gengo tags such as `+k8s:deepcopy-gen`: `package` on a
   * package, `true|false` on a type). Takes precedence over `value` for the targets it names.
   */
  valueByTarget?: Readonly<Partial<Record<MarkerTarget, ValueType>>>;
  /** Named arguments (`+name:arg=v,arg2=v2`). If every argument is optional the bare flag form is allowed too. */
  args?: Readonly<Record<string, MarkerArgument>>;
  /** May stand more than once on the same target (printcolumn, XValidation, rbac, listMapKey). */
  repeatable?: boolean;
  /** One help line, shown by `kubegen markers` and in did-you-mean hints. */
  help: string;
  /** The generator that reads it (`crd`, `deepcopy`, `model`, …), for `kubegen markers`. */
  owner: string;
  /** Markers that may not stand on the same target as this one (`optional` and `required`). */
  conflicts?: readonly string[];
  /** Set when the marker is accepted but superseded; the text says what to write instead. */
  deprecated?: string;
}

/** A marker's parsed value: JSON-like data. `ref(Name)` of `+default` parses to `{ ref: 'Name' }`. */
export type MarkerValue =
  string | number | boolean | null | MarkerValue[] | { [key: string]: MarkerValue };

/** One marker found in a comment and parsed against its definition. */
export interface ParsedMarker {
  /** The registered name. */
  name: string;
  /**
   * `true` for a flag; the value for `+name=value`; for named arguments an object keyed by the
   * registered argument names (absent optional arguments are absent keys).
   */
  value: MarkerValue;
  /** The marker text after `+`, as written. */
  text: string;
  /** Position of the `+`. */
  position: SourcePosition;
}

/** One line of a comment with its comment syntax (`//`, `/**`, ` * `, `*\/`) removed. */
export interface CommentLine {
  text: string;
  /** Position of the first character of `text` in the source. */
  position: SourcePosition;
}

/** The markers and the description found in one comment block. */
export interface CommentMarkers {
  markers: ParsedMarker[];
  /** The comment without marker lines, as controller-gen builds descriptions. */
  doc: string;
  diagnostics: Diagnostic[];
}
