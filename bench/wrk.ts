import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONNECTIONS, type LoadGenerator, type LoadSpec } from './load.js';
import { childCpuSecondsFromStat } from './proc.js';
import { makeTempDir } from './temp.js';

const WRK_PATHS = ['/usr/bin/wrk', '/usr/local/bin/wrk'];

function which(): string | null {
  for (const path of WRK_PATHS) {
    try {
      execFileSync(path, ['--version'], { stdio: 'ignore' });
    } catch (error) {
      // `wrk --version` prints its usage and exits 1: only a missing binary is a failure.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
    }
    return path;
  }
  return null;
}

/**
 * wrk from the PATH, or installed with apt when the bench runs as root on Debian; null
 * with the reason otherwise (the caller falls back to autocannon and says so).
 */
export function findWrk(log: (line: string) => void): { path: string } | { reason: string } {
  const found = which();
  if (found) return { path: found };
  if (process.getuid?.() !== 0)
    return { reason: 'wrk is not installed and the bench is not root to apt-get it' };
  log('wrk is missing: apt-get install -y wrk…');
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'wrk'], { stdio: 'ignore' });
  } catch {
    return { reason: 'wrk is not installed and `apt-get install -y wrk` failed' };
  }
  const installed = which();
  return installed
    ? { path: installed }
    : { reason: 'apt-get installed wrk but it is not on the usual paths' };
}

/** A Lua long string that no JSON body can close early. */
const luaString = (text: string) => `[==[${text}]==]`;

/**
 * The wrk script of one run: every path and body written into it up front, so wrk sends a
 * different pre-generated request each time without generating anything itself, and
 * `done` prints the figures as one JSON line (wrk's own text summary rounds them).
 */
export function wrkScript(spec: LoadSpec): string {
  const headers = Object.entries(spec.headers)
    .map(([name, value]) => `wrk.headers[ ${luaString(name)} ] = ${luaString(value)}`)
    .join('\n');
  const list = (items: readonly string[]) =>
    `{\n${items.map((item) => `  ${luaString(item)},`).join('\n')}\n}`;
  return `wrk.method = "${spec.method}"
${headers}
local paths = ${list(spec.paths)}
local bodies = ${list(spec.bodies)}
local np, nb, i = #paths, #bodies, 0
request = function()
  i = i + 1
  local body = nil
  if nb > 0 then body = bodies[(i - 1) % nb + 1] end
  return wrk.format(nil, paths[(i - 1) % np + 1], nil, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"bad":%d,"p50Us":%d,"p99Us":%d}\\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
`;
}

interface WrkResult {
  requests: number;
  durationUs: number;
  bytes: number;
  bad: number;
  p50Us: number;
  p99Us: number;
}

/**
 * wrk with one thread and CONNECTIONS connections. It runs under `sh`, which prints its
 * own /proc stat line once wrk is reaped: the reaped child's CPU time (cutime + cstime)
 * is the only exact figure of what wrk itself spent.
 */
export function wrkGenerator(path: string): LoadGenerator {
  const scripts = makeTempDir('wrk');
  let runs = 0;
  const version = (() => {
    try {
      execFileSync(path, ['--version'], { encoding: 'utf8' });
      return '';
    } catch (error) {
      const out = String((error as { stdout?: string }).stdout ?? '');
      return /wrk (\S+)/.exec(out)?.[1] ?? '';
    }
  })();
  return {
    name: 'wrk',
    description: `wrk ${version} (${path}), 1 thread, ${CONNECTIONS} connections`,
    run: async (url, spec, seconds) => {
      const script = join(scripts, `run-${runs++}.lua`);
      writeFileSync(script, wrkScript(spec));
      const child = spawn(
        'sh',
        [
          '-c',
          '"$@"; status=$?; read -r stat < /proc/$$/stat; echo "SH_STAT $stat"; exit $status',
          'sh',
          path,
          '-t1',
          `-c${CONNECTIONS}`,
          `-d${seconds}s`,
          '--timeout',
          '10s',
          '-s',
          script,
          url,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
      });
      const code = await new Promise<number | null>((resolveExit) => child.once('close', resolveExit));
      const resultLine = /^WRK_RESULT (.*)$/m.exec(out)?.[1];
      const statLine = /^SH_STAT (.*)$/m.exec(out)?.[1];
      if (code !== 0 || !resultLine || !statLine) {
        throw new Error(`wrk failed (exit ${String(code)}): ${err.trim() || out.trim()}`);
      }
      const result = JSON.parse(resultLine) as WrkResult;
      const elapsed = result.durationUs / 1e6;
      return {
        requestsPerSecond: result.requests / elapsed,
        p50Ms: result.p50Us / 1000,
        p99Ms: result.p99Us / 1000,
        completed: result.requests,
        bytesPerAnswer: result.requests === 0 ? 0 : result.bytes / result.requests,
        bad: result.bad,
        clientUsPerRequest: (childCpuSecondsFromStat(statLine) * 1e6) / Math.max(1, result.requests),
      };
    },
  };
}
