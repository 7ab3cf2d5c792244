/** The zone the delivery tests set TIME_ZONE to. */
export const ZONE = 'Europe/Copenhagen';

/** Minutes after local midnight in Copenhagen. */
export const localMinutes = (date: Date) => {
  const [hours, minutes] = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(date)
    .split(':')
    .map(Number);
  return hours * 60 + minutes;
};

/** Minutes after midnight (any number: wrapped into the day) as `HH:MM`. */
export const hhmm = (minutes: number) => {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
};
