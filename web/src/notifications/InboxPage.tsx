import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { useInbox, useMarkRead } from './use-notifications';

/** The person's notifications, unread first, each marked read with one click. */
export function InboxPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const markRead = useMarkRead();
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      {inbox.error && <ProblemAlert problem={inbox.error} />}
      {markRead.error && <ProblemAlert problem={markRead.error} />}
      {inbox.data?.items.length === 0 && <p>{t('inbox.empty')}</p>}
      <ul className="nobullet-list inbox-list">
        {inbox.data?.items.map((item) => (
          <li key={item.id} className={item.readAt ? 'inbox-item' : 'inbox-item inbox-item-unread'}>
            <p>
              <strong>{t(`notification.${item.kind}`, { defaultValue: t('notification.other') })}</strong>
              {!item.readAt && <span className="sr-only"> ({t('inbox.unread')})</span>}
            </p>
            <p className="inbox-meta">
              {formatDateTime(item.deliverAt)} · <Link to={`/forloeb/${item.courseId}`}>{t('inbox.openCourse')}</Link>
            </p>
            {!item.readAt && (
              <button type="button" className="button button-tertiary" onClick={() => markRead.mutate(item.id)}>
                {t('inbox.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
