import { asOwner } from '@test/support/owner-database';

/** The tables an event's transaction writes, each a place where a failure may strike. */
export type EventTable = 'course_events' | 'outbox' | 'timers' | 'escalation_ladders' | 'escalation_steps';

export const REJECTION = 'write rejected by the medium test';

/**
 * Makes PostgreSQL refuse every row one course's events write to `table` (a trigger that raises),
 * as a statement failing between the others would; the returned function lifts the refusal.
 * Created as the owner: the service's role may not create triggers.
 */
export async function rejectWrites(table: EventTable, courseId: string): Promise<() => Promise<void>> {
  const trigger = `medium_reject_${table}`;
  await asOwner(async (db) => {
    await db.query(`
      CREATE OR REPLACE FUNCTION medium_reject_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.course_id::text = TG_ARGV[0] THEN RAISE EXCEPTION '${REJECTION}'; END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER ${trigger} BEFORE INSERT OR UPDATE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION medium_reject_write('${courseId}')`,
    );
  });
  return () => asOwner((db) => db.query(`DROP TRIGGER ${trigger} ON ${table}`)).then(() => undefined);
}
