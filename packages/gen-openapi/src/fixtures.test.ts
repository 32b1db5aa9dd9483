import { FIXTURES, fixtureModel } from './__tests__/fixtures';
import { validateDocument } from './__tests__/parse';
import { buildOpenApiV3Documents } from './openapi-v3';
import { buildSwaggerV2 } from './swagger-v2';

describe.each(FIXTURES.map((f) => f.name))('documents of fixtures/%s', (name) => {
  it('builds a v2 document without errors that swagger-parser validates', async () => {
    const { document, diagnostics } = buildSwaggerV2(fixtureModel(name), {});
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Object.keys(document.paths as object).length).toBeGreaterThan(0);
    await validateDocument(document);
  });

  it('builds a v3 document per group-version without errors that swagger-parser validates', async () => {
    const { documents, discovery, diagnostics } = buildOpenApiV3Documents(fixtureModel(name), {});
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Object.keys(documents).length).toBeGreaterThan(0);
    expect(Object.keys(discovery.paths as object)).toEqual(Object.keys(documents));
    for (const document of Object.values(documents)) await validateDocument(document);
  });
});
