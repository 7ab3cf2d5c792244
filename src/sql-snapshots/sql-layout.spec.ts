import { commandOf, laidOut } from './sql-layout';

describe('the layout of a statement in its snapshot', () => {
  it('indents by the parentheses and the continued lines, whatever the source indented', () => {
    const sql = `WITH course AS (
                   UPDATE courses SET state = $2
                          WHERE id = $1 RETURNING id),
        logged AS (SELECT id FROM course
                     WHERE true)
      SELECT id,   version
             FROM course`;
    expect(laidOut(sql)).toBe(
      [
        'WITH course AS (',
        '  UPDATE courses SET state = $2',
        '  WHERE id = $1 RETURNING id),',
        'logged AS (SELECT id FROM course',
        '  WHERE true)',
        'SELECT id, version',
        'FROM course',
      ].join('\n'),
    );
  });

  it('leaves literals and comments as they are', () => {
    expect(laidOut(`SELECT 'a  (b' AS "x  (y" -- it's (so\nFROM t`)).toBe(
      `SELECT 'a  (b' AS "x  (y" -- it's (so\nFROM t`,
    );
  });
});

describe("a statement's command", () => {
  it.each([
    ['SELECT 1', 'SELECT'],
    ['UPDATE t SET x = 1 RETURNING id', 'UPDATE'],
    ['WITH c AS (SELECT id FROM t) UPDATE t SET x = 1 WHERE id IN (SELECT id FROM c)', 'UPDATE'],
    ['WITH c AS (DELETE FROM t RETURNING id) SELECT count(*) FROM c', 'SELECT'],
    ["INSERT INTO t (x) VALUES ('(UPDATE')", 'INSERT'],
    ['SET TRANSACTION READ ONLY', undefined],
  ])('of %s is %s', (sql, command) => {
    expect(commandOf(sql)).toBe(command);
  });
});
