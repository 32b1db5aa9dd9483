import {
  DEFAULT_RUNTIME_MODULE,
  createTypeScriptFile,
  namedTypeText,
  packageFile,
  relativeModule,
  tsLiteral,
  tsString,
  type CommonGeneratorOptions,
  type GeneratedFile,
  type LiteralValue,
  type TypeScriptFile,
} from '@kubegen/emit';
import type { ApiPackage, ApiType } from '@kubegen/model';
import { keptByAnnotation, type LostFieldsPlan } from './lost-fields';
import type { Direction, PackagePlan } from './plan';
import { ValueWriter, type ValueWriterContext } from './value-writer';

const INTERNAL_VERSION = '__internal';

function gvkLiteral(pkg: ApiPackage, kind: string): string {
  return `{ group: ${tsString(pkg.group)}, version: ${tsString(pkg.internal ? INTERNAL_VERSION : pkg.version)}, kind: ${tsString(kind)} }`;
}

/** Writes `zz_generated.conversion.ts` of one version package. */
export function writeConversionFile(
  plan: PackagePlan,
  lost: LostFieldsPlan,
  types: ReadonlyMap<string, ApiType>,
  options: CommonGeneratorOptions,
): GeneratedFile {
  const spoke = plan.pair.spoke;
  const file = createTypeScriptFile({ path: packageFile(spoke.dir, 'zz_generated.conversion.ts'), generator: 'conversion', header: options.header });
  const directions = plan.types.flatMap((p) => [p.up, p.down]).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const d of directions) {
    file.declare(d.autoName);
    if (d.handWritten === undefined) file.declare(d.name);
  }
  file.declare('registerConversions');
  const byIds = new Map(directions.map((d) => [`${d.from.id}>${d.to.id}`, d]));
  const context: ValueWriterContext = {
    file,
    types,
    runtimeModule: options.runtimeModule ?? DEFAULT_RUNTIME_MODULE,
    convertFunctionOf: (fromId, toId) => {
      const d = byIds.get(`${fromId}>${toId}`);
      if (d === undefined) throw new Error(`kubegen bug: no conversion ${fromId} -> ${toId}`);
      return functionOf(file, d);
    },
  };
  for (const d of directions) writeDirection(context, d, lost);
  writeRegistration(context, plan, lost);
  return file.toGeneratedFile();
}

function functionOf(file: TypeScriptFile, d: Direction): string {
  return d.handWritten === undefined ? d.name : file.importValue(d.name, relativeModule(file.path, d.handWritten.file));
}

function writeDirection(context: ValueWriterContext, d: Direction, lost: LostFieldsPlan): void {
  const { file } = context;
  const fromType = namedTypeText(file, d.from.id, context);
  const toType = namedTypeText(file, d.to.id, context);
  const writer = new ValueWriter(context);
  for (const step of d.steps) {
    switch (step.action) {
      case 'convert':
        writer.writeField(step.from, step.to, 'input', 'out', '  ');
        break;
      case 'typeMeta':
        break;
      case 'optedOut':
        writer.push(`  // INFO: input.${step.from.name} ${step.why}.`);
        break;
      case 'manual':
        writer.push(
          keptByAnnotation(lost, d, step.reason)
            ? `  // INFO: input.${step.from.name} ${step.reason}: registerConversions keeps it in the conversion-data annotation.`
            : `  // WARNING: input.${step.from.name} requires manual conversion: ${step.reason}.`,
        );
    }
  }
  const body = writer.output();
  file.print('');
  file.jsdoc(`${d.autoName} converts ${d.from.name} of ${d.fromPackage.dir} into ${d.toPackage.dir} field by field; kind and apiVersion are left to the scheme.`);
  file.print(`export function ${d.autoName}(${body.length === 0 ? '_input' : 'input'}: ${fromType}, out: ${toType}): void {`, ...body, '}');
  if (d.handWritten !== undefined) return;
  file.print('');
  file.jsdoc(`${d.name} is a generated conversion function.`);
  file.print(`export function ${d.name}(input: ${fromType}, out: ${toType}): void {`, `  ${d.autoName}(input, out);`, '}');
}

function writeRegistration(context: ValueWriterContext, plan: PackagePlan, lost: LostFieldsPlan): void {
  const { file, runtimeModule } = context;
  const { spoke, hub } = plan.pair;
  const registered = plan.types.filter((p) => p.spoke.typeMeta && p.hub.typeMeta);
  const tables = registered.filter((p) => lost.tables.has(p.spoke.id));
  for (const pair of tables) {
    const name = `lostFields_${pair.name}`;
    file.declare(name);
    const type = file.importType('LostFields', runtimeModule);
    file.print('');
    file.jsdoc(`Where the fields of ${hub.dir}'s ${pair.name} that ${spoke.version} lacks are, kept in an annotation on the way down.`);
    file.print(`const ${name}: ${type} = ${tsLiteral(lost.tables.get(pair.spoke.id) as LiteralValue)};`);
  }
  const scheme = file.importType('Scheme', runtimeModule);
  file.print('');
  file.jsdoc(`Registers the conversions of every kind of ${spoke.dir} to and from ${hub.dir}, both ways.`);
  file.print(`export function registerConversions(${registered.length === 0 ? '_scheme' : 'scheme'}: ${scheme}): void {`);
  for (const pair of registered) {
    const table = lost.tables.has(pair.spoke.id) ? `lostFields_${pair.name}` : undefined;
    for (const d of [pair.up, pair.down]) {
      const fn = functionOf(file, d);
      const fromType = namedTypeText(file, d.from.id, context);
      const toType = namedTypeText(file, d.to.id, context);
      const head = `  scheme.addConversionFunc<${fromType}, ${toType}>(${gvkLiteral(d.fromPackage, d.from.name)}, ${gvkLiteral(d.toPackage, d.to.name)}, `;
      if (table === undefined) {
        file.print(`${head}${fn});`);
        continue;
      }
      const keep = d.towardSpoke
        ? `${file.importValue('preserveLostFields', runtimeModule)}(${table}, input, out)`
        : `${file.importValue('restoreLostFields', runtimeModule)}(${table}, out)`;
      file.print(`${head}(input, out) => {`, `    ${fn}(input, out);`, `    ${keep};`, '  });');
    }
  }
  file.print('}');
}
