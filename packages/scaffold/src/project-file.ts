import * as fs from 'node:fs';
import * as path from 'node:path';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';

/** The `PROJECT` file `kubegen init` writes, as kubebuilder keeps one: the domain `create` commands use. */
export interface ProjectFile {
  domain: string;
  projectName?: string;
}

/** Reads `<root>/PROJECT` (`key: value` lines); a missing file or domain is a diagnostic with the fix. */
export function readProjectFile(root: string): {
  project?: ProjectFile;
  diagnostics: Diagnostic[];
} {
  const file = path.join(root, 'PROJECT');
  const hint =
    'run kubegen init --domain example.com first, or run the command in the project folder';
  if (!fs.existsSync(file)) {
    return {
      diagnostics: [
        error(Codes.ScaffoldNotAProject, `${root} has no PROJECT file`, undefined, hint),
      ],
    };
  }
  const values = new Map<string, string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Za-z]+):\s*(.*?)\s*$/.exec(line);
    if (match) values.set(match[1], match[2]);
  }
  const domain = values.get('domain');
  if (!domain) {
    return {
      diagnostics: [
        error(
          Codes.ScaffoldNotAProject,
          'PROJECT has no domain',
          { file, line: 1, column: 1 },
          'add a line: domain: example.com',
        ),
      ],
    };
  }
  return { project: { domain, projectName: values.get('projectName') }, diagnostics: [] };
}
