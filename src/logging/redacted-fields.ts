/** Fields that hold a CPR number or a person's name, wherever in a logged object they appear. */
const PERSONAL_FIELDS = ['cpr', 'cprNumber', 'name', 'firstName', 'lastName', 'fullName', 'citizenName'];

/** Fields that hold credentials: bearer tokens, the dashboard's cookie, secrets. */
const SECRET_FIELDS = ['authorization', 'cookie', 'set-cookie', 'token', 'accessToken', 'password', 'secret'];

/** How deep below the top of a log line a field is looked for (`headers.authorization` is depth 1). */
const NESTING = ['', '*', '*.*', '*.*.*'];

/** pino `redact` paths: each field at the top and nested up to three objects deep. */
export const REDACTED_PATHS = [...PERSONAL_FIELDS, ...SECRET_FIELDS].flatMap((field) =>
  NESTING.map((prefix) => `${prefix}["${field}"]`),
);
