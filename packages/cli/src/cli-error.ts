// Errors the CLI reports as one clear line and an exit code, never as a stack trace.

export const EXIT_OK = 0;
/** The document is invalid (validation errors). */
export const EXIT_INVALID = 1;
/** The file cannot be read or parsed, or the command line is wrong. */
export const EXIT_UNUSABLE = 2;

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_UNUSABLE,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
