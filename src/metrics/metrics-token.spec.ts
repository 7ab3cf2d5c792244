import { mayScrape } from './metrics-token';

const TOKEN = 'scrape-token-0123456789';

describe('who may scrape the metrics', () => {
  it('anyone, when no token is configured', () => {
    expect(mayScrape(undefined, undefined)).toBe(true);
  });

  it('only the bearer of the configured token, when one is', () => {
    expect(mayScrape(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(mayScrape(undefined, TOKEN)).toBe(false);
    expect(mayScrape(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(mayScrape(`Basic ${TOKEN}`, TOKEN)).toBe(false);
  });
});
