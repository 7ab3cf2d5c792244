/**
 * The signed-in person's token, in this tab's session storage (never a cookie the API reads:
 * DESIGN.md, "The web application"). Listeners hear when it changes or expires.
 */
const KEY = 'icm.session';

interface Stored {
  token: string;
  expiresAt: string;
  via: 'development' | 'oidc';
}

type Listener = () => void;
const listeners = new Set<Listener>();
/** Why the last session ended without the person signing out: the refusing problem's kind. */
let endedBecause: string | undefined;

function read(): Stored | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  const stored = JSON.parse(raw) as Stored;
  return Date.parse(stored.expiresAt) > Date.now() ? stored : undefined;
}

export const session = {
  token: (): string | undefined => read()?.token,
  via: (): Stored['via'] | undefined => read()?.via,
  endedBecause: (): string | undefined => endedBecause,
  start(token: string, expiresAt: string, via: Stored['via']): void {
    endedBecause = undefined;
    sessionStorage.setItem(KEY, JSON.stringify({ token, expiresAt, via }));
    listeners.forEach((listener) => listener());
  },
  end(): void {
    sessionStorage.removeItem(KEY);
    listeners.forEach((listener) => listener());
  },
  /** The service refused the token (`unauthenticated`, `unknown-staff-identity`, ...). */
  expire(because: string): void {
    endedBecause = because;
    session.end();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
