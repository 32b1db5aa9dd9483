import type { ApiModel, ApiPackage, ApiType, MetaTypeName } from '@kubegen/model';
import { INTERNAL_VERSION } from '@kubegen/model';
import { modelIndex, packageAt } from './model-index';

/** Kubernetes definition names of the meta types, as the API server publishes them. */
export const META_DEFINITION_NAMES: Readonly<Record<MetaTypeName, string>> = {
  TypeMeta: 'io.k8s.apimachinery.pkg.apis.meta.v1.TypeMeta',
  ObjectMeta: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
  ListMeta: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta',
  Time: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
  MicroTime: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime',
  Duration: 'io.k8s.apimachinery.pkg.apis.meta.v1.Duration',
  Quantity: 'io.k8s.apimachinery.pkg.api.resource.Quantity',
  IntOrString: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
  RawExtension: 'io.k8s.apimachinery.pkg.runtime.RawExtension',
  JSONValue: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON',
  LabelSelector: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector',
  Condition: 'io.k8s.apimachinery.pkg.apis.meta.v1.Condition',
};

/** The definition name of a meta type (`io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`). */
export function metaDefinitionName(name: MetaTypeName): string {
  return META_DEFINITION_NAMES[name];
}

/**
 * The Kubernetes definition name of a type: `+k8s:openapi-model-package` of its package if written, else the
 * reverse-domain group, the version and the type (`me.jeremyxu2010.demo.v1beta1.Foo`); internal packages have no
 * version segment (`com.example.kitchen.Cookbook`). External types: an npm module's name with `@` dropped and `/`
 * turned into `.` (`acme.types.Utensil`), or the folder of the declaring file (`apis.kitchen.common.Utensil`).
 */
export function definitionName(model: ApiModel, type: ApiType): string {
  const names = modelIndex(model).definitionNames;
  let name = names.get(type);
  if (name === undefined) names.set(type, (name = nameOfDefinition(packageAt(model, type.package), type)));
  return name;
}

function nameOfDefinition(pkg: ApiPackage | undefined, type: ApiType): string {
  if (!pkg) return `${externalPrefix(type)}.${type.name}`;
  const modelPackage = pkg.markers.find((m) => m.name === 'k8s:openapi-model-package')?.value;
  if (typeof modelPackage === 'string' && modelPackage !== '')
    return `${modelPackage}.${type.name}`;
  const group = pkg.group.split('.').reverse().join('.');
  const segments = pkg.version === INTERNAL_VERSION ? [group] : [group, pkg.version];
  return [...segments, type.name].join('.');
}

function externalPrefix(type: ApiType): string {
  if (type.module) return type.module.replace(/^@/, '').split('/').join('.');
  const dir = type.file.includes('/') ? type.file.slice(0, type.file.lastIndexOf('/')) : '';
  return dir.split('/').filter(Boolean).join('.') || 'external';
}
