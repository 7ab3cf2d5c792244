import { Client } from 'pg';
import { TEST_DATABASE_URL } from './test-env';

/**
 * For every table of schema public, access_log and outbox included: its row count and the newest
 * transaction id among its rows. A row inserted or updated carries a newer xmin, a row deleted
 * lowers the count, so any write changes the fingerprint (short of xid wraparound mid-test).
 * Read as the owner, which sees tables the service's own role may not read.
 */
const FINGERPRINT = `
  SELECT string_agg(format('%s=%s', table_name, (xpath('/row/f/text()', query_to_xml(
           format('SELECT count(*) || ''@'' || coalesce(max(xmin::text::bigint), 0) AS f FROM public.%I', table_name),
           false, true, '')))[1]), ' ' ORDER BY table_name) AS fingerprint
    FROM information_schema.tables
   WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;

export class DatabaseFingerprint {
  private constructor(private readonly client: Client) {}

  static async connect(): Promise<DatabaseFingerprint> {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    return new DatabaseFingerprint(client);
  }

  async take(): Promise<string> {
    return (await this.client.query<{ fingerprint: string }>(FINGERPRINT)).rows[0].fingerprint;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
