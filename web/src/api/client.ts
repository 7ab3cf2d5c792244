import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { Problem, type ProblemBody } from './problem';
import { session } from '@web/auth/session';

const withToken: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ response }) {
    // An expired or refused token: the person signs in again, and the sign-in page says why.
    if (response.status === 401 && session.token()) {
      const body = (await response
        .clone()
        .json()
        .catch(() => ({}))) as Partial<ProblemBody>;
      session.expire(new Problem({ type: body.type ?? 'unauthenticated', title: '', status: 401 }).kind);
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(withToken);

/** The data of an answer, or its problem thrown: no failure passes silently. */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new Problem({ type: 'offline', title: 'offline', status: 0 });
  }
  if (result.response.ok) return result.data as T;
  const body = result.error as ProblemBody | undefined;
  throw new Problem(
    body && typeof body === 'object' && 'status' in body
      ? body
      : { type: 'about:blank', title: result.response.statusText, status: result.response.status },
  );
}
