/**
 * A refusal the service means to give. The problem-details filter turns each into an RFC 9457
 * answer; `slug` becomes the problem type and `extensions` are merged into the body.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  abstract readonly title: string;
  readonly extensions: Record<string, unknown> = {};

  constructor(readonly detail: string) {
    super(detail);
  }
}

export interface FieldError {
  field: string;
  messages: string[];
}

export class ValidationFailed extends DomainError {
  readonly status = 422;
  readonly slug = 'validation-failed';
  readonly title = 'The request has invalid fields';

  constructor(readonly errors: FieldError[]) {
    super(`Invalid fields: ${errors.map((error) => error.field).join(', ')}`);
    this.extensions.errors = errors;
  }
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly slug = 'not-found';
  readonly title = 'Not found';

  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist or is not visible to you`);
  }
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly slug = 'forbidden';
  readonly title = 'Not allowed for your role';
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly slug = 'unauthenticated';
  readonly title = 'Authentication required';
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly slug: string;
  readonly title: string;

  constructor(slug: string, title: string, detail: string, extensions: Record<string, unknown> = {}) {
    super(detail);
    this.slug = slug;
    this.title = title;
    Object.assign(this.extensions, extensions);
  }
}

/** A valid token from the identity provider whose subject is no active staff member. */
export class UnknownStaffIdentity extends DomainError {
  readonly status = 401;
  readonly slug = 'unknown-staff-identity';
  readonly title = 'Not linked to an active staff member';
}
