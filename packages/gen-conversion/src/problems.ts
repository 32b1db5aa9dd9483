import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import { moduleOfType, relativeModule, packageFile } from '@kubegen/emit';
import type { ApiFunction, ApiPackage } from '@kubegen/model';
import { keptByAnnotation, type LostFieldsPlan } from './lost-fields';
import { nameDistance } from './names';
import type { Direction, PackagePlan } from './plan';

/** The exact signature a hand-written conversion must have. */
export function signatureOf(direction: Direction, spoke: ApiPackage): string {
  const typeIn = (pkg: ApiPackage) => (pkg === spoke ? direction.from.name : `${pkg.name}.${direction.from.name}`);
  const fromText = typeIn(direction.fromPackage);
  const toText = direction.toPackage === spoke ? direction.to.name : `${direction.toPackage.name}.${direction.to.name}`;
  return `export function ${direction.name}(input: ${fromText}, out: ${toText}): void`;
}

/** The directions that have fields nothing converts: no hand-written function, no opt-out, no annotation. */
export function missingConversions(plan: PackagePlan, lost: LostFieldsPlan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spoke = plan.pair.spoke;
  for (const pair of plan.types) {
    for (const direction of [pair.up, pair.down]) {
      if (direction.handWritten !== undefined) continue;
      const fields = direction.steps.flatMap((s) =>
        s.action === 'manual' && !keptByAnnotation(lost, direction, s.reason) ? [`${s.from.name} (${s.reason})`] : [],
      );
      if (fields.length === 0) continue;
      const hub = plan.pair.hub;
      const hubModule = relativeModule(packageFile(spoke.dir, 'conversion.ts'), hub.types.find((t) => t.name === pair.name)?.file ?? hub.dir);
      const spokeModule = moduleOfType(pair.spoke, packageFile(spoke.dir, 'conversion.ts'));
      out.push(
        error(
          Codes.ConversionNeedsFunction,
          `${direction.from.name} of ${direction.fromPackage.dir} cannot be converted to ${direction.toPackage.dir} field by field; ` +
            `these fields need a hand-written conversion: ${fields.join(', ')}`,
          direction.from.position,
          `Write in ${spoke.dir}/conversion.ts (import type { ${pair.name} } from '${spokeModule}'; import type * as ${hub.name} from '${hubModule}'):\n` +
            `  ${signatureOf(direction, spoke)}\n` +
            `calling ${direction.autoName}(input, out) from ./zz_generated.conversion for the fields that match; ` +
            `or opt a field out with // +k8s:conversion-gen=false`,
        ),
      );
    }
  }
  return out;
}

/** Hand-written functions with a name that almost matches an expected conversion, or the right name and wrong parameters. */
export function handWrittenProblems(plan: PackagePlan): Diagnostic[] {
  const directions = plan.types.flatMap((p) => [p.up, p.down]);
  const expected = new Set(directions.flatMap((d) => [d.name, d.autoName]));
  const out: Diagnostic[] = [];
  for (const fn of plan.pair.spoke.functions) {
    if (expected.has(fn.name)) {
      const direction = directions.find((d) => d.name === fn.name);
      if (direction !== undefined && fn.parameters.length !== 2) out.push(badSignature(fn, direction, plan.pair.spoke));
      continue;
    }
    if (!/^(auto)?convert_/i.test(fn.name)) continue;
    const near = nearest(fn.name, directions.map((d) => d.name));
    if (near === undefined) continue;
    out.push(
      error(
        Codes.ConversionNearMissFunction,
        `hand-written ${fn.name} matches no conversion of ${plan.pair.spoke.dir}, so it is never called; rename function ${fn.name} -> ${near} to match the expected conversion`,
        fn.position,
        `Rename it to ${near} (names are convert_<from package>_<Type>_To_<to package>_<Type>, from the last folder names)`,
      ),
    );
  }
  return out;
}

function nearest(name: string, candidates: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of [...candidates].sort()) {
    const distance = nameDistance(name, candidate);
    if (distance <= Math.max(3, Math.floor(candidate.length / 8)) && (best === undefined || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}

function badSignature(fn: ApiFunction, direction: Direction, spoke: ApiPackage): Diagnostic {
  return error(
    Codes.ConversionBadSignature,
    `hand-written ${fn.name} takes ${fn.parameters.length} parameter(s); a conversion takes (input, out) and fills out`,
    fn.position,
    `Write it as ${signatureOf(direction, spoke)}`,
  );
}
