import {
  DEFAULT_RUNTIME_MODULE,
  callDoc,
  callHuggingLastDoc,
  createTypeScriptFile,
  fluidAssignmentDoc,
  hardline,
  indent,
  literalDoc,
  namedTypeText,
  packageFile,
  printDoc,
  relativeModule,
  typeArgumentsDoc,
  type CommonGeneratorOptions,
  type Doc,
  type GeneratedFile,
  type LiteralValue,
  type TypeScriptFile,
} from '@kubegen/emit';
import type { ApiPackage, ApiType } from '@kubegen/model';
import { keptByAnnotation, type LostFieldsPlan } from './lost-fields';
import type { Direction, PackagePlan } from './plan';
import { ValueWriter, type ValueWriterContext } from './value-writer';

const INTERNAL_VERSION = '__internal';

function gvkLiteral(pkg: ApiPackage, kind: string): Doc {
  return literalDoc({ group: pkg.group, version: pkg.internal ? INTERNAL_VERSION : pkg.version, kind });
}

/** `export function name(params): void {`, its parameters one per line when they do not fit. */
function functionOpening(name: string, params: readonly string[]): string {
  return printDoc([callDoc(`export function ${name}`, params), ': void {']);
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
  file.print(functionOpening(d.autoName, [`${body.length === 0 ? '_input' : 'input'}: ${fromType}`, `out: ${toType}`]), ...body, '}');
  if (d.handWritten !== undefined) return;
  file.print('');
  file.jsdoc(`${d.name} is a generated conversion function.`);
  file.print(
    functionOpening(d.name, [`input: ${fromType}`, `out: ${toType}`]),
    `  ${printDoc([callDoc(d.autoName, ['input', 'out']), ';'], 2)}`,
    '}',
  );
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
    file.print(printDoc([fluidAssignmentDoc(`const ${name}: ${type}`, ' =', literalDoc(lost.tables.get(pair.spoke.id) as LiteralValue)), ';']));
  }
  const scheme = file.importType('Scheme', runtimeModule);
  file.print('');
  file.jsdoc(`Registers the conversions of every kind of ${spoke.dir} to and from ${hub.dir}, both ways.`);
  file.print(functionOpening('registerConversions', [`${registered.length === 0 ? '_scheme' : 'scheme'}: ${scheme}`]));
  for (const pair of registered) {
    const table = lost.tables.has(pair.spoke.id) ? `lostFields_${pair.name}` : undefined;
    for (const d of [pair.up, pair.down]) {
      const fn = functionOf(file, d);
      const fromType = namedTypeText(file, d.from.id, context);
      const toType = namedTypeText(file, d.to.id, context);
      const callee = typeArgumentsDoc('scheme.addConversionFunc', [fromType, toType]);
      const gvks = [gvkLiteral(d.fromPackage, d.from.name), gvkLiteral(d.toPackage, d.to.name)];
      if (table === undefined) {
        file.print(`  ${printDoc([callDoc(callee, [...gvks, fn]), ';'], 2)}`);
        continue;
      }
      const keep = d.towardSpoke
        ? callDoc(file.importValue('preserveLostFields', runtimeModule), [table, 'input', 'out'])
        : callDoc(file.importValue('restoreLostFields', runtimeModule), [table, 'out']);
      const statements = [[callDoc(fn, ['input', 'out']), ';'], [keep, ';']];
      const arrow = ['(input, out) => {', indent(statements.flatMap((s) => [hardline, s])), hardline, '}'];
      file.print(`  ${printDoc([callHuggingLastDoc(callee, gvks, arrow, arrow), ';'], 2)}`);
    }
  }
  file.print('}');
}
