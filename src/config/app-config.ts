import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateIf,
} from 'class-validator';

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

  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  JWT_AUDIENCE?: string;

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

  /** Namespace of the BullMQ queues in Redis, so that several deployments can share one Redis. */
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 of a-z, 0-9, _ and -' })
  QUEUE_PREFIX = 'icm';

  /** How often an idle outbox relay looks for unsent rows. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60000)
  OUTBOX_POLL_MS = 250;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';
}

/** Nest enables the levels it is given: the configured one and every more severe one. */
export const enabledLogLevels = (config: AppConfig): LogLevel[] => LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.LOG_LEVEL) + 1);

export class ConfigurationError extends Error {}

/** Reads the environment into a validated AppConfig or throws naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => `- ${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
