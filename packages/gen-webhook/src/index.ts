export { webhookGenerator, type WebhookGeneratorOptions } from './webhook-generator';
export {
  readWebhookMarkers,
  WEBHOOK_MARKER,
  WEBHOOK_CONFIGURATION_MARKER,
  type Webhook,
  type WebhookEntry,
  type WebhookMarkers,
} from './webhook-markers';
