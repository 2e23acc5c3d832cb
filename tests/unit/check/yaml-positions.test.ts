import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldPath } from '../../../src/lib/check/finding.ts';
import { parseYaml, splitFrontmatter } from '../../../src/lib/check/frontmatter.ts';
import { YamlPositions } from '../../../src/lib/check/yaml-positions.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const fixtures = path.join(import.meta.dirname, 'fixtures', 'content');

function* allPaths(value: unknown, prefix: (string | number)[] = []): Generator<FieldPath> {
  yield prefix;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) yield* allPaths(value[index], [...prefix, index]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) yield* allPaths(child, [...prefix, key]);
  }
}

/** Every YAML text in the real content and the fixtures: frontmatter and registries. */
function yamlTexts(): [string, string][] {
  const texts: [string, string][] = [];
  const contentDirs = [path.join(projectRoot, 'content'), ...readdirSync(fixtures).map((name) => path.join(fixtures, name, 'content'))];
  for (const content of contentDirs) {
    for (const name of ['sources.yaml', 'skills.yaml']) {
      try {
        texts.push([path.join(content, name), readFileSync(path.join(content, name), 'utf8')]);
      } catch {
        // Not every fixture has both registries.
      }
    }
    for (const name of readdirSync(path.join(content, 'roles')).filter((file) => file.endsWith('.mdx'))) {
      const split = splitFrontmatter(readFileSync(path.join(content, 'roles', name), 'utf8'));
      if (split) texts.push([path.join(content, 'roles', name), split.yaml]);
    }
  }
  return texts;
}

const TRICKY = `# comment
a:
- x
- y: 1
  z: [1, "b,c", d]
b:
  c:
    - - 1
      - 2
    - {q: 1}
  e: |
    text: not a key
    - not an item
  f:
  g: &x 5
  h: *x
  "i": 3
  j:   # a comment
    k: 1
`;

describe('YamlPositions', () => {
  it('agrees with yaml on every path it resolves itself, in all content and fixtures', () => {
    let resolved = 0;
    for (const [name, text] of [...yamlTexts(), ['tricky', TRICKY] as [string, string]]) {
      const parsed = parseYaml(text);
      if (!parsed.ok) continue;
      const positions = new YamlPositions(text, 1);
      for (const fieldPath of allPaths(parsed.data)) {
        for (const target of ['value', 'key'] as const) {
          const fast = positions.fastLocate(fieldPath, target);
          if (!fast) continue;
          resolved++;
          expect({ name, fieldPath, target, at: fast }).toEqual({ name, fieldPath, target, at: positions.yamlLocate(fieldPath, target) });
        }
      }
    }
    expect(resolved).toBeGreaterThan(1000);
  });

  it('answers from yaml what the line scan is not sure about', () => {
    const positions = new YamlPositions(TRICKY);
    expect(positions.fastLocate(['b', 'c', 1, 'q'], 'value')).toBeUndefined();
    expect(positions.locate(['b', 'c', 1, 'q'])).toEqual({ line: 10, column: 11 });
    expect(positions.fastLocate(['b', 'h'], 'value')).toBeUndefined();
    expect(positions.locate(['b', 'h'])).toEqual({ line: 16, column: 6 });
    expect(positions.locate(['b', 'i'], 'key')).toEqual({ line: 17, column: 3 });
  });

  it('points at the key of an empty value and at the nearest ancestor of a missing path', () => {
    const positions = new YamlPositions(TRICKY, 10);
    expect(positions.locate(['b', 'f'])).toEqual({ line: 24, column: 3 });
    expect(positions.locate(['b', 'j'])).toEqual({ line: 29, column: 5 });
    expect(positions.locate(['b', 'missing', 3])).toEqual({ line: 17, column: 3 });
    expect(positions.locate(['nothing'])).toEqual({ line: 12, column: 1 });
  });

  it('locates values in JSON through yaml', () => {
    const positions = new YamlPositions('{\n  "a": [1, {"b": null}],\n  "c": "x"\n}\n');
    expect(positions.locate(['a', 1, 'b'])).toEqual({ line: 2, column: 18 });
    expect(positions.locate(['c'], 'key')).toEqual({ line: 3, column: 3 });
  });
});
