import * as path from 'node:path';
import type { Diagnostic } from '@kubegen/diagnostics';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiModel } from '@kubegen/model';
import { writeTree } from '@kubegen/testing';
import { buildCrds, type CrdBuildOptions, type CustomResourceDefinition } from '../index';

export const TYPES_FILE = 'apis/test/v1/widget_types.ts';

/** A one-version group `test.example.com/v1` whose `widget_types.ts` declares a kind `Widget` with `spec: WidgetSpec`, plus `body`. */
export function widgetTree(specBody: string, extra = '', kindMarkers = ''): Record<string, string> {
  return {
    'apis/test/v1/doc.ts': '// +groupName=test.example.com\n\nexport {};\n',
    [TYPES_FILE]: [
      "import type { TypeMeta, ObjectMeta, IntOrString, Quantity, JSONValue, RawExtension, int32, int64, int, Bytes } from '@kubegen/runtime';",
      '',
      `/**\n * Widget is a test kind.\n${kindMarkers}\n */`,
      'export interface Widget extends TypeMeta {',
      '  metadata?: ObjectMeta;',
      '  spec?: WidgetSpec;',
      '}',
      '',
      '/** WidgetSpec is the spec. */',
      'export interface WidgetSpec {',
      specBody,
      '}',
      extra,
      '',
    ].join('\n'),
  };
}

/** Loads a tree and builds its CRDs; model diagnostics must be empty unless `allowModelDiagnostics`. */
export function crdsOf(
  files: Record<string, string>,
  options: CrdBuildOptions = {},
): {
  crds: CustomResourceDefinition[];
  diagnostics: Diagnostic[];
  model: ApiModel;
  root: string;
  modelDiagnostics: Diagnostic[];
} {
  const root = writeTree(files);
  const { model, diagnostics: modelDiagnostics } = loadApiModel({
    root,
    registry: defaultMarkerRegistry(),
  });
  const { crds, diagnostics } = buildCrds(model, options);
  return { crds, diagnostics, model, root, modelDiagnostics };
}

/** `code file:line:col` of each diagnostic, relative to the tree. */
export function where(diagnostics: Diagnostic[], root: string): string[] {
  return diagnostics.map(
    (d) =>
      `${d.code} ${d.position ? `${path.relative(root, d.position.file)}:${d.position.line}:${d.position.column}` : '-'}`,
  );
}

/** The spec schema of the first version of the first CRD. */
export function specOf(crd: CustomResourceDefinition) {
  return crd.spec.versions[0].schema.openAPIV3Schema.properties!.spec;
}
