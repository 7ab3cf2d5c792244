import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiDocumentOf } from '@src/api-docs/api-document';
import { startApp, type TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'web', 'src', 'api', 'schema.d.ts');
const HEADER = "// Generated from the service's OpenAPI document by `npm run generate:web-api`. Do not edit.\n\n";
const CLI = join(__dirname, '..', 'node_modules', 'openapi-typescript', 'bin', 'cli.js');

/** openapi-typescript is ESM only: it runs as its own process on the document. */
function typesOf(document: object): string {
  const file = join(mkdtempSync(join(tmpdir(), 'icm-openapi-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  return execFileSync(process.execPath, [CLI, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The web application's API types come from the service's own OpenAPI document: a route or an
 * answer that changes without `npm run generate:web-api` fails here (WRITE_WEB_API_SCHEMA=1 writes).
 */
describe("the web application's typed API client", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp();
  });
  afterAll(() => api?.close());

  it('is generated from the OpenAPI document as it is now', () => {
    const document = apiDocumentOf(api.app);
    const generated = HEADER + typesOf(document);
    if (process.env.WRITE_WEB_API_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
