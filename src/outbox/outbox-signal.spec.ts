import { OutboxSignal } from './outbox-signal';

describe('OutboxSignal', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Whether `waiting` has resolved once pending callbacks have run. */
  async function settled(waiting: Promise<void>): Promise<boolean> {
    let done = false;
    void waiting.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  }

  it('wakes the waiting relay when rows commit, before its poll', async () => {
    const signal = new OutboxSignal();
    const waiting = signal.waitForRows(250, new AbortController().signal);
    expect(await settled(waiting)).toBe(false);
    signal.committed();
    expect(await settled(waiting)).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('ends the wait at the poll when nothing commits', async () => {
    const waiting = new OutboxSignal().waitForRows(250, new AbortController().signal);
    jest.advanceTimersByTime(249);
    expect(await settled(waiting)).toBe(false);
    jest.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
  });

  it('ends the wait when the relay stops, also when it was told to before waiting', async () => {
    const signal = new OutboxSignal();
    const stopping = new AbortController();
    const waiting = signal.waitForRows(250, stopping.signal);
    stopping.abort();
    expect(await settled(waiting)).toBe(true);
    expect(await settled(signal.waitForRows(250, stopping.signal))).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('ends the next wait at once when rows committed while the relay was busy, and only that one', async () => {
    const signal = new OutboxSignal();
    signal.committed();
    signal.committed();
    expect(await settled(signal.waitForRows(250, new AbortController().signal))).toBe(true);
    const waiting = signal.waitForRows(250, new AbortController().signal);
    expect(await settled(waiting)).toBe(false);
    jest.advanceTimersByTime(250);
    expect(await settled(waiting)).toBe(true);
  });
});
