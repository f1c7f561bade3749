import { type Logger, LogLevelThreshold } from "@aws-lambda-powertools/logger";
import type { YogaLogger } from "graphql-yoga";

type Level = "debug" | "info" | "warn" | "error";

const thresholds: Record<Level, number> = {
  debug: LogLevelThreshold.DEBUG,
  info: LogLevelThreshold.INFO,
  warn: LogLevelThreshold.WARN,
  error: LogLevelThreshold.ERROR,
};

/**
 * Yoga's log calls, as structured Powertools log items: one JSON line each, errors with their stack.
 * Yoga logs at debug several times a request; a call below the logger's level returns at once, because
 * even a dropped Powertools call reads the environment, which costs on the hot path.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: Level) =>
    (...parts: unknown[]): void => {
      if (logger.level > thresholds[level]) return;
      const error = parts.find((part): part is Error => part instanceof Error);
      const words = parts.filter((part) => typeof part === "string").join(" ");
      const message = words || error?.message || "graphql";
      if (error) logger[level](message, error);
      else logger[level](message);
    };
  return { debug: forward("debug"), info: forward("info"), warn: forward("warn"), error: forward("error") };
}
