import { describe, expect, it } from 'vitest';
import { feedJsonSchema } from '../../../src/engine/schemas/feed';

describe('the price feed’s JSON Schema (/tariff.schema.json)', () => {
  it('describes the feed as served: draft 2020-12, closed objects, every top-level field required', () => {
    const schema = feedJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['type']).toBe('object');
    expect(schema['additionalProperties']).toBe(false);
    expect(schema['required']).toEqual(['$schema', 'name', 'carrier', 'currency', 'generated', 'current', 'versions', 'changes']);
    const properties = schema['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['currency']).toMatchObject({ const: 'CNY' });
    expect(properties['versions']).toMatchObject({ type: 'array', minItems: 1 });
  });
});
