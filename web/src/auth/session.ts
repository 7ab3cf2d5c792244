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
let expired = false;

function read(): Stored | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  const stored = JSON.parse(raw) as Stored;
  return Date.parse(stored.expiresAt) > Date.now() ? stored : undefined;
}

export const session = {
  token: (): string | undefined => read()?.token,
  via: (): Stored['via'] | undefined => read()?.via,
  wasExpired: (): boolean => expired,
  start(token: string, expiresAt: string, via: Stored['via']): void {
    expired = false;
    sessionStorage.setItem(KEY, JSON.stringify({ token, expiresAt, via }));
    listeners.forEach((listener) => listener());
  },
  end(): void {
    sessionStorage.removeItem(KEY);
    listeners.forEach((listener) => listener());
  },
  expire(): void {
    expired = true;
    session.end();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
