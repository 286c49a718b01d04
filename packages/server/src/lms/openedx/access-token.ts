// The service's access token for the LMS: issued once and shared, renewed shortly before it expires,
// and dropped when the LMS refuses it so that the next caller gets a new one.

export interface IssuedToken {
  readonly token: string;
  /** Seconds it is valid for, as the token endpoint's expires_in says. */
  readonly expiresIn: number;
}

export class AccessToken {
  #current: { readonly token: string; readonly renewAt: number } | null = null;
  #issuing: Promise<string> | null = null;

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    /** How long before its expiry a token is replaced (at most half its life). */
    private readonly marginMs: number,
  ) {}

  async get(): Promise<string> {
    if (this.#current && Date.now() < this.#current.renewAt) return this.#current.token;
    // Callers arriving while a token is being issued wait for that one instead of asking again.
    this.#issuing ??= this.renew().finally(() => (this.#issuing = null));
    return this.#issuing;
  }

  /** Forgets `token` (refused by the LMS), unless a newer one has replaced it already. */
  invalidate(token: string): void {
    if (this.#current?.token === token) this.#current = null;
  }

  private async renew(): Promise<string> {
    const issuedAt = Date.now();
    const { token, expiresIn } = await this.issue();
    const lifeMs = expiresIn * 1000;
    this.#current = { token, renewAt: issuedAt + lifeMs - Math.min(this.marginMs, lifeMs / 2) };
    return token;
  }
}
