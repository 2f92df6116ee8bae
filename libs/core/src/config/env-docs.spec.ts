import { readFileSync } from 'node:fs';
import { getMetadataStorage } from 'class-validator';
import { EnvSchema } from './env.schema.js';

const README = new URL('../../../../README.md', import.meta.url);

describe('README: the configuration table', () => {
  it('documents every environment variable the configuration reads', () => {
    const variables = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(EnvSchema, '', true, false)
        .map((metadata) => metadata.propertyName),
    );
    // A row may name several variables: "| `A`, `B` | …".
    const documented = new Set(
      readFileSync(README, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g)])
        .map((match) => match[1]),
    );
    expect(variables.size).toBeGreaterThan(30);
    expect([...variables].filter((name) => !documented.has(name))).toEqual([]);
  });
});
