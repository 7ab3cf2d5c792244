import type { DemoCast, DemoCourse } from './scenario';

/** Where to look once the demo has run: the API docs, the queue dashboard and a few ready calls. */
export function printServiceGuide(baseUrl: string, cast: DemoCast, courses: DemoCourse[]): void {
  const { admin, caseworker, teamLead } = cast;
  // Browsers keep the dashboard's Secure cookie from plain http only for localhost.
  const dashboard = `${baseUrl.replace('127.0.0.1', 'localhost')}/admin/queues`;
  console.log(`\nThe web application: ${baseUrl}/ (development sign-in: pick a person from the list)`);
  console.log(`  as caseworker:        ${caseworker.name} (refer a citizen: "Ny henvisning")`);
  console.log(`  as committee member:  ${cast.committee.map((member) => member.name).join(' or ')} ("Visitationskø")`);
  console.log(
    `  as case manager:      ${cast.caseManagers.map((member) => member.name).join(' or ')} ("Mine borgere"; Jens is Dorte's, Lars is Erik's)`,
  );
  console.log(`  as team lead:         ${teamLead.name} ("Ude af kontakt", "Afslutninger", "Team", "Rapporter")`);
  console.log(`  as admin:             ${admin.name} ("Medarbejdere", the queue dashboard)`);
  console.log(`  as auditor:           ${cast.auditor.name} ("Adgangslog": who read a citizen's data)`);
  console.log(`  everyone:             "Indstillinger" (e-mail per kind of notification, the calendar address)`);
  console.log(`\nThe API and the worker are running; the API at ${baseUrl}`);
  console.log(`  API docs:         ${baseUrl}/api/docs`);
  console.log(`  Health:           ${baseUrl}/health`);
  console.log(`  Queue dashboard:  ${dashboard} (admins only), as ${admin.name}:`);
  console.log(`    curl -H "Authorization: Bearer ${admin.token}" ${dashboard}/api/queues`);
  console.log(
    `    A browser needs a cookie first (it lasts 15 minutes): open the dashboard, run this in its developer console, reload:`,
  );
  console.log(
    `    fetch('/api/v1/admin/dashboard-session', { method: 'POST', headers: { Authorization: 'Bearer ${admin.token}' } })`,
  );
  console.log(`  Try, as ${caseworker.name}:`);
  console.log(`  curl -H "Authorization: Bearer ${caseworker.token}" ${baseUrl}/api/v1/courses/${courses[0].courseId}`);
  console.log(`  and as ${teamLead.name}, the outcome report as CSV:`);
  console.log(
    `  curl -H "Authorization: Bearer ${teamLead.token}" -H "Accept: text/csv" ${baseUrl}/api/v1/reports/outcomes`,
  );
}
