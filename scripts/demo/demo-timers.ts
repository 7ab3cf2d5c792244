/**
 * The demo's timers: the outreach ladder scaled from hours to seconds, so that it climbs while you
 * watch. The headless test of the demo runs with the same, so it checks what the demo shows.
 */
export const DEMO_TIMER_ENV = {
  APPOINTMENT_GRACE: 'PT1S',
  ESCALATION_LEVEL_DELAYS: 'PT0S,PT3S,PT6S',
  // Longer than the demo, so that level 3 is the last step it fires.
  ESCALATION_REPEAT_EVERY: 'PT1H',
  // Notifications go out at any hour the demo runs.
  QUIET_HOURS: '',
};
