import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { seedIfEmpty } from './catalogue/catalogue-seed.js';
import { IngredientRepository } from './catalogue/ingredient-repository.js';
import { ConfigError, loadConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/connection.js';

/** Starts the API: open, migrate and (first time) seed the database, listen, stop gracefully. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.DATABASE_PATH);
  migrateDatabase(db);
  const seeded = seedIfEmpty(new IngredientRepository(db), new Date().toISOString());

  const app = await buildApp({
    db,
    // Tokens must never reach the logs, whatever a future serializer includes.
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.authorization'] },
    corsOrigins: config.CORS_ORIGINS,
    rateLimitMax: config.RATE_LIMIT_MAX,
  });
  if (seeded) app.log.info({ created: seeded.created }, 'seeded an empty catalogue from seed/');

  // In-flight requests get up to 10 s to finish; the database closes after the app.
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an uncaught error');
    else app.log.info({ signal }, 'closing');
    await app.close();
    db.$client.close();
  });

  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Failed to start: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
