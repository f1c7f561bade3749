import type { Logger } from "@aws-lambda-powertools/logger";
import type { YogaLogger } from "graphql-yoga";

type Level = "debug" | "info" | "warn" | "error";

/** Yoga's log calls, as structured Powertools log items: one JSON line each, errors with their stack. */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: Level) =>
    (...parts: unknown[]): void => {
      const error = parts.find((part): part is Error => part instanceof Error);
      const words = parts.filter((part) => typeof part === "string").join(" ");
      const message = words || error?.message || "graphql";
      if (error) logger[level](message, error);
      else logger[level](message);
    };
  return { debug: forward("debug"), info: forward("info"), warn: forward("warn"), error: forward("error") };
}
