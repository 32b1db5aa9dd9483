import type { MarkerDefinition } from '../types';
import { clientMarkers } from './client';
import { conversionMarkers } from './conversion';
import { crdMarkers } from './crd';
import { deepcopyMarkers } from './deepcopy';
import { defaultsMarkers } from './defaults';
import { modelMarkers } from './model';
import { openapiMarkers } from './openapi';
import { rbacMarkers } from './rbac';
import { registerMarkers } from './register';
import { validationMarkers } from './validation';
import { webhookMarkers } from './webhook';

/** Every marker kubegen knows, sorted by name. */
export const markerCatalogue: readonly MarkerDefinition[] = Object.freeze(
  [
    ...clientMarkers,
    ...conversionMarkers,
    ...crdMarkers,
    ...deepcopyMarkers,
    ...defaultsMarkers,
    ...modelMarkers,
    ...openapiMarkers,
    ...rbacMarkers,
    ...registerMarkers,
    ...validationMarkers,
    ...webhookMarkers,
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
);
