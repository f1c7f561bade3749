import {
  ConflictException,
  CreateScheduleCommand,
  type DeleteScheduleCommand,
  ResourceNotFoundException,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import { describe, expect, test } from "vitest";
import { fixedClock } from "../clock/clock";
import { eventBridgeScheduler } from "./eventbridge";
import { TimerRefused } from "./scheduler";

type SentCommand = CreateScheduleCommand | UpdateScheduleCommand | DeleteScheduleCommand;

/**
 * EventBridge Scheduler has no local server: this mock client keeps schedules by name as the service
 * does (create of a name taken: ConflictException; delete of a name absent: ResourceNotFoundException)
 * and records every request.
 */
function mockSchedulerClient() {
  const schedules = new Map<string, unknown>();
  const sent: { command: string; input: Record<string, unknown> }[] = [];
  const metadata = { $metadata: {} };
  return {
    sent,
    schedules,
    async send(command: SentCommand) {
      const input = command.input as unknown as Record<string, unknown> & { Name: string };
      sent.push({ command: command.constructor.name, input });
      if (command instanceof CreateScheduleCommand) {
        if (schedules.has(input.Name))
          throw new ConflictException({ message: "exists", Message: "exists", ...metadata });
        schedules.set(input.Name, input);
      } else if (command instanceof UpdateScheduleCommand) {
        if (!schedules.has(input.Name))
          throw new ResourceNotFoundException({ message: "absent", Message: "absent", ...metadata });
        schedules.set(input.Name, input);
      } else if (!schedules.delete(input.Name))
        throw new ResourceNotFoundException({ message: "absent", Message: "absent", ...metadata });
      return {};
    },
  };
}

const options = {
  groupName: "meetstream-reminders",
  targetArn: "arn:aws:lambda:eu-west-1:123456789012:function:notifier",
  roleArn: "arn:aws:iam::123456789012:role/scheduler-invokes-notifier",
  deadLetterArn: "arn:aws:sqs:eu-west-1:123456789012:reminder-dead-letters",
};

describe("EventBridge Scheduler adapter (mocked Scheduler client)", () => {
  test("set creates a one-time schedule in UTC that deletes itself, with the timer as its input", async () => {
    const client = mockSchedulerClient();
    const clock = fixedClock("2026-12-09T09:00:00.000Z");
    const scheduler = eventBridgeScheduler({ client: client as never, ...options, clock });
    await scheduler.set({
      name: "reminder-24h-m1",
      at: new Date("2026-12-10T17:30:00.000Z"),
      notAfter: new Date("2026-12-11T17:30:00.000Z"),
      payload: { meetupId: "m1", reminder: "24h" },
    });
    expect(client.sent).toEqual([
      {
        command: "CreateScheduleCommand",
        input: {
          Name: "reminder-24h-m1",
          GroupName: "meetstream-reminders",
          ScheduleExpression: "at(2026-12-10T17:30:00)",
          ScheduleExpressionTimezone: "UTC",
          FlexibleTimeWindow: { Mode: "OFF" },
          ActionAfterCompletion: "DELETE",
          Target: {
            Arn: options.targetArn,
            RoleArn: options.roleArn,
            Input: JSON.stringify({
              name: "reminder-24h-m1",
              at: "2026-12-10T17:30:00.000Z",
              notAfter: "2026-12-11T17:30:00.000Z",
              payload: { meetupId: "m1", reminder: "24h" },
            }),
            RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
            DeadLetterConfig: { Arn: options.deadLetterArn },
          },
        },
      },
    ]);
  });

  test("setting a name already set updates its schedule (a reschedule moves the reminder)", async () => {
    const client = mockSchedulerClient();
    const clock = fixedClock("2026-12-09T09:00:00.000Z");
    const scheduler = eventBridgeScheduler({ client: client as never, ...options, clock });
    const timer = { name: "reminder-2h-m1", at: new Date("2026-12-10T15:30:00Z"), payload: null };
    await scheduler.set(timer);
    await scheduler.set({ ...timer, at: new Date("2026-12-12T15:30:00Z") });
    expect(client.sent.map((request) => request.command)).toEqual([
      "CreateScheduleCommand",
      "CreateScheduleCommand",
      "UpdateScheduleCommand",
    ]);
    expect(client.sent[2]?.input.ScheduleExpression).toBe("at(2026-12-12T15:30:00)");
  });

  test("cancel deletes the schedule, and a schedule already gone (it ran) is no error", async () => {
    const client = mockSchedulerClient();
    const scheduler = eventBridgeScheduler({ client: client as never, ...options });
    await scheduler.set({ name: "reminder-2h-m2", at: new Date(Date.now() + 7_200_000), payload: null });
    await scheduler.cancel("reminder-2h-m2");
    await scheduler.cancel("reminder-2h-m2");
    expect(client.sent.slice(1)).toEqual([
      {
        command: "DeleteScheduleCommand",
        input: { Name: "reminder-2h-m2", GroupName: "meetstream-reminders" },
      },
      {
        command: "DeleteScheduleCommand",
        input: { Name: "reminder-2h-m2", GroupName: "meetstream-reminders" },
      },
    ]);
    expect(client.schedules.size).toBe(0);
  });

  test("a moment already past is set a minute ahead, and retries stop at the timer's latest moment", async () => {
    const client = mockSchedulerClient();
    const clock = fixedClock("2026-12-10T15:00:00.000Z");
    const scheduler = eventBridgeScheduler({ client: client as never, ...options, clock });
    await scheduler.set({
      name: "reminder-2h-m3",
      at: new Date("2026-12-10T14:30:00.000Z"),
      notAfter: new Date("2026-12-10T16:30:00.000Z"),
      payload: null,
    });
    const input = client.sent[0]?.input as { ScheduleExpression: string; Target: { RetryPolicy: unknown } };
    expect(input.ScheduleExpression).toBe("at(2026-12-10T15:01:00)");
    expect(input.Target.RetryPolicy).toEqual({ MaximumEventAgeInSeconds: 5_340, MaximumRetryAttempts: 185 });
  });

  test("other failures of the service reach the caller; a timer it could not keep is refused before any request", async () => {
    const failing = {
      async send() {
        throw Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
      },
    };
    const scheduler = eventBridgeScheduler({ client: failing as never, ...options });
    await expect(scheduler.set({ name: "x", at: new Date(), payload: null })).rejects.toThrow(
      "Rate exceeded",
    );
    await expect(scheduler.cancel("x")).rejects.toThrow("Rate exceeded");

    const client = mockSchedulerClient();
    const checked = eventBridgeScheduler({ client: client as never, ...options });
    await expect(
      checked.set({ name: "no spaces allowed", at: new Date(), payload: null }),
    ).rejects.toBeInstanceOf(TimerRefused);
    expect(client.sent).toEqual([]);
  });
});
