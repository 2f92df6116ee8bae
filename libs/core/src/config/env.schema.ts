import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'si', 'sí'].includes(v)) return true;
  if (['0', 'false', 'no'].includes(v)) return false;
  return value;
};

/** Environment variables as they arrive; every one optional, with defaults applied in `loadConfig`. */
export class EnvSchema {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;
  @IsOptional() @IsIn(['all', 'api']) DESPACHO_ROLE?: string;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'debe ser una URL http(s)' })
  PUBLIC_URL?: string;
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'debe ser una URL postgres://…' })
  DATABASE_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(65535) EMBEDDED_PG_PORT?: number;
  @IsOptional() @Transform(toBool) @IsBoolean() MIGRATE_ON_BOOT?: boolean;
  @IsOptional() @IsString() @MinLength(1) DATA_DIR?: string;
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'debe ser una URL redis://…' })
  REDIS_URL?: string;
  @IsOptional() @IsIn(['postgres', 'redis']) QUEUE_BACKEND?: string;
  @IsOptional()
  @Matches(/^[a-z0-9_-]{1,40}$/i, { message: 'solo letras, dígitos, - y _' })
  QUEUE_PREFIX?: string;
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'debe tener al menos 32 caracteres' })
  JWT_SECRET?: string;
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'debe tener al menos 32 caracteres' })
  AUDIT_SIGNING_KEY?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(50) @Max(60_000) AUDIT_SEAL_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) AUDIT_CHECKPOINT_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(86400) JWT_TTL_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(720) SESSION_MAX_HOURS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(60_000) SESSION_CACHE_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3650) SESSION_RETENTION_DAYS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) LOGIN_RATE_LIMIT?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) LOGIN_RATE_TTL_SECONDS?: number;
  // Parsed by edge-config (hop count or a list of addresses/CIDRs).
  @IsOptional() @IsString() TRUST_PROXY?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(3) @Max(1000) LOGIN_LOCKOUT_THRESHOLD?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) LOGIN_LOCKOUT_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100_000) PUBLIC_VERIFY_RATE_LIMIT?: number;
  @IsOptional() @Transform(toBool) @IsBoolean() EXPOSE_METRICS?: boolean;
  @IsOptional() @Transform(toBool) @IsBoolean() EXPOSE_API_DOCS?: boolean;
  @IsOptional()
  @Matches(/^[A-Za-z0-9._~+/=-]{24,200}$/, {
    message: 'debe tener entre 24 y 200 caracteres (letras, dígitos, . _ ~ + / = -)',
  })
  METRICS_TOKEN?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(8) @Max(128) PASSWORD_MIN_LENGTH?: number;
  @IsOptional() @Transform(toBool) @IsBoolean() SEED_DEMO?: boolean;
  @IsOptional() @IsString() @MinLength(8) DEMO_PASSWORD?: string;
  @IsOptional() @IsIn(['system', 'manual']) CLOCK?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1000) @Max(600_000) CLOCK_MOVE_TIMEOUT_MS?: number;
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;
  @IsOptional() @IsString() MUNICIPALITIES_DIR?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(3_600_000) OUTBOX_POLL_MS?: number;
  @IsOptional() @Transform(toBool) @IsBoolean() OUTBOX_RELAY_ON_COMMIT?: boolean;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(3_600_000) TIMER_SWEEP_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(256) TIMER_CONCURRENCY?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(64) RENDER_THREADS?: number;
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60_000)
  @Max(366 * 86_400_000)
  TIMER_HORIZON_MS?: number;
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  ATTACHMENTS_MAX_BYTES?: number;
  @IsOptional() @IsString() @MinLength(1) ATTACHMENTS_DIR?: string;
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'no es un nombre de bucket S3 válido' })
  ATTACHMENTS_S3_BUCKET?: string;
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'debe ser una URL http(s)' })
  ATTACHMENTS_S3_ENDPOINT?: string;
  @IsOptional() @IsString() @MinLength(1) ATTACHMENTS_S3_REGION?: string;
  @IsOptional() @IsString() @MinLength(1) ATTACHMENTS_S3_ACCESS_KEY_ID?: string;
  @IsOptional() @IsString() @MinLength(1) ATTACHMENTS_S3_SECRET_ACCESS_KEY?: string;
  @IsOptional() @Transform(toBool) @IsBoolean() ATTACHMENTS_S3_FORCE_PATH_STYLE?: boolean;
  @IsOptional()
  @Matches(/^[A-Za-z0-9!_.*'()/-]{0,200}$/, { message: 'solo caracteres seguros para claves S3' })
  ATTACHMENTS_S3_PREFIX?: string;
}
