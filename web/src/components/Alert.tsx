import type { ReactNode } from 'react';

/** DKFDS's alert: error, warning, success or info, announced to screen readers. */
export function Alert({
  kind,
  heading,
  children,
}: {
  kind: 'error' | 'warning' | 'success' | 'info';
  heading: string;
  children?: ReactNode;
}) {
  return (
    <div className={`alert alert-${kind} has-close`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="alert-body">
        <p className="alert-heading">{heading}</p>
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
}
