import { parseArgs } from 'node:util';
import dataSource from '@src/database/data-source';
import { StaffRepository } from '@src/staff/staff.repository';

/**
 * The first admin of an installation signed in through an identity provider: nobody can call
 * POST /staff before there is one. Run by the operator against the database:
 * `npm run add-admin -- --name "Per Hansen" --email per.hansen@kommune.dk [--subject <sub>]`.
 * With OIDC_MATCH_CLAIM the first sign-in links the address; otherwise give the provider's subject.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, email: { type: 'string' }, subject: { type: 'string' } },
  });
  if (!values.name) throw new Error('Give --name "<full name>"');
  if (!values.email && !values.subject) throw new Error('Give --email <address> or --subject <sub at the provider>');
  await dataSource.initialize();
  try {
    const id = await new StaffRepository().insert(dataSource.manager, {
      name: values.name,
      roles: ['admin'],
      teamId: null,
      municipality: null,
      maxCaseload: 0,
      email: values.email ?? null,
      identitySubject: values.subject ?? null,
    });
    process.stdout.write(`${id}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
