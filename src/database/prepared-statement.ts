/**
 * A statement PostgreSQL parses and plans once per connection instead of on every call: for the
 * statements every course event and course read sends (their cost is measured against pgbench's
 * `-M prepared`, README "Benchmark"). TypeORM hands `query`'s first argument to node-postgres as it
 * is, and node-postgres runs a `{ name, text }` object as the named prepared statement `name`.
 * It reads as its text wherever it is turned into a string (the database log, the SQL snapshots).
 * A plain object, not a String: node-postgres copies the query's own properties on every call, and
 * a String has one per character.
 */
class PreparedStatement {
  constructor(
    readonly name: string,
    readonly text: string,
  ) {}

  toString(): string {
    return this.text;
  }
}

/** `text` as the prepared statement `name`, to pass where TypeORM's `query` takes SQL; a name always stands for one text. */
export function preparedStatement(name: string, text: string): string {
  return new PreparedStatement(name, text) as unknown as string;
}
