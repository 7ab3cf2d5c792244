import type { ReactNode } from 'react';

/** A table that scrolls sideways inside its own box on a narrow screen, reachable by keyboard. */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-responsive" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
