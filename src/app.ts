import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditRepository } from './audit/audit-repository.js';
import { auditRoutes } from './audit/audit-routes.js';
import { AuditService } from './audit/audit-service.js';
import { ApiKeyRepository } from './auth/api-key-repository.js';
import { AuthFailureLimiter } from './auth/auth-failure-limiter.js';
import { CatalogueWriter } from './catalogue/catalogue-writer.js';
import { IngredientRepository } from './catalogue/ingredient-repository.js';
import { ingredientRoutes } from './catalogue/ingredient-routes.js';
import { IngredientService } from './catalogue/ingredient-service.js';
import {
  IMPORT_BODY_LIMIT,
  IMPORT_PATH,
  ingredientWriteRoutes,
} from './catalogue/ingredient-write-routes.js';
import type { Db } from './db/connection.js';
import { healthRoutes } from './health/health-routes.js';
import { registerCompression } from './http/compression.js';
import { registerErrorHandling } from './http/error-handler.js';
import { registerHardening } from './http/hardening.js';
import { ClientError, problem, sendProblem } from './http/problem.js';
import { problemPages } from './http/problem-pages.js';
import { serializerCompiler } from './http/serializer.js';
import { registerOpenApi } from './openapi/openapi-plugin.js';
import { ListReaderProvider } from './products/list-reader-provider.js';
import { OwnProductResolver } from './products/own-products.js';
import { InMemoryProductLookup, type ProductLookup } from './products/product-lookup.js';
import { recommendationRoutes } from './recommendations/recommendation-routes.js';
import { RecommendationService } from './recommendations/recommendation-service.js';
import { ReferenceRepository } from './reference/reference-repository.js';
import { referenceRoutes } from './reference/reference-routes.js';
import { ReferenceService } from './reference/reference-service.js';
import { ruleRoutes } from './rules/rule-routes.js';
import { RuleService } from './rules/rule-service.js';

/** JSON bodies above this get 413 (imports have their own, larger limit). */
export const JSON_BODY_LIMIT = 64 * 1024;

export interface AppOptions {
  /** A migrated database; the caller owns it and closes it after the app. */
  db: Db;
  logger?: FastifyServerOptions['logger'];
  /** The clock, injected so tests can fix "today". */
  now?: () => Date;
  /** Browser origins allowed by CORS; default any (`*`). */
  corsOrigins?: '*' | string[];
  /** Requests per minute per client on `/v1`; default 1000, 0 turns it off. */
  rateLimitMax?: number;
  /** Event-loop lag that sheds load with 503; default 1 s (tests lower it). */
  loadShedding?: { maxEventLoopDelay: number; sampleInterval?: number };
  /** The product catalogue recommendations read own products and suggestions from; default none. */
  products?: ProductLookup;
}

/**
 * Builds the whole API around a given database, in a fixed order: body parsers,
 * compilers and error handling, the OpenAPI document, then the routes.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    // Our own ids, not the client's: a 500's requestId can be trusted to find the log line.
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // A client that trickles its request is cut off instead of holding a socket forever.
    requestTimeout: 30_000,
    // Errors raised before routing (a malformed URL such as `/healthz%`) are problems too.
    frameworkErrors: (error, request, reply) => {
      const detail =
        error.code === 'FST_ERR_BAD_URL' ? 'The URL is malformed.' : 'The request could not be routed.';
      sendProblem(reply, problem(request, 400, detail));
    },
  }).withTypeProvider<ZodTypeProvider>();

  // JSON everywhere, CSV for imports only: any other body type is a 415, never parsed as text.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
    (request, body, done) => {
      if (request.routeOptions.url !== IMPORT_PATH) {
        done(
          new ClientError(415, 'Unsupported Media Type', 'Only the import endpoint takes text/csv.'),
          undefined,
        );
        return;
      }
      done(null, body);
    },
  );
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerHardening(app, {
    corsOrigins: options.corsOrigins ?? '*',
    rateLimitMax: options.rateLimitMax ?? 1000,
    ...(options.loadShedding ? { loadShedding: options.loadShedding } : {}),
  });
  await registerCompression(app);
  await registerOpenApi(app);

  const repository = new IngredientRepository(options.db);
  const ingredients = new IngredientService(repository);
  const reference = new ReferenceRepository(options.db);
  const guard = { keys: new ApiKeyRepository(options.db), failures: new AuthFailureLimiter(), now };

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
  await app.register(problemPages);
  await app.register(ingredientRoutes, { ingredients });
  await app.register(ingredientWriteRoutes, {
    writer: new CatalogueWriter(repository, reference, now),
    guard,
  });
  await app.register(ruleRoutes, { rules: new RuleService() });
  await app.register(referenceRoutes, { reference: new ReferenceService(reference) });
  // Until the product catalogue is stored, recommendations know only the products they are given.
  const ownProducts = new OwnProductResolver(
    options.products ?? new InMemoryProductLookup([]),
    new ListReaderProvider(options.db),
  );
  await app.register(recommendationRoutes, {
    recommendations: new RecommendationService(ingredients, now, ownProducts),
  });
  await app.register(auditRoutes, { audit: new AuditService(new AuditRepository(options.db)), guard });

  return app;
}
