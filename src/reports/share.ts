/** A count out of a stated denominator: every share in a report says what it is a share of. */
export interface Share {
  count: number;
  denominator: number;
  /** count / denominator to four decimals; null when there is nothing to divide by. */
  share: number | null;
}

export function share(count: number, denominator: number): Share {
  return { count, denominator, share: denominator === 0 ? null : Math.round((count / denominator) * 10000) / 10000 };
}

export const isShare = (value: unknown): value is Share =>
  typeof value === 'object' && value !== null && 'count' in value && 'denominator' in value && 'share' in value;

/** One share per word of a vocabulary, zero for the words no row counted. */
export function sharesOf<K extends string>(
  words: readonly K[],
  counts: Map<string, number>,
  denominator: number,
): Record<K, Share> {
  return Object.fromEntries(words.map((word) => [word, share(counts.get(word) ?? 0, denominator)])) as Record<K, Share>;
}
