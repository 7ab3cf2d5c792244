/**
 * The staff member a request was made by: the authentication guard puts the verified caller (the
 * token's subject) on the request. Undefined before the guard has run, and for anonymous requests.
 */
export const staffIdOf = (request: object): string | undefined => (request as { caller?: { staffId?: string } }).caller?.staffId;
