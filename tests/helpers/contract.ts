/**
 * Proves responses against the checked-in contract: given what the API answered, finds
 * the operation in openapi.yaml, the documented response for the status and media type,
 * and validates the body with Ajv. `createTestApp` runs every `inject` through this, so
 * each route test also proves that openapi.yaml tells partners the truth.
 */
import { AssertionError } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats is CommonJS with a `default` export; under NodeNext its default import is the module.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const CONTRACT_FILE = new URL('../../openapi.yaml', import.meta.url);
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type JsonSchema = Record<string, unknown>;
export interface MediaTypeObject {
  schema?: JsonSchema;
}
export interface ResponseObject {
  description: string;
  content?: Record<string, MediaTypeObject>;
}
export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; description?: string; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject>;
}
export type PathItemObject = Partial<Record<HttpMethod, OperationObject>>;
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, PathItemObject>;
  components: { schemas: Record<string, JsonSchema> };
}

/** What the API answered, as much of it as the contract speaks about. */
export interface ObservedResponse {
  method: string;
  /** The request URL; the query string is ignored. */
  url: string;
  status: number;
  contentType: string | undefined;
  /** The raw body; JSON bodies are parsed here. */
  body: string;
}

export type ContractVerdict =
  | { ok: true; checked: true; operation: string }
  | { ok: true; checked: false; reason: string }
  | { ok: false; operation: string; message: string; errors?: ErrorObject[] };

export type OperationMatch =
  | { kind: 'operation'; path: string; method: HttpMethod; operation: OperationObject }
  | { kind: 'no-operation'; path: string }
  | { kind: 'no-path' };

interface PathTemplate {
  path: string;
  pattern: RegExp;
  params: number;
}

const SCHEMA_REF = '#/components/schemas/';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A media type without its parameters, e.g. `application/json; charset=utf-8` → `application/json`. */
export const mediaTypeOf = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();
const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

export class Contract {
  readonly document: OpenApiDocument;
  private readonly ajv: Ajv2020;
  private readonly templates: PathTemplate[];
  private readonly validators = new WeakMap<object, ValidateFunction>();
  private readonly refs = new Map<string, JsonSchema>();

  constructor(document: OpenApiDocument) {
    this.document = document;
    // OpenAPI 3.1 schemas are JSON Schema 2020-12 plus annotations (`example`) Ajv
    // does not know: strict mode off, formats on.
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      this.ajv.addSchema(schema, `${SCHEMA_REF}${name}`);
    }
    this.templates = Object.keys(document.paths).map((path) => ({
      path,
      pattern: new RegExp(
        `^${path
          .split(/(\{[^}]+\})/)
          .map((part) => (part.startsWith('{') ? '([^/]+)' : escapeRegExp(part)))
          .join('')}$`,
      ),
      params: (path.match(/\{/g) ?? []).length,
    }));
    // A literal segment wins over a parameter, as in the router: `/v1/ingredients/import`
    // before `/v1/ingredients/{slug}`.
    this.templates.sort((a, b) => a.params - b.params);
  }

  /** Every documented operation, in document order. */
  *operations(): Generator<{ path: string; method: HttpMethod; operation: OperationObject }> {
    for (const [path, item] of Object.entries(this.document.paths)) {
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (operation) yield { path, method, operation };
      }
    }
  }

  /** The operation that serves `method url`, matching the path against the path templates. */
  findOperation(method: string, url: string): OperationMatch {
    const verb = method.toLowerCase() as HttpMethod;
    let path = url.split(/[?#]/)[0] ?? '/';
    // The router ignores a trailing slash.
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    const matching = this.templates.filter((template) => template.pattern.test(path));
    if (matching.length === 0) return { kind: 'no-path' };
    for (const template of matching) {
      const item = this.document.paths[template.path]!;
      // HEAD is served by the GET route.
      const operation = item[verb] ?? (verb === 'head' ? item.get : undefined);
      if (operation) return { kind: 'operation', path: template.path, method: verb, operation };
    }
    return { kind: 'no-operation', path: matching[0]!.path };
  }

  /** The component schema `name`, by reference, so nested `$ref`s resolve. */
  component(name: string): JsonSchema {
    if (!this.document.components.schemas[name]) throw new Error(`openapi.yaml has no schema ${name}`);
    let ref = this.refs.get(name);
    if (!ref) {
      ref = { $ref: `${SCHEMA_REF}${name}` };
      this.refs.set(name, ref);
    }
    return ref;
  }

  /** Validates a value against a schema of the document; returns the Ajv errors, or null. */
  validate(schema: JsonSchema, value: unknown): ErrorObject[] | null {
    let validator = this.validators.get(schema);
    if (!validator) {
      validator = this.ajv.compile(schema);
      this.validators.set(schema, validator);
    }
    return validator(value) ? null : [...(validator.errors ?? [])];
  }

  /** Checks one response against the contract. */
  check(response: ObservedResponse): ContractVerdict {
    const method = response.method.toUpperCase();
    const where = `${method} ${response.url}`;
    const mediaType = response.contentType ? mediaTypeOf(response.contentType) : undefined;
    const match = this.findOperation(method, response.url);

    if (match.kind !== 'operation') {
      // Docs, the contract itself, unknown routes and wrong methods are not operations,
      // but an error is an error: a problem must still be a Problem.
      if (mediaType !== 'application/problem+json') {
        return { ok: true, checked: false, reason: `${where} is not a documented operation` };
      }
      return this.checkBody(`${where} (not an operation)`, response, this.component('Problem'));
    }

    const { operation } = match;
    const name = `${operation.operationId ?? `${match.method} ${match.path}`} (${where})`;
    const status = String(response.status);
    const documented =
      operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
    if (!documented) {
      return {
        ok: false,
        operation: name,
        message:
          `answered ${status}, which the contract does not document for this operation ` +
          `(it documents ${Object.keys(operation.responses).join(', ')})`,
      };
    }
    // No body to check: HEAD, 204 and 304 never carry one.
    if (method === 'HEAD' || response.status === 204 || response.status === 304) {
      return { ok: true, checked: true, operation: name };
    }
    const content = documented.content ?? {};
    if (Object.keys(content).length === 0) {
      return response.body.length === 0
        ? { ok: true, checked: true, operation: name }
        : {
            ok: false,
            operation: name,
            message: `answered ${status} with a body the contract does not document`,
          };
    }
    if (!mediaType) {
      return { ok: false, operation: name, message: `answered ${status} without a Content-Type` };
    }
    const media = content[mediaType];
    if (!media) {
      return {
        ok: false,
        operation: name,
        message:
          `answered ${status} as ${mediaType}; the contract documents ` +
          `${Object.keys(content).join(', ')} for this status`,
      };
    }
    if (!media.schema || !isJson(mediaType)) return { ok: true, checked: true, operation: name };
    return this.checkBody(name, response, media.schema);
  }

  private checkBody(name: string, response: ObservedResponse, schema: JsonSchema): ContractVerdict {
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return {
        ok: false,
        operation: name,
        message: `answered ${response.status} with a body that is not JSON`,
      };
    }
    const errors = this.validate(schema, body);
    if (errors) {
      return {
        ok: false,
        operation: name,
        message: `answered ${response.status} with a body that does not match the contract`,
        errors,
      };
    }
    return { ok: true, checked: true, operation: name };
  }
}

let loaded: Contract | undefined;

/** The checked-in contract, parsed and compiled once per test file. */
export function loadContract(): Contract {
  loaded ??= new Contract(parse(readFileSync(CONTRACT_FILE, 'utf8')) as OpenApiDocument);
  return loaded;
}

/** How many responses this test file proved against the contract, and how many it could not. */
export const contractStats = { validated: 0, skipped: 0 };

export function formatAjvErrors(errors: readonly ErrorObject[]): string {
  return errors
    .map((error) => {
      const params =
        error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : '';
      return `  ${error.instancePath || '/'} ${error.message ?? error.keyword}${params} (${error.schemaPath})`;
    })
    .join('\n');
}

/** Throws an AssertionError naming the operation, status and schema errors when a response breaks the contract. */
export function assertMatchesContract(response: ObservedResponse, contract: Contract = loadContract()): void {
  const verdict = contract.check(response);
  if (!verdict.ok) {
    const details = verdict.errors ? `\n${formatAjvErrors(verdict.errors)}` : '';
    throw new AssertionError({
      message:
        `Response breaks openapi.yaml: ${verdict.operation} ${verdict.message}${details}\n` +
        `  body: ${response.body.slice(0, 500)}`,
    });
  }
  if (verdict.checked) contractStats.validated++;
  else contractStats.skipped++;
}
