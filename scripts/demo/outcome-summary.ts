import type { OutcomeReport } from '@src/reports/outcome-report.service';
import type { Share } from '@src/reports/share';
import type { Actor, ApiClient } from '@scripts/support/api-client';

/** The outcome report as a team lead reads it; `from` counts only the courses referred since then. */
export function readOutcomeReport(
  api: ApiClient,
  teamLead: Actor,
  filters: { from?: string } = {},
): Promise<OutcomeReport> {
  const query = new URLSearchParams(filters).toString();
  return api.call<OutcomeReport>(teamLead, 'GET', query ? `/reports/outcomes?${query}` : '/reports/outcomes');
}

/** The words of a section that counted anything, with their counts: `planning 1, closed 1`. */
const counted = (shares: Record<string, Share>) =>
  Object.entries(shares)
    .filter(([, share]) => share.count > 0)
    .map(([word, share]) => `${word} ${share.count}`)
    .join(', ') || 'none';

/** The domains that moved in the latest reassessments: `drugs 1 of 2 positive`. */
function movedDomains(domains: OutcomeReport['domains']): string {
  const moved = Object.entries(domains).flatMap(([domain, ratings]) =>
    (['positive', 'negative'] as const)
      .filter((rating) => ratings[rating].count > 0)
      .map((rating) => `${domain} ${ratings[rating].count} of ${ratings[rating].denominator} ${rating}`),
  );
  return moved.length > 0 ? `${moved.join(', ')}; no other domain moved` : 'no domain moved';
}

/** The report's headline figures, one line each, as the demo prints them. */
export function outcomeSummary(report: OutcomeReport): string[] {
  const { housing, escalations, economy } = report;
  const started = Object.values(economy.coursesStarted).reduce((sum, count) => sum + count, 0);
  const lines: [string, string][] = [
    ['cohort', `${report.citizens} citizens, ${report.courses} courses`],
    ['phase now', counted(report.coursesByPhase)],
    ['closed because', counted(report.coursesByClosureReason)],
    [
      'housing',
      `of ${housing.gotHome.denominator} reassessed: ${housing.gotHome.count} got a home, ${housing.didNotGetHome.count} did not, ${housing.lostHomeAgain.count} lost it again`,
    ],
    ['domains', movedDomains(report.domains)],
    [
      'outreach ladders',
      `${escalations.started} started: ${escalations.resolved.count} ended by a contact, ${escalations.endedByClosure.count} by closure, ${escalations.running.count} running`,
    ],
    [
      'economy',
      `${started} courses got a case manager, first-year cost ${economy.firstYearCostDkk.toLocaleString('en')} DKK`,
    ],
  ];
  return lines.map(([label, figures]) => `${label.padEnd(18)}${figures}`);
}

export function printOutcomeReport(report: OutcomeReport, reader: Actor): void {
  console.log(`\nThe outcome report (GET /api/v1/reports/outcomes as ${reader.name})`);
  for (const line of outcomeSummary(report)) console.log(`  ${line}`);
}
