/** Dates and times as Danes read them, in Copenhagen's time zone wherever the browser is. */
const TIME_ZONE = 'Europe/Copenhagen';

const dateTime = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
const date = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: TIME_ZONE });

export const formatDateTime = (value: string | Date): string => dateTime.format(new Date(value));
export const formatDate = (value: string | Date): string => date.format(new Date(value));
