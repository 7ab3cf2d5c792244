/**
 * Rejects when `work` takes longer than `ms`. BullMQ's connections wait for Redis rather than
 * fail, so a call to an absent Redis would otherwise hang as long as Redis stays away.
 */
export async function withinTime<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
