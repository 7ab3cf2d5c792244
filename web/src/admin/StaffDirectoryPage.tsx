import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@web/components/Alert';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { RoleNames } from '@web/components/RoleNames';
import { AddStaffForm } from './AddStaffForm';
import { EditStaffMember } from './EditStaffMember';
import {
  PAGE_SIZE,
  QUEUE_DASHBOARD_PATH,
  type StaffMember,
  useOpenQueueDashboard,
  useStaffDirectory,
} from './use-staff';

/**
 * The admin's staff directory: who works in ICM, in which roles and teams, how full each case
 * manager is, whether they are linked to the municipality's sign-in; adding, editing and
 * deactivating them; and the way to the queue dashboard.
 */
export function StaffDirectoryPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string>();
  const directory = useStaffDirectory(page);
  const members = directory.data ?? [];
  return (
    <>
      <h1>{t('staff.title')}</h1>
      <p className="font-lead">{t('staff.intro')}</p>

      <section aria-labelledby="staff-directory" className="admin-section">
        <h2 id="staff-directory">{t('staff.directory')}</h2>
        {directory.error && <ProblemAlert problem={directory.error} />}
        {directory.data && members.length === 0 && <p>{t('staff.empty')}</p>}
        {members.length > 0 && <StaffTable members={members} onEdit={setEditing} />}
        <nav className="pagination" aria-label={t('staff.pages')}>
          <button
            type="button"
            className="button button-secondary"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            {t('staff.previous')}
          </button>
          <span>{t('staff.page', { page: page + 1 })}</span>
          <button
            type="button"
            className="button button-secondary"
            disabled={members.length < PAGE_SIZE}
            onClick={() => setPage(page + 1)}
          >
            {t('staff.next')}
          </button>
        </nav>
      </section>

      {editing && (
        <EditStaffMember
          key={editing}
          id={editing}
          onClose={() => {
            // Back where the admin came from: the member's own edit button, if it is on this page.
            document.getElementById(editButtonId(editing))?.focus();
            setEditing(undefined);
          }}
        />
      )}
      <AddStaffForm />
      <QueueDashboardLink />
    </>
  );
}

const editButtonId = (id: string) => `edit-staff-${id}`;

/**
 * The members as a table; on a narrow screen DKFDS's responsive headers turn each row into a card
 * with its labels, and a table still too wide scrolls inside its own focusable region.
 */
function StaffTable({ members, onEdit }: { members: StaffMember[]; onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const none = (
    <>
      <span aria-hidden="true">{t('staff.none')}</span>
      <span className="sr-only">{t('staff.noneSr')}</span>
    </>
  );
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t('staff.tableRegion')}>
      <table className="table table--zebra table--compact table--responsive-headers staff-table">
        <caption className="sr-only">{t('staff.directory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.name')}</th>
            <th scope="col">{t('staff.roles')}</th>
            <th scope="col">{t('staff.team')}</th>
            <th scope="col">{t('staff.municipality')}</th>
            <th scope="col">{t('staff.caseload')}</th>
            <th scope="col">{t('staff.email')}</th>
            <th scope="col">{t('staff.linked')}</th>
            <th scope="col">{t('staff.status')}</th>
            <th scope="col">
              <span className="sr-only">{t('staff.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} className={member.active ? undefined : 'staff-deactivated'}>
              <th scope="row" data-title={t('staff.name')}>
                {member.name}
              </th>
              <td data-title={t('staff.roles')}>
                <RoleNames roles={member.roles} />
              </td>
              <td data-title={t('staff.team')}>{member.teamId ?? none}</td>
              <td data-title={t('staff.municipality')}>{member.municipality ?? none}</td>
              <td data-title={t('staff.caseload')}>
                {t('staff.caseloadOf', { caseload: member.caseload, max: member.maxCaseload })}
              </td>
              <td data-title={t('staff.email')} className="staff-email">
                {member.email ?? none}
              </td>
              <td data-title={t('staff.linked')}>{member.identitySubject ? t('common.yes') : t('common.no')}</td>
              <td data-title={t('staff.status')}>{member.active ? t('staff.active') : t('staff.deactivated')}</td>
              <td>
                <button
                  type="button"
                  id={editButtonId(member.id)}
                  className="button button-secondary"
                  onClick={() => onEdit(member.id)}
                >
                  {t('staff.edit')}
                  <span className="sr-only"> {member.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Bull Board, in a new tab, once the service has given this browser the dashboard's cookie. */
function QueueDashboardLink() {
  const { t } = useTranslation();
  const open = useOpenQueueDashboard();
  return (
    <section aria-labelledby="queue-dashboard" className="admin-section">
      <h2 id="queue-dashboard">{t('staff.queues.title')}</h2>
      <p>{t('staff.queues.text')}</p>
      {open.error && <ProblemAlert problem={open.error} />}
      {open.isSuccess && (
        <Alert kind="success" heading={t('staff.queues.opened')}>
          <p>
            <a href={QUEUE_DASHBOARD_PATH} target="_blank" rel="noopener noreferrer">
              {t('staff.queues.link')}
            </a>
          </p>
        </Alert>
      )}
      <button type="button" className="button button-secondary" disabled={open.isPending} onClick={() => open.mutate()}>
        {t('staff.queues.open')}
      </button>
    </section>
  );
}
