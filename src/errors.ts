/** A field-level problem with client input, as reported in a problem's `errors`. */
export interface FieldError {
  /** JSON Pointer into the input, e.g. `/concerns/0`. */
  path: string;
  message: string;
  /** For imports: the 1-based number of the bad row. */
  row?: number;
  /** Where the field was: `body`, `query`, `params` or `headers`. */
  in?: 'body' | 'query' | 'params' | 'headers';
}

/**
 * A mistake by the caller, thrown by services and turned into problem+json by the
 * error handler. Services stay HTTP-agnostic apart from choosing the status.
 */
export class ClientError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429;
  readonly title: string;
  readonly errors: FieldError[] | undefined;

  constructor(status: ClientError['status'], title: string, detail: string, errors?: FieldError[]) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = errors;
  }
}

export const notFound = (detail: string) => new ClientError(404, 'Not Found', detail);
export const conflict = (detail: string) => new ClientError(409, 'Conflict', detail);
export const invalidInput = (detail: string, errors: FieldError[]) =>
  new ClientError(400, 'Invalid input', detail, errors);
