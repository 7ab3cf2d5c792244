/**
 * The statement's text with every string literal, quoted identifier and comment blanked out (its
 * characters replaced, its length kept), so that parentheses and keywords are found in the code alone.
 */
export function codeOf(sql: string): string {
  let code = '';
  let quote: "'" | '"' | '--' | null = null;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i];
    if (quote === null) {
      if (char === "'" || char === '"') quote = char;
      else if (char === '-' && sql[i + 1] === '-') quote = '--';
      code += quote === null ? char : '_';
    } else {
      if ((quote === '--' && char === '\n') || char === quote) quote = null;
      code += char === '\n' ? '\n' : '_';
    }
  }
  return code;
}

/** Lines that open a clause (or close a parenthesis) stand at their depth; any other line continues the one before. */
const CLAUSE =
  /^(\)|WITH\b|SELECT\b|FROM\b|WHERE\b|((LEFT|RIGHT|INNER|FULL|CROSS) )?(OUTER )?JOIN\b|ORDER BY\b|GROUP BY\b|HAVING\b|LIMIT\b|OFFSET\b|INSERT\b|UPDATE\b|DELETE\b|VALUES\b|RETURNING\b|ON CONFLICT\b|UNION\b|EXCEPT\b|INTERSECT\b|FOR (UPDATE|SHARE)\b|SET\b|\w+ AS \()/;

/**
 * The statement laid out the same way wherever its pieces came from: a line inside parentheses is
 * indented one step (two spaces) past the line that opened them, a line that continues the one
 * before (it opens no clause) one step more; blank lines and runs of spaces outside literals go.
 * Only whitespace changes, never a token.
 */
export function laidOut(sql: string): string {
  const codeLines = codeOf(sql).split('\n');
  // The indent of each line that opened a parenthesis still open, innermost last.
  const opened: number[] = [];
  const lines: string[] = [];
  sql.split('\n').forEach((line, index) => {
    const start = line.length - line.trimStart().length;
    const text = line.trim();
    if (text === '') return;
    const code = codeLines[index].slice(start, start + text.length);
    const closing = code.length - code.replace(/^\)+/, '').length;
    const enclosing = opened.length - 1 - closing;
    const continues = !text.startsWith('--') && !CLAUSE.test(code);
    const indent = (enclosing >= 0 ? opened[enclosing] + 1 : 0) + (continues ? 1 : 0);
    lines.push('  '.repeat(indent) + collapsedSpaces(text, code));
    for (const char of code) {
      if (char === '(') opened.push(indent);
      else if (char === ')') opened.pop();
    }
  });
  return lines.join('\n');
}

/** Runs of spaces in the code (not in a literal or a comment) become one space. */
function collapsedSpaces(text: string, code: string): string {
  return [...text].filter((char, i) => !(code[i] === ' ' && code[i - 1] === ' ')).join('');
}

/** The command PostgreSQL reports for the statement: its own, not its CTEs'. */
export function commandOf(sql: string): string | undefined {
  let code = codeOf(sql);
  let previous: string;
  // The innermost parentheses go first, until none are left.
  do {
    previous = code;
    code = code.replace(/\([^()]*\)/g, ' ');
  } while (code !== previous);
  return /\b(SELECT|INSERT|UPDATE|DELETE)\b/i.exec(code)?.[1].toUpperCase();
}
