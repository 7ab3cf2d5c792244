import type { EmailNotification } from '@src/notifications/notifications.repository';
import { emailMessageOf } from './email-message';

const notification = (id: string, overrides: Partial<EmailNotification> = {}): EmailNotification => ({
  id,
  recipientId: 'staff-1',
  email: 'cm@kommune.example.dk',
  courseId: 'course-1',
  kind: 'outreach_escalation',
  payload: { urgency: 'escalation', level: 3, task: 'Opsøg borgeren på herberget', ladder: 'missed_appointment' },
  emailAt: new Date('2026-01-16T06:30:00Z'),
  emailDigest: false,
  ...overrides,
});

describe('the e-mail a notification becomes', () => {
  it('says the urgency, what happened and the level, and links to the course page; nothing else from the payload', () => {
    const message = emailMessageOf('cm@kommune.example.dk', [notification('n-1')], 'https://icm.example.dk/');
    expect(message.subject).toBe('ICM: Haster: En eskalering er nået et nyt trin (trin 3)');
    expect(message.text).toContain(
      '- Haster: En eskalering er nået et nyt trin. Trin 3.\n  https://icm.example.dk/forloeb/course-1',
    );
    expect(message.html).toContain('<a href="https://icm.example.dk/forloeb/course-1">Se forløbet</a>');
    for (const body of [message.text, message.html]) expect(body).not.toContain('herberget');
  });

  it('lists a digest in one e-mail, and names an unknown kind only in general words', () => {
    const message = emailMessageOf(
      'cm@kommune.example.dk',
      [
        notification('n-1', { emailDigest: true, kind: 'reminder_plan_due', payload: { urgency: 'reminder' } }),
        notification('n-2', { emailDigest: true, kind: 'something_new', payload: {}, courseId: 'c/2' }),
      ],
      'https://icm.example.dk',
    );
    expect(message.subject).toBe('ICM: 2 beskeder i dagens oversigt');
    expect(message.text).toContain('Påmindelse: En plan venter på at blive lagt.');
    expect(message.text).toContain('Til orientering: Der er nyt på et forløb.\n  https://icm.example.dk/forloeb/c%2F2');
  });
});
