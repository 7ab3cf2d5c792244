import { affectedCount, returnedRows } from './changed-rows';

const answering = (answer: unknown) => ({ query: () => Promise.resolve(answer) }) as never;

describe("an UPDATE or DELETE's answer", () => {
  it('gives the rows it returned and how many it changed', async () => {
    const db = answering([[{ id: 'a' }, { id: 'b' }], 2]);
    expect(await returnedRows(db, 'UPDATE t SET x = 1 RETURNING id', [])).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(await affectedCount(db, 'UPDATE t SET x = 1 RETURNING id', [])).toBe(2);
  });

  it("refuses another statement's rows, rather than take its first row for the rows", async () => {
    const db = answering([{ id: 'a' }, { id: 'b' }]);
    await expect(
      returnedRows(db, 'WITH changed AS (UPDATE t SET x = 1 RETURNING id) SELECT id FROM changed', []),
    ).rejects.toThrow('Expected the [rows, affected] of an UPDATE or DELETE');
  });
});
