import type { Logger } from "@aws-lambda-powertools/logger";
import type { Metrics } from "@aws-lambda-powertools/metrics";
import type { Tracer } from "@aws-lambda-powertools/tracer";
import type { Context } from "aws-lambda";

export type LambdaHandler<Event, Result> = (event: Event, context: Context) => Promise<Result>;

/** Powertools for a handler: logs with the Lambda context, metrics flushed after each run, X-Ray if traced. */
export interface Observability {
  logger: Logger;
  metrics?: Metrics;
  /** Present when tracing is on (see tracing.ts). */
  tracer?: Tracer;
}

type MethodDecorator = (
  target: never,
  propertyKey: string,
  descriptor: { value: LambdaHandler<unknown, unknown> },
) => void;

/**
 * Method decorators (Powertools' `injectLambdaContext`, `logMetrics`, `captureLambdaHandler`) applied to a
 * plain function, innermost first: the same behaviour as decorating a handler class, without the class and
 * without middy. Left-out decorators are skipped.
 */
export function decorated<Event, Result>(
  handler: LambdaHandler<Event, Result>,
  decorators: readonly unknown[],
): LambdaHandler<Event, Result> {
  const descriptor = { value: handler as LambdaHandler<unknown, unknown> };
  for (const decorate of decorators)
    (decorate as MethodDecorator | undefined)?.(undefined as never, "handler", descriptor);
  return descriptor.value as LambdaHandler<Event, Result>;
}

/** Powertools for a handler. The logger is outermost, so that whatever the others log carries the request's context. */
export function observed<Event, Result>(
  handler: LambdaHandler<Event, Result>,
  { logger, metrics, tracer }: Observability,
): LambdaHandler<Event, Result> {
  return decorated(handler, [
    tracer?.captureLambdaHandler(),
    metrics?.logMetrics({ captureColdStartMetric: true }),
    // Keys one invocation appends (the stream it projects) must not stick to the next one.
    logger.injectLambdaContext({ resetKeys: true }),
  ]);
}
