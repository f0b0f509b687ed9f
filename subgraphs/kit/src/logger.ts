/** Field names whose values are never written, whatever they hold. */
const SENSITIVE_KEY = /authorization|cookie|token|secret|password|passphrase|private|credential|^value$/i;
export const REDACTED = '[REDACTED]';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  fields?: Record<string, unknown>;
  write?: (line: string) => void;
  /** Known secret values to mask wherever they appear in a message or field. */
  secrets?: SecretValues;
}

/** The set of secret values a process knows about, so that none of them is ever printed. */
export class SecretValues {
  readonly #values = new Set<string>();
  add(value: string): void {
    // Very short values would mask innocent text everywhere; they are still masked by key name.
    if (value.length >= 4) this.#values.add(value);
  }
  delete(value: string): void {
    this.#values.delete(value);
  }
  mask(text: string): string {
    let masked = text;
    for (const value of this.#values) if (masked.includes(value)) masked = masked.split(value).join(REDACTED);
    return masked;
  }
}

export function redact(value: unknown, secrets?: SecretValues, depth = 0): unknown {
  if (typeof value === 'string') return secrets ? secrets.mask(value) : value;
  if (value instanceof Error) return { name: value.name, message: redact(value.message, secrets, depth) };
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) && item != null ? REDACTED : redact(item, secrets, depth + 1);
  }
  return out;
}

/** One JSON object per line on stderr; sensitive fields and known secret values are masked. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold =
    LEVELS[options.level ?? (process.env.PAVE_LOG_LEVEL as LogLevel) ?? 'info'] ?? LEVELS.info;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const base = options.fields ?? {};
  const log = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] < threshold) return;
    const record = redact({ ...base, ...fields }, options.secrets) as Record<string, unknown>;
    const text = options.secrets ? options.secrets.mask(message) : message;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg: text, ...record }));
  };
  return {
    debug: (message, fields) => log('debug', message, fields),
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
    child: (fields) => createLogger({ ...options, fields: { ...base, ...fields } }),
  };
}

/** A logger that drops everything, for tests and benchmarks. */
export const silentLogger: Logger = createLogger({ write: () => {} });
