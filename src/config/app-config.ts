import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { OUTREACH_LADDER } from '@workflows/outreach-ladder';
import { IsRetentionPeriod } from './retention-period.validator';
import { IsIsoDuration, IsIsoDurationList } from './iso-duration.validator';
import { Described } from './described';

/** The issuer and audience of development tokens, and the defaults of JWT_ISSUER and JWT_AUDIENCE. */
export const DEVELOPMENT_TOKEN_ISSUER = 'icm-development';
export const DEVELOPMENT_TOKEN_AUDIENCE = 'icm-api';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every setting the service reads, validated once at start-up. Names and defaults are listed in
 * the README; a missing or malformed variable stops the process with a message naming it.
 */
export class AppConfig {
  @Described({ meaning: 'HTTP port of the API' })
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Described({ meaning: 'PostgreSQL 15+', sensitive: true })
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/icm';

  @Described({ meaning: 'Redis 7' })
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** HS256 shared secret for development and tests; production sets JWT_JWKS_URL instead. */
  @Described({
    meaning: 'HS256 secret (32+ characters) for development and tests',
    default: 'none; required unless `JWT_JWKS_URL` is set',
    sensitive: true,
  })
  @ValidateIf((config: AppConfig) => !config.JWT_JWKS_URL)
  @IsString({ message: 'JWT_SECRET or JWT_JWKS_URL must be set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Described({ meaning: "the identity provider's key set (production); keys are fetched and rotated", default: 'none' })
  @IsOptional()
  @IsUrl({ require_tld: false })
  JWT_JWKS_URL?: string;

  /** Every token must name this issuer (`iss`) and this audience (`aud`); production sets the IdP's. */
  @Described({
    meaning:
      'every token must carry this `iss` (as well as `sub` and `exp`; `nbf` is checked when present); development tokens carry the default',
  })
  @IsString()
  @MinLength(1)
  JWT_ISSUER = DEVELOPMENT_TOKEN_ISSUER;

  @Described({
    meaning: 'every token must carry this `aud`; development tokens carry the default',
  })
  @IsString()
  @MinLength(1)
  JWT_AUDIENCE = DEVELOPMENT_TOKEN_AUDIENCE;

  /** How long a key set fetched from JWT_JWKS_URL is trusted before a token with an unknown key id may refetch it. */
  @Described({
    meaning:
      'how long a fetched key set is kept before a token naming an unknown key id makes the service fetch it again (key rotation)',
  })
  @Transform(toInt)
  @IsInt()
  @Min(0)
  JWT_JWKS_COOLDOWN_MS = 30_000;

  /**
   * The development sign-in page of the web application (a list of staff to sign in as), for
   * development and the demo. Only with JWT_SECRET: a configuration with JWT_JWKS_URL refuses it.
   */
  @Described({
    meaning:
      "`true` turns on the web application's development sign-in (pick a staff member from a list); only with `JWT_SECRET`, refused at start-up with `JWT_JWKS_URL`",
  })
  @IsIn(['true', 'false'], { message: 'DEVELOPMENT_SIGN_IN must be true or false' })
  @ValidateBy({
    name: 'developmentOnly',
    validator: {
      validate: (value, args) => value !== 'true' || !(args?.object as AppConfig).JWT_JWKS_URL,
      defaultMessage: () => 'DEVELOPMENT_SIGN_IN cannot be on with JWT_JWKS_URL (a production configuration)',
    },
  })
  DEVELOPMENT_SIGN_IN = 'false';

  /** The identity provider the web application signs in with (OpenID Connect, code flow with PKCE). */
  @Described({
    meaning: 'the identity provider the web application signs in with (OpenID Connect code flow with PKCE)',
    default: 'none',
  })
  @IsOptional()
  @IsUrl({ require_tld: false })
  OIDC_ISSUER?: string;

  @Described({
    meaning: "the web application's client id at `OIDC_ISSUER`; required with it",
    default: 'none',
  })
  @ValidateIf((config: AppConfig) => config.OIDC_ISSUER !== undefined)
  @IsString({ message: 'OIDC_CLIENT_ID must be set with OIDC_ISSUER' })
  @MinLength(1)
  OIDC_CLIENT_ID?: string;

  @Described({ meaning: 'the scopes the web application asks for' })
  @IsString()
  OIDC_SCOPES = 'openid profile email';

  /**
   * With JWT_JWKS_URL, a token's subject is the provider's, linked to one staff member. A subject
   * linked to nobody is matched once by this claim of the token (e.g. `email`, or `upn` at Entra ID)
   * against the members' e-mail addresses, and linked; unset, only an admin links.
   */
  @Described({
    meaning:
      "with `JWT_JWKS_URL`: the token claim (e.g. `email`) matched once against the staff members' e-mail addresses to link a provider's subject to a member; unset, only an admin links",
    default: 'none',
  })
  @IsOptional()
  @Matches(/^[A-Za-z_][A-Za-z0-9_.:-]*$/, { message: 'OIDC_MATCH_CLAIM must be a claim name, such as email' })
  OIDC_MATCH_CLAIM?: string;

  @Described({
    meaning: '64 hex characters: AES-256-GCM key for CPR numbers and names',
    default: 'none; required',
    sensitive: true,
  })
  @Matches(HEX_KEY, { message: 'CPR_ENCRYPTION_KEY must be 64 hex characters (32 bytes)' })
  CPR_ENCRYPTION_KEY!: string;

  @Described({
    meaning: '64 hex characters: HMAC-SHA-256 key for finding a citizen by CPR',
    default: 'none; required',
    sensitive: true,
  })
  @Matches(HEX_KEY, { message: 'CPR_HASH_KEY must be 64 hex characters (32 bytes)' })
  CPR_HASH_KEY!: string;

  /** Distinct committee members who must approve a referral. */
  @Described({ meaning: 'distinct committee members who must approve a referral' })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(9)
  VISITATION_QUORUM = 1;

  /** Problem areas from which a referral reads as the target group (which typically has 4 to 6). */
  @Described({ meaning: 'problem areas from which the queue\'s eligibility summary reads "target group"' })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(9)
  ELIGIBILITY_MIN_PROBLEM_AREAS = 4;

  @Described({ meaning: 'connections per API process' })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 20;

  /**
   * A pooled connection idle this long is closed. The next burst pays a new one for each: a new
   * PostgreSQL backend, its catalog caches filled again and every prepared statement parsed again.
   */
  @Described({
    meaning:
      'seconds a pooled database connection may stay idle before it is closed; a new connection costs PostgreSQL a new backend and every prepared statement parsed again',
  })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DATABASE_IDLE_SECONDS = 300;

  /**
   * The role the API and the worker take on for every statement (README, "The access log"); empty
   * runs as the login user. Migrations always run as the login user, the tables' owner.
   */
  @Described({
    meaning:
      'the role the API and the worker take on for every statement (`-c role=...` at connection start); empty runs as the login user. Migrations always run as the login user (see "The access log")',
  })
  @Matches(/^(?:[a-z_][a-z0-9_]{0,62})?$/, {
    message: 'DATABASE_ROLE must be a lower-case role name, or empty for none',
  })
  DATABASE_ROLE = 'icm_service';

  /** Namespace of the BullMQ queues in Redis, so that several deployments can share one Redis. */
  @Described({ meaning: 'namespace of the BullMQ queues in Redis' })
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 of a-z, 0-9, _ and -' })
  QUEUE_PREFIX = 'icm';

  /** How often an idle outbox relay looks for unsent rows; its own process's course events wake it at once. */
  @Described({
    meaning:
      "how often an idle outbox relay looks for unsent rows (the worker's own course events, such as escalation steps, wake it at once)",
  })
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60000)
  OUTBOX_POLL_MS = 250;

  // Timers (ISO-8601 durations). The escalation defaults are the ladder's in workflows/outreach-ladder.
  /** After an appointment's end, how long attendance may go unregistered before it counts as missed. */
  @Described({
    meaning: "after an appointment's end, how long attendance may stay unregistered before it counts as missed",
  })
  @IsIsoDuration()
  APPOINTMENT_GRACE = 'PT2H';

  @Described({ meaning: 'reminder of an appointment this long before it starts' })
  @IsIsoDuration()
  APPOINTMENT_REMINDER_AHEAD = 'P1D';

  /** Delay of each ladder level after the miss, in order. */
  @Described({
    meaning: 'delay of each outreach ladder level after the miss (one per level of `workflows/outreach-ladder`)',
  })
  @IsIsoDurationList(OUTREACH_LADDER.levels.length)
  ESCALATION_LEVEL_DELAYS = OUTREACH_LADDER.levels.map((level) => level.after).join(',');

  @Described({ meaning: 'after the last level, a reminder at this interval while there is no contact' })
  @IsIsoDuration()
  ESCALATION_REPEAT_EVERY = OUTREACH_LADDER.repeatEvery;

  @Described({ meaning: 'after an assignment, when a first successful contact is due' })
  @IsIsoDuration()
  FIRST_CONTACT_DUE = 'P5D';

  @Described({ meaning: 'after an assignment, when the approved plan is due' })
  @IsIsoDuration()
  PLAN_DUE = 'P30D';

  @Described({
    meaning:
      "a reassessment is due this long after the plan's approval or the last reassessment, and overdue (to the team lead too) at the due date",
  })
  @IsIsoDuration()
  REASSESSMENT_INTERVAL = 'P90D';

  @Described({
    meaning: 'the reassessment reminder comes this long before it is due',
  })
  @IsIsoDuration()
  REASSESSMENT_REMINDER_AHEAD = 'P7D';

  @Described({ meaning: 'reminder when there has been no successful contact for this long' })
  @IsIsoDuration()
  NO_CONTACT_REMINDER = 'P14D';

  /**
   * How long after a rejection the committee members who voted on it still see the course: the
   * four-week appeal period (klagefrist) in which they may be asked about their decision.
   */
  @Described({
    meaning:
      'how long after a rejection the committee members who voted on it still see the course (the four-week appeal period); other committee members never do',
  })
  @IsIsoDuration()
  VISITATION_REVIEW_PERIOD = 'P28D';

  // The access log (README, "The access log"): rows older than the retention are purged this often.
  @Described({
    meaning:
      'how long the access log keeps a row; years and months allowed, at least one year (`P1Y`, `P18M`, `P366D`)',
  })
  @IsRetentionPeriod()
  ACCESS_LOG_RETENTION = 'P5Y';

  @Described({ meaning: 'how often the worker purges the access log rows older than the retention' })
  @IsIsoDuration()
  ACCESS_LOG_PURGE_EVERY = 'P1D';

  // Erasure (README, "Data subject requests"): a citizen is pseudonymised once this long has passed
  // since their last course closed; at least a year, so that a slip of the pen cannot erase a recent case.
  @Described({
    meaning:
      "how long after a citizen's last course closed their data is kept before it is pseudonymised; years and months allowed, at least one year",
  })
  @IsRetentionPeriod()
  CITIZEN_DATA_RETENTION = 'P5Y';

  /** How often the worker pseudonymises every citizen whose retention has run out. */
  @Described({ meaning: 'how often the worker pseudonymises every citizen whose retention has run out' })
  @IsIsoDuration()
  CITIZEN_ERASURE_EVERY = 'P1D';

  // Economy (README, "Reports"): the first year's cost of one course by its anchoring, in DKK.
  // Defaults are the published figures (DOMAIN.md, "Economy"), with the state's refunds.
  @Described({
    meaning:
      'first-year cost of one course anchored in the administration (§85) (DOMAIN.md, "Economy"), for the report\'s economy section',
  })
  @Transform(toInt)
  @IsInt()
  @Min(0)
  FIRST_YEAR_COST_SECTION_85_ADMINISTRATION_DKK = 93000;

  @Described({
    meaning:
      'first-year cost of one course anchored at a §110 shelter (DOMAIN.md, "Economy"), for the report\'s economy section',
  })
  @Transform(toInt)
  @IsInt()
  @Min(0)
  FIRST_YEAR_COST_SECTION_110_SHELTER_DKK = 52000;

  /**
   * How long a job stays locked to its worker without renewal (each live worker renews it at half
   * this), and how often workers look for jobs whose worker died: such a job runs again within
   * about twice this.
   */
  @Described({
    meaning:
      'how long a running job stays locked to its worker without renewal; the job of a worker that died runs again on another within about twice this',
  })
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  JOB_LOCK_MS = 30000;

  /**
   * Jobs each queue's worker runs at once; keep it under DATABASE_POOL_SIZE. Four, not more: on two
   * cores shared with PostgreSQL, eight steps in flight fired a burst later than four (README,
   * "The eleventh round of issue #16").
   */
  @Described({
    meaning:
      "jobs each queue's worker runs at once (each holds a database connection while it runs; keep it under `DATABASE_POOL_SIZE`)",
  })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 4;

  /** How often the worker's reconciler looks for timers that are due but have not fired. */
  @Described({
    meaning: "how often the worker's reconciler runs",
  })
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3600000)
  RECONCILE_EVERY_MS = 30000;

  /** A due timer is re-enqueued once it is this late: its own job has had time to run. */
  @Described({
    meaning: 'how overdue a job must be before the reconciler enqueues it again',
  })
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600000)
  RECONCILE_AFTER_MS = 10000;

  /**
   * Notification delivery (README, "Notification delivery"): quiet hours and the digest time are
   * local times in TIME_ZONE; the webhook is off unless its URL is set. QUIET_HOURS is two different
   * times or empty (none at all).
   */
  @Described({ meaning: 'local hours in which reminders and first-level escalations wait; empty for none' })
  @Matches(/^(?:((?:[01]\d|2[0-3]):[0-5]\d)-(?!\1$)(?:[01]\d|2[0-3]):[0-5]\d)?$/, {
    message: 'QUIET_HOURS must be HH:MM-HH:MM with two different times, or empty for none',
  })
  QUIET_HOURS = '22:00-07:00';

  @Described({ meaning: 'IANA time zone of `QUIET_HOURS` and `DIGEST_AT`' })
  @IsTimeZone({ message: 'TIME_ZONE must be an IANA time zone such as Europe/Copenhagen' })
  TIME_ZONE = 'Europe/Copenhagen';

  @Described({ meaning: 'local time of the daily digest of reminders' })
  @Matches(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'DIGEST_AT must be a local time HH:MM' })
  DIGEST_AT = '07:30';

  @Described({ meaning: 'http(s) address that receives each notification or digest', default: 'none (no webhook)' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  NOTIFICATION_WEBHOOK_URL?: string;

  @Described({
    meaning: '32+ characters: the HMAC-SHA-256 key of `X-ICM-Signature`',
    default: 'none; required with the URL',
    sensitive: true,
  })
  @ValidateIf((config: AppConfig) => config.NOTIFICATION_WEBHOOK_URL !== undefined)
  @IsString({ message: 'NOTIFICATION_WEBHOOK_SECRET must be set when NOTIFICATION_WEBHOOK_URL is' })
  @MinLength(32, { message: 'NOTIFICATION_WEBHOOK_SECRET must be at least 32 characters' })
  NOTIFICATION_WEBHOOK_SECRET?: string;

  /** The pause before the first retry of a failed webhook POST; each further retry doubles it. */
  @Described({ meaning: 'pause before the first retry of a failed webhook POST; each retry doubles it' })
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  WEBHOOK_RETRY_BASE_MS = 5000;

  /** E-mail (README, "E-mail and the calendar feed"): off unless SMTP_HOST is set. */
  @Described({
    meaning: 'SMTP server that sends the notification e-mails (README, "E-mail and the calendar feed")',
    default: 'none (no e-mail)',
  })
  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @Described({ meaning: 'its port' })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 587;

  /** `tls` from the first byte (port 465), `starttls` required after connecting, or `none` (a local relay). */
  @Described({
    meaning:
      '`tls` (TLS from the first byte, usually port 465), `starttls` (STARTTLS required) or `none` (a local relay only)',
  })
  @IsIn(['tls', 'starttls', 'none'], { message: 'SMTP_SECURE must be tls, starttls or none' })
  SMTP_SECURE: 'tls' | 'starttls' | 'none' = 'starttls';

  @Described({
    meaning: 'the login at the SMTP server',
    default: 'none (no login)',
  })
  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @Described({
    meaning: 'the password of `SMTP_USER`; required with it',
    default: 'none (no login)',
    sensitive: true,
  })
  @ValidateIf((config: AppConfig) => config.SMTP_USER !== undefined)
  @IsString({ message: 'SMTP_PASSWORD must be set when SMTP_USER is' })
  SMTP_PASSWORD?: string;

  @Described({
    meaning: 'sender of the e-mails: `icm@kommune.dk` or `ICM <icm@kommune.dk>`',
    default: 'none; required with `SMTP_HOST`',
  })
  @ValidateIf((config: AppConfig) => config.SMTP_HOST !== undefined)
  @Matches(/^(?:[^<>@\s]+ <)?[^<>@\s]+@[^<>@\s]+>?$/, {
    message: 'SMTP_FROM must be set with SMTP_HOST: an address, or "Name <address>"',
  })
  SMTP_FROM?: string;

  /** The pause before the first retry of a failed e-mail; each further retry doubles it. */
  @Described({
    meaning: 'pause before the first retry of an e-mail the server refused or did not take; each retry doubles it',
  })
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  EMAIL_RETRY_BASE_MS = 5000;

  /** Where people reach the web application; e-mails link to its course pages and the feed address starts with it. */
  @Described({
    meaning: "the web application's address as people reach it: e-mails link to `<PUBLIC_URL>/forloeb/<course id>`",
  })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  PUBLIC_URL = 'http://localhost:3000';

  // Operations (README, "Containers"): when an API process reads as ready, and who may read metrics.
  /** Unsent outbox rows from which /health/ready answers 503: the outbox relay is not keeping up. */
  @Described({ meaning: 'unsent outbox rows above which `/health/ready` answers 503' })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  READY_MAX_OUTBOX_BACKLOG = 10000;

  /** Age of the oldest unsent outbox row from which /health/ready answers 503. */
  @Described({ meaning: 'age of the oldest unsent outbox row above which `/health/ready` answers 503' })
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  READY_MAX_OUTBOX_AGE_MS = 60000;

  /** When set, /metrics of the API and of the worker answer only `Authorization: Bearer <METRICS_TOKEN>`. */
  @Described({
    meaning:
      '16+ characters: when set, `/metrics` of the API and of the worker answer only `Authorization: Bearer <METRICS_TOKEN>`',
    default: 'none (no token asked)',
    sensitive: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** When set, the worker serves its own /metrics on this port (the API serves its own on PORT). */
  @Described({ meaning: 'port on which a worker serves its own `/metrics`', default: 'none (not served)' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_METRICS_PORT?: number;

  /** The least severe level written: the configured one and every more severe one are. */
  @Described({
    meaning:
      "least severe level of the JSON log lines written: `fatal`, `error`, `warn`, `log` (pino's `info`; the request lines), `debug` or `verbose` (pino's `trace`)",
  })
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';

  // HTTP hardening (README, "Logs, request ids and hardening").
  /** Browser origins allowed to call the API across origins, comma separated; empty: none. */
  @Described({
    meaning:
      'browser origins allowed to call the API from another origin, comma separated (`https://app.example.dk,https://admin.example.dk`)',
    default: 'empty (none)',
  })
  @Matches(/^(?:https?:\/\/[^\s/,]+(?:\s*,\s*https?:\/\/[^\s/,]+)*)?$/, {
    message:
      'CORS_ORIGINS must be origins such as https://app.example.dk (scheme, host, optional port; no path), comma separated',
  })
  CORS_ORIGINS = '';

  /**
   * Which proxies in front of the API to believe about the client's address (express's `trust
   * proxy`: a hop count such as 1, or addresses and subnets such as loopback,10.0.0.0/8); empty:
   * none. Per-IP rate limits count the address this yields.
   */
  @Described({
    meaning:
      'the load balancers in front of the API whose `X-Forwarded-For` is believed (a hop count such as `1`, or `loopback,10.0.0.0/8`): per-IP rate limits then count the client, not the balancer',
    default: 'empty (none)',
  })
  @Matches(/^[\w.:/, -]*$/, {
    message: 'TRUST_PROXY must be a hop count or a comma list of addresses, subnets or loopback/linklocal/uniquelocal',
  })
  TRUST_PROXY = '';

  /** Largest JSON (or form) request body, as bytes or with kb or mb. */
  @Described({ meaning: 'largest request body (`2048`, `100kb`, `1mb`); a larger one is a 413 problem' })
  @Matches(/^\d+(?:b|kb|mb)?$/i, { message: 'BODY_LIMIT must be a size such as 100kb, 1mb or 2048 (bytes)' })
  BODY_LIMIT = '100kb';

  /** Node's own default is 5 s, shorter than load balancers keep their idle connections. */
  @Described({
    meaning:
      'seconds an idle keep-alive connection to the API stays open; longer than the load balancer in front keeps its own (60 s on many), so that the balancer never sends a request on a connection the API is closing',
  })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  HTTP_KEEP_ALIVE_SECONDS = 65;

  /** Requests a staff member may make per minute, across every API process. */
  @Described({
    meaning:
      "requests one staff member (the token's subject) may make per minute, counted in Redis across every API process",
  })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Requests per minute from one address without a token, on the routes that take none. */
  @Described({
    meaning:
      'requests per minute from one client address without a valid token (`/health`, `/health/ready` and `/metrics` are never limited)',
  })
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_ANONYMOUS_PER_MINUTE = 60;
}

export class ConfigurationError extends Error {}

/** Variables whose empty value is a choice (none at all) rather than a value left out. */
const EMPTY_MEANS_NONE = new Set(['QUIET_HOURS', 'DATABASE_ROLE']);

/** Reads the environment into a validated AppConfig or throws naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const given = Object.fromEntries(
    Object.entries(env).filter(([name, value]) => value !== undefined && (value !== '' || EMPTY_MEANS_NONE.has(name))),
  );
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => `- ${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
