import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/components/format';
import type { Attention } from './use-board';

/** One thing that needs attention, in words: what, and since when. */
export function AttentionText({ item }: { item: Attention }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{t(`attention.${item.kind}`, { level: item.level })}</strong>{' '}
      <span className="timeline-meta">{t('attention.since', { at: formatDateTime(item.since) })}</span>
    </>
  );
}
