import type { ApiField, ApiModel, TypeRef } from '@kubegen/model';

/*
 * An independent checker of a value against a hand-built model, used to test that generated values
 * have the declared shape. Meta types are checked only for their JSON kind: their own tests check more.
 */

const metaKinds: Record<string, string> = {
  TypeMeta: 'object',
  ObjectMeta: 'object',
  ListMeta: 'object',
  LabelSelector: 'object',
  Condition: 'object',
  RawExtension: 'object',
  Time: 'string',
  MicroTime: 'string',
  Duration: 'string',
  Quantity: 'string',
};

/** The problems of `value` as a `typeId` of `model`, each naming its path; empty when it conforms. */
export function conformanceProblems(model: ApiModel, typeId: string, value: unknown): string[] {
  const types = new Map(
    [...model.packages.flatMap((p) => p.types), ...model.externalTypes].map((t) => [t.id, t]),
  );
  const problems: string[] = [];
  const isPlainObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.getPrototypeOf(v) === Object.prototype;

  const checkFields = (fields: ApiField[], v: unknown, path: string): void => {
    if (!isPlainObject(v)) return void problems.push(`${path}: not a plain object`);
    const declared = new Set(fields.map((f) => f.name));
    for (const key of Object.keys(v)) {
      if (!declared.has(key) && key !== 'apiVersion' && key !== 'kind')
        problems.push(`${path}.${key}: not declared`);
      if (v[key] === undefined) problems.push(`${path}.${key}: undefined-valued`);
    }
    for (const f of fields) {
      if (!(f.name in v)) {
        if (f.required) problems.push(`${path}.${f.name}: required but absent`);
        continue;
      }
      if (v[f.name] === null && (f.nullable || f.type.nullable)) continue;
      checkRef(f.type, v[f.name], `${path}.${f.name}`);
    }
  };

  const checkType = (id: string, v: unknown, path: string): void => {
    const type = types.get(id);
    if (!type) return void problems.push(`${path}: unknown type ${id}`);
    const shape = type.shape;
    if (shape.form === 'enum') return checkRef({ ref: 'enum', values: shape.values }, v, path);
    if (shape.form === 'alias') return checkRef(shape.target, v, path);
    checkFields(shape.fields, v, path);
  };

  const checkRef = (ref: TypeRef, v: unknown, path: string): void => {
    const freeForm = ref.ref === 'meta' && ref.name === 'JSONValue';
    if (v === null && !freeForm) {
      if (!ref.nullable) problems.push(`${path}: null but not nullable`);
      return;
    }
    switch (ref.ref) {
      case 'scalar': {
        const ok =
          ref.scalar === 'string'
            ? typeof v === 'string'
            : ref.scalar === 'boolean'
              ? typeof v === 'boolean'
              : ref.scalar === 'bytes'
                ? typeof v === 'string' && Buffer.from(v, 'base64').toString('base64') === v
                : ref.scalar === 'int32' || ref.scalar === 'int'
                  ? Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31
                  : ref.scalar === 'int64'
                    ? Number.isSafeInteger(v)
                    : typeof v === 'number' && Number.isFinite(v);
        if (!ok) problems.push(`${path}: ${JSON.stringify(v)} is not a ${ref.scalar}`);
        return;
      }
      case 'enum':
        if (!ref.values.includes(v as string))
          problems.push(`${path}: ${JSON.stringify(v)} not in ${ref.values.join('|')}`);
        return;
      case 'meta': {
        const expected = metaKinds[ref.name];
        const actual = Array.isArray(v) ? 'array' : typeof v;
        if (expected !== undefined && actual !== expected)
          problems.push(`${path}: ${ref.name} is a ${actual}`);
        return;
      }
      case 'named':
        return checkType(ref.id, v, path);
      case 'struct':
        return checkFields(ref.fields, v, path);
      case 'array':
        if (!Array.isArray(v)) return void problems.push(`${path}: not an array`);
        return v.forEach((item, i) => checkRef(ref.items, item, `${path}[${i}]`));
      case 'map':
        if (!isPlainObject(v)) return void problems.push(`${path}: not a plain object`);
        return Object.entries(v).forEach(([k, item]) =>
          checkRef(ref.values, item, `${path}[${JSON.stringify(k)}]`),
        );
    }
  };

  checkType(typeId, value, '$');
  return problems;
}
