/** The dashboard's path, outside the API's /api/v1 prefix: a page for browsers, not an API route. */
export const DASHBOARD_PATH = '/admin/queues';

/**
 * A browser cannot send a bearer header when it opens a page, so an admin may hand their token to
 * the dashboard as this cookie: HttpOnly, only sent to the dashboard's path, only from its own site
 * (SameSite=Strict, so no other site can make the browser act on the queues), and kept briefly.
 */
export const DASHBOARD_COOKIE = 'icm_queue_dashboard';
export const DASHBOARD_COOKIE_SECONDS = 15 * 60;

export function dashboardCookie(token: string): string {
  return `${DASHBOARD_COOKIE}=${token}; Path=${DASHBOARD_PATH}; Max-Age=${DASHBOARD_COOKIE_SECONDS}; HttpOnly; Secure; SameSite=Strict`;
}

/** The token the cookie carries, if the request has it. */
export function tokenFromCookie(cookieHeader: string | undefined): string | undefined {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === DASHBOARD_COOKIE) return value.join('=');
  }
  return undefined;
}
