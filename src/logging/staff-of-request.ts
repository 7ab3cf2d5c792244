/**
 * The staff member a request was made by: the rate limit and access guards put the verified caller
 * (the token's subject) on the request. Undefined before they have run, and for anonymous requests.
 */
export const staffIdOf = (request: object): string | undefined =>
  (request as { caller?: { staffId?: string } }).caller?.staffId;
