import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import { type Clock, systemClock } from "../clock/clock";
import { checkedTimer, type FiredTimer, type Scheduler } from "./scheduler";

export interface EventBridgeSchedulerOptions {
  client: Pick<SchedulerClient, "send">;
  /** The schedule group the timers live in: names are unique per group. */
  groupName: string;
  /** What a timer invokes (the notifier Lambda), with the role Scheduler assumes to invoke it. */
  targetArn: string;
  roleArn: string;
  /** Where Scheduler puts an invocation it gave up on. */
  deadLetterArn?: string;
  clock?: Clock;
}

/** Scheduler takes a moment a little ahead of now; one already past is set this far ahead instead. */
const leadMilliseconds = 60_000;
/** The bounds of a target's retry window (RetryPolicy.MaximumEventAgeInSeconds). */
const shortestRetryWindowSeconds = 60;
const longestRetryWindowSeconds = 86_400;

const byName = (error: unknown, name: string) => (error as { name?: unknown } | null)?.name === name;

/** `at(yyyy-mm-ddThh:mm:ss)` in UTC: Scheduler's one-time expression has no zone or fraction of its own. */
const atExpression = (at: Date) => `at(${at.toISOString().slice(0, 19)})`;

/**
 * Timers as EventBridge Scheduler one-time schedules, deleted once they have run. The target gets the
 * timer (`FiredTimer`) as its input. A timer with a latest moment is retried only until then, so a
 * reminder that could not be delivered before the meetup starts is dropped by Scheduler itself; the
 * handler checks it again, as a late retry can still arrive.
 */
export function eventBridgeScheduler({
  client,
  groupName,
  targetArn,
  roleArn,
  deadLetterArn,
  clock = systemClock,
}: EventBridgeSchedulerOptions): Scheduler {
  const scheduleOf = (timer: FiredTimer): CreateScheduleCommandInput => {
    const earliest = clock.now().getTime() + leadMilliseconds;
    const at = new Date(Math.max(Date.parse(timer.at), earliest));
    const window =
      timer.notAfter === null
        ? longestRetryWindowSeconds
        : Math.floor((Date.parse(timer.notAfter) - at.getTime()) / 1000);
    return {
      Name: timer.name,
      GroupName: groupName,
      ScheduleExpression: atExpression(at),
      ScheduleExpressionTimezone: "UTC",
      FlexibleTimeWindow: { Mode: "OFF" },
      ActionAfterCompletion: "DELETE",
      Target: {
        Arn: targetArn,
        RoleArn: roleArn,
        Input: JSON.stringify(timer),
        RetryPolicy: {
          MaximumEventAgeInSeconds: Math.min(
            longestRetryWindowSeconds,
            Math.max(shortestRetryWindowSeconds, window),
          ),
          MaximumRetryAttempts: 185,
        },
        ...(deadLetterArn ? { DeadLetterConfig: { Arn: deadLetterArn } } : {}),
      },
    };
  };

  return {
    async set(timer) {
      const schedule = scheduleOf(checkedTimer(timer));
      try {
        await client.send(new CreateScheduleCommand(schedule));
      } catch (error) {
        // Set before: the name is the timer's, so this is a move.
        if (!(error instanceof ConflictException || byName(error, "ConflictException"))) throw error;
        await client.send(new UpdateScheduleCommand(schedule));
      }
    },
    async cancel(name) {
      try {
        await client.send(new DeleteScheduleCommand({ Name: name, GroupName: groupName }));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException || byName(error, "ResourceNotFoundException")))
          throw error;
      }
    },
  };
}
