import type { NotificationUrgency } from '@workflows/icm-course';
import { nextOccurrence, type TimeOfDay, timeOfDayAt } from './zoned-clock';

/** From `start` up to `end`, local time; `end` before `start` spans midnight. */
export interface QuietHours {
  start: TimeOfDay;
  end: TimeOfDay;
}

/** The municipality's rules for when notifications may arrive. */
export interface DeliveryPolicy {
  timeZone: string;
  /** Null when quiet hours are switched off. */
  quietHours: QuietHours | null;
  /** When the daily digest of reminders arrives, local time. */
  digestAt: TimeOfDay;
}

export interface DeliveryPlan {
  /** When the notification reaches a recipient who takes it as it comes. */
  at: Date;
  /** When it reaches a recipient who takes reminders in a daily digest; null for anything but a reminder. */
  digestAt: Date | null;
  /** When it goes out in the daily e-mail digest of a recipient who takes one: the first digest once it is visible. */
  emailDigestAt: Date;
}

/** `07:30` as minutes after midnight; the configuration has checked the form. */
export function parseTimeOfDay(text: string): TimeOfDay {
  const [hours, minutes] = text.split(':').map(Number);
  return hours * 60 + minutes;
}

/** `22:00-07:00`, or the empty string for no quiet hours. */
export function parseQuietHours(text: string): QuietHours | null {
  if (text === '') return null;
  const [start, end] = text.split('-').map(parseTimeOfDay);
  return { start, end };
}

export function deliveryPolicyOf(config: {
  QUIET_HOURS: string;
  TIME_ZONE: string;
  DIGEST_AT: string;
}): DeliveryPolicy {
  return {
    timeZone: config.TIME_ZONE,
    quietHours: parseQuietHours(config.QUIET_HOURS),
    digestAt: parseTimeOfDay(config.DIGEST_AT),
  };
}

/**
 * When a notification made at `now` becomes visible. Course notices and escalations from level 2
 * arrive at once; reminders and first-level escalations wait out the quiet hours. Only reminders go
 * into a digest: an escalation is never held back for one.
 */
export function planDelivery(
  notice: { urgency?: NotificationUrgency; level?: number },
  now: Date,
  policy: DeliveryPolicy,
): DeliveryPlan {
  const urgency = notice.urgency ?? 'course';
  const at = waitsOutQuietHours(urgency, notice.level) ? afterQuietHours(now, policy) : now;
  return {
    at,
    digestAt: urgency === 'reminder' ? nextOccurrence(now, policy.digestAt, policy.timeZone) : null,
    emailDigestAt: nextOccurrence(at, policy.digestAt, policy.timeZone),
  };
}

/** An escalation that names no level is read as the first. */
const waitsOutQuietHours = (urgency: NotificationUrgency, level = 1) =>
  urgency === 'reminder' || (urgency === 'escalation' && level < 2);

function afterQuietHours(now: Date, policy: DeliveryPolicy): Date {
  const quiet = policy.quietHours;
  if (!quiet || !isWithin(quiet, timeOfDayAt(now, policy.timeZone))) return now;
  return nextOccurrence(now, quiet.end, policy.timeZone);
}

function isWithin({ start, end }: QuietHours, time: TimeOfDay): boolean {
  return start < end ? time >= start && time < end : time >= start || time < end;
}
