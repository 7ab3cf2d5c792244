/**
 * A caseload against its limit as a bar. The bar is only a picture: the count beside it says the
 * same in words, so it is hidden from screen readers.
 */
export function CaseloadBar({ caseload, max }: { caseload: number; max: number }) {
  const filled = max > 0 ? Math.min(100, (caseload / max) * 100) : 100;
  return (
    <span className="caseload-bar" aria-hidden="true">
      <span
        className={`caseload-bar-fill${caseload >= max ? ' caseload-bar-full' : ''}`}
        style={{ width: `${filled}%` }}
      />
    </span>
  );
}
