import { DASHBOARD_COOKIE, dashboardCookie, tokenFromCookie } from './dashboard-cookie';

describe('the queue dashboard cookie', () => {
  it('is only for the dashboard, out of reach of scripts and other sites, and short-lived', () => {
    expect(dashboardCookie('t0ken')).toBe(
      `${DASHBOARD_COOKIE}=t0ken; Path=/admin/queues; Max-Age=900; HttpOnly; Secure; SameSite=Strict`,
    );
  });

  it('gives back the token among other cookies', () => {
    expect(tokenFromCookie(`theme=dark; ${DASHBOARD_COOKIE}=a.b.c; lang=da`)).toBe('a.b.c');
  });

  it('gives nothing when the request has no such cookie', () => {
    expect(tokenFromCookie(undefined)).toBeUndefined();
    expect(tokenFromCookie('theme=dark')).toBeUndefined();
  });
});
