import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';

/** Validates a document with swagger-parser (a copy: the parser dereferences in place); rejects with its message. */
export async function validateDocument(document: object): Promise<void> {
  await SwaggerParser.validate(structuredClone(document) as OpenAPI.Document);
}
