import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiModel } from '@kubegen/model';
import { listTypesGenerator } from '@kubegen/gen-register';
import { writeTree } from '@kubegen/testing';
import { loadModule, typeErrors, withGenerated } from '../../emit/src/__tests__/compile';
import { defaultsGenerator } from './generator';

const PKG = 'apis/shop/v1';
const DOC = `// +groupName=shop.example.com\n\nexport {};\n`;

const TYPES = `import type { TypeMeta, ObjectMeta, int32, Quantity } from '@kubegen/runtime';
/** Shop is a kind. */
export interface Shop extends TypeMeta { metadata?: ObjectMeta; spec?: ShopSpec }
export interface Shelf {
  name: string;
  /** +default="oak" */
  wood?: string;
}
export interface ShopSpec {
  /** +kubebuilder:default=3 */
  replicas?: int32;
  /** +kubebuilder:default={"a":"1"} */
  labels?: Record<string, string>;
  /** +kubebuilder:default={} */
  tags?: string[];
  /** +default=ref(DefaultOwner) */
  owner?: string;
  /** +default=ref(DefaultHours) */
  hours?: int32[];
  /** +kubebuilder:default="1Gi" */
  memory?: Quantity;
  shelves?: Shelf[];
  byName?: Record<string, Shelf>;
  inline?: {
    /** +default=true */
    open?: boolean;
  };
  mode?: 'Fast' | 'Slow';
}
`;

const HOOKS = `import type { ShopSpec } from './shop_types';
export const DefaultOwner = 'nobody';
export const DefaultHours = [9, 17];
/** Sets replicas from the mode before the markers run. */
export function setDefaults_ShopSpec(obj: ShopSpec): void {
  if (obj.mode === 'Fast' && obj.replicas === undefined) obj.replicas = 10;
}
`;

function load(files: Record<string, string>): { model: ApiModel; diagnostics: unknown[] } {
  const root = writeTree(files);
  return loadApiModel({ root, sourceRoots: ['apis'], registry: defaultMarkerRegistry() });
}

const sources = { [`${PKG}/doc.ts`]: DOC, [`${PKG}/shop_types.ts`]: TYPES, [`${PKG}/defaults.ts`]: HOOKS };
const loaded = load(sources);
const result = defaultsGenerator.generate(loaded.model, {});
const files = withGenerated(sources, [...result.files, ...listTypesGenerator.generate(loaded.model, {}).files]);
type Defaulter = (obj: Record<string, unknown>) => void;
const mod = () => loadModule(files, `${PKG}/zz_generated.defaults.ts`);
const setShop = (obj: Record<string, unknown>) => (mod().setObjectDefaults_Shop as Defaulter)(obj);
const shop = (spec: Record<string, unknown>) => ({ apiVersion: 'shop.example.com/v1', kind: 'Shop', spec });

describe("defaultsGenerator", () => {
  it('generates zz_generated.defaults.ts without diagnostics, and it type-checks under strict', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual([`${PKG}/zz_generated.defaults.ts`]);
    expect(typeErrors(files)).toEqual([]);
  });

  it('fills every absent field with its default, through lists, maps and inline structs', () => {
    const obj = shop({ shelves: [{ name: 'a' }, { name: 'b', wood: 'pine' }], byName: { x: { name: 'x' } }, inline: {} });
    setShop(obj);
    expect(obj.spec).toEqual({
      replicas: 3,
      labels: { a: '1' },
      tags: [],
      owner: 'nobody',
      hours: [9, 17],
      memory: '1Gi',
      shelves: [{ name: 'a', wood: 'oak' }, { name: 'b', wood: 'pine' }],
      byName: { x: { name: 'x', wood: 'oak' } },
      inline: { open: true },
    });
  });

  it('runs the hand-written hook first: the marker only fills what the hook left absent', () => {
    const fast = shop({ mode: 'Fast' });
    setShop(fast);
    expect((fast.spec as { replicas: number }).replicas).toBe(10);
    const set = shop({ mode: 'Fast', replicas: 0 });
    setShop(set);
    expect((set.spec as { replicas: number }).replicas).toBe(0);
  });

  it('gives each object fresh copies of object and list defaults, consts included', () => {
    const a = shop({});
    const b = shop({});
    setShop(a);
    setShop(b);
    const sa = a.spec as Record<string, unknown[]>;
    const sb = b.spec as Record<string, unknown[]>;
    expect(sa.labels).not.toBe(sb.labels);
    expect(sa.tags).not.toBe(sb.tags);
    expect(sa.hours).not.toBe(sb.hours);
    sa.hours.push(23);
    const c = shop({});
    setShop(c);
    expect((c.spec as Record<string, unknown>).hours).toEqual([9, 17]);
  });

  it('defaults every item of the list kind, and registers defaulters the scheme applies', () => {
    const list = { apiVersion: 'shop.example.com/v1', kind: 'ShopList', items: [shop({}), shop({ replicas: 7 })] };
    (mod().setObjectDefaults_ShopList as Defaulter)(list);
    expect(list.items.map((s) => (s.spec as { replicas: number }).replicas)).toEqual([3, 7]);
    const added: string[] = [];
    const scheme = { addDefaultingFunc: (gvk: { kind: string }) => added.push(gvk.kind) };
    (mod().registerDefaults as (s: unknown) => void)(scheme);
    expect(added).toEqual(['Shop', 'ShopList']);
  });

  it('leaves a malformed value alone instead of throwing', () => {
    const obj = shop({ shelves: 'nope', byName: 3, inline: null });
    expect(() => setShop(obj)).not.toThrow();
    expect((obj.spec as Record<string, unknown>).shelves).toBe('nope');
  });

  it('prints the same file whatever order the model lists packages and types in', () => {
    const reversed: ApiModel = { ...loaded.model, packages: [...loaded.model.packages].reverse().map((p) => ({ ...p, types: [...p.types].reverse() })) };
    expect(defaultsGenerator.generate(reversed, {}).files).toEqual(result.files);
  });
});

describe('defaultsGenerator on bad input', () => {
  const bad = load({
    [`${PKG}/doc.ts`]: DOC,
    [`${PKG}/shop_types.ts`]: `import type { TypeMeta, ObjectMeta, int32 } from '@kubegen/runtime';
export interface Shop extends TypeMeta { metadata?: ObjectMeta; spec?: ShopSpec }
export interface ShopSpec {
  /** +kubebuilder:default="three" */
  replicas?: int32;
  /** +default="x" */
  name: string;
  /** +default={"colour":"red"} */
  shelf?: { size?: int32 };
  /** +default=ref(Missing) */
  owner?: string;
  /** +kubebuilder:default=Medium */
  mode?: 'Fast' | 'Slow';
}
`,
    [`${PKG}/defaults.ts`]: `import type { ShopSpec } from './shop_types';
export function setDefaults_ShopSpec(obj: ShopSpec, extra: string): boolean { return !!obj && !!extra; }
`,
  });
  const { files: badFiles, diagnostics } = defaultsGenerator.generate(bad.model, {});
  const byCode = (code: string) => diagnostics.filter((d) => d.code === code);

  it('collects every problem in one run and writes no file', () => {
    expect(badFiles).toEqual([]);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['KG5001', 'KG5001', 'KG5001', 'KG5002', 'KG5003', 'KG5004']);
    for (const d of diagnostics) {
      expect(d.position?.file).toMatch(/apis\/shop\/v1\/(shop_types|defaults)\.ts$/);
      expect(d.hint).toBeTruthy();
    }
  });

  it('a default that does not fit its field names the marker, the field, the value and the line', () => {
    const [replicas, shelf, mode] = byCode('KG5001');
    expect(replicas.message).toContain('+kubebuilder:default="three" on ShopSpec.replicas');
    expect(replicas.message).toContain('"three" is a string, but the type is int32');
    expect(replicas.position?.line).toBe(4);
    expect(shelf.message).toContain('.colour: no such field (fields: size)');
    expect(mode.message).toContain('"Medium" is not one of "Fast", "Slow"');
  });

  it('a default on a field without ? tells the author to make it optional', () => {
    const [d] = byCode('KG5002');
    expect(d.message).toContain('ShopSpec.name');
    expect(d.hint).toContain("write 'name?:'");
    expect(d.position?.line).toBe(6);
  });

  it('a hook with the wrong signature prints the signature to write', () => {
    const [d] = byCode('KG5003');
    expect(d.message).toContain('setDefaults_ShopSpec has the signature (obj: ShopSpec, extra: string): boolean');
    expect(d.hint).toBe('write: export function setDefaults_ShopSpec(obj: ShopSpec): void');
  });

  it('ref() naming no const of the package says so', () => {
    expect(byCode('KG5004')[0].message).toContain('no exported const Missing');
  });
});
