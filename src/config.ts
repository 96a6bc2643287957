import { resolve } from 'node:path';

/**
 * The one reader of process.env. Everything configurable is read and checked here at start,
 * so a bad setting stops the process with a message instead of failing later.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Base URL people reach the app at; used in mails and calendar feed links. */
  publicUrl: string;
  /** Folder of the embedded database when no DATABASE_URL is set. */
  dataDir: string;
  databaseUrl: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  smtp: SmtpConfig | null;
  mailFrom: string;
  /** Secure cookies need HTTPS; off by default on plain http://localhost. */
  secureCookies: boolean;
  /** Serve the built web app from this folder. */
  webDir: string;
}

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function intFrom(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, not "${raw}".`);
  }
  return raw as T;
}

function booleanFrom(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, not "${raw}".`);
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = intFrom(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '0.0.0.0';
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const publicUrl = (env.SAMEN_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`SAMEN_PUBLIC_URL must be a URL, not "${publicUrl}".`);
  }
  let smtp: SmtpConfig | null = null;
  if (env.SMTP_HOST) {
    const smtpPort = intFrom(env, 'SMTP_PORT', 587, 1, 65535);
    smtp = {
      host: env.SMTP_HOST,
      port: smtpPort,
      secure: booleanFrom(env, 'SMTP_SECURE', smtpPort === 465),
      user: env.SMTP_USER || null,
      password: env.SMTP_PASSWORD || null,
    };
  }
  return {
    env: nodeEnv,
    host,
    port,
    publicUrl,
    dataDir: resolve(cwd, env.SAMEN_DATA_DIR || 'data'),
    databaseUrl,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    smtp,
    mailFrom: env.SAMEN_MAIL_FROM || 'Samen <samen@localhost>',
    secureCookies: booleanFrom(env, 'SAMEN_SECURE_COOKIES', publicUrl.startsWith('https://')),
    webDir: resolve(cwd, env.SAMEN_WEB_DIR || 'dist/web'),
  };
}
