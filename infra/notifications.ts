import { notifierEventTypes } from "../packages/core/src/notification/notifier";
import { mailFeedbackDetailTypes, sesEventSource } from "../packages/functions/src/mail/mail-feedback-events";
import { auth } from "./auth";
import { bus } from "./bus";
import { busDeadLetters } from "./bus-dead-letters";
import { functionDefaults, handlerPath } from "./lambda";
import { defaultBus, mail } from "./mail";
import { emailSecret } from "./secrets";
import { documents, events, keys, outbox } from "./storage";

/** The source the publisher sends (fan-out/bus-detail.ts: `eventSource`) and the pointer's detail-type. */
const eventSource = "meetstream";
const pointerDetailType = "StreamAppended";

/** What EventBridge does with an event it cannot hand to a target: retry for a day, then dead-letter. */
const targetRetries = { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 24 * 60 * 60 };

/**
 * Everything the notifier could not handle, in one queue: events its rule could not deliver or it failed
 * on after Lambda's retries, and reminders EventBridge Scheduler could not deliver to it.
 */
export const notifierDeadLetters = busDeadLetters("Notifier");

/**
 * The reminders' one-time schedules (core/src/scheduler/eventbridge.ts): names are unique per group, and
 * a meetup's reminders are named after it, so setting, moving and cancelling them is idempotent.
 */
export const reminderGroup = new aws.scheduler.ScheduleGroup("ReminderGroup", {});

/** What EventBridge Scheduler assumes to run a reminder: only for schedules of the reminders' group. */
export const reminderRole = new aws.iam.Role("ReminderScheduler", {
  assumeRolePolicy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: "scheduler.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: { ArnEquals: { "aws:SourceArn": reminderGroup.arn } },
      },
    ],
  }),
});

/** A group's schedules: `…:schedule/<group>/<name>`, beside the group's own `…:schedule-group/<group>`. */
export const schedulesOfGroup = (groupArn: string) =>
  `${groupArn.replace(":schedule-group/", ":schedule/")}/*`;

const reminderSchedules = reminderGroup.arn.apply(schedulesOfGroup);

/** What the notifier needs to set reminders that invoke it (lambda/reminder-schedules.ts). */
export const reminders = new sst.Linkable("Reminders", {
  properties: {
    groupName: reminderGroup.name,
    roleArn: reminderRole.arn,
    deadLetterArn: notifierDeadLetters.queue.arn,
  },
});

/**
 * The notifier (composition/meetstream-modules.ts: `notifierReactor`): RSVPs, a meetup's changes and its
 * announcement, decisions on proposals, released agendas and completed paths become members' mail,
 * recorded in the outbox and sent through SES; publishing, moving and cancelling a meetup sets, moves and
 * deletes its reminders, whose schedules invoke this same function.
 */
export const notifier = bus.subscribe(
  "Notifier",
  notifierDeadLetters.receiveFailuresOf({
    ...functionDefaults,
    handler: handlerPath("notifier"),
    // The router's origin (`Auth`): messages link to the web app and to the one-click unsubscribe there.
    link: [events, documents, keys, outbox, emailSecret, auth, mail, reminders],
    permissions: [
      {
        actions: ["scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:DeleteSchedule"],
        resources: [reminderSchedules],
      },
      // Scheduler is handed the role with each schedule it is asked to make.
      { actions: ["iam:PassRole"], resources: [reminderRole.arn] },
    ],
    // An announcement writes to every member of a community who asked for them, a page at a time.
    timeout: "5 minutes",
    memory: "1024 MB",
  }),
  {
    // Exactly the events the notifier reacts to (and pointers, which may stand for any of them).
    pattern: { source: [eventSource], detailType: [...notifierEventTypes, pointerDetailType] },
    transform: {
      target: {
        deadLetterConfig: { arn: notifierDeadLetters.queue.arn },
        retryPolicy: targetRetries,
      },
    },
  },
);
notifierDeadLetters.allowRules(notifier.nodes.rule.arn);

/**
 * Scheduler invokes the notifier with the reminder's timer, and dead-letters with the same role what it
 * could not deliver before the timer's retry window closed (the meetup's start).
 */
new aws.iam.RolePolicy("ReminderSchedulerInvokesNotifier", {
  role: reminderRole.name,
  policy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Action: "lambda:InvokeFunction", Resource: notifier.nodes.function.arn },
      { Effect: "Allow", Action: "sqs:SendMessage", Resource: notifierDeadLetters.queue.arn },
    ],
  }),
});

/**
 * The retry sweep: every minute, what is due in the outbox is sent (SES refused it before, and its
 * backoff is over; or a notifier stopped between recording and sending). Not retried by Lambda: the
 * next minute's sweep is the retry.
 */
export const messageRetries = new sst.aws.Cron("MessageRetries", {
  schedule: "rate(1 minute)",
  function: {
    ...functionDefaults,
    handler: handlerPath("message-retries"),
    link: [events, documents, keys, outbox, emailSecret, auth, mail],
    retries: 0,
    timeout: "1 minute",
    memory: "1024 MB",
  },
});

/** SES events the mail feedback handler could not take, or failed on after Lambda's retries. */
export const mailFeedbackDeadLetters = busDeadLetters("MailFeedback");

/**
 * SES's bounces and complaints for Meetstream's configuration set, on the default bus (infra/mail.ts):
 * each suppresses the address for the member who holds it. Other stages and apps of the account share
 * the default bus, so the rule matches this stage's configuration set only.
 */
export const mailFeedback = defaultBus.subscribe(
  "MailFeedback",
  mailFeedbackDeadLetters.receiveFailuresOf({
    ...functionDefaults,
    handler: handlerPath("mail-feedback"),
    link: [events, documents, keys, emailSecret],
  }),
  {
    pattern: {
      source: [sesEventSource],
      detailType: [...mailFeedbackDetailTypes],
      detail: { mail: { tags: { "ses:configuration-set": [mail.configSet] } } },
    },
    transform: {
      target: {
        deadLetterConfig: { arn: mailFeedbackDeadLetters.queue.arn },
        retryPolicy: targetRetries,
      },
    },
  },
);
mailFeedbackDeadLetters.allowRules(mailFeedback.nodes.rule.arn);
