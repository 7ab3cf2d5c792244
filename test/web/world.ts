import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the global setup made: the service's address and the staff the tests sign in as. */
export interface WebWorld {
  baseUrl: string;
  adminToken: string;
  /** The development tokens' secret, for tests that act as someone through the API. */
  secret: string;
  teamId: string;
  staff: Record<StaffKey, { id: string; name: string }>;
  /** The API's and the worker's process ids, for the teardown. */
  pids: number[];
  databaseUrl: string;
}

export type StaffKey =
  | 'caseworker'
  | 'committee'
  | 'secondCommittee'
  | 'committeeTeamLead'
  | 'caseManager'
  | 'fullCaseManager'
  | 'teamLead'
  | 'admin'
  | 'auditor'
  | 'auditedCaseManager';

export const WORLD_FILE = join(__dirname, '..', '..', 'test-results', 'web-world.json');

export const readWorld = (): WebWorld => JSON.parse(readFileSync(WORLD_FILE, 'utf8')) as WebWorld;
