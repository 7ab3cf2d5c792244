import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@src/auth/development-token';
import type { Role } from '@src/auth/roles';

export interface Actor {
  id: string;
  name: string;
  roles: Role[];
  token: string;
}

/** A small JSON client for the demo and the benchmark: staff are created through the API. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly jwtSecret: string,
  ) {}

  async call<T>(actor: Pick<Actor, 'token'>, method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${actor.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as { detail?: string };
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${answer.detail ?? JSON.stringify(answer)}`);
    return answer as unknown as T;
  }

  async admin(): Promise<Actor> {
    const id = randomUUID();
    return { id, name: 'Administrator', roles: ['admin'], token: await this.token(id, ['admin']) };
  }

  async staff(
    admin: Actor,
    name: string,
    roles: Role[],
    fields: { teamId?: string; maxCaseload?: number } = {},
  ): Promise<Actor> {
    const { id } = await this.call<{ id: string }>(admin, 'POST', '/staff', { name, roles, ...fields });
    return { id, name, roles, token: await this.token(id, roles) };
  }

  token(staffId: string, roles: Role[]): Promise<string> {
    return signDevelopmentToken(this.jwtSecret, { sub: staffId, roles, ttl: '24h' });
  }
}
