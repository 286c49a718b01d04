// An error the core's handler answers as problem+json with this status and the message as its detail.
export class HttpError extends Error {
  constructor(
    readonly statusCode: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

/** The one answer for a credential that does not exist and one the caller may not know of. */
export const noCredential = (id: string) => new HttpError(404, `no credential has the id ${id}`);
