import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import { MarkerNames } from './marker-names';
import { pluralize } from './pluralize';
import { typeMetaFields } from './type-meta';
import type {
  ApiField,
  ApiType,
  CustomSubresource,
  KindInfo,
  PrinterColumn,
  Subresources,
  TypeRef,
} from './types';

/** A type is a kind, as controller-gen decides: it extends TypeMeta and has a `metadata` field of type ObjectMeta. */
export function isKindShape(type: ApiType): boolean {
  if (!type.typeMeta || type.shape.form !== 'struct') return false;
  const metadata = type.shape.fields.find((f) => f.name === 'metadata');
  return metadata?.type.ref === 'meta' && metadata.type.name === 'ObjectMeta';
}

type Args = { [key: string]: MarkerValue };

function find(markers: readonly ParsedMarker[], name: string): ParsedMarker | undefined {
  return markers.find((m) => m.name === name);
}

function argsOf(marker: ParsedMarker | undefined): Args {
  const value = marker?.value;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function str(value: MarkerValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: MarkerValue | undefined): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** Fills the kind information of a kind from its markers; reports scope conflicts and bad custom subresources. */
export function kindInfo(
  type: ApiType,
  packageTypes: ReadonlyMap<string, ApiType>,
  diagnostics: Diagnostic[],
): KindInfo {
  const resource = argsOf(find(type.markers, MarkerNames.resource));
  return {
    kind: type.name,
    listKind: `${type.name}List`,
    plural: str(resource.path) ?? pluralize(type.name),
    singular: str(resource.singular) ?? type.name.toLowerCase(),
    shortNames: list(resource.shortName),
    categories: list(resource.categories),
    scope: scopeOf(type, str(resource.scope), diagnostics),
    subresources: subresourcesOf(type, packageTypes, diagnostics),
    printerColumns: type.markers
      .filter((m) => m.name === MarkerNames.printColumn)
      .map(printerColumn),
    root:
      find(type.markers, MarkerNames.objectRoot)?.value === true ||
      find(type.markers, MarkerNames.genclient) !== undefined,
  };
}

function scopeOf(
  type: ApiType,
  resourceScope: string | undefined,
  diagnostics: Diagnostic[],
): 'Namespaced' | 'Cluster' {
  const nonNamespaced = find(type.markers, MarkerNames.nonNamespaced);
  const genclient = find(type.markers, MarkerNames.genclient);
  if (resourceScope === 'Namespaced' && nonNamespaced) {
    diagnostics.push(
      error(
        Codes.ScopeConflict,
        `${type.name} is namespaced by +kubebuilder:resource:scope=Namespaced but cluster-scoped by +genclient:nonNamespaced`,
        nonNamespaced.position,
        'remove +genclient:nonNamespaced, or write +kubebuilder:resource:scope=Cluster',
      ),
    );
  }
  if (resourceScope === 'Cluster' && genclient && !nonNamespaced) {
    diagnostics.push(
      error(
        Codes.ScopeConflict,
        `${type.name} is cluster-scoped by +kubebuilder:resource:scope=Cluster but +genclient without +genclient:nonNamespaced makes a namespaced client`,
        genclient.position,
        'add // +genclient:nonNamespaced below +genclient',
      ),
    );
  }
  if (resourceScope === 'Cluster' || resourceScope === 'Namespaced') return resourceScope;
  return nonNamespaced ? 'Cluster' : 'Namespaced';
}

function subresourcesOf(
  type: ApiType,
  packageTypes: ReadonlyMap<string, ApiType>,
  diagnostics: Diagnostic[],
): Subresources {
  const scaleMarker = find(type.markers, MarkerNames.scaleSubresource);
  const scaleArgs = argsOf(scaleMarker);
  const custom: CustomSubresource[] = [];
  for (const marker of type.markers.filter((m) => m.name === MarkerNames.customSubresource)) {
    const args = argsOf(marker);
    const request = str(args.request) ?? '';
    const target = packageTypes.get(request);
    if (!target || !target.typeMeta) {
      diagnostics.push(
        error(
          Codes.InvalidSubresource,
          target
            ? `the request type ${request} of subresource ${str(args.path)} does not extend TypeMeta`
            : `the request type ${request} of subresource ${str(args.path)} is not declared in this package`,
          marker.position,
          `declare it beside ${type.name}: export interface ${request} extends TypeMeta { … }`,
        ),
      );
    }
    custom.push({ path: str(args.path) ?? '', request, kind: str(args.kind) ?? request });
  }
  custom.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    status: find(type.markers, MarkerNames.statusSubresource) !== undefined,
    ...(scaleMarker
      ? {
          scale: {
            specReplicasPath: str(scaleArgs.specpath) ?? '',
            statusReplicasPath: str(scaleArgs.statuspath) ?? '',
            ...(str(scaleArgs.selectorpath) !== undefined
              ? { labelSelectorPath: str(scaleArgs.selectorpath) }
              : {}),
          },
        }
      : {}),
    custom,
  };
}

function printerColumn(marker: ParsedMarker): PrinterColumn {
  const args = argsOf(marker);
  const column: PrinterColumn = {
    name: str(args.name) ?? '',
    type: str(args.type) ?? '',
    jsonPath: str(args.JSONPath) ?? '',
  };
  if (str(args.description) !== undefined) column.description = str(args.description);
  if (str(args.format) !== undefined) column.format = str(args.format);
  if (typeof args.priority === 'number') column.priority = args.priority;
  return column;
}

/** Checks an author-written list type: extends TypeMeta, `metadata?: ListMeta`, `items: Kind[]`. */
export function checkListType(list: ApiType, kind: ApiType, diagnostics: Diagnostic[]): void {
  const fields = list.shape.form === 'struct' ? list.shape.fields : [];
  const metadata = fields.find((f) => f.name === 'metadata');
  const items = fields.find((f) => f.name === 'items');
  const problems: string[] = [];
  if (!list.typeMeta) problems.push('it does not extend TypeMeta');
  if (!metadata || metadata.type.ref !== 'meta' || metadata.type.name !== 'ListMeta')
    problems.push('it has no field metadata of type ListMeta');
  const itemsRef = items?.type;
  if (
    !itemsRef ||
    itemsRef.ref !== 'array' ||
    itemsRef.items.ref !== 'named' ||
    itemsRef.items.name !== kind.name
  ) {
    problems.push(`it has no field items of type ${kind.name}[]`);
  }
  if (problems.length === 0) return;
  diagnostics.push(
    error(
      Codes.InvalidListType,
      `${list.name} is the list type of ${kind.name} but ${problems.join(', ')}`,
      list.position,
      `write it as: export interface ${list.name} extends TypeMeta { metadata?: ListMeta; items: ${kind.name}[] } — or delete it and kubegen provides it`,
    ),
  );
}

/** The list type kubegen provides for a kind whose author did not write one. */
export function syntheticListType(kind: ApiType): ApiType {
  const kindRef: TypeRef = { ref: 'named', id: kind.id, name: kind.name, package: kind.package };
  const field = (name: string, doc: string, type: TypeRef, optional: boolean): ApiField => ({
    name,
    doc,
    markers: [],
    position: kind.position,
    optional,
    required: !optional,
    nullable: false,
    type,
  });
  const name = `${kind.name}List`;
  return {
    name,
    package: kind.package,
    id: `${kind.package}#${name}`,
    file: kind.file,
    doc: `${name} is a list of ${kind.name}.`,
    markers: [],
    position: kind.position,
    shape: {
      form: 'struct',
      fields: [
        ...typeMetaFields(kind.position),
        field('metadata', 'Standard list metadata.', { ref: 'meta', name: 'ListMeta' }, true),
        field(
          'items',
          `Items is the list of ${kind.name}.`,
          { ref: 'array', items: kindRef },
          false,
        ),
      ],
      embedded: [{ ref: 'meta', name: 'TypeMeta' }],
    },
    typeMeta: true,
    listOf: kind.name,
    synthetic: true,
  };
}
