/** An RFC 9457 problem answer from the API, as the pages show it. */
export interface FieldError {
  field: string;
  messages: string[];
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  allowedEvents?: string[];
  currentVersion?: number;
  [extension: string]: unknown;
}

export class Problem extends Error {
  constructor(readonly body: ProblemBody) {
    super(body.detail ?? body.title);
  }

  get status(): number {
    return this.body.status;
  }

  /** The problem's slug (`version-conflict`, `open-course-exists`, ...), or the HTTP status. */
  get kind(): string {
    return this.body.type.split('/').pop() || String(this.status);
  }
}

/** A request that never got an answer: the connection was lost. */
export const offline = (): Problem =>
  new Problem({ type: 'offline', title: 'offline', status: 0, detail: 'No answer from the service' });
