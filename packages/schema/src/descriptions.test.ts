import { limitDescriptions, truncateDescription } from './descriptions';
import type { JSONSchemaProps } from './types';

// The cases of controller-tools pkg/crd/desc_visitor_test.go, then what its truncateString does beyond them.
describe('limitDescriptions (controller-gen maxDescLen)', () => {
  it('drops every description for 0', () => {
    const schema: JSONSchemaProps = {
      description: 'top level description',
      properties: { spec: { description: 'specification for the API type' } },
    };
    limitDescriptions(schema, 0);
    expect(schema).toEqual({ properties: { spec: {} } });
  });

  it('leaves a description of exactly maxLen as it is', () => {
    const description = 'top level description of the root object.';
    expect(truncateDescription(description, description.length)).toBe(description);
  });

  it('cuts at the closest sentence end', () => {
    const description = 'This is top level description. There is an empty schema. More to come';
    expect(truncateDescription(description, description.length - 5)).toBe(
      'This is top level description. There is an empty schema.',
    );
  });

  it('cuts at the last blank and adds ... when no sentence ends in the kept part', () => {
    const description = 'This is top level description of the root object';
    expect(truncateDescription(description, description.length - 2)).toBe('This is top level description of the root...');
  });

  it('keeps maxLen characters and adds ... when there is neither', () => {
    expect(truncateDescription('Supercalifragilistic', 5)).toBe('Super...');
  });

  it('counts UTF-8 bytes, as Go, and never splits a character', () => {
    // "é" is two bytes and each of 日 and 本 three: the limits below fall inside or just after them.
    expect(truncateDescription('Café au lait', 6)).toBe('Café...');
    expect(truncateDescription('Café! au lait', 7)).toBe('Café!');
    expect(truncateDescription('日本語の説明です', 7)).toBe('日本...');
  });

  it('walks every schema node, nested allOf and items included', () => {
    const long = 'One sentence. And more words here';
    const schema: JSONSchemaProps = {
      allOf: [{ description: long }],
      items: { description: long },
      additionalProperties: { description: long },
    };
    limitDescriptions(schema, 20);
    expect(schema).toEqual({
      allOf: [{ description: 'One sentence.' }],
      items: { description: 'One sentence.' },
      additionalProperties: { description: 'One sentence.' },
    });
  });
});
