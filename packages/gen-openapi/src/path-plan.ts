import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import { compareStrings } from './json';
import { operationIdAndTag } from './naming';
import type { RouteParameter } from './parameters';
import type { Route } from './routes';

/** One operation with its published names and the parameters left to it after path-level ones are lifted. */
export interface PlannedOperation {
  route: Route;
  operationId: string;
  tag: string;
  parameters: RouteParameter[];
}

/** One path item: the parameters every operation shares, then the operations. */
export interface PlannedPath {
  path: string;
  parameters: RouteParameter[];
  operations: PlannedOperation[];
}

/** Orders parameters as kube-apiserver does: by name, then by where they stand. */
export function compareParameters(a: RouteParameter, b: RouteParameter): number {
  return compareStrings(a.name, b.name) || compareStrings(a.in, b.in);
}

/**
 * Groups routes into path items, names their operations and lifts the parameters all operations
 * of a path share to the path (never the body). Two operations with one operationId are an error,
 * as kube-apiserver refuses to build such a document.
 */
export function planPaths(routes: readonly Route[]): {
  paths: PlannedPath[];
  diagnostics: Diagnostic[];
} {
  const byPath = new Map<string, Route[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
  const seenIds = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const paths: PlannedPath[] = [];
  for (const path of [...byPath.keys()].sort(compareStrings)) {
    const pathRoutes = byPath.get(path)!;
    const shared = pathRoutes[0]!.parameters.filter((candidate) =>
      pathRoutes.every((r) => r.parameters.some((p) => sameParameter(p, candidate))),
    );
    const operations = pathRoutes.map((route) => {
      const { operationId, tag } = operationIdAndTag(route.routeName, route.path);
      const previous = seenIds.get(operationId);
      if (previous !== undefined) {
        diagnostics.push(
          error(
            Codes.OpenApiDuplicateOperationId,
            `duplicate operation ID ${operationId} for path ${previous} and ${path}`,
            route.position,
            'two kinds of one group-version have the same name or plural; rename one, or set +kubebuilder:resource:path',
          ),
        );
      } else {
        seenIds.set(operationId, path);
      }
      const own = route.parameters.filter((p) => !shared.some((s) => sameParameter(s, p)));
      return { route, operationId, tag, parameters: own.sort(compareParameters) };
    });
    paths.push({ path, parameters: [...shared].sort(compareParameters), operations });
  }
  return { paths, diagnostics };
}

function sameParameter(a: RouteParameter, b: RouteParameter): boolean {
  return (
    a.name === b.name &&
    a.in === b.in &&
    a.description === b.description &&
    a.type === b.type &&
    a.required === b.required
  );
}
