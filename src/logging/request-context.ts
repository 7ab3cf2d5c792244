import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request a piece of work is done for: an HTTP request, or a job that a request's outbox row
 * led to (and the jobs those led to). Log lines and outbox rows written meanwhile carry its id.
 */
interface RequestContext {
  requestId: string;
}

const context = new AsyncLocalStorage<RequestContext>();

export const currentRequestId = (): string | undefined => context.getStore()?.requestId;

/** Runs `work`, and everything it awaits or schedules, on behalf of the request `requestId`. */
export const withRequestId = <T>(requestId: string, work: () => T): T => context.run({ requestId }, work);
