import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { reactTo } from "@meetstream/core/reactor/reactor";
import { type FiredTimer, stillTimely } from "@meetstream/core/scheduler/scheduler";
import * as z from "@meetstream/core/validation/zod";
import { notifierReactor } from "../composition/meetstream-modules";
import { type AwsMessagingOptions, awsMessaging } from "./aws-messaging";
import { type LambdaHandler, type Observability, observed } from "./observed";
import { eventsOfEntry } from "./reactor-handler";
import type { ReminderSchedules } from "./reminder-schedules";

export interface NotifierHandlerDependencies extends Observability, AwsMessagingOptions {
  /** Where reminders are set: schedules that invoke this function again (see reminder-schedules.ts). */
  reminders: ReminderSchedules;
}

export type NotifierHandler = LambdaHandler<unknown, void>;

/** What a reminder's schedule sends: the timer, as the EventBridge Scheduler adapter put it in `Input`. */
const firedTimerSchema = z.object({
  name: z.string(),
  at: z.string(),
  notAfter: z.nullable(z.string()),
  payload: z.unknown(),
});

/**
 * The notifier on Lambda, invoked two ways: by its bus rule with an entry naming events (read from the
 * event store, as every reactor reads them), and by a reminder's schedule with its timer. Messages are
 * recorded in the outbox under (event, member, kind) and sent at once, so an entry or a timer delivered
 * again sends nothing twice. A failure throws, for Lambda to retry and then dead-letter
 * (infra/notifications.ts); what was recorded but not sent is the retry sweep's. No Powertools idempotency
 * on top: the outbox already keys each message, and a retry after a failure halfway must record the rest.
 */
export function createNotifierHandler(dependencies: NotifierHandlerDependencies): NotifierHandler {
  const { clock, reminders, logger, metrics } = dependencies;
  const { store, documents, keys, outbox, sender } = awsMessaging(dependencies);
  const notifier = notifierReactor({
    store,
    documents,
    keys,
    clock,
    outbox,
    scheduler: reminders.scheduler,
    send: (recorded) => sender.send(recorded),
  });
  return observed(async (event, context) => {
    reminders.invokedAs(context.invokedFunctionArn);
    const timer = firedTimerSchema.safeParse(event);
    if (timer.success) return fire(timer.data as FiredTimer);
    const events = await eventsOfEntry(event, store, logger);
    for (const envelope of events) await reactTo([notifier], envelope);
    metrics?.addMetric("eventsReactedTo", MetricUnit.Count, events.length);
  }, dependencies);

  async function fire(timer: FiredTimer): Promise<void> {
    logger.appendKeys({ timer: timer.name, at: timer.at });
    // Scheduler retries up to the meetup's start; a retry that still arrives later reminds nobody.
    if (!stillTimely(timer, clock.now())) {
      logger.info("a reminder arrived after the meetup started: nothing is sent");
      metrics?.addMetric("remindersTooLate", MetricUnit.Count, 1);
      return;
    }
    await notifier.remind(timer);
    metrics?.addMetric("remindersFired", MetricUnit.Count, 1);
  }
}
