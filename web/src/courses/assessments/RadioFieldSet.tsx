import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldSet } from '@web/components/FormGroup';

/** A question answered by one of a few choices: DKFDS radio buttons under a legend, side by side when they fit. */
export function RadioFieldSet<T extends string>({
  legend,
  hint,
  error,
  options,
  label,
  field,
}: {
  legend: string;
  hint?: string;
  error?: string;
  options: readonly T[];
  label: (option: T) => string;
  field: UseFormRegisterReturn;
}) {
  const id = useId();
  return (
    <FieldSet legend={legend} hint={hint} error={error}>
      <div className="radio-options">
        {options.map((option) => (
          <div className="form-group-radio" key={option}>
            <input type="radio" id={`${id}-${option}`} className="form-radio" value={option} {...field} />
            <label htmlFor={`${id}-${option}`}>{label(option)}</label>
          </div>
        ))}
      </div>
    </FieldSet>
  );
}
