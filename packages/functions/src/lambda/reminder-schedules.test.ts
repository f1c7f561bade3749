import { describe, expect, test } from "vitest";
import { mockSchedulerClient } from "../testing/mock-scheduler-client";
import { reminderSchedules } from "./reminder-schedules";

const group = {
  groupName: "meetstream-reminders",
  roleArn: "arn:aws:iam::123456789012:role/reminder-scheduler",
  deadLetterArn: "arn:aws:sqs:eu-west-1:123456789012:notifier-dead-letters",
};
const notifierArn = "arn:aws:lambda:eu-west-1:123456789012:function:meetstream-notifier";
const timer = (name: string) => ({
  name,
  at: new Date(Date.now() + 24 * 60 * 60_000),
  payload: { meetupId: "m1", reminder: "24h" },
});

describe("reminders as EventBridge Scheduler schedules invoking the notifier (mock Scheduler client)", () => {
  test("a schedule invokes the function Lambda invoked, with the group's role and dead-letter queue; the client is made once", async () => {
    const client = mockSchedulerClient();
    let made = 0;
    const reminders = reminderSchedules({
      ...group,
      client: async () => {
        made++;
        return client;
      },
    });
    reminders.invokedAs(notifierArn);
    await reminders.scheduler.set(timer("reminder-24h-m1"));
    await reminders.scheduler.set(timer("reminder-2h-m1"));
    await reminders.scheduler.cancel("reminder-2h-m1");

    expect(made).toBe(1);
    expect(client.named("reminder-24h-m1")).toMatchObject({
      GroupName: group.groupName,
      Target: { Arn: notifierArn, RoleArn: group.roleArn, DeadLetterConfig: { Arn: group.deadLetterArn } },
    });
    expect(client.named("reminder-2h-m1")).toBeUndefined();
  });

  test("a reminder set before any invocation named the function is refused, and nothing is asked of Scheduler", async () => {
    const client = mockSchedulerClient();
    const reminders = reminderSchedules({ ...group, client: async () => client });
    await expect(reminders.scheduler.set(timer("reminder-24h-m1"))).rejects.toThrow(/no invocation/);
    expect(client.requests).toEqual([]);
  });

  test("a client that could not be made is made again for the next reminder", async () => {
    const client = mockSchedulerClient();
    let attempts = 0;
    const reminders = reminderSchedules({
      ...group,
      client: async () => {
        attempts++;
        if (attempts === 1) throw new Error("the SDK could not be loaded");
        return client;
      },
    });
    reminders.invokedAs(notifierArn);
    await expect(reminders.scheduler.set(timer("reminder-24h-m1"))).rejects.toThrow(/could not be loaded/);
    await reminders.scheduler.set(timer("reminder-24h-m1"));
    expect(client.named("reminder-24h-m1")).toBeDefined();
  });
});
