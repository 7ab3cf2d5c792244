/**
 * The service's field messages (class-validator's, in English) as rules the catalog words in
 * Danish: each pattern names its catalog key and what it takes from the message. A message no
 * rule knows is shown as the service wrote it.
 */
const RULES: { pattern: RegExp; key: string }[] = [
  { pattern: /must be an email$/, key: 'email' },
  { pattern: /should not be empty$/, key: 'required' },
  { pattern: /must be a string$/, key: 'text' },
  { pattern: /must be shorter than or equal to (?<n>\d+) characters$/, key: 'maxLength' },
  { pattern: /must be longer than or equal to (?<n>\d+) characters$/, key: 'minLength' },
  { pattern: /must not be greater than (?<n>[\d.]+)$/, key: 'max' },
  { pattern: /must not be less than (?<n>[\d.]+)$/, key: 'min' },
  { pattern: /must be an integer number$/, key: 'integer' },
  { pattern: /must be one of the following values/, key: 'oneOf' },
  { pattern: /must be a boolean value$/, key: 'boolean' },
  { pattern: /must be a valid ISO 8601 date string$/, key: 'dateTime' },
  { pattern: /must not be in the future$/, key: 'notFuture' },
  { pattern: /must be after startsAt$/, key: 'afterStart' },
  { pattern: /must be a UUID$/, key: 'uuid' },
  { pattern: /should not exist$/, key: 'unknownField' },
];

/** The catalog key and its values for one message, or undefined when no rule knows it. */
export function fieldRuleOf(message: string): { key: string; values: Record<string, string> } | undefined {
  for (const rule of RULES) {
    const match = rule.pattern.exec(message);
    if (match) return { key: `problem.fieldRule.${rule.key}`, values: { ...match.groups } };
  }
  return undefined;
}
