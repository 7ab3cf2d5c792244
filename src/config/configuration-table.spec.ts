import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { AppConfig } from './app-config';
import { configurationTable } from './configuration-table';
import { describedVariables } from './described';

describe('the configuration table', () => {
  it('is printed in the README exactly as the configuration describes it', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(configurationTable());
  });

  it('describes every variable the configuration validates, and nothing else', () => {
    const validated = getMetadataStorage()
      .getTargetValidationMetadatas(AppConfig, '', true, false)
      .map((rule) => rule.propertyName);
    expect(
      describedVariables()
        .map(([name]) => name)
        .sort(),
    ).toEqual([...new Set(validated)].sort());
  });

  it('marks the secrets as such', () => {
    const secrets = describedVariables()
      .filter(([, description]) => description.sensitive)
      .map(([name]) => name);
    expect(secrets).toEqual(
      expect.arrayContaining(['JWT_SECRET', 'CPR_ENCRYPTION_KEY', 'CPR_HASH_KEY', 'SMTP_PASSWORD']),
    );
  });
});
