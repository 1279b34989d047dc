import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from './paths.js';

/** The parts of a V8 `.cpuprofile` (as `node --cpu-prof` writes it) that a summary needs. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Row {
  name: string;
  /** Share of all sampled time, 0–1. */
  share: number;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Time spent in the function's own code. */
  selfByFunction: Row[];
  /** Self time grouped by where the code lives: a package, a src/ file, or Node internals. */
  selfByOrigin: Row[];
  /** Time with the function anywhere on the stack (callees included), for the frames asked about. */
  inclusive: Row[];
}

const shorten = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(`${PROJECT_ROOT}/`, '')
    .replace(/^.*node_modules\//, 'node_modules/');

/** Where a frame's code lives: `fastify`, `src/engine/schedule.ts`, `(gc)`, `node:internal`… */
function originOf(frame: ProfileNode['callFrame']): string {
  const url = shorten(frame.url);
  if (url === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node_modules/')) {
    const [, first, second] = url.split('/');
    return first?.startsWith('@') ? `${first}/${second}` : (first ?? url);
  }
  if (url.startsWith('node:')) return 'node: internals';
  return url;
}

const labelOf = (frame: ProfileNode['callFrame']): string =>
  `${frame.functionName || '(anonymous)'} ${shorten(frame.url)}:${frame.lineNumber + 1}`;

function top(totals: Map<string, number>, totalMs: number, limit: number): Row[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
}

/**
 * Self time per function and per origin, and inclusive time for frames whose label
 * matches one of `inclusivePatterns` (so "how much is under zod's parse?" has an answer).
 */
export function summariseProfile(
  path: string,
  options: { limit?: number; inclusivePatterns?: readonly RegExp[] } = {},
): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const self = new Map<string, number>();
  const origin = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    totalMs += ms;
    const label = labelOf(node.callFrame);
    self.set(label, (self.get(label) ?? 0) + ms);
    const where = originOf(node.callFrame);
    origin.set(where, (origin.get(where) ?? 0) + ms);
    // Count each matching frame once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const name = labelOf(frame);
      if (!seen.has(name) && options.inclusivePatterns?.some((pattern) => pattern.test(name))) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
  });
  const limit = options.limit ?? 25;
  return {
    totalMs,
    selfByFunction: top(self, totalMs, limit),
    selfByOrigin: top(origin, totalMs, limit),
    inclusive: top(inclusive, totalMs, limit),
  };
}

export function formatRows(title: string, rows: readonly Row[]): string {
  return [
    title,
    ...rows.map(
      (row) =>
        `  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.ms.toFixed(0).padStart(6)} ms  ${row.name}`,
    ),
  ].join('\n');
}
