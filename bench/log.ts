/** Progress for the person running the bench, on stderr so that stdout holds only the table. */
export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
