import { figuresOf, toCsv } from './report-csv';
import { share } from './share';

describe('the CSV form of a report', () => {
  it('gives every figure a line: section, group (the keys between), metric, and a share with its count and denominator', () => {
    const report = {
      citizens: 5,
      housing: { gotHome: share(3, 4) },
      domains: { alcohol: { positive: share(1, 2) } },
      medianDaysInPhase: { planning: { medianDays: null, spells: 0 } },
      filters: { teamId: 'aarhus-1', ageGroup: undefined },
    };
    expect(figuresOf(report)).toEqual([
      { section: 'citizens', group: '', metric: 'citizens', value: 5, count: null, denominator: null },
      { section: 'housing', group: '', metric: 'gotHome', value: 0.75, count: 3, denominator: 4 },
      { section: 'domains', group: 'alcohol', metric: 'positive', value: 0.5, count: 1, denominator: 2 },
      {
        section: 'medianDaysInPhase',
        group: 'planning',
        metric: 'medianDays',
        value: null,
        count: null,
        denominator: null,
      },
      { section: 'medianDaysInPhase', group: 'planning', metric: 'spells', value: 0, count: null, denominator: null },
      { section: 'filters', group: '', metric: 'teamId', value: 'aarhus-1', count: null, denominator: null },
    ]);
  });

  it('writes RFC 4180 lines, quoting what must be quoted and defusing spreadsheet formulas', () => {
    const csv = toCsv([
      { section: 'caseload', group: 'cm-1', metric: 'name', value: 'Hansen, "Bo"', count: null, denominator: null },
      { section: 'caseload', group: 'cm-2', metric: 'name', value: '=HYPERLINK("x")', count: null, denominator: null },
      { section: 'housing', group: '', metric: 'gotHome', value: 0.75, count: 3, denominator: 4 },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'section,group,metric,value,count,denominator',
      'caseload,cm-1,name,"Hansen, ""Bo""",,',
      `caseload,cm-2,name,"'=HYPERLINK(""x"")",,`,
      'housing,,gotHome,0.75,3,4',
      '',
    ]);
  });
});
