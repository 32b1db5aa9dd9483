import type { FieldError } from './field-errors';
import {
  INTERNAL_VERSION,
  formatGroupVersion,
  fromAPIVersionAndKind,
  parseGroupVersion,
  sameGroupVersion,
  withKind,
} from './group-version';
import type { JSONValue } from './json';
import { deepCopyJSONValue } from './json-copy';
import type { TypeMeta } from './meta-types';
import { SchemeError } from './scheme-error';
import { missingTypeMetaMessage, noConversionMessage, unknownKindMessage } from './scheme-messages';
import type {
  ConversionFunc,
  DefaultingFunc,
  GroupVersion,
  GroupVersionKind,
  RegisteredResource,
  ResourceQuery,
  TypeRegistration,
  ValidationFunc,
} from './scheme-types';

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function gvkKey(gvk: GroupVersionKind): string {
  return `${formatGroupVersion(gvk)}|${gvk.kind}`;
}

/** Whether two registrations are the same type (a second `addToScheme` call registers equal functions again). */
function sameRegistration(a: TypeRegistration, b: TypeRegistration): boolean {
  return a === b || (a.new === b.new && a.deepCopy === b.deepCopy);
}

/**
 * The registry of kinds by group/version/kind, filled by generated `addToScheme`, and the dispatcher for
 * new, deep-copy, defaulting, validation and conversion. No reflection: every capability is a registered function.
 */
export class Scheme {
  /** Kinds by apiVersion string, then by kind. */
  private readonly types = new Map<string, Map<string, TypeRegistration>>();
  /** Versions of each group, in registration order (the first is the preferred one for lookups without a version). */
  private readonly versionsByGroup = new Map<string, string[]>();
  private readonly defaulters = new Map<string, DefaultingFunc>();
  private readonly validators = new Map<string, ValidationFunc>();
  private readonly conversions = new Map<string, ConversionFunc>();

  /** Registers the types of one group/version; registering a kind again with different functions is a SchemeError. */
  addKnownTypes(gv: GroupVersion, types: readonly TypeRegistration[]): void {
    const version = formatGroupVersion(gv);
    const known = this.types.get(version);
    const problems: string[] = [];
    if (gv.version === '') problems.push(`group "${gv.group}" is registered without a version`);
    for (const registration of types) {
      const existing = known?.get(registration.kind);
      if (registration.kind === '')
        problems.push(`a type of ${version} is registered without a kind`);
      else if (existing !== undefined && !sameRegistration(existing, registration)) {
        problems.push(
          `kind "${registration.kind}" of ${version} is already registered with other functions; ` +
            `each kind is registered once (by its package's addToScheme)`,
        );
      }
    }
    if (problems.length > 0)
      throw new SchemeError(`cannot register types of ${version}: ${problems.join('; ')}`);

    const byKind = known ?? new Map<string, TypeRegistration>();
    this.types.set(version, byKind);
    for (const registration of types) byKind.set(registration.kind, registration);
    const versions = this.versionsByGroup.get(gv.group) ?? [];
    if (!versions.includes(gv.version)) versions.push(gv.version);
    this.versionsByGroup.set(gv.group, versions);
  }

  /** Whether the kind is registered. */
  recognizes(gvk: GroupVersionKind): boolean {
    return this.types.get(formatGroupVersion(gvk))?.has(gvk.kind) ?? false;
  }

  /** A new empty object of the kind, with apiVersion and kind set; an unknown kind is a SchemeError naming the known ones. */
  new<T extends TypeMeta = TypeMeta>(gvk: GroupVersionKind): T {
    const obj = this.registration(gvk).new() as T;
    this.setGroupVersionKind(obj, gvk);
    return obj;
  }

  /** A deep copy of the object, by the registered function of its apiVersion/kind. */
  deepCopy<T extends TypeMeta>(obj: T): T {
    return this.registration(this.requireKind(obj, 'deep-copy')).deepCopy(obj) as T;
  }

  /** The kinds registered for a group/version, sorted (empty when the group/version is unknown). */
  kindsFor(gv: GroupVersion): string[] {
    return [...(this.types.get(formatGroupVersion(gv))?.keys() ?? [])].sort(compareStrings);
  }

  /** Every registered kind, sorted by group, version and kind. */
  allKnownTypes(): GroupVersionKind[] {
    return this.groupVersions().flatMap((gv) =>
      this.kindsFor(gv).map((kind) => withKind(gv, kind)),
    );
  }

  /** The registered group/versions, sorted by group, then version. */
  groupVersions(): GroupVersion[] {
    return [...this.types.keys()]
      .map(parseGroupVersion)
      .sort((a, b) => compareStrings(a.group, b.group) || compareStrings(a.version, b.version));
  }

  /**
   * The resource a name stands for, as kubectl resolves it: by plural, singular or short name, ignoring case.
   * With a version, only that version; without, the first version registered for the group that serves the name.
   */
  resourceFor(query: ResourceQuery): RegisteredResource | undefined {
    const name = query.resource.toLowerCase();
    const versions =
      query.version !== undefined ? [query.version] : (this.versionsByGroup.get(query.group) ?? []);
    for (const version of versions) {
      const resources = this.resourcesOf({ group: query.group, version });
      const match =
        resources.find((r) => r.info.plural.toLowerCase() === name) ??
        resources.find((r) => r.info.singular.toLowerCase() === name) ??
        resources.find((r) => r.info.shortNames.some((s) => s.toLowerCase() === name));
      if (match !== undefined) return match;
    }
    return undefined;
  }

  /** The kind behind a resource name (see `resourceFor`), or undefined when no resource has that name. */
  kindForResource(query: ResourceQuery): GroupVersionKind | undefined {
    return this.resourceFor(query)?.gvk;
  }

  /** The resources served, of one group or of all, sorted by group, version and plural. */
  resourcesFor(group?: string): RegisteredResource[] {
    return this.groupVersions()
      .filter((gv) => group === undefined || gv.group === group)
      .flatMap((gv) => this.resourcesOf(gv));
  }

  /** The GroupVersionKind an object names by its apiVersion and kind (empty strings where they are missing). */
  objectKind(obj: TypeMeta): GroupVersionKind {
    return fromAPIVersionAndKind(obj.apiVersion ?? '', obj.kind ?? '');
  }

  /** Sets an object's apiVersion and kind. */
  setGroupVersionKind(obj: TypeMeta, gvk: GroupVersionKind): void {
    obj.apiVersion = formatGroupVersion(gvk);
    obj.kind = gvk.kind;
  }

  /** Registers the defaulting function of a kind, replacing any earlier one (as Go's AddTypeDefaultingFunc). */
  addDefaultingFunc<T extends object>(gvk: GroupVersionKind, fn: DefaultingFunc<T>): void {
    this.defaulters.set(gvkKey(gvk), fn as DefaultingFunc);
  }

  /** Applies the registered defaults of the object's kind in place; a kind without defaults is left as it is. */
  default(obj: TypeMeta): void {
    this.defaulters.get(gvkKey(this.requireKind(obj, 'default')))?.(obj);
  }

  /** Registers the validation function of a kind, replacing any earlier one. */
  addValidationFunc<T extends object>(gvk: GroupVersionKind, fn: ValidationFunc<T>): void {
    this.validators.set(gvkKey(gvk), fn as ValidationFunc);
  }

  /** Validates an object (an update when `old` is given); a kind without a validation function has no errors. */
  validate<T extends TypeMeta>(obj: T, old?: T): FieldError[] {
    const fn = this.validators.get(gvkKey(this.requireKind(obj, 'validate')));
    return fn === undefined ? [] : fn(obj, old);
  }

  /** Registers a conversion between two kinds, replacing any earlier one (hand-written ones replace generated ones). */
  addConversionFunc<In extends object, Out extends object>(
    from: GroupVersionKind,
    to: GroupVersionKind,
    fn: ConversionFunc<In, Out>,
  ): void {
    this.conversions.set(`${gvkKey(from)}>${gvkKey(to)}`, fn as ConversionFunc);
  }

  /**
   * Converts an object to the same kind in another group/version, leaving the input untouched: by a direct
   * conversion when one is registered, else through a hub: the internal version of its group (code-generator's
   * style) or the version every other one converts to and from (kubebuilder's storage-version hub). The result has
   * the target's apiVersion and kind; an unknown kind or version, or a missing conversion, is a SchemeError.
   */
  convert<T extends TypeMeta = TypeMeta>(obj: TypeMeta, targetGV: GroupVersion): T {
    const source = this.requireKind(obj, 'convert');
    const target = withKind(targetGV, source.kind);
    // Internal types are often not registered (no register file is generated for them): conversions suffice.
    for (const gvk of [source, target]) if (gvk.version !== INTERNAL_VERSION) this.registration(gvk);
    // Hand-written conversions may share nested values between in and out, so they get a private copy.
    const input = this.recognizes(source)
      ? this.deepCopy(obj)
      : (deepCopyJSONValue(obj as unknown as JSONValue) as unknown as TypeMeta);
    if (sameGroupVersion(source, target)) return input as T;
    const direct = this.conversion(source, target);
    if (direct !== undefined) return this.runConversion(direct, input, target) as T;
    for (const hub of this.hubCandidates(source, target)) {
      const up = this.conversion(source, hub);
      const down = this.conversion(hub, target);
      if (up !== undefined && down !== undefined)
        return this.runConversion(down, this.runConversion(up, input, hub), target) as T;
    }
    const internal = withKind({ group: source.group, version: INTERNAL_VERSION }, source.kind);
    throw new SchemeError(noConversionMessage(source, target, internal));
  }

  /** The versions a conversion may pass through: the internal one first, then the others in registration order. */
  private hubCandidates(source: GroupVersionKind, target: GroupVersionKind): GroupVersionKind[] {
    const versions = this.versionsByGroup.get(source.group) ?? [];
    const ordered = [INTERNAL_VERSION, ...versions.filter((v) => v !== INTERNAL_VERSION)];
    return ordered
      .filter((v) => v !== source.version && v !== target.version)
      .map((version) => withKind({ group: source.group, version }, source.kind));
  }

  private conversion(from: GroupVersionKind, to: GroupVersionKind): ConversionFunc | undefined {
    return this.conversions.get(`${gvkKey(from)}>${gvkKey(to)}`);
  }

  private runConversion(fn: ConversionFunc, input: TypeMeta, target: GroupVersionKind): TypeMeta {
    const out: TypeMeta = this.recognizes(target) ? this.new(target) : {};
    fn(input, out);
    // A conversion function fills fields; the type of the result is the scheme's to say.
    this.setGroupVersionKind(out, target);
    return out;
  }

  private registration(gvk: GroupVersionKind): TypeRegistration {
    const registration = this.types.get(formatGroupVersion(gvk))?.get(gvk.kind);
    if (registration === undefined) throw new SchemeError(unknownKindMessage(this, gvk));
    return registration;
  }

  private requireKind(obj: TypeMeta, action: string): GroupVersionKind {
    if (
      typeof obj.apiVersion !== 'string' ||
      obj.apiVersion === '' ||
      typeof obj.kind !== 'string' ||
      obj.kind === ''
    ) {
      throw new SchemeError(missingTypeMetaMessage(action, obj.apiVersion, obj.kind));
    }
    // Unlike objectKind, a malformed apiVersion is an error here: the object cannot be dispatched.
    return withKind(parseGroupVersion(obj.apiVersion), obj.kind);
  }

  private resourcesOf(gv: GroupVersion): RegisteredResource[] {
    const out: RegisteredResource[] = [];
    for (const kind of this.kindsFor(gv)) {
      const info = this.types.get(formatGroupVersion(gv))?.get(kind)?.resource;
      if (info === undefined) continue;
      const gvk = withKind(gv, kind);
      out.push({ gvk, gvr: { group: gv.group, version: gv.version, resource: info.plural }, info });
    }
    return out.sort((a, b) => compareStrings(a.info.plural, b.info.plural));
  }
}
