import { Document, isPair, isScalar, visit } from 'yaml';

/**
 * YAML 1.2's scalar tags (null, bool, int in all bases, float). Added to the YAML 1.1
 * schema below, so a plain string is quoted when *either* reading would turn it into
 * something else.
 */
const YAML_1_2_TAGS = new Document(null, { version: '1.2' }).schema.tags.filter(
  (tag) => !['tag:yaml.org,2002:str', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq'].includes(tag.tag),
);

/**
 * YAML that every common reader takes back with the same values. YAML 1.1 readers
 * (PyYAML, js-yaml, Ruby) resolve plain `2026-12-01`, `7732-18-5`, `yes` or `on` to
 * dates and booleans; YAML 1.2 readers resolve `0o17` to a number. Writing with the
 * 1.1 schema plus the 1.2 scalar tags quotes exactly the strings one of them would
 * misread, and leaves every other scalar plain. `quoted` names keys whose string values
 * are always double-quoted (identifiers that must never be read as anything else).
 */
export function toPortableYaml(value: unknown, quoted: ReadonlySet<string> = new Set()): string {
  const document = new Document(value, {
    // Repeated objects (the rate-limit headers of every operation) written out in full: anchors
    // and aliases read poorly, and past ~100 of them readers refuse the file as an alias bomb.
    aliasDuplicateObjects: false,
    version: '1.1',
    customTags: (tags) => [...tags, ...YAML_1_2_TAGS],
  });
  if (quoted.size > 0) {
    visit(document, {
      Pair: (_key, pair) => {
        if (isPair(pair) && isScalar(pair.key) && quoted.has(String(pair.key.value))) {
          if (isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.type = 'QUOTE_DOUBLE';
        }
      },
    });
  }
  // No `%YAML 1.1` directive: the text reads the same under either version.
  return document.toString({ directives: false });
}
