/** What the README's configuration table says of one variable. */
export interface Description {
  /** What it does, for an operator. */
  meaning: string;
  /** A secret or a credential: never logged, never shown. */
  sensitive?: boolean;
  /** The default in words, where the field's own initial value does not say it (none, required, ...). */
  default?: string;
}

const DESCRIPTIONS = new Map<string, Description>();

/** Describes a configuration variable once, on its field; the README's table is printed from these. */
export const Described =
  (description: Description): PropertyDecorator =>
  (_, field) => {
    DESCRIPTIONS.set(String(field), description);
  };

/** Every described variable, in the order the configuration declares them. */
export const describedVariables = (): [string, Description][] => [...DESCRIPTIONS];
