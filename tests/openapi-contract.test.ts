import { describe, expect, it } from 'vitest';
import {
  type Contract,
  type JsonSchema,
  loadContract,
  type ObservedResponse,
  type OperationObject,
} from './helpers/contract.js';
import { createTestApp } from './helpers/test-app.js';

const contract: Contract = loadContract();
const { document } = contract;
const operations = [...contract.operations()];
const v1 = operations.filter(({ path }) => path.startsWith('/v1/'));
const label = ({ method, path }: { method: string; path: string }) => `${method.toUpperCase()} ${path}`;

const resolve = (schema: JsonSchema | undefined): JsonSchema | undefined => {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? document.components.schemas[ref.split('/').pop()!] : schema;
};
const isStaff = (operation: OperationObject) =>
  (operation.security ?? []).some((requirement) => 'bearerAuth' in requirement);

describe('the document', () => {
  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThanOrEqual(13);
  });

  it.each(operations.map((entry) => [label(entry), entry.operation] as const))(
    '%s has an operationId, a summary, a description and a tag',
    (_name, operation) => {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.summary?.length).toBeGreaterThan(0);
      expect(operation.description?.length).toBeGreaterThan(0);
      expect(operation.tags?.length).toBeGreaterThan(0);
    },
  );

  it('gives every operation a unique operationId', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(v1.map((entry) => [label(entry), entry.operation] as const))(
    '%s documents its 4xx as problem+json Problems, 429 included',
    (_name, operation) => {
      const clientErrors = Object.entries(operation.responses).filter(([status]) => status.startsWith('4'));
      expect(clientErrors.map(([status]) => status)).toContain('429');
      for (const [, response] of clientErrors) {
        expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
        expect(response.content?.['application/problem+json']?.schema).toEqual({
          $ref: '#/components/schemas/Problem',
        });
      }
    },
  );

  it.each(v1.map((entry) => [label(entry), entry.operation] as const))(
    '%s documents 400, 413 and 415 when it takes input that can be invalid',
    (_name, operation) => {
      const statuses = Object.keys(operation.responses);
      const validatesInput = operation.requestBody !== undefined || (operation.parameters ?? []).length > 0;
      if (validatesInput) expect(statuses).toContain('400');
      if (operation.requestBody) expect(statuses).toEqual(expect.arrayContaining(['413', '415']));
    },
  );

  it.each(operations.map((entry) => [label(entry), entry.operation] as const))(
    '%s says whether it needs a token, and staff operations document 401 and 403',
    (_name, operation) => {
      expect(operation.security).toBeDefined();
      if (isStaff(operation)) {
        expect(operation.tags).toContain('staff');
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
      } else {
        expect(operation.security).toEqual([]);
        expect(operation.responses).not.toHaveProperty('401');
      }
    },
  );

  it('documents every parameter', () => {
    const undocumented = operations.flatMap((entry) =>
      (entry.operation.parameters ?? [])
        .filter((parameter) => !parameter.description)
        .map((parameter) => `${label(entry)} ${parameter.in} ${parameter.name}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('describes every component and every field of it', () => {
    const undescribed: string[] = [];
    const visit = (schema: unknown, where: string) => {
      if (schema === null || typeof schema !== 'object') return;
      const node = schema as JsonSchema;
      const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
      for (const [name, property] of Object.entries(properties)) {
        if (!property.description && !resolve(property)?.description) undescribed.push(`${where}.${name}`);
        visit(property, `${where}.${name}`);
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf']) {
        const child = node[key];
        for (const item of Array.isArray(child) ? child : [child]) visit(item, where);
      }
    };
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      if (!schema.description) undescribed.push(name);
      visit(schema, name);
    }
    expect(undescribed).toEqual([]);
  });

  it('names its schemas as components partners read (no inline objects, no Input twins)', () => {
    const names = Object.keys(document.components.schemas);
    expect(names).toEqual(expect.arrayContaining(['Ingredient', 'Recommendation', 'Problem', 'Rule']));
    expect(names.filter((name) => name.endsWith('Input'))).toEqual([]);
    for (const { operation } of operations) {
      const media = [
        ...Object.values(operation.requestBody?.content ?? {}),
        ...Object.values(operation.responses).flatMap((response) => Object.values(response.content ?? {})),
      ];
      for (const { schema } of media) if (schema) expect(schema).toHaveProperty('$ref');
    }
  });

  it('gives every request body and every success body an example', () => {
    const missing: string[] = [];
    for (const entry of operations) {
      const bodies = [
        ...Object.entries(entry.operation.requestBody?.content ?? {}).map(
          ([type, media]) => ['request', type, media] as const,
        ),
        ...Object.entries(entry.operation.responses)
          .filter(([status]) => status.startsWith('2'))
          .flatMap(([status, response]) =>
            Object.entries(response.content ?? {}).map(([type, media]) => [status, type, media] as const),
          ),
      ];
      for (const [what, type, media] of bodies) {
        if (resolve(media.schema)?.example === undefined) missing.push(`${label(entry)} ${what} ${type}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(
    Object.entries(document.components.schemas)
      .filter(([, schema]) => schema.example !== undefined)
      .map(([name]) => [name] as const),
  )('%s: its example is valid against its own schema', (name) => {
    const schema = document.components.schemas[name]!;
    expect(contract.validate(contract.component(name), schema.example)).toBeNull();
  });
});

describe('the contract helper', () => {
  const ingredient = document.components.schemas.Ingredient!.example as Record<string, unknown>;
  const answer = (overrides: Partial<ObservedResponse> & { json?: unknown }): ObservedResponse => ({
    method: 'GET',
    url: '/v1/ingredients/retinol',
    status: 200,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify(overrides.json ?? ingredient),
    ...overrides,
  });

  it('finds operations by path template, a literal segment before a parameter', () => {
    const find = (method: string, url: string) => {
      const match = contract.findOperation(method, url);
      return match.kind === 'operation' ? match.operation.operationId : match.kind;
    };
    expect(find('GET', '/v1/ingredients/retinol?x=1')).toBe('getIngredient');
    expect(find('GET', '/v1/ingredients/retinol/')).toBe('getIngredient');
    expect(find('POST', '/v1/ingredients/import')).toBe('importIngredients');
    expect(find('GET', '/v1/ingredients/import')).toBe('getIngredient');
    expect(find('HEAD', '/v1/rules/retinoid.ramp')).toBe('getRule');
    expect(find('PATCH', '/v1/ingredients/retinol')).toBe('no-operation');
    expect(find('GET', '/docs/static/index.html')).toBe('no-path');
  });

  it('accepts a response that matches', () => {
    expect(contract.check(answer({}))).toMatchObject({
      ok: true,
      checked: true,
      operation: expect.stringContaining('getIngredient'),
    });
  });

  it('catches an extra field (the schemas are closed: additionalProperties false)', () => {
    const verdict = contract.check(answer({ json: { ...ingredient, internalId: 7 } }));
    expect(verdict.ok).toBe(false);
    expect(verdict).toMatchObject({
      errors: [
        expect.objectContaining({
          keyword: 'additionalProperties',
          params: { additionalProperty: 'internalId' },
        }),
      ],
    });
  });

  it('catches a missing required field', () => {
    const { updatedAt: _dropped, ...withoutUpdatedAt } = ingredient;
    const verdict = contract.check(answer({ json: withoutUpdatedAt }));
    expect(verdict).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ keyword: 'required', params: { missingProperty: 'updatedAt' } })],
    });
  });

  it('catches a field of the wrong type or outside its enum, deep in a list', () => {
    const list = { items: [{ ...ingredient, class: 'miracle' }], nextCursor: null };
    expect(contract.check(answer({ url: '/v1/ingredients', json: list })).ok).toBe(false);
    expect(contract.check(answer({ url: '/v1/ingredients', json: { items: [], nextCursor: 3 } })).ok).toBe(
      false,
    );
  });

  it('catches a status the operation does not document', () => {
    const verdict = contract.check(answer({ status: 418 }));
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining('418') });
  });

  it('catches a media type the response does not document', () => {
    expect(contract.check(answer({ contentType: 'text/plain' })).ok).toBe(false);
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No ingredient.' };
    expect(contract.check(answer({ status: 404, json: problem })).ok).toBe(false);
    expect(
      contract.check(answer({ status: 404, json: problem, contentType: 'application/problem+json' })).ok,
    ).toBe(true);
  });

  it('checks no body where none is sent: 304, 204 and HEAD', () => {
    expect(contract.check(answer({ status: 304, body: '', contentType: undefined })).ok).toBe(true);
    expect(
      contract.check(answer({ method: 'DELETE', status: 204, body: '', contentType: undefined })).ok,
    ).toBe(true);
    expect(contract.check(answer({ method: 'HEAD', body: '' })).ok).toBe(true);
  });

  it('holds a problem outside the operations to Problem, and skips other undocumented answers', () => {
    const problem = { type: 'about:blank', title: 'Method Not Allowed', status: 405, detail: 'No.' };
    const notAllowed = answer({
      method: 'PATCH',
      status: 405,
      contentType: 'application/problem+json',
      json: problem,
    });
    expect(contract.check(notAllowed).ok).toBe(true);
    expect(
      contract.check({ ...notAllowed, body: JSON.stringify({ ...problem, stack: 'at x.ts:1' }) }).ok,
    ).toBe(false);
    expect(contract.check(answer({ url: '/docs/', contentType: 'text/html', body: '<html>' }))).toMatchObject(
      {
        ok: true,
        checked: false,
      },
    );
  });
});

describe('route tests', () => {
  it('fail when a response drifts from openapi.yaml', async () => {
    const t = await createTestApp({ seed: false });
    const responses = document.paths['/v1/rules']!.get!.responses;
    const documented = responses['200']!;
    try {
      expect((await t.app.inject('/v1/rules')).statusCode).toBe(200);
      delete responses['200'];
      await expect(t.app.inject('/v1/rules')).rejects.toThrow(
        /listRules \(GET \/v1\/rules\) answered 200, which the contract does not document/,
      );
    } finally {
      responses['200'] = documented;
      await t.close();
    }
  });
});
