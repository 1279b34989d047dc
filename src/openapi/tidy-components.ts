import { isDeepStrictEqual } from 'node:util';

type Json = unknown;
type Doc = { paths?: Json; components?: { schemas?: Record<string, Json> } & Record<string, Json> } & Record<
  string,
  Json
>;

const REF_PREFIX = '#/components/schemas/';

function visitRefs(node: Json, visit: (name: string) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) visitRefs(item, visit);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        visit(value.slice(REF_PREFIX.length));
      } else {
        visitRefs(value, visit);
      }
    }
  }
}

function rewriteRefs(node: Json, rename: ReadonlyMap<string, string>): Json {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, rename));
  if (node !== null && typeof node === 'object') {
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        const name = value.slice(REF_PREFIX.length);
        out[key] = `${REF_PREFIX}${rename.get(name) ?? name}`;
      } else {
        out[key] = rewriteRefs(value, rename);
      }
    }
    return out;
  }
  return node;
}

/**
 * The zod provider emits every registered schema twice (as input `XInput` and as
 * output `X`), used or not. Partners should read one `Ingredient`, not two
 * identical twins: this merges twins that are equal, drops the suffix of an input
 * schema that is alone or whose output twin is unused, and drops components no
 * operation reaches.
 */
export function tidyComponents<T extends object>(input: T): T {
  const doc = input as Doc;
  const schemas = doc.components?.schemas;
  if (!schemas) return input;

  const rename = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    if (!name.endsWith('Input')) continue;
    const base = name.slice(0, -'Input'.length);
    const twin = schemas[base];
    if (twin === undefined) rename.set(name, base);
    else if (isDeepStrictEqual(rewriteRefs(schemas[name], rename), rewriteRefs(twin, rename)))
      rename.set(name, base);
  }
  // A twin's equality may depend on its children being merged: iterate to a fixpoint.
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of Object.keys(schemas)) {
      if (!name.endsWith('Input') || rename.has(name)) continue;
      const base = name.slice(0, -'Input'.length);
      if (isDeepStrictEqual(rewriteRefs(schemas[name], rename), rewriteRefs(schemas[base], rename))) {
        rename.set(name, base);
        changed = true;
      }
    }
  }

  // An input schema whose output twin no operation reaches (a request body with
  // defaults, say) is the only one partners see: it gets the plain name too.
  const reached = reachableFrom(rewriteRefs(doc.paths ?? {}, rename), applyRenames(schemas, rename));
  for (const name of reached) {
    if (!name.endsWith('Input')) continue;
    const base = name.slice(0, -'Input'.length);
    if (!reached.has(base)) rename.set(name, base);
  }

  const renamedSchemas = applyRenames(schemas, rename);
  const paths = rewriteRefs(doc.paths ?? {}, rename);
  const reachable = reachableFrom(paths, renamedSchemas);
  const kept: Record<string, Json> = {};
  for (const name of Object.keys(renamedSchemas).sort()) {
    if (reachable.has(name)) kept[name] = renamedSchemas[name];
  }
  return { ...doc, paths, components: { ...doc.components, schemas: kept } } as T;
}

function applyRenames(
  schemas: Record<string, Json>,
  rename: ReadonlyMap<string, string>,
): Record<string, Json> {
  const taken = new Set(rename.values());
  const out: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    // A renamed twin takes the name: it is equal, or the one the paths use.
    if (!rename.has(name) && taken.has(name)) continue;
    out[rename.get(name) ?? name] = rewriteRefs(schema, rename);
  }
  return out;
}

/** The components the paths reach, transitively. */
function reachableFrom(paths: Json, schemas: Record<string, Json>): Set<string> {
  const reachable = new Set<string>();
  const queue: string[] = [];
  const enqueue = (name: string) => {
    if (!reachable.has(name)) {
      reachable.add(name);
      queue.push(name);
    }
  };
  visitRefs(paths, enqueue);
  while (queue.length > 0) visitRefs(schemas[queue.pop()!], enqueue);
  return reachable;
}
