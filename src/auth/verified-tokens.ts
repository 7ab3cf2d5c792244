import type { Caller } from './roles';

interface Verified {
  caller: Caller;
  /** Epoch ms from which the token is valid (nbf) and until which it is (exp). */
  notBefore: number;
  expires: number;
}

/**
 * Tokens this process has already verified, so that a client's every request does not pay for the
 * signature check again. Bounded, oldest out first; an entry is used only inside its token's own
 * validity. Each process keeps its own: nothing here has to agree across instances. A signing key
 * withdrawn from the key set therefore stops new tokens at once, already-seen ones at their expiry.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Verified>();

  constructor(private readonly capacity = 10_000) {}

  get(token: string, now: number): Caller | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (now >= entry.expires) {
      this.entries.delete(token);
      return undefined;
    }
    return now < entry.notBefore ? undefined : entry.caller;
  }

  remember(token: string, entry: Verified): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, entry);
  }
}
