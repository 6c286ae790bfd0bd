import type { ApiErrorBody } from './schema.js';

/** A 4xx/5xx answer from the API, carrying its JSON error body. */
export class ApiError extends Error {
  readonly status: number;
  /** Stable kebab-case code, e.g. 'invalid-input'. */
  readonly error: ApiErrorBody['error'] | 'http-error';
  /** The input field the server blames, e.g. 'to[1]' or 'body'. */
  readonly field: string | undefined;

  constructor(status: number, error: ApiError['error'], message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.error = error;
    this.field = field;
  }

  /** Builds the error from a failed response and its parsed body, tolerating a body that is not the API's JSON. */
  static from(response: Response, body: unknown): ApiError {
    const fallback = response.statusText || `HTTP ${response.status}`;
    if (body && typeof body === 'object') {
      const { error, message, field } = body as Record<string, unknown>;
      return new ApiError(
        response.status,
        typeof error === 'string' ? (error as ApiErrorBody['error']) : 'http-error',
        typeof message === 'string' ? message : fallback,
        typeof field === 'string' ? field : undefined,
      );
    }
    return new ApiError(response.status, 'http-error', fallback);
  }
}
