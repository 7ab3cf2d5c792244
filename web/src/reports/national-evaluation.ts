import type { OutcomeReport } from './use-reports';

type Published<T> = { [K in keyof T]?: number };

/**
 * The national evaluation's published shares (Rambøll & SFI 2013, 928 citizens in 16 municipalities;
 * DOMAIN.md, "Outcome measures"), shown beside the filtered courses' own. Only what was published:
 * a key left out has no national figure.
 */
export const NATIONAL_EVALUATION = {
  domains: {
    alcohol: { positive: 0.15, negative: 0.16 },
    drugs: { positive: 0.16, negative: 0.14 },
    cannabis: { positive: 0.17, negative: 0.2 },
    total_abuse: { positive: 0.07, negative: 0.04 },
    physical_health: { positive: 0.18, negative: 0.22 },
    mental_illness: { positive: 0.23, negative: 0.23 },
    daily_functioning: { positive: 0.25, negative: 0.22 },
    economy: { positive: 0.3, negative: 0.24 },
    social_network: { positive: 0.26, negative: 0.28 },
  } satisfies Record<keyof OutcomeReport['domains'], { positive: number; negative: number }>,
  /** Of the 530 courses ended by February 2013. */
  housing: { gotHome: 0.76, didNotGetHome: 0.16 } satisfies Published<OutcomeReport['housing']>,
  gender: { male: 0.7 } satisfies Published<OutcomeReport['background']['gender']>,
  ageBand: { '18-24': 0.38 } satisfies Published<OutcomeReport['background']['ageBand']>,
  incomeType: { cash_benefit: 0.55, disability_pension: 0.26, wage: 0.03 } satisfies Published<
    OutcomeReport['background']['incomeType']
  >,
};

/** A published figure of one of the sections above, or null where none was published. */
export const nationalOf = (section: Record<string, number>, key: string): number | null => section[key] ?? null;
