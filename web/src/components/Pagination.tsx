import { useTranslation } from 'react-i18next';

/** Previous and next page of a list paged by `limit`/`offset`; a short page is the last one. */
export function Pagination({
  page,
  shown,
  pageSize,
  onPage,
}: {
  page: number;
  shown: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="pagination" aria-label={t('queue.pages')}>
      <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('queue.previous')}
      </button>
      <span>{t('queue.page', { page: page + 1 })}</span>
      <button
        type="button"
        className="button button-secondary"
        disabled={shown < pageSize}
        onClick={() => onPage(page + 1)}
      >
        {t('queue.next')}
      </button>
    </nav>
  );
}
