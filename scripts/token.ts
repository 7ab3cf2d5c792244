import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '@src/auth/development-token';
import { type Role, ROLES } from '@src/auth/roles';

/** `npm run token -- --sub <staff uuid> --roles caseworker,team_lead [--ttl 8h]` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sub: { type: 'string' }, roles: { type: 'string' }, ttl: { type: 'string', default: '8h' } },
  });
  const secret = process.env.JWT_SECRET;
  const roles = (values.roles ?? '').split(',').filter(Boolean) as Role[];
  if (!secret) throw new Error('Set JWT_SECRET (the same the service uses)');
  if (!values.sub) throw new Error('Give --sub <staff id>');
  const unknown = roles.filter((role) => !ROLES.includes(role));
  if (roles.length === 0 || unknown.length > 0) throw new Error(`--roles takes a comma list of ${ROLES.join(', ')}`);
  const token = await signDevelopmentToken(secret, {
    sub: values.sub,
    roles,
    ttl: values.ttl,
    issuer: process.env.JWT_ISSUER,
    audience: process.env.JWT_AUDIENCE,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
