import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostics, hasErrors, type Diagnostic } from '@kubegen/diagnostics';
import type * as OpenApi from '@kubegen/gen-openapi';
import type { ApiModel } from '@kubegen/model';

/** What `kubegen openapi` needs besides the document builders: the project's model and a writer. */
export interface OpenApiEnvironment {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Loads the API model of the project in `root`, with its configured source roots. */
  loadProject(root: string): Promise<{ model: ApiModel; diagnostics: Diagnostic[] }>;
  /** Writes a file so that readers never see half of it. */
  writeFile(file: string, contents: string): Promise<void>;
  /** The document builders (loaded on demand: `--help` needs none of them). */
  openapi(): typeof OpenApi;
}

/** `kubegen openapi` as the command line asks for it. */
export interface OpenApiRequest {
  dir: string;
  format: 'v2' | 'v3';
  output?: string;
  groupVersion?: string;
  style: 'auto' | 'crd' | 'aggregated';
}

/** Help text of `kubegen openapi`. */
export const OPENAPI_HELP = `Usage: kubegen openapi [dir] --format v2|v3 [options]

Writes the OpenAPI documents kube-apiserver would serve for the API tree of the project in dir
(default: .): --format v2 is /openapi/v2 (Swagger 2.0), --format v3 one OpenAPI 3.0 document per
group-version (/openapi/v3/apis/<group>/<version>) and the /openapi/v3 discovery index.

Options:
      --format <v2|v3>        Which documents (required)
  -o, --output <path>         v2: the file to write; v3: the folder for apis/<group>/<version>.json
                              and openapi-v3-discovery.json. Without it the document goes to stdout
                              (v3: one group-version; pass --group-version when there are several)
      --group-version <g/v>   Only this group-version
      --style <s>             auto (default): groups with custom subresources are served by an
                              aggregated API server, others as CRDs; or crd, aggregated
  -h, --help                  Show this help`;

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'group-version': { type: 'string' },
  style: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the arguments after `openapi`; a string is a usage error, `help` asks for the help text. */
export function parseOpenApiArgs(argv: readonly string[]): OpenApiRequest | 'help' | string {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 1) return `expected at most one folder, got ${positionals.join(' ')}`;
  if (values.format !== 'v2' && values.format !== 'v3') return '--format must be v2 or v3';
  const style = values.style ?? 'auto';
  if (style !== 'auto' && style !== 'crd' && style !== 'aggregated')
    return '--style must be auto, crd or aggregated';
  const groupVersion = values['group-version'];
  if (groupVersion !== undefined && !/^[^/\s]*\/[^/\s]+$/.test(groupVersion))
    return '--group-version must be written group/version, e.g. demo.example.com/v1';
  return {
    dir: positionals[0] ?? '.',
    format: values.format,
    output: values.output,
    groupVersion,
    style,
  };
}

/** Runs `kubegen openapi`; returns the exit code (0 ok, 1 errors, 2 bad usage). */
export async function runOpenApiCommand(
  argv: readonly string[],
  env: OpenApiEnvironment,
): Promise<number> {
  const request = parseOpenApiArgs(argv);
  if (request === 'help') {
    env.stdout(OPENAPI_HELP);
    return 0;
  }
  if (typeof request === 'string') {
    env.stderr(`kubegen: ${request}\n\n${OPENAPI_HELP}`);
    return 2;
  }
  const root = path.resolve(env.cwd, request.dir);
  const loaded = await env.loadProject(root);
  const report = (diagnostics: readonly Diagnostic[]): number => {
    if (diagnostics.length > 0) env.stderr(formatDiagnostics(diagnostics, { cwd: env.cwd }));
    return hasErrors(diagnostics) ? 1 : 0;
  };
  if (hasErrors(loaded.diagnostics)) return report(loaded.diagnostics);
  const files =
    request.format === 'v2'
      ? swaggerFiles(env, loaded.model, request)
      : v3Files(env, loaded.model, request);
  const diagnostics = [...loaded.diagnostics, ...files.diagnostics];
  if (hasErrors(diagnostics) || files.usage) {
    if (files.usage) env.stderr(`kubegen: ${files.usage}`);
    return files.usage && !hasErrors(diagnostics) ? 2 : report(diagnostics);
  }
  if (request.output === undefined) {
    env.stdout(files.outputs[0]!.contents.trimEnd());
  } else {
    for (const file of files.outputs)
      await env.writeFile(path.resolve(env.cwd, file.path), file.contents);
    for (const file of files.outputs)
      env.stdout(`wrote ${path.relative(env.cwd, path.resolve(env.cwd, file.path)) || file.path}`);
  }
  return report(diagnostics);
}

interface PlannedOutput {
  outputs: { path: string; contents: string }[];
  diagnostics: Diagnostic[];
  /** A usage problem found only once the model is known. */
  usage?: string;
}

function swaggerFiles(
  env: OpenApiEnvironment,
  model: ApiModel,
  request: OpenApiRequest,
): PlannedOutput {
  const { buildSwaggerV2, serializeDocument } = env.openapi();
  const { document, diagnostics } = buildSwaggerV2(model, {
    style: request.style,
    groupVersion: request.groupVersion,
  });
  return {
    outputs: [{ path: request.output ?? '-', contents: serializeDocument(document) }],
    diagnostics,
  };
}

function v3Files(env: OpenApiEnvironment, model: ApiModel, request: OpenApiRequest): PlannedOutput {
  const { buildOpenApiV3Documents, groupVersionPath, serializeDocument } = env.openapi();
  const built = buildOpenApiV3Documents(model, { style: request.style });
  let keys = Object.keys(built.documents);
  if (request.groupVersion !== undefined) {
    const [group = '', version = ''] = request.groupVersion.split('/');
    const key = groupVersionPath(group, version);
    if (!keys.includes(key)) {
      const { buildOpenApiV3 } = env.openapi();
      return {
        outputs: [],
        diagnostics: buildOpenApiV3(model, request.groupVersion, { style: request.style })
          .diagnostics,
      };
    }
    keys = [key];
  }
  if (request.output === undefined) {
    if (keys.length !== 1) {
      return {
        outputs: [],
        diagnostics: built.diagnostics,
        usage: `the project serves ${keys.length} group-versions (${keys.join(', ')}): pass --group-version, or -o DIR to write them all`,
      };
    }
    return {
      outputs: [{ path: '-', contents: serializeDocument(built.documents[keys[0]!]!) }],
      diagnostics: built.diagnostics,
    };
  }
  const outputs = keys.map((key) => ({
    path: path.join(request.output!, `${key}.json`),
    contents: serializeDocument(built.documents[key]!),
  }));
  if (request.groupVersion === undefined)
    outputs.push({
      path: path.join(request.output, 'openapi-v3-discovery.json'),
      contents: serializeDocument(built.discovery),
    });
  return { outputs, diagnostics: built.diagnostics };
}

/**
 * The environment of a real run: the process's streams, the project's configuration (`sourceRoots`),
 * the ts-morph model loader and atomic writes. Modules load on first use, so `--help` stays fast.
 */
export function processOpenApiEnvironment(
  io: Pick<OpenApiEnvironment, 'cwd' | 'stdout' | 'stderr'>,
): OpenApiEnvironment {
  return {
    ...io,
    async loadProject(root) {
      const { readProjectConfig } =
        require('@kubegen/codegen') as typeof import('@kubegen/codegen');
      const { loadApiModel } = require('@kubegen/model') as typeof import('@kubegen/model');
      const { defaultMarkerRegistry } =
        require('@kubegen/markers') as typeof import('@kubegen/markers');
      const { config, diagnostics } = await readProjectConfig(root);
      const loaded = loadApiModel({
        root,
        sourceRoots: config.sourceRoots ?? ['apis'],
        registry: defaultMarkerRegistry(),
      });
      return { model: loaded.model, diagnostics: [...diagnostics, ...loaded.diagnostics] };
    },
    writeFile: (file, contents) =>
      (require('@kubegen/codegen') as typeof import('@kubegen/codegen')).writeAtomically(
        file,
        contents,
      ),
    openapi: () => require('@kubegen/gen-openapi') as typeof OpenApi,
  };
}
