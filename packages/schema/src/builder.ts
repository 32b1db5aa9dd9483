import { Codes, error, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import type { MarkerValue } from '@kubegen/markers';
import type { ApiField, ApiModel, ApiType, ScalarName, TypeRef } from '@kubegen/model';
import { addRule, applySchemaMarkers, type ApplyContext } from './apply-markers';
import { crdMetaSchema, TYPE_META_DESCRIPTIONS } from './crd-meta-schemas';
import { openApiEnumValues, withEnumValueLines } from './enum-description';
import { find, V } from './markers';
import { mergeFieldOntoType } from './merge';
import { modelIndex, packageAt } from './model-index';
import { definitionName, metaDefinitionName } from './names';
import type { JSONSchemaProps, SchemaFlavor, SchemaOptions, SchemaOrigin } from './types';

/** Where a type is used, for diagnostics. */
interface Site {
  label: string;
  position: SourcePosition;
}

/** Options of the shared builder. */
export interface BuilderOptions extends SchemaOptions {
  /** Prefix of `$ref`s in the openapi flavor (default `#/definitions/`). */
  refPrefix?: string;
}

/**
 * Builds JSONSchemaProps from the model. In the crd flavor named types are inlined (a CRD may not `$ref`) and
 * recursion is an error; in the openapi flavor named structs become `$ref`s to their definitions.
 */
export class SchemaBuilder {
  readonly diagnostics: Diagnostic[] = [];
  readonly origins = new WeakMap<object, SchemaOrigin>();
  private readonly types: ReadonlyMap<string, ApiType>;
  private readonly inlining: string[] = [];
  private readonly reportedDangerous = new Set<string>();

  constructor(
    private readonly model: ApiModel,
    readonly flavor: SchemaFlavor,
    private readonly options: BuilderOptions = {},
  ) {
    this.types = modelIndex(model).types;
  }

  /** The schema of a kind as the root of a CRD version: root `metadata` is `{type: object}`. */
  rootSchema(kind: ApiType): JSONSchemaProps {
    this.inlining.push(kind.id);
    const schema = this.typeSchema(kind, true);
    this.inlining.pop();
    return schema;
  }

  /** The schema of a named type: its definition (openapi) or its inlined schema (crd). */
  typeSchema(type: ApiType, root = false): JSONSchemaProps {
    const ctx = this.context(type.name, type.package);
    const description = this.describe(type.doc);
    let schema: JSONSchemaProps;
    switch (type.shape.form) {
      case 'struct': {
        schema = this.structSchema(type.shape.fields, type.name, root, type.package);
        if (description !== undefined) schema.description = description;
        applySchemaMarkers(schema, schema, type.markers, ctx);
        this.addImmutableRules(schema, type.shape.fields, type.name, type.package);
        if (this.flavor === 'openapi') this.addUnion(schema, type);
        break;
      }
      case 'alias': {
        const base = this.refSchema(type.shape.target, {
          label: type.name,
          position: type.position,
        });
        if (this.flavor === 'openapi' && type.shape.target.ref === 'enum')
          base.enum = openApiEnumValues(type.shape.target.values, type.markers);
        const overlay: JSONSchemaProps = description !== undefined ? { description } : {};
        applySchemaMarkers(overlay, base, type.markers, ctx);
        schema = mergeFieldOntoType(base, overlay);
        break;
      }
      case 'enum': {
        schema = {
          ...(description !== undefined && { description }),
          enum: this.flavor === 'openapi' ? openApiEnumValues(type.shape.values, type.markers) : [...type.shape.values],
          type: 'string',
        };
        applySchemaMarkers(schema, schema, type.markers, ctx);
        break;
      }
    }
    this.origins.set(schema, { position: type.position, label: type.name });
    return schema;
  }

  private structSchema(
    fields: readonly ApiField[],
    owner: string,
    root: boolean,
    pkg?: string,
  ): JSONSchemaProps {
    const schema: JSONSchemaProps = { type: 'object' };
    if (fields.length === 0) return schema;
    const properties: Record<string, JSONSchemaProps> = {};
    for (const field of fields) {
      properties[field.name] =
        root &&
        field.name === 'metadata' &&
        field.type.ref === 'meta' &&
        field.type.name === 'ObjectMeta'
          ? this.rootMetadata(field, owner)
          : this.fieldSchema(field, owner, pkg);
    }
    schema.properties = properties;
    const required = fields.filter((f) => f.required).map((f) => f.name);
    // controller-gen sorts `required`; openapi-gen keeps field order.
    if (required.length > 0) schema.required = this.flavor === 'crd' ? required.sort() : required;
    return schema;
  }

  // A kind's own metadata is the API server's to validate: controller-gen's FixTopLevelMetadata keeps it
  // `{type: object}` even with generateEmbeddedObjectMeta.
  private rootMetadata(field: ApiField, owner: string): JSONSchemaProps {
    const schema: JSONSchemaProps =
      this.flavor === 'crd'
        ? { type: 'object' }
        : { $ref: this.ref(metaDefinitionName('ObjectMeta')) };
    this.origins.set(schema, { position: field.position, label: `${owner}.${field.name}` });
    return schema;
  }

  /** The schema of one field: the schema of its type with the field's description and markers merged on. */
  fieldSchema(field: ApiField, owner: string, pkg?: string): JSONSchemaProps {
    const label = `${owner}.${field.name}`;
    const site = { label, position: field.position };
    if (
      field.inheritedFrom === 'TypeMeta' &&
      (field.name === 'kind' || field.name === 'apiVersion')
    ) {
      const schema: JSONSchemaProps = {
        description: this.describe(TYPE_META_DESCRIPTIONS[field.name]),
        type: 'string',
      };
      this.origins.set(schema, site);
      return schema;
    }
    // Schemaless exists to work around what CRD schemas cannot say; OpenAPI definitions keep the real type.
    const schemaless = this.flavor === 'crd' && find(field.markers, `${V}Schemaless`) !== undefined;
    const base = schemaless ? {} : this.refSchema(field.type, site);
    const overlay: JSONSchemaProps = {};
    const description =
      this.flavor === 'openapi'
        ? withEnumValueLines(this.describe(field.doc), this.namedType(field.type))
        : this.describe(field.doc);
    if (description !== undefined) overlay.description = description;
    if (field.nullable) overlay.nullable = true;
    applySchemaMarkers(overlay, base, field.markers, this.context(label, pkg));
    const schema = mergeFieldOntoType(base, overlay);
    if (this.flavor === 'openapi') this.forceDefault(schema, field);
    this.origins.set(schema, site);
    return schema;
  }

  /** The schema of a type reference, before the markers of the field or alias that uses it. */
  refSchema(ref: TypeRef, site: Site): JSONSchemaProps {
    switch (ref.ref) {
      case 'scalar':
        return this.scalarSchema(ref.scalar, site);
      case 'meta':
        return this.flavor === 'crd'
          ? crdMetaSchema(ref.name, this.options)
          : { $ref: this.ref(metaDefinitionName(ref.name)) };
      case 'enum':
        return { enum: [...ref.values], type: 'string' };
      case 'array':
        return { items: this.nested(ref.items, site), type: 'array' };
      case 'map':
        return { additionalProperties: this.nested(ref.values, site), type: 'object' };
      case 'struct': {
        const schema = this.structSchema(ref.fields, site.label, false);
        this.addImmutableRules(schema, ref.fields, site.label);
        return schema;
      }
      case 'named':
        return this.namedSchema(ref.id, site);
    }
  }

  /** The named type a reference is to, if it is one of the model's. */
  private namedType(ref: TypeRef): ApiType | undefined {
    return ref.ref === 'named' ? this.types.get(ref.id) : undefined;
  }

  private nested(ref: TypeRef, site: Site): JSONSchemaProps {
    const schema = this.refSchema(ref, site);
    return ref.nullable ? { ...schema, nullable: true } : schema;
  }

  private namedSchema(id: string, site: Site): JSONSchemaProps {
    const type = this.types.get(id);
    if (!type) return {};
    if (this.flavor === 'openapi') {
      return type.shape.form === 'struct'
        ? { $ref: this.ref(definitionName(this.model, type)) }
        : this.typeSchema(type);
    }
    const start = this.inlining.indexOf(id);
    if (start >= 0) {
      const cycle = [
        ...this.inlining.slice(start).map((t) => this.types.get(t)?.name ?? t),
        type.name,
      ].join(' → ');
      this.diagnostics.push(
        error(
          Codes.CrdRecursiveType,
          `${site.label} makes ${type.name} recursive (${cycle}): a CRD schema cannot describe a recursive type`,
          site.position,
          'mark the field +kubebuilder:validation:Schemaless and +kubebuilder:pruning:PreserveUnknownFields to keep it as free-form JSON, or give it the type JSONValue',
        ),
      );
      return { 'x-kubernetes-preserve-unknown-fields': true };
    }
    this.inlining.push(id);
    const schema = this.typeSchema(type);
    this.inlining.pop();
    return schema;
  }

  private scalarSchema(scalar: ScalarName, site: Site): JSONSchemaProps {
    const crd = this.flavor === 'crd';
    switch (scalar) {
      case 'string':
        return { type: 'string' };
      case 'boolean':
        return { type: 'boolean' };
      case 'int32':
        return { format: 'int32', type: 'integer' };
      case 'int64':
        return { format: 'int64', type: 'integer' };
      case 'int':
        return crd ? { type: 'integer' } : { format: 'int32', type: 'integer' };
      case 'bytes':
        return { format: 'byte', type: 'string' };
      case 'float32':
      case 'float64':
      case 'number':
        if (!crd) return { format: scalar === 'float32' ? 'float' : 'double', type: 'number' };
        this.checkDangerous(scalar, site);
        return { type: 'number' };
    }
  }

  private checkDangerous(scalar: ScalarName, site: Site): void {
    if (this.options.allowDangerousTypes) return;
    const key = `${site.position.file}:${site.position.line}:${site.position.column}`;
    if (this.reportedDangerous.has(key)) return;
    this.reportedDangerous.add(key);
    this.diagnostics.push(
      error(
        Codes.CrdDangerousType,
        `${site.label} is a ${scalar === 'number' ? 'bare number' : scalar}: floating-point numbers do not round-trip across languages and are refused in CRDs`,
        site.position,
        "use int32 or int64, a Quantity, or a string; or set the crd option allowDangerousTypes: true (controller-gen's crd:allowDangerousTypes)",
      ),
    );
  }

  /** `+k8s:immutable` on an optional field: the parent also forbids removing it once set (controller-gen). */
  private addImmutableRules(
    schema: JSONSchemaProps,
    fields: readonly ApiField[],
    owner: string,
    pkg?: string,
  ): void {
    for (const f of fields) {
      const marker = find(f.markers, 'k8s:immutable');
      if (!marker || f.required) continue;
      addRule(
        schema,
        {
          message: `field ${f.name} is immutable once set`,
          rule: `!has(oldSelf.${f.name}) || has(self.${f.name})`,
        },
        marker.position,
        this.context(owner, pkg),
      );
    }
  }

  /** openapi-gen's forced defaults: a field always present (no `?`) gets its zero value, a struct `{}`. */
  private forceDefault(schema: JSONSchemaProps, field: ApiField): void {
    if (field.optional || field.nullable || schema.default !== undefined) return;
    const t = field.type;
    if (t.ref === 'named' && this.types.get(t.id)?.shape.form === 'struct') schema.default = {};
    else if (schema.$ref === undefined && schema.type === 'string' && t.ref !== 'meta')
      schema.default = '';
    else if (schema.type === 'integer' || schema.type === 'number') schema.default = 0;
    else if (schema.type === 'boolean') schema.default = false;
  }

  /** kube-openapi's `x-kubernetes-unions` from `+union` and `+unionDiscriminator`. */
  private addUnion(schema: JSONSchemaProps, type: ApiType): void {
    if (type.shape.form !== 'struct' || !find(type.markers, 'union')) return;
    const discriminator = type.shape.fields.find((f) => find(f.markers, 'unionDiscriminator'));
    const members = type.shape.fields.filter((f) => f !== discriminator && f.optional);
    schema['x-kubernetes-unions'] = [
      {
        ...(discriminator && { discriminator: discriminator.name }),
        'fields-to-discriminateBy': Object.fromEntries(
          members.map((f) => [f.name, f.name.charAt(0).toUpperCase() + f.name.slice(1)]),
        ),
      },
    ];
  }

  private describe(doc: string): string | undefined {
    if (!doc) return undefined;
    // openapi-gen re-flows each paragraph onto one line; controller-gen keeps the line breaks.
    return this.flavor === 'crd'
      ? doc
      : doc
          .split(/\n\s*\n/)
          .map((p) =>
            p
              .split('\n')
              .map((l) => l.trim())
              .join(' '),
          )
          .join('\n\n');
  }

  private ref(name: string): string {
    return (
      (this.options.refPrefix ?? '#/definitions/') + name.replace(/~/g, '~0').replace(/\//g, '~1')
    );
  }

  private context(label: string, pkg?: string): ApplyContext {
    const constants = packageAt(this.model, pkg)?.constants ?? [];
    return {
      flavor: this.flavor,
      diagnostics: this.diagnostics,
      origins: this.origins,
      label,
      resolveConstant: (name: string): MarkerValue | undefined =>
        constants.find((c) => c.name === name)?.value,
    };
  }
}
