/**
 * Medium tests: repositories and the course runtime against a real PostgreSQL, without HTTP.
 * They reuse the e2e setup (test/support: fresh migrated database, environment, owner connection)
 * on a database of their own: MEDIUM_DATABASE_URL, or the e2e database's name with `_medium`, so
 * that CI's one E2E_DATABASE_URL gives both suites distinct databases.
 */
const e2e = require('./jest-e2e.config.js');

function mediumDatabaseUrl(env) {
  if (env.MEDIUM_DATABASE_URL) return env.MEDIUM_DATABASE_URL;
  if (!env.E2E_DATABASE_URL) return 'postgres://postgres@127.0.0.1:5432/icm_medium';
  const url = new URL(env.E2E_DATABASE_URL);
  url.pathname += '_medium';
  return url.toString();
}

// Set before the setup and the tests read it (workers inherit it); MEDIUM_DATABASE_URL is kept so
// that evaluating this file again derives the same name.
process.env.MEDIUM_DATABASE_URL = mediumDatabaseUrl(process.env);
process.env.E2E_DATABASE_URL = process.env.MEDIUM_DATABASE_URL;

module.exports = {
  ...e2e,
  testMatch: ['**/*.medium-spec.ts'],
  // One file at a time on the one database: the fingerprint and lock-wait checks assume no other writer.
  maxWorkers: 1,
};
