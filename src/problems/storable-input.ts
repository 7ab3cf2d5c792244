import type { FieldError } from './domain-error';

/**
 * Deeper than any request body nests, and far below the ~1,500 levels at which class-transformer's
 * recursion overflows the stack (a 500 before any validation ran).
 */
export const MAX_NESTING = 32;

/** PostgreSQL's text and jsonb cannot hold U+0000 (an insert fails), and no one types it. */
const NUL = '\u0000';

/**
 * Why a string cannot be stored, if it cannot: U+0000, or an unpaired UTF-16 surrogate, which
 * jsonb refuses (a 500) and a text column silently turns into U+FFFD.
 */
function unstorableText(text: string): string | undefined {
  if (text.includes(NUL)) return 'must not contain the character U+0000';
  if (!text.isWellFormed()) return 'must be well-formed Unicode (it holds an unpaired UTF-16 surrogate)';
  return undefined;
}

/**
 * The first field of a request's body, query or parameter that the service could not take: a
 * string (or an object's key) that is not storable text, or a value nested deeper than MAX_NESTING. Walked without recursion, so
 * that any depth the body parser let through is answered. `path` names the value itself.
 */
export function unstorableField(value: unknown, path: string[] = []): FieldError | undefined {
  const pending = [{ value, path }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    const textProblem = typeof next.value === 'string' ? unstorableText(next.value) : undefined;
    if (textProblem) return { field: next.path.join('.'), messages: [textProblem] };
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.path.length - path.length >= MAX_NESTING) {
      return {
        field: next.path.slice(0, path.length + 1).join('.'),
        messages: [`must not nest deeper than ${MAX_NESTING} levels`],
      };
    }
    for (const [key, item] of Object.entries(next.value)) {
      const keyProblem = unstorableText(key);
      if (keyProblem) return { field: [...next.path, key].join('.'), messages: [`names a field that ${keyProblem}`] };
      pending.push({ value: item, path: [...next.path, key] });
    }
  }
  return undefined;
}
