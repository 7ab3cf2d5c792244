const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
const kroner = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });

/** A share as Danes write a percentage ("67 %"); a share of nothing is a dash, not 0 %. */
export const formatPercent = (share: number | null): string => (share === null ? '–' : percent.format(share));
/** A median or an average, to one decimal ("12,5"). */
export const formatDecimal = (value: number): string => decimal.format(value);
export const formatKroner = (value: number): string => kroner.format(value);
