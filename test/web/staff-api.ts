import { built } from './service';
import { readWorld, type StaffKey } from './world';

const { signDevelopmentToken } = built<{
  signDevelopmentToken(secret: string, claims: { sub: string; roles: string[] }): Promise<string>;
}>('src/auth/development-token.js');

/** One of the world's people, or someone a test added, by id. */
export type Someone = StaffKey | { id: string };

/** The API as someone, for what a story needs before the browser takes over (or to check what it shows). */
export async function asStaff<T = Record<string, string>>(
  who: Someone,
  roles: string[],
  method: string,
  path: string,
  body?: object,
): Promise<T> {
  const world = readWorld();
  const sub = typeof who === 'string' ? world.staff[who].id : who.id;
  const token = await signDevelopmentToken(world.secret, { sub, roles });
  const response = await fetch(`${world.baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
