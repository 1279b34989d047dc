import { availableParallelism } from 'node:os';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The highest per-minute limit `RATE_LIMIT_MAX` takes (and so the bound the contract
 * gives the `RateLimit-*` headers); past it, turn limiting off with 0.
 */
export const MAX_RATE_LIMIT = 1_000_000;

/** The environment the service reads; this module is the only reader of `process.env`. */
export const ConfigSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATABASE_PATH: z.string().min(1).default('data/regimen.db'),
  CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((value) =>
      value.trim() === '*'
        ? ('*' as const)
        : value
            .split(',')
            .map((origin) => origin.trim())
            .filter((origin) => origin.length > 0),
    ),
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).max(MAX_RATE_LIMIT).default(1000),
  // Server processes sharing the port (node:cluster): a count, or `auto` for one per CPU core.
  WORKERS: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(256)], {
      error: 'must be a whole number from 1 to 256, or auto',
    })
    .default(1)
    .transform((value) => (value === 'auto' ? availableParallelism() : value)),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/**
 * Reads and validates the configuration. Empty strings count as unset, so
 * `PORT= npm start` falls back to the default instead of failing on `''`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    throw new ConfigError(
      `Invalid ${name}=${JSON.stringify(raw[name] ?? '')}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.data;
}
