import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { IngredientRepository } from './catalogue/ingredient-repository.js';
import { ingredientRoutes } from './catalogue/ingredient-routes.js';
import { IngredientService } from './catalogue/ingredient-service.js';
import type { Db } from './db/connection.js';
import { healthRoutes } from './health/health-routes.js';
import { registerErrorHandling } from './http/error-handler.js';
import { registerOpenApi } from './openapi/openapi-plugin.js';
import { recommendationRoutes } from './recommendations/recommendation-routes.js';
import { RecommendationService } from './recommendations/recommendation-service.js';
import { ruleRoutes } from './rules/rule-routes.js';

export interface AppOptions {
  /** A migrated database; the caller owns it and closes it after the app. */
  db: Db;
  logger?: FastifyServerOptions['logger'];
  /** The clock, injected so tests can fix "today". */
  now?: () => Date;
}

/**
 * Builds the whole API around a given database, in a fixed order: compilers and
 * error handling, the OpenAPI document, then the routes.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Request ids let a 500 be found in the logs from what the client saw.
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();

  // JSON only (imports add CSV): any other body type is a 415, never parsed as text.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerOpenApi(app);

  const repository = new IngredientRepository(options.db);
  const ingredients = new IngredientService(repository);

  await app.register(healthRoutes, {
    databaseReady: () => {
      try {
        options.db.$client.prepare('SELECT 1').get();
        return true;
      } catch {
        return false;
      }
    },
  });
  await app.register(ingredientRoutes, { ingredients });
  await app.register(ruleRoutes);
  await app.register(recommendationRoutes, {
    recommendations: new RecommendationService(ingredients, options.now ?? (() => new Date())),
  });

  return app;
}
