import { Codes, error } from '@kubegen/diagnostics';
import { kindFile } from './api-templates';
import { addKindMarker } from './kind-markers';
import { addScaleFields } from './scale-fields';
import { checkGroup, checkKind, checkLabel, checkVersion, pascalCase } from './names';
import type { PlannedFile, ScaffoldPlan } from './plan';

/** The kinds of subresource apiserver-boot's `create subresource --type` offers. */
export type SubresourceType = 'arbitrary' | 'scale' | 'status';

/** What `kubegen create subresource` needs to know. */
export interface CreateSubresourceOptions {
  group: string;
  version: string;
  kind: string;
  subresource: string;
  /** Default `arbitrary`. */
  type?: SubresourceType;
}

/**
 * The subresource's request type (`<kind>_<sub>.ts`, for `arbitrary`) and its marker on the kind, as
 * apiserver-boot writes `<kind>_<sub>.go`; generation then registers it (`zz_generated.register.ts`).
 * For `scale`, the fields it reads are added to the kind's Spec and Status when missing.
 * `kindSource` is the text of the kind's `_types.ts`, or undefined when the file is missing.
 */
export function planCreateSubresource(
  options: CreateSubresourceOptions,
  kindSource: string | undefined,
): ScaffoldPlan {
  const type = options.type ?? 'arbitrary';
  const diagnostics = [
    ...checkGroup(options.group),
    ...checkVersion(options.version),
    ...checkKind(options.kind),
    ...checkLabel('subresource', options.subresource, 'bar'),
  ];
  const kindPath = kindFile(options.group, options.version, options.kind);
  if (kindSource === undefined) {
    const hint = `create it first: kubegen create api --group ${options.group} --version ${options.version} --kind ${options.kind}`;
    diagnostics.push(
      error(Codes.ScaffoldKindNotFound, `${kindPath} does not exist`, undefined, hint),
    );
    return { files: [], diagnostics };
  }
  if (diagnostics.length > 0) return { files: [], diagnostics };
  const requestType = `${options.kind}${pascalCase(options.subresource)}`;
  const marker =
    type === 'status'
      ? '+kubebuilder:subresource:status'
      : type === 'scale'
        ? '+kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.status.replicas,selectorpath=.status.selector'
        : `+subresource:request=${requestType},path=${options.subresource},kind=${requestType}`;
  const edited = addKindMarker(kindPath, kindSource, options.kind, marker);
  if ('diagnostic' in edited) return { files: [], diagnostics: [edited.diagnostic] };
  const contents = type === 'scale' ? addScaleFields(edited.text, options.kind) : edited.text;
  const files: PlannedFile[] = [{ path: kindPath, contents, mode: 'edit' }];
  if (type === 'arbitrary') {
    const file = `apis/${options.group}/${options.version}/${options.kind.toLowerCase()}_${options.subresource.replace(/-/g, '_')}.ts`;
    files.push({ path: file, contents: requestFile(options, requestType), mode: 'owned' });
  }
  return { files, diagnostics };
}

function requestFile(options: CreateSubresourceOptions, requestType: string): string {
  const plural = `${options.kind.toLowerCase()}s/${options.subresource}`;
  return `import type { TypeMeta } from '@kubegen/runtime';

/**
 * ${requestType} is the body the ${options.subresource} subresource of a ${options.kind} takes and returns (${plural}).
 */
export interface ${requestType} extends TypeMeta {
  /**
   * An example field; replace it with your own.
   * +optional
   */
  message?: string;
}
`;
}
