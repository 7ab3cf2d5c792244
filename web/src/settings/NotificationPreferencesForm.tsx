import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioOptions } from '@web/components/RadioOptions';
import { Alert } from '@web/components/Alert';
import { FieldSet, FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { type NotificationPreferences, useChangeNotificationPreferences } from './use-settings';

// Checked against the API's own vocabulary (schema.d.ts): a value it does not know fails the type check.
const REMINDER_DELIVERIES = [
  'immediate',
  'daily_digest',
] as const satisfies NotificationPreferences['reminderDelivery'][];
/** Every kind offers all three: the service, not the page, says that escalations never wait for a digest. */
const EMAIL_CHOICES = [
  'in_app',
  'immediate',
  'daily_digest',
] as const satisfies NotificationPreferences['email']['reminders'][];
const EMAIL_KINDS = [
  'reminders',
  'escalations',
  'courseNotices',
] as const satisfies (keyof NotificationPreferences['email'])[];

type EmailChoice = (typeof EMAIL_CHOICES)[number];

interface PreferenceFields {
  reminderDelivery: (typeof REMINDER_DELIVERIES)[number];
  email: Record<(typeof EMAIL_KINDS)[number], EmailChoice>;
}

/** Reminders one at a time or in a daily digest, and per kind whether and when it also comes by e-mail. */
export function NotificationPreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation();
  const change = useChangeNotificationPreferences();
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<PreferenceFields>({
    defaultValues: { reminderDelivery: preferences.reminderDelivery, email: preferences.email },
  });
  useFieldErrors(change.error, setError);
  const { errors } = formState;
  const submit = handleSubmit(async (form) => {
    clearErrors();
    // The escalations' digest is sent as chosen, so that the service's refusal shows at its field.
    await change.mutateAsync({ ...form, email: form.email as NotificationPreferences['email'] });
  });
  return (
    <section aria-labelledby="notification-preferences">
      <h2 id="notification-preferences">{t('settings.notifications.title')}</h2>
      {change.isSuccess && <Alert kind="success" heading={t('settings.notifications.saved')} />}
      {change.error && <ProblemAlert problem={change.error} />}
      <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <FieldSet legend={t('settings.notifications.reminderDelivery')} error={errors.reminderDelivery?.message}>
          <RadioOptions
            idPrefix="reminder-delivery"
            values={REMINDER_DELIVERIES}
            labelOf={(value) => t(`settings.notifications.deliveries.${value}`)}
            registration={register('reminderDelivery')}
          />
        </FieldSet>
        <h3>{t('settings.email.title')}</h3>
        {!preferences.emailEnabled && (
          <Alert kind="info" heading={t('settings.email.disabled')}>
            <p>{t('settings.email.disabledText')}</p>
          </Alert>
        )}
        <p>
          {preferences.emailAddress
            ? t('settings.email.address', { address: preferences.emailAddress })
            : t('settings.email.noAddress')}
        </p>
        {EMAIL_KINDS.map((kind) => (
          <FormGroup
            key={kind}
            label={t(`settings.email.kinds.${kind}`)}
            hint={kind === 'escalations' ? t('settings.email.escalationsHint') : undefined}
            error={
              errors.email?.[kind] &&
              (kind === 'escalations' ? t('settings.email.escalationsRefused') : errors.email[kind].message)
            }
          >
            {(field) => (
              <select {...field} className="form-select" {...register(`email.${kind}`)}>
                {EMAIL_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {t(`settings.email.choices.${choice}`)}
                  </option>
                ))}
              </select>
            )}
          </FormGroup>
        ))}
        <button type="submit" className="button button-primary settings-submit" disabled={change.isPending}>
          {t('settings.notifications.submit')}
        </button>
      </form>
    </section>
  );
}
