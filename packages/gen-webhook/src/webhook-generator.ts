import type { Generator } from '@kubegen/emit';
import { compareStrings, stringifyManifests } from '@kubegen/gen-rbac';
import { readWebhookMarkers, type Webhook, type WebhookEntry } from './webhook-markers';

export interface WebhookGeneratorOptions {
  /** Folder of the webhook manifests (default `config/webhook`). */
  outputDir?: string;
}

const GENERATOR = 'webhook';

/**
 * `manifests.yaml` with the MutatingWebhookConfiguration then the ValidatingWebhookConfiguration, as controller-gen's
 * webhook generator writes them from `+kubebuilder:webhook` markers (webhooks sorted by name).
 */
export const webhookGenerator: Generator<WebhookGeneratorOptions> = {
  name: GENERATOR,
  description:
    'Mutating/ValidatingWebhookConfigurations from +kubebuilder:webhook markers (config/webhook/manifests.yaml)',
  generate(model, options) {
    const { webhooks, configurationNames, diagnostics } = readWebhookMarkers(model);
    if (diagnostics.some((d) => d.severity === 'error')) return { files: [], diagnostics };
    const objects = [
      configuration(
        'MutatingWebhookConfiguration',
        configurationNames.mutating,
        webhooks.filter((w) => w.mutating),
      ),
      configuration(
        'ValidatingWebhookConfiguration',
        configurationNames.validating,
        webhooks.filter((w) => !w.mutating),
      ),
    ].filter((o) => o !== undefined);
    if (objects.length === 0) return { files: [], diagnostics };
    const outputDir = (options.outputDir ?? 'config/webhook').replace(/\/+$/, '');
    return {
      files: [
        {
          path: `${outputDir}/manifests.yaml`,
          contents: stringifyManifests(objects),
          language: 'yaml',
          generator: GENERATOR,
        },
      ],
      diagnostics,
    };
  },
};

function configuration(
  kind: 'MutatingWebhookConfiguration' | 'ValidatingWebhookConfiguration',
  name: string | undefined,
  entries: readonly WebhookEntry[],
):
  | { apiVersion: string; kind: string; metadata: { name: string }; webhooks: Webhook[] }
  | undefined {
  if (entries.length === 0) return undefined;
  const defaultName =
    kind === 'MutatingWebhookConfiguration'
      ? 'mutating-webhook-configuration'
      : 'validating-webhook-configuration';
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind,
    metadata: { name: name ?? defaultName },
    webhooks: entries.map((e) => e.webhook).sort((a, b) => compareStrings(a.name, b.name)),
  };
}
