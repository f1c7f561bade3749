import { type Logger, LogLevelThreshold } from "@aws-lambda-powertools/logger";
import { GraphQLError } from "graphql";
import type { YogaLogger } from "graphql-yoga";
import { clientErrorOf } from "../graphql/masked-errors";

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
 *
 * Yoga logs every error it masks at error level, the client's own mistakes (a reused idempotency key, a
 * body that is not JSON) among them: those are a warning with their code and no stack, so that an alarm
 * on errors means something of ours failed.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  // Yoga logs an error it masks before the response as well as when it builds it: once is enough.
  const logged = new WeakSet<Error>();
  const forward =
    (level: Level) =>
    (...parts: unknown[]): void => {
      if (level === "error") {
        const error = parts.find((part): part is Error => part instanceof Error);
        if (error) {
          if (logged.has(error)) return;
          logged.add(error);
        }
        const refused = clientErrorOf(error);
        if (refused) {
          if (logger.level <= LogLevelThreshold.WARN)
            logger.warn(`request refused: ${refused.message}`, { code: refused.code });
          return;
        }
      }
      if (logger.level > thresholds[level]) return;
      const error = parts.find((part): part is Error => part instanceof Error);
      // A GraphQL error prints as its JSON (no stack): the failure under it is what an operator needs.
      const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
      const words = parts.filter((part) => typeof part === "string").join(" ");
      const message = words || error?.message || "graphql";
      if (cause) logger[level](message, cause);
      else logger[level](message);
    };
  return { debug: forward("debug"), info: forward("info"), warn: forward("warn"), error: forward("error") };
}
