import { functionDefaults, handlerPath } from "./lambda";
import { documents, events, keys } from "./storage";
import { streamSubscription } from "./stream-subscription";

/** Domain events fan out here after commit: the publisher copies the event table's stream onto it. */
export const bus = new sst.aws.Bus("Bus");

const publishing = streamSubscription("Publisher");
export const publisher = events.subscribe(
  "Publisher",
  {
    ...functionDefaults,
    handler: handlerPath("publisher"),
    link: [bus],
    permissions: publishing.permissions,
  },
  publishing.subscribeArgs,
);

/**
 * Events EventBridge could not deliver to the projector after its retries. EventBridge only writes to a
 * queue whose policy lets it, for this bus's rules.
 */
export const projectorDeadLetters = new sst.aws.Queue("ProjectorDeadLetters", {
  transform: { queue: { messageRetentionSeconds: 14 * 24 * 60 * 60 } },
});

export const projector = bus.subscribe(
  "Projector",
  {
    ...functionDefaults,
    handler: handlerPath("projector"),
    // The bus too: the projector reports each stream it quarantines on it (fan-out/quarantine-report.ts).
    link: [events, documents, keys, bus],
  },
  {
    // Every entry the publisher puts on the bus (fan-out/bus-detail.ts): a notification is a trigger to catch a document up.
    pattern: { source: ["meetstream.events"] },
    transform: {
      target: {
        deadLetterConfig: { arn: projectorDeadLetters.arn },
        // A projection that fails 24 hours running needs a person; later notifications catch it up meanwhile.
        retryPolicy: { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 24 * 60 * 60 },
      },
    },
  },
);

/**
 * The streams the projector quarantined (`quarantineSource` in fan-out/quarantine-report.ts) go to the same
 * queue: everything the projector could not project, for a person to read in one place.
 */
const quarantineReports = new aws.cloudwatch.EventRule("ProjectorQuarantineReports", {
  eventBusName: bus.name,
  eventPattern: $jsonStringify({ source: ["meetstream.quarantine"] }),
});
new aws.cloudwatch.EventTarget("ProjectorQuarantineReportsTarget", {
  rule: quarantineReports.name,
  eventBusName: bus.name,
  arn: projectorDeadLetters.arn,
});

new aws.sqs.QueuePolicy("ProjectorDeadLettersPolicy", {
  queueUrl: projectorDeadLetters.url,
  policy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: "events.amazonaws.com" },
        Action: "sqs:SendMessage",
        Resource: projectorDeadLetters.arn,
        Condition: { ArnEquals: { "aws:SourceArn": [projector.nodes.rule.arn, quarantineReports.arn] } },
      },
    ],
  }),
});
