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
import { DEVELOPMENT_TOKEN_AUDIENCE, DEVELOPMENT_TOKEN_ISSUER } from '@src/auth/development-token';
import { IsRetentionPeriod } from './retention-period.validator';
import { IsIsoDuration, IsIsoDurationList } from './iso-duration.validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every setting the service reads, validated once at start-up. Names and defaults are listed in
 * the README; a missing or malformed variable stops the process with a message naming it.
 */
export class AppConfig {
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/icm';

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** HS256 shared secret for development and tests; production sets JWT_JWKS_URL instead. */
  @ValidateIf((config: AppConfig) => !config.JWT_JWKS_URL)
  @IsString({ message: 'JWT_SECRET or JWT_JWKS_URL must be set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsUrl({ require_tld: false })
  JWT_JWKS_URL?: string;

  /** Every token must name this issuer (`iss`) and this audience (`aud`); production sets the IdP's. */
  @IsString()
  @MinLength(1)
  JWT_ISSUER = DEVELOPMENT_TOKEN_ISSUER;

  @IsString()
  @MinLength(1)
  JWT_AUDIENCE = DEVELOPMENT_TOKEN_AUDIENCE;

  /** How long a key set fetched from JWT_JWKS_URL is trusted before a token with an unknown key id may refetch it. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  JWT_JWKS_COOLDOWN_MS = 30_000;

  /**
   * The development sign-in page of the web application (a list of staff to sign in as), for
   * development and the demo. Only with JWT_SECRET: a configuration with JWT_JWKS_URL refuses it.
   */
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
  @IsOptional()
  @IsUrl({ require_tld: false })
  OIDC_ISSUER?: string;

  @ValidateIf((config: AppConfig) => config.OIDC_ISSUER !== undefined)
  @IsString({ message: 'OIDC_CLIENT_ID must be set with OIDC_ISSUER' })
  @MinLength(1)
  OIDC_CLIENT_ID?: string;

  @IsString()
  OIDC_SCOPES = 'openid profile email';

  /**
   * With JWT_JWKS_URL, a token's subject is the provider's, linked to one staff member. A subject
   * linked to nobody is matched once by this claim of the token (e.g. `email`, or `upn` at Entra ID)
   * against the members' e-mail addresses, and linked; unset, only an admin links.
   */
  @IsOptional()
  @Matches(/^[A-Za-z_][A-Za-z0-9_.:-]*$/, { message: 'OIDC_MATCH_CLAIM must be a claim name, such as email' })
  OIDC_MATCH_CLAIM?: string;

  @Matches(HEX_KEY, { message: 'CPR_ENCRYPTION_KEY must be 64 hex characters (32 bytes)' })
  CPR_ENCRYPTION_KEY!: string;

  @Matches(HEX_KEY, { message: 'CPR_HASH_KEY must be 64 hex characters (32 bytes)' })
  CPR_HASH_KEY!: string;

  /** Distinct committee members who must approve a referral. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(9)
  VISITATION_QUORUM = 1;

  /** Problem areas from which a referral reads as the target group (which typically has 4 to 6). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(9)
  ELIGIBILITY_MIN_PROBLEM_AREAS = 4;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 20;

  /**
   * The role the API and the worker take on for every statement (README, "The access log"); empty
   * runs as the login user. Migrations always run as the login user, the tables' owner.
   */
  @Matches(/^(?:[a-z_][a-z0-9_]{0,62})?$/, {
    message: 'DATABASE_ROLE must be a lower-case role name, or empty for none',
  })
  DATABASE_ROLE = 'icm_service';

  /** Namespace of the BullMQ queues in Redis, so that several deployments can share one Redis. */
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 of a-z, 0-9, _ and -' })
  QUEUE_PREFIX = 'icm';

  /** How often an idle outbox relay looks for unsent rows. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60000)
  OUTBOX_POLL_MS = 250;

  // Timers (ISO-8601 durations). The escalation defaults are the ladder's in workflows/outreach-ladder.
  /** After an appointment's end, how long attendance may go unregistered before it counts as missed. */
  @IsIsoDuration()
  APPOINTMENT_GRACE = 'PT2H';

  @IsIsoDuration()
  APPOINTMENT_REMINDER_AHEAD = 'P1D';

  /** Delay of each ladder level after the miss, in order. */
  @IsIsoDurationList(OUTREACH_LADDER.levels.length)
  ESCALATION_LEVEL_DELAYS = OUTREACH_LADDER.levels.map((level) => level.after).join(',');

  @IsIsoDuration()
  ESCALATION_REPEAT_EVERY = OUTREACH_LADDER.repeatEvery;

  @IsIsoDuration()
  FIRST_CONTACT_DUE = 'P5D';

  @IsIsoDuration()
  PLAN_DUE = 'P30D';

  @IsIsoDuration()
  REASSESSMENT_INTERVAL = 'P90D';

  @IsIsoDuration()
  REASSESSMENT_REMINDER_AHEAD = 'P7D';

  @IsIsoDuration()
  NO_CONTACT_REMINDER = 'P14D';

  /**
   * How long after a rejection the committee members who voted on it still see the course: the
   * four-week appeal period (klagefrist) in which they may be asked about their decision.
   */
  @IsIsoDuration()
  VISITATION_REVIEW_PERIOD = 'P28D';

  // The access log (README, "The access log"): rows older than the retention are purged this often.
  @IsRetentionPeriod()
  ACCESS_LOG_RETENTION = 'P5Y';

  @IsIsoDuration()
  ACCESS_LOG_PURGE_EVERY = 'P1D';

  // Erasure (README, "Data subject requests"): a citizen is pseudonymised once this long has passed
  // since their last course closed; at least a year, so that a slip of the pen cannot erase a recent case.
  @IsRetentionPeriod()
  CITIZEN_DATA_RETENTION = 'P5Y';

  /** How often the worker pseudonymises every citizen whose retention has run out. */
  @IsIsoDuration()
  CITIZEN_ERASURE_EVERY = 'P1D';

  // Economy (README, "Reports"): the first year's cost of one course by its anchoring, in DKK.
  // Defaults are the published figures (DOMAIN.md, "Economy"), with the state's refunds.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  FIRST_YEAR_COST_SECTION_85_ADMINISTRATION_DKK = 93000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  FIRST_YEAR_COST_SECTION_110_SHELTER_DKK = 52000;

  /**
   * How long a job stays locked to its worker without renewal (each live worker renews it at half
   * this), and how often workers look for jobs whose worker died: such a job runs again within
   * about twice this.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  JOB_LOCK_MS = 30000;

  /** Jobs each queue's worker runs at once; keep it under DATABASE_POOL_SIZE. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 8;

  /** How often the worker's reconciler looks for timers that are due but have not fired. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3600000)
  RECONCILE_EVERY_MS = 30000;

  /** A due timer is re-enqueued once it is this late: its own job has had time to run. */
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
  @Matches(/^(?:((?:[01]\d|2[0-3]):[0-5]\d)-(?!\1$)(?:[01]\d|2[0-3]):[0-5]\d)?$/, {
    message: 'QUIET_HOURS must be HH:MM-HH:MM with two different times, or empty for none',
  })
  QUIET_HOURS = '22:00-07:00';

  @IsTimeZone({ message: 'TIME_ZONE must be an IANA time zone such as Europe/Copenhagen' })
  TIME_ZONE = 'Europe/Copenhagen';

  @Matches(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'DIGEST_AT must be a local time HH:MM' })
  DIGEST_AT = '07:30';

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  NOTIFICATION_WEBHOOK_URL?: string;

  @ValidateIf((config: AppConfig) => config.NOTIFICATION_WEBHOOK_URL !== undefined)
  @IsString({ message: 'NOTIFICATION_WEBHOOK_SECRET must be set when NOTIFICATION_WEBHOOK_URL is' })
  @MinLength(32, { message: 'NOTIFICATION_WEBHOOK_SECRET must be at least 32 characters' })
  NOTIFICATION_WEBHOOK_SECRET?: string;

  /** The pause before the first retry of a failed webhook POST; each further retry doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  WEBHOOK_RETRY_BASE_MS = 5000;

  /** E-mail (README, "E-mail and the calendar feed"): off unless SMTP_HOST is set. */
  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 587;

  /** `tls` from the first byte (port 465), `starttls` required after connecting, or `none` (a local relay). */
  @IsIn(['tls', 'starttls', 'none'], { message: 'SMTP_SECURE must be tls, starttls or none' })
  SMTP_SECURE: 'tls' | 'starttls' | 'none' = 'starttls';

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @ValidateIf((config: AppConfig) => config.SMTP_USER !== undefined)
  @IsString({ message: 'SMTP_PASSWORD must be set when SMTP_USER is' })
  SMTP_PASSWORD?: string;

  @ValidateIf((config: AppConfig) => config.SMTP_HOST !== undefined)
  @Matches(/^(?:[^<>@\s]+ <)?[^<>@\s]+@[^<>@\s]+>?$/, {
    message: 'SMTP_FROM must be set with SMTP_HOST: an address, or "Name <address>"',
  })
  SMTP_FROM?: string;

  /** The pause before the first retry of a failed e-mail; each further retry doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  EMAIL_RETRY_BASE_MS = 5000;

  /** Where people reach the web application; e-mails link to its course pages and the feed address starts with it. */
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  PUBLIC_URL = 'http://localhost:3000';

  // Operations (README, "Containers"): when an API process reads as ready, and who may read metrics.
  /** Unsent outbox rows from which /health/ready answers 503: the outbox relay is not keeping up. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  READY_MAX_OUTBOX_BACKLOG = 10000;

  /** Age of the oldest unsent outbox row from which /health/ready answers 503. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  READY_MAX_OUTBOX_AGE_MS = 60000;

  /** When set, /metrics of the API and of the worker answer only `Authorization: Bearer <METRICS_TOKEN>`. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** When set, the worker serves its own /metrics on this port (the API serves its own on PORT). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_METRICS_PORT?: number;

  /** The least severe level written: the configured one and every more severe one are. */
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';

  // HTTP hardening (README, "Logs, request ids and hardening").
  /** Browser origins allowed to call the API across origins, comma separated; empty: none. */
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
  @Matches(/^[\w.:/, -]*$/, {
    message: 'TRUST_PROXY must be a hop count or a comma list of addresses, subnets or loopback/linklocal/uniquelocal',
  })
  TRUST_PROXY = '';

  /** Largest JSON (or form) request body, as bytes or with kb or mb. */
  @Matches(/^\d+(?:b|kb|mb)?$/i, { message: 'BODY_LIMIT must be a size such as 100kb, 1mb or 2048 (bytes)' })
  BODY_LIMIT = '100kb';

  /** Requests a staff member may make per minute, across every API process. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Requests per minute from one address without a token, on the routes that take none. */
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
