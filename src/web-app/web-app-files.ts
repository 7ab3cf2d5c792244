import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

/** dist/web, whether this file runs built (dist/src/web-app) or from its source (the e2e tests). */
const twoUp = join(__dirname, '..', '..');
export const WEB_APP_ROOT = join(basename(twoUp) === 'dist' ? twoUp : join(twoUp, 'dist'), 'web');

/** The built app's entry page, if `npm run build` built the web application. */
export const webAppIndex = (): string | undefined => {
  const index = join(WEB_APP_ROOT, 'index.html');
  return existsSync(index) ? index : undefined;
};

/**
 * Paths that belong to the service, never to the web application: an unknown one is a 404 problem.
 * Of /admin only the queue dashboard is the service's; the web application's admin pages
 * (/admin/medarbejdere) are pages like any other, so that their deep links work.
 */
const SERVICE_PATHS = /^\/(api|health|metrics|admin\/queues)(\/|$)/;

export const isServicePath = (path: string): boolean => SERVICE_PATHS.test(path);
