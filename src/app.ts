import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditRepository } from './audit/audit-repository.js';
import { auditRoutes } from './audit/audit-routes.js';
import { AuditService } from './audit/audit-service.js';
import { ApiKeyRepository } from './auth/api-key-repository.js';
import { AuthFailureLimiter } from './auth/auth-failure-limiter.js';
import { catalogueWriters } from './catalogue/catalogue-writers.js';
import { IMPORT_BODY_LIMIT, IMPORT_PATHS } from './catalogue/import-route.js';
import { IngredientRepository } from './catalogue/ingredient-repository.js';
import { ingredientRoutes } from './catalogue/ingredient-routes.js';
import { IngredientService } from './catalogue/ingredient-service.js';
import { ingredientWriteRoutes } from './catalogue/ingredient-write-routes.js';
import type { Db } from './db/connection.js';
import { healthRoutes } from './health/health-routes.js';
import { clientErrorHandler } from './http/client-errors.js';
import { registerCompression } from './http/compression.js';
import { registerErrorHandling } from './http/error-handler.js';
import { registerHardening, SECURITY_HEADERS } from './http/hardening.js';
import { ClientError, problem, sendProblem } from './http/problem.js';
import { problemPages } from './http/problem-pages.js';
import { serializerCompiler } from './http/serializer.js';
import { writeRequestCompleted } from './logging.js';
import { registerOpenApi } from './openapi/openapi-plugin.js';
import { pageRoutes } from './page/page-routes.js';
import { analysisRoutes } from './products/analysis-routes.js';
import { ProductAnalysisService } from './products/analysis-service.js';
import { ListReaderProvider } from './products/list-reader-provider.js';
import { OwnProductResolver } from './products/own-products.js';
import { type ProductLookup, StoredProductLookup } from './products/product-lookup.js';
import { ProductRepository } from './products/product-repository.js';
import { productRoutes } from './products/product-routes.js';
import { ProductService } from './products/product-service.js';
import { productWriteRoutes } from './products/product-write-routes.js';
import { recommendationRoutes } from './recommendations/recommendation-routes.js';
import { RecommendationService } from './recommendations/recommendation-service.js';
import { ReferenceRepository } from './reference/reference-repository.js';
import { referenceRoutes } from './reference/reference-routes.js';
import { ReferenceService } from './reference/reference-service.js';
import { ruleRoutes } from './rules/rule-routes.js';
import { RuleService } from './rules/rule-service.js';

/**
 * One log line per request instead of Fastify's two ('incoming request' and 'request
 * completed'): half the log volume, the same facts, written once the answer is known.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    if (error) {
      reply.log.error(
        { req: request, res: reply, responseTime: reply.elapsedTime, err: error },
        'request errored',
      );
    } else writeRequestCompleted(reply.log, request, reply);
  }
}

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
  /** Where recommendations read own products and suggestions from; default the stored product catalogue. */
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
    logController: new OneLinePerRequest(),
    bodyLimit: JSON_BODY_LIMIT,
    // Our own ids, not the client's: a 500's requestId can be trusted to find the log line.
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // A client that trickles its request is cut off instead of holding a socket forever.
    requestTimeout: 30_000,
    // Errors raised before routing (a malformed URL such as `/healthz%`) are problems too. They come
    // before any hook, so they carry the security headers here.
    frameworkErrors: (error, request, reply) => {
      const detail =
        error.code === 'FST_ERR_BAD_URL' ? 'The URL is malformed.' : 'The request could not be routed.';
      for (const [name, value] of SECURITY_HEADERS) reply.header(name, value);
      sendProblem(reply, problem(request, 400, detail));
    },
    // And so are requests Node's parser refuses (431 headers too large, 408, malformed HTTP).
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  // JSON everywhere, CSV for imports only: any other body type is a 415, never parsed as text.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
    (request, body, done) => {
      if (!IMPORT_PATHS.has(request.routeOptions.url ?? '')) {
        done(
          new ClientError(415, 'Unsupported Media Type', 'Only the import endpoints take text/csv.'),
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
  const products = new ProductRepository(options.db);
  const writers = catalogueWriters(options.db, now, { ingredients: repository, products });
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
  await app.register(pageRoutes);
  await app.register(ingredientRoutes, { ingredients });
  await app.register(ingredientWriteRoutes, { writer: writers.ingredients, guard });
  await app.register(productRoutes, { products: new ProductService(products, repository) });
  await app.register(productWriteRoutes, { writer: writers.products, guard });
  await app.register(ruleRoutes, { rules: new RuleService() });
  await app.register(referenceRoutes, { reference: new ReferenceService(reference) });
  const readers = new ListReaderProvider(options.db);
  const ownProducts = new OwnProductResolver(options.products ?? new StoredProductLookup(products), readers);
  await app.register(recommendationRoutes, {
    recommendations: new RecommendationService(ingredients, now, ownProducts),
  });
  await app.register(analysisRoutes, {
    analysis: new ProductAnalysisService(readers),
  });
  await app.register(auditRoutes, { audit: new AuditService(new AuditRepository(options.db)), guard });

  return app;
}
