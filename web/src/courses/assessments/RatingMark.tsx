import type { DomainRating } from '@src/assessments/assessment-vocabulary';

/**
 * A rating drawn so that it reads without colour too: up for positive, down for negative, a
 * square for unchanged, a hollow ring for not relevant; each in its own colour.
 */
export function RatingMark({ rating, x, y }: { rating: DomainRating; x: number; y: number }) {
  switch (rating) {
    case 'positive':
      return <polygon className="rating-positive" points={`${x},${y - 7} ${x + 7},${y + 6} ${x - 7},${y + 6}`} />;
    case 'negative':
      return <polygon className="rating-negative" points={`${x},${y + 7} ${x + 7},${y - 6} ${x - 7},${y - 6}`} />;
    case 'unchanged':
      return <rect className="rating-unchanged" x={x - 5.5} y={y - 5.5} width={11} height={11} />;
    case 'not_relevant':
      return <circle className="rating-not-relevant" cx={x} cy={y} r={5} />;
  }
}

/** The mark alone, beside its word in a table or the legend; the word carries the meaning. */
export function RatingIcon({ rating }: { rating: DomainRating }) {
  return (
    <svg className="rating-icon" width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <RatingMark rating={rating} x={8} y={8} />
    </svg>
  );
}
