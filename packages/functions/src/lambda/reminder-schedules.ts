import type { SchedulerClient } from "@aws-sdk/client-scheduler";
import type { Scheduler } from "@meetstream/core/scheduler/scheduler";

export interface ReminderSchedulesOptions {
  /** The schedule group the reminders live in (infra/notifications.ts). */
  groupName: string;
  /** The role EventBridge Scheduler assumes to invoke the notifier and to dead-letter what it could not. */
  roleArn: string;
  deadLetterArn: string;
  /** The Scheduler client, made by the first reminder set or moved: most invocations set none. */
  client(): Promise<Pick<SchedulerClient, "send">>;
}

export interface ReminderSchedules {
  scheduler: Scheduler;
  /** The function Lambda invoked, as its context names it: the schedules invoke it again. */
  invokedAs(functionArn: string): void;
}

/**
 * Reminders as EventBridge Scheduler schedules that invoke the function setting them (the notifier). A
 * function cannot be told its own ARN by its configuration, which would then depend on itself; Lambda names
 * it in every invocation's context, and reminders are only ever set during one.
 */
export function reminderSchedules(options: ReminderSchedulesOptions): ReminderSchedules {
  let targetArn: string | undefined;
  let scheduling: { targetArn: string; scheduler: Promise<Scheduler> } | undefined;

  function scheduler(): Promise<Scheduler> {
    const target = targetArn;
    if (!target) throw new Error("a reminder is set while the notifier runs: no invocation named it yet");
    if (scheduling?.targetArn !== target) {
      const loading = (async () => {
        const [{ eventBridgeScheduler }, client] = await Promise.all([
          import("@meetstream/core/scheduler/eventbridge"),
          options.client(),
        ]);
        const { groupName, roleArn, deadLetterArn } = options;
        return eventBridgeScheduler({ client, groupName, roleArn, deadLetterArn, targetArn: target });
      })();
      // A load that failed is tried again by the next reminder, rather than failing every one after it.
      loading.catch(() => {
        if (scheduling?.scheduler === loading) scheduling = undefined;
      });
      scheduling = { targetArn: target, scheduler: loading };
    }
    return scheduling.scheduler;
  }

  return {
    scheduler: {
      set: async (timer) => (await scheduler()).set(timer),
      cancel: async (name) => (await scheduler()).cancel(name),
    },
    invokedAs(functionArn) {
      targetArn = functionArn;
    },
  };
}
