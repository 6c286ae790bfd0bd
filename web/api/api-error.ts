/** A 4xx/5xx answer from the API, carrying its JSON error body. */
export class ApiError extends Error {
  readonly status: number;
  /** Stable kebab-case code, e.g. 'invalid-input'. */
  readonly error: string;
  /** The input field the server blames, e.g. 'to[1]' or 'body'. */
  readonly field: string | undefined;

  constructor(status: number, error: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.error = error;
    this.field = field;
  }
}

/** Builds the error from a failed response, tolerating a body that is not the API's JSON. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object') {
    const { error, message, field } = body as Record<string, unknown>;
    return new ApiError(
      response.status,
      typeof error === 'string' ? error : 'http-error',
      typeof message === 'string' ? message : response.statusText || `HTTP ${response.status}`,
      typeof field === 'string' ? field : undefined,
    );
  }
  return new ApiError(response.status, 'http-error', response.statusText || `HTTP ${response.status}`);
}
