import type { Tracer } from "@aws-lambda-powertools/tracer";

export interface Tracing {
  /** Present when tracing is on: hand it to `observed` with the logger and metrics. */
  tracer?: Tracer;
  /** An AWS SDK client whose calls are traced as subsegments when tracing is on; otherwise the client itself. */
  traced<Client>(client: Client): Client;
}

/**
 * Powertools Tracer when tracing is on, else none. Infra sets `POWERTOOLS_TRACE_ENABLED` with Lambda's
 * active tracing (on unless a deploy says `MEETSTREAM_TRACING=off`, see infra/lambda.ts); off, Tracer and
 * the X-Ray SDK it brings are not loaded at all, so they cost a cold start nothing.
 */
export async function tracing(serviceName: string): Promise<Tracing> {
  if (process.env.POWERTOOLS_TRACE_ENABLED !== "true") return { traced: (client) => client };
  const { Tracer } = await import("@aws-lambda-powertools/tracer");
  const tracer = new Tracer({ serviceName });
  return { tracer, traced: (client) => tracer.captureAWSv3Client(client) };
}
