import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from './share-format';
import { ShareValue } from './ShareValue';
import { TableRegion } from './TableRegion';
import type { Share } from './use-reports';

export interface ShareRow {
  key: string;
  label: string;
  share: Share;
  /** The national evaluation's share, or null where it published none. */
  national?: number | null;
  extra?: ReactNode;
}

/** A chart's figures as a table: each share with its count and denominator, and the national figure. */
export function ShareTable({
  caption,
  labelHeader,
  rows,
  withNational = false,
  extraHeader,
}: {
  caption: string;
  labelHeader: string;
  rows: ShareRow[];
  withNational?: boolean;
  extraHeader?: string;
}) {
  const { t } = useTranslation();
  return (
    <TableRegion label={caption}>
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{t('reports.here')}</th>
            {withNational && <th scope="col">{t('reports.national')}</th>}
            {extraHeader && <th scope="col">{extraHeader}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                <ShareValue share={row.share} />
              </td>
              {withNational && <td>{formatPercent(row.national ?? null)}</td>}
              {extraHeader && <td>{row.extra}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
