import { Codes, error, warning, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import {
  boolArg,
  findSourceMarkers,
  listArg,
  markerArgs,
  numberArg,
  stringArg,
} from '@kubegen/gen-rbac';
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import type { ApiModel } from '@kubegen/model';
import { applyWebhookPatch } from './webhook-patch';

/** The markers the webhook generator reads. */
export const WEBHOOK_MARKER = 'kubebuilder:webhook';
export const WEBHOOK_CONFIGURATION_MARKER = 'kubebuilder:webhookconfiguration';

/** One entry of `webhooks:` of a v1 Mutating/ValidatingWebhookConfiguration. */
export interface Webhook {
  admissionReviewVersions: string[];
  clientConfig:
    { service: { name: string; namespace: string; path: string; port?: number } } | { url: string };
  failurePolicy: string;
  matchPolicy?: string;
  name: string;
  reinvocationPolicy?: string;
  rules: {
    apiGroups: string[];
    apiVersions: string[];
    operations: string[];
    resources: string[];
  }[];
  sideEffects: string;
  timeoutSeconds?: number;
  /** What a `patch=` adds: selectors, match conditions. */
  namespaceSelector?: object;
  objectSelector?: object;
  matchConditions?: { name: string; expression: string }[];
}

/** A checked webhook marker. */
export interface WebhookEntry {
  mutating: boolean;
  webhook: Webhook;
  position: SourcePosition;
}

/** What the webhook markers of a model say: the webhooks and the configuration names. */
export interface WebhookMarkers {
  webhooks: WebhookEntry[];
  /** Names from `+kubebuilder:webhookconfiguration`, when written. */
  configurationNames: { mutating?: string; validating?: string };
  diagnostics: Diagnostic[];
}

const REQUIRED = [
  'mutating',
  'failurePolicy',
  'groups',
  'resources',
  'verbs',
  'versions',
  'name',
  'admissionReviewVersions',
];
const OPERATIONS: Readonly<Record<string, string>> = {
  create: 'CREATE',
  update: 'UPDATE',
  delete: 'DELETE',
  connect: 'CONNECT',
  '*': '*',
};
const FAILURE_POLICIES: Readonly<Record<string, string>> = { fail: 'Fail', ignore: 'Ignore' };
const MATCH_POLICIES: Readonly<Record<string, string>> = {
  exact: 'Exact',
  equivalent: 'Equivalent',
};
const SIDE_EFFECTS: Readonly<Record<string, string>> = {
  none: 'None',
  noneondryrun: 'NoneOnDryRun',
};
const REINVOCATION_POLICIES: Readonly<Record<string, string>> = {
  never: 'Never',
  ifneeded: 'IfNeeded',
};

/** Reads and checks every webhook and webhook-configuration marker of the model. */
export function readWebhookMarkers(model: ApiModel): WebhookMarkers {
  const diagnostics: Diagnostic[] = [];
  const webhooks: WebhookEntry[] = [];
  for (const marker of findSourceMarkers(model, WEBHOOK_MARKER)) {
    const checked = toWebhook(marker);
    diagnostics.push(...checked.diagnostics);
    if (checked.entry) webhooks.push(checked.entry);
  }
  diagnostics.push(...duplicateNames(webhooks));
  const names = readConfigurationNames(findSourceMarkers(model, WEBHOOK_CONFIGURATION_MARKER));
  diagnostics.push(...names.diagnostics);
  return { webhooks, configurationNames: names.names, diagnostics };
}

/** Converts one marker as controller-gen's webhook Config does, reporting what it would refuse or the API server would reject. */
function toWebhook(marker: ParsedMarker): { entry?: WebhookEntry; diagnostics: Diagnostic[] } {
  const args = markerArgs(marker.value);
  const at = marker.position;
  const text = `+${marker.text}`;
  const out: Diagnostic[] = [];
  const invalid = (arg: string, detail: string, hint: string): void => {
    out.push(
      error(Codes.WebhookInvalidValue, `webhook marker: ${arg} ${detail}: ${text}`, at, hint),
    );
  };

  for (const arg of REQUIRED) {
    const v = args[arg];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) {
      out.push(
        error(
          Codes.WebhookMissingArgument,
          `webhook marker is missing ${arg}: ${text}`,
          at,
          `add ${arg}=${example(arg)}`,
        ),
      );
    }
  }
  const path = stringArg(args, 'path') ?? '';
  const url = stringArg(args, 'url') ?? '';
  if ((path === '') === (url === '')) {
    out.push(
      error(
        Codes.WebhookPathAndUrl,
        `webhook marker needs exactly one of path and url (${path ? 'both are' : 'neither is'} written): ${text}`,
        at,
        'write path=/validate-<group>-<version>-<kind> for the in-cluster webhook service, or url=https://… for an external one',
      ),
    );
  }

  const mutating = boolArg(args, 'mutating') ?? false;
  const failurePolicy = oneOf(args, 'failurePolicy', FAILURE_POLICIES, invalid);
  const matchPolicy = oneOf(args, 'matchPolicy', MATCH_POLICIES, invalid);
  const reinvocationPolicy = oneOf(args, 'reinvocationPolicy', REINVOCATION_POLICIES, invalid);
  const sideEffectsText = stringArg(args, 'sideEffects');
  const sideEffects =
    sideEffectsText === undefined ? undefined : SIDE_EFFECTS[sideEffectsText.toLowerCase()];
  if (sideEffectsText === undefined) {
    out.push(
      error(
        Codes.WebhookMissingArgument,
        `webhook marker is missing sideEffects, which admissionregistration.k8s.io/v1 requires: ${text}`,
        at,
        'add sideEffects=None (or NoneOnDryRun when the webhook has side effects it skips on dry runs)',
      ),
    );
  } else if (sideEffects === undefined) {
    invalid(
      'sideEffects',
      `'${sideEffectsText}' is not allowed in v1`,
      'write sideEffects=None or sideEffects=NoneOnDryRun',
    );
  }
  const timeoutSeconds = numberArg(args, 'timeoutSeconds');
  if (
    timeoutSeconds !== undefined &&
    (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 30)
  ) {
    invalid(
      'timeoutSeconds',
      `${timeoutSeconds} must be between 1 and 30 seconds`,
      'write timeoutSeconds=10 (the API server default)',
    );
  }
  const servicePort = numberArg(args, 'servicePort');
  if (
    servicePort !== undefined &&
    (!Number.isInteger(servicePort) || servicePort < 1 || servicePort > 65535)
  ) {
    invalid(
      'servicePort',
      `${servicePort} is not a port number`,
      'write servicePort=443 or leave it out',
    );
  }
  for (const version of listArg(args, 'webhookVersions') ?? []) {
    if (version !== 'v1')
      invalid(
        'webhookVersions',
        `'${version}' is not supported`,
        'write webhookVersions=v1 or leave it out',
      );
  }
  const verbs = listArg(args, 'verbs') ?? [];
  for (const verb of verbs) {
    if (!(verb.toLowerCase() in OPERATIONS)) {
      invalid(
        'verbs',
        `'${verb}' is not an admission operation`,
        'write verbs=create;update (operations: create, update, delete, connect, *)',
      );
    }
  }
  if (reinvocationPolicy !== undefined && !mutating) {
    out.push(
      warning(
        Codes.WebhookInvalidValue,
        `webhook marker: reinvocationPolicy applies only to mutating webhooks and is ignored here: ${text}`,
        at,
        'remove reinvocationPolicy, or set mutating=true',
      ),
    );
  }
  if (out.some((d) => d.severity === 'error')) return { diagnostics: out };

  const webhook: Webhook = {
    admissionReviewVersions: listArg(args, 'admissionReviewVersions') ?? [],
    clientConfig: path
      ? {
          service: {
            name: stringArg(args, 'serviceName') || 'webhook-service',
            namespace: stringArg(args, 'serviceNamespace') || 'system',
            path,
            ...(servicePort !== undefined ? { port: servicePort } : {}),
          },
        }
      : { url },
    failurePolicy: failurePolicy ?? '',
    name: stringArg(args, 'name') ?? '',
    rules: [
      {
        apiGroups: (listArg(args, 'groups') ?? []).map((g) => (g === 'core' ? '' : g)),
        apiVersions: listArg(args, 'versions') ?? [],
        operations: verbs.map((v) => OPERATIONS[v.toLowerCase()]),
        resources: listArg(args, 'resources') ?? [],
      },
    ],
    sideEffects: sideEffects ?? '',
  };
  if (matchPolicy) webhook.matchPolicy = matchPolicy;
  if (mutating && reinvocationPolicy) webhook.reinvocationPolicy = reinvocationPolicy;
  if (timeoutSeconds !== undefined) webhook.timeoutSeconds = timeoutSeconds;
  const patchText = stringArg(args, 'patch');
  if (patchText === undefined) return { entry: { mutating, webhook, position: at }, diagnostics: out };
  const patched = applyWebhookPatch(webhook, patchText, mutating);
  if ('problem' in patched) {
    invalid('patch', patched.problem, patched.hint);
    return { diagnostics: out };
  }
  return { entry: { mutating, webhook: patched.webhook as unknown as Webhook, position: at }, diagnostics: out };
}

/** Reads an enum-like argument case-insensitively and returns the API spelling, reporting other values. */
function oneOf(
  args: Readonly<Record<string, MarkerValue>>,
  name: string,
  values: Readonly<Record<string, string>>,
  invalid: (arg: string, detail: string, hint: string) => void,
): string | undefined {
  const raw = stringArg(args, name);
  if (raw === undefined) return undefined;
  const value = values[raw.toLowerCase()];
  if (value === undefined) {
    const allowed = Object.values(values);
    invalid(name, `'${raw}' is not one of ${allowed.join(', ')}`, `write ${name}=${allowed[0]}`);
  }
  return value;
}

function example(arg: string): string {
  const examples: Record<string, string> = {
    mutating: 'true',
    failurePolicy: 'fail',
    groups: 'batch.example.com',
    resources: 'cronjobs',
    verbs: 'create;update',
    versions: 'v1',
    name: 'mcronjob-v1.kb.io',
    admissionReviewVersions: 'v1',
  };
  return examples[arg] ?? '…';
}

/** Webhook names must be unique within a configuration: the API server rejects the object otherwise. */
function duplicateNames(webhooks: readonly WebhookEntry[]): Diagnostic[] {
  const first = new Map<string, WebhookEntry>();
  const out: Diagnostic[] = [];
  for (const w of webhooks) {
    const key = `${w.mutating}\0${w.webhook.name}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, w);
      continue;
    }
    const where = `${earlier.position.file}:${earlier.position.line}:${earlier.position.column}`;
    out.push(
      error(
        Codes.WebhookDuplicateName,
        `${w.mutating ? 'mutating' : 'validating'} webhook name '${w.webhook.name}' is already used at ${where}`,
        w.position,
        'give each webhook of a configuration its own name, e.g. m<kind>-<version>.<domain> and v<kind>-<version>.<domain>',
      ),
    );
  }
  return out;
}

function readConfigurationNames(markers: readonly ParsedMarker[]): {
  names: WebhookMarkers['configurationNames'];
  diagnostics: Diagnostic[];
} {
  const names: WebhookMarkers['configurationNames'] = {};
  const diagnostics: Diagnostic[] = [];
  for (const marker of markers) {
    const args = markerArgs(marker.value);
    const which = boolArg(args, 'mutating') ? 'mutating' : 'validating';
    const name = stringArg(args, 'name');
    if (names[which] !== undefined) {
      diagnostics.push(
        error(
          Codes.WebhookDuplicateConfiguration,
          `a second ${which} +${WEBHOOK_CONFIGURATION_MARKER} marker: there is one ${which} configuration`,
          marker.position,
          `keep one +${WEBHOOK_CONFIGURATION_MARKER}:mutating=${which === 'mutating'},name=<name>`,
        ),
      );
      continue;
    }
    names[which] = name || `${which}-webhook-configuration`;
  }
  return { names, diagnostics };
}
