import type { UseFormRegisterReturn } from 'react-hook-form';

/** DKFDS radio buttons for one form field, each with its label; the FieldSet around them gives the legend. */
export function RadioOptions({
  idPrefix,
  values,
  labelOf,
  registration,
}: {
  idPrefix: string;
  values: readonly string[];
  labelOf: (value: string) => string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <>
      {values.map((value) => (
        <div className="form-group-radio" key={value}>
          <input type="radio" id={`${idPrefix}-${value}`} className="form-radio" value={value} {...registration} />
          <label htmlFor={`${idPrefix}-${value}`}>{labelOf(value)}</label>
        </div>
      ))}
    </>
  );
}
