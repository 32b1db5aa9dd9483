/*
 * A model covering every TypeRef form, with the TypeScript sources it stands for, so that generated
 * code can be type-checked against them.
 */
import { ModelBuilder, field, marker, t } from '../../../emit/src/__tests__/model-builder';

export const DEMO = 'apis/demo/v1';
export const COMMON = 'apis/common/v1';
const EXT_FILE = 'apis/shared/ext.ts';

/** The demo model: `apis/demo/v1` opts in by package, `apis/common/v1` only for one type. */
export function demoModel(markers = [marker('k8s:deepcopy-gen', 'package')]): ModelBuilder {
  const b = new ModelBuilder();
  const ext = { file: EXT_FILE };
  b.external('Ext', { form: 'struct', fields: [field('id', t.string, { required: true }), field('parts', t.array(t.named(`external:${EXT_FILE}`, 'ExtPart')))], embedded: [] }, ext);
  b.external('ExtPart', { form: 'struct', fields: [field('n', t.int32)], embedded: [] }, ext);

  b.package(COMMON, 'common.example.com')
    .struct('Shared', [field('name', t.string), field('inner', t.named(COMMON, 'SharedInner'))])
    .struct('SharedInner', [field('v', t.array(t.string))])
    .struct('Opted', [field('values', t.map(t.array(t.string)))], { markers: [marker('k8s:deepcopy-gen', true)] });

  const port = t.named(DEMO, 'Port');
  b.package(DEMO, 'demo.example.com', markers)
    .enum('Phase', ['Pending', 'Running'])
    .alias('Labels', t.map(t.string))
    .alias('Matrix', t.array(t.array(t.int32)))
    .alias('Ports', t.array(port))
    .alias('Replicas', t.int32)
    .struct('Port', [field('name', t.string), field('port', t.int32, { required: true })])
    .struct('Node', [
      field('value', t.string, { required: true }),
      field('children', t.array(t.named(DEMO, 'Node'))),
      field('next', t.nullable(t.named(DEMO, 'Node'))),
    ])
    .struct('Skipped', [field('a', t.string)], { markers: [marker('k8s:deepcopy-gen', false)] })
    .struct('FooStatus', [field('ready', t.boolean)])
    .struct('FooSpec', [
      field('required', t.string, { required: true }),
      field('requiredList', t.array(port), { required: true }),
      field('replicas', t.named(DEMO, 'Replicas')),
      field('phase', t.named(DEMO, 'Phase')),
      field('inlinePhase', t.enum('A', 'B')),
      field('labels', t.named(DEMO, 'Labels')),
      field('tags', t.array(t.string)),
      field('matrix', t.named(DEMO, 'Matrix')),
      field('ports', t.named(DEMO, 'Ports')),
      field('portsByName', t.map(port)),
      field('portLists', t.map(t.array(port))),
      field('nested', t.struct([field('a', t.string, { required: true }), field('b', t.int32), field('inner', t.struct([field('c', t.array(t.string))]))])),
      field('nullableName', t.nullable(t.string)),
      field('nullablePort', t.nullable(port)),
      field('nullableList', t.nullable(t.array(port))),
      field('nullableInline', t.nullable(t.struct([field('d', t.string)]))),
      field('tree', t.named(DEMO, 'Node')),
      field('selector', t.meta('LabelSelector')),
      field('conditions', t.array(t.meta('Condition'))),
      field('raw', t.meta('RawExtension')),
      field('free', t.meta('JSONValue')),
      field('size', t.meta('Quantity')),
      field('target', t.meta('IntOrString')),
      field('when', t.meta('Time')),
      field('shared', t.named(COMMON, 'Shared')),
      field('opted', t.named(COMMON, 'Opted')),
      field('ext', t.named(`external:${EXT_FILE}`, 'Ext')),
      field('skipped', t.named(DEMO, 'Skipped')),
      field('x-dashed', t.string),
      field('default', t.array(t.string)),
    ])
    .kind('Foo', [field('spec', t.named(DEMO, 'FooSpec'), { required: true }), field('status', t.named(DEMO, 'FooStatus'))]);
  return b;
}

/** The hand-written sources the demo model was loaded from. */
export const DEMO_SOURCES: Record<string, string> = {
  [EXT_FILE]: `import type { int32 } from '@kubegen/runtime';
export interface Ext { id: string; parts?: ExtPart[] }
export interface ExtPart { n?: int32 }
`,
  [`${COMMON}/types.ts`]: `export interface Shared { name?: string; inner?: SharedInner }
export interface SharedInner { v?: string[] }
export interface Opted { values?: Record<string, string[]> }
`,
  [`${DEMO}/types.ts`]: `import type { Condition, IntOrString, JSONValue, LabelSelector, ObjectMeta, Quantity, RawExtension, Time, TypeMeta, int32 } from '@kubegen/runtime';
import type { Opted, Shared } from '../../common/v1/types';
import type { Ext } from '../../shared/ext';
export type Phase = 'Pending' | 'Running';
export type Labels = Record<string, string>;
export type Matrix = int32[][];
export type Ports = Port[];
export type Replicas = int32;
export interface Port { name?: string; port: int32 }
export interface Node { value: string; children?: Node[]; next?: Node | null }
export interface Skipped { a?: string }
export interface FooStatus { ready?: boolean }
export interface FooSpec {
  required: string;
  requiredList: Port[];
  replicas?: Replicas;
  phase?: Phase;
  inlinePhase?: 'A' | 'B';
  labels?: Labels;
  tags?: string[];
  matrix?: Matrix;
  ports?: Ports;
  portsByName?: Record<string, Port>;
  portLists?: Record<string, Port[]>;
  nested?: { a: string; b?: int32; inner?: { c?: string[] } };
  nullableName?: string | null;
  nullablePort?: Port | null;
  nullableList?: Port[] | null;
  nullableInline?: { d?: string } | null;
  tree?: Node;
  selector?: LabelSelector;
  conditions?: Condition[];
  raw?: RawExtension;
  free?: JSONValue;
  size?: Quantity;
  target?: IntOrString;
  when?: Time;
  shared?: Shared;
  opted?: Opted;
  ext?: Ext;
  skipped?: Skipped;
  'x-dashed'?: string;
  default?: string[];
}
export interface Foo extends TypeMeta { metadata?: ObjectMeta; spec: FooSpec; status?: FooStatus }
`,
};

/** A Foo with every field set. */
export function fullFoo(): Record<string, unknown> {
  const port = (n: number) => ({ name: `p${n}`, port: n });
  return {
    kind: 'Foo',
    apiVersion: 'demo.example.com/v1',
    metadata: { name: 'a', namespace: 'b', labels: { x: 'y' }, finalizers: ['f'] },
    spec: {
      required: 'r',
      requiredList: [port(1)],
      replicas: 3,
      phase: 'Running',
      inlinePhase: 'A',
      labels: { a: 'b', ['__proto__']: 'c' },
      tags: ['t1', 't2'],
      matrix: [[1, 2], [3]],
      ports: [port(2), { port: 3 }],
      portsByName: { http: port(80) },
      portLists: { a: [port(4), port(5)], b: [] },
      nested: { a: 'x', b: 2, inner: { c: ['z'] } },
      nullableName: null,
      nullablePort: port(6),
      nullableList: null,
      nullableInline: { d: 'dd' },
      tree: { value: 'root', children: [{ value: 'c1', next: null }, { value: 'c2', children: [] }], next: { value: 'n' } },
      selector: { matchLabels: { a: 'b' }, matchExpressions: [{ key: 'k', operator: 'In', values: ['v'] }] },
      conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2024-01-01T00:00:00Z', reason: 'R', message: 'm' }],
      raw: { apiVersion: 'v1', kind: 'X', spec: { deep: [1, { a: null }] } },
      free: { any: ['thing', 1, true, null, { nested: {} }] },
      size: '1Gi',
      target: 8080,
      when: '2024-01-01T00:00:00Z',
      shared: { name: 's', inner: { v: ['q'] } },
      opted: { values: { k: ['v1', 'v2'] } },
      ext: { id: 'e', parts: [{ n: 1 }, {}] },
      skipped: { a: 'kept' },
      'x-dashed': 'dash',
      default: ['d'],
    },
    status: { ready: true },
  };
}
