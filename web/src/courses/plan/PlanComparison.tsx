import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { PlanView } from './PlanView';
import { usePlanVersions } from './use-plan';

/** Two versions as drafted, chosen by the reader, in two columns (one above the other on a phone). */
export function PlanComparison({ courseId, latest }: { courseId: string; latest: number }) {
  const { t } = useTranslation();
  const versions = usePlanVersions(courseId);
  const [chosen, setChosen] = useState<[number, number]>([Math.max(1, latest - 1), latest]);
  if (versions.error) return <ProblemAlert problem={versions.error} />;
  if (!versions.data) return <p>{t('common.loading')}</p>;
  const all = versions.data;
  const [first, second] = chosen.map((number) => all.find((plan) => plan.version === number));
  const picker = (which: 0 | 1, label: string) => (
    <FormGroup label={label}>
      {(field) => (
        <select
          {...field}
          className="form-select"
          value={chosen[which]}
          onChange={(event) => {
            const next: [number, number] = [...chosen];
            next[which] = Number(event.target.value);
            setChosen(next);
          }}
        >
          {all.map((plan) => (
            <option key={plan.version} value={plan.version}>
              {t('plan.version', { version: plan.version })}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
  return (
    <div className="plan-comparison">
      <div className="plan-pickers">
        {picker(0, t('plan.comparison.first'))}
        {picker(1, t('plan.comparison.second'))}
      </div>
      <div className="plan-columns">
        {[first, second].map(
          (plan, index) =>
            plan && (
              <section key={index} className="plan-column" aria-label={t('plan.version', { version: plan.version })}>
                <PlanView plan={plan} level={4} other={index === 0 ? second : first} />
              </section>
            ),
        )}
      </div>
    </div>
  );
}
