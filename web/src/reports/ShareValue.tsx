import { useTranslation } from 'react-i18next';
import { formatPercent } from './share-format';
import type { Share } from './use-reports';

/** A share with what it is a share of: "67 % (2 af 3)". */
export function ShareValue({ share }: { share: Share }) {
  const { t } = useTranslation();
  return (
    <>
      {formatPercent(share.share)}{' '}
      <span className="share-of">{t('reports.shareOf', { count: share.count, denominator: share.denominator })}</span>
    </>
  );
}
