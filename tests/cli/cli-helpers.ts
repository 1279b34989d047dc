import { spawnSync } from 'node:child_process';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `regimen ARGS` as a child process against the given database file. */
export function regimen(databasePath: string, args: string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
