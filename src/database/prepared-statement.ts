/**
 * A statement PostgreSQL parses and plans once per connection instead of on every call: for the
 * statements every course event and course read sends (their cost measured against pgbench's
 * `-M prepared`, README "Benchmark"). TypeORM hands `query`'s first argument to node-postgres as it
 * is, and node-postgres runs a `{ name, text }` object as the named prepared statement `name`;
 * TypeORM's logging, slow-statement warnings and QueryFailedError see a String object that reads as
 * the text. Each name must always stand for the same text.
 */
export function preparedStatement(name: string, text: string): string {
  return Object.assign(new String(text), { name, text }) as unknown as string;
}
