import { Logger } from "@aws-lambda-powertools/logger";

/** One log line as Powertools would print it, parsed back. */
export interface LogRecord {
  level: string;
  message: string;
  [attribute: string]: unknown;
}

/**
 * A real Powertools logger that keeps each line it would print, as the JSON it would print, instead of
 * writing it out: tests read what operators would see.
 */
export class RecordingLogger extends Logger {
  readonly records: LogRecord[] = [];

  constructor() {
    super({ serviceName: "meetstream-test", logLevel: "INFO" });
  }

  protected override printLog(...[, log]: Parameters<Logger["printLog"]>): void {
    log.prepareForPrint();
    this.records.push(JSON.parse(JSON.stringify(log.getAttributes(), this.getJsonReplacer())) as LogRecord);
  }
}
