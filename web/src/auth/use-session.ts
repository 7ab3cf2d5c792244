import { useSyncExternalStore } from 'react';
import { session } from './session';

/** The token of the signed-in person, re-rendering when they sign in or out. */
export const useSessionToken = (): string | undefined => useSyncExternalStore(session.subscribe, session.token);
