import type { MarkerDefinition } from '../types';
import { boolValue, intValue, oneOf, stringList, stringValue } from './value-types';

/** Reference 1.7: `+kubebuilder:webhook` and `+kubebuilder:webhookconfiguration`. */
export const webhookMarkers: readonly MarkerDefinition[] = [
  {
    name: 'kubebuilder:webhook',
    targets: ['package', 'declaration'],
    args: {
      path: {
        type: stringValue,
        optional: true,
        help: 'path served (exactly one of path and url)',
      },
      url: {
        type: stringValue,
        optional: true,
        help: 'URL of an external webhook (exactly one of path and url)',
      },
      mutating: { type: boolValue, help: 'true for a mutating webhook' },
      failurePolicy: {
        type: oneOf('fail', 'ignore', 'Fail', 'Ignore'),
        help: 'what happens when the call fails',
      },
      sideEffects: {
        type: oneOf('None', 'NoneOnDryRun', 'Some', 'Unknown'),
        optional: true,
        help: 'None or NoneOnDryRun',
      },
      groups: { type: stringList, help: 'API groups' },
      resources: { type: stringList, help: 'resources' },
      verbs: { type: stringList, help: 'create;update;delete;connect or *' },
      versions: { type: stringList, help: 'API versions' },
      name: { type: stringValue, help: 'fully qualified webhook name' },
      admissionReviewVersions: { type: stringList, help: 'AdmissionReview versions, e.g. v1' },
      matchPolicy: {
        type: oneOf('Exact', 'Equivalent'),
        optional: true,
        help: 'Exact or Equivalent',
      },
      timeoutSeconds: { type: intValue, optional: true, help: '1 to 30' },
      reinvocationPolicy: {
        type: oneOf('Never', 'IfNeeded'),
        optional: true,
        help: 'Never or IfNeeded',
      },
      serviceName: {
        type: stringValue,
        optional: true,
        help: 'service name (default webhook-service)',
      },
      serviceNamespace: {
        type: stringValue,
        optional: true,
        help: 'service namespace (default system)',
      },
      servicePort: { type: intValue, optional: true, help: 'service port' },
      webhookVersions: {
        type: stringList,
        optional: true,
        help: 'webhook configuration versions (v1)',
      },
      patch: {
        type: stringValue,
        optional: true,
        help: 'strategic-merge patch of the webhook, as JSON',
      },
    },
    repeatable: true,
    help: 'an admission webhook served by the controller',
    owner: 'webhook',
  },
  {
    name: 'kubebuilder:webhookconfiguration',
    targets: ['package', 'declaration'],
    args: {
      mutating: { type: boolValue, help: 'true for the mutating configuration' },
      name: { type: stringValue, optional: true, help: 'name of the configuration object' },
    },
    repeatable: true,
    help: 'names the Mutating/ValidatingWebhookConfiguration object',
    owner: 'webhook',
  },
];
