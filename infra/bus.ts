import { busDeadLetters } from "./bus-dead-letters";
import { functionDefaults, handlerPath } from "./lambda";
import { documents, events, keys, uploads } from "./storage";
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

/** Notifications EventBridge could not deliver to the projector, or the projector failed on, after their retries. */
export const projectorDeadLetters = busDeadLetters("Projector");

export const projector = bus.subscribe(
  "Projector",
  projectorDeadLetters.receiveFailuresOf({
    ...functionDefaults,
    handler: handlerPath("projector"),
    // The bus too: the projector reports each stream it quarantines on it (fan-out/quarantine-report.ts).
    link: [events, documents, keys, bus],
  }),
  {
    // Every entry the publisher puts on the bus, under the source it sends (fan-out/bus-detail.ts:
    // `eventSource`): a notification is a trigger to catch a document up.
    pattern: { source: ["meetstream"] },
    transform: {
      target: {
        deadLetterConfig: { arn: projectorDeadLetters.queue.arn },
        // Delivery only (Lambda throttling the invoke, a missing permission): EventBridge's part ends when
        // Lambda takes the event; a projection that fails is retried by Lambda (`receiveFailuresOf`).
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
  arn: projectorDeadLetters.queue.arn,
});
projectorDeadLetters.allowRules([projector.nodes.rule.arn, quarantineReports.arn]);

/** Events EventBridge could not deliver to the reactor, or the reactor failed on, after their retries. */
export const reactorDeadLetters = busDeadLetters("Reactor");

/**
 * The reactors (composition/meetstream-modules.ts: `membershipReactors`): a membership that ends releases
 * the member's RSVPs, an erasure revokes their calendar feed, deletes their speaker photos and erases their
 * progress on paths. Only the events they react to reach them.
 */
export const reactor = bus.subscribe(
  "Reactor",
  reactorDeadLetters.receiveFailuresOf({
    ...functionDefaults,
    handler: handlerPath("reactor"),
    // The uploads bucket: an erased member's speaker photos are deleted from it.
    link: [events, documents, keys, uploads],
  }),
  {
    // The source the publisher sends (fan-out/bus-detail.ts: `eventSource`); pointers may stand for any event.
    pattern: {
      source: ["meetstream"],
      detailType: ["MemberLeft", "MemberRemoved", "MemberErased", "StreamAppended"],
    },
    transform: {
      target: {
        deadLetterConfig: { arn: reactorDeadLetters.queue.arn },
        retryPolicy: { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 24 * 60 * 60 },
      },
    },
  },
);
reactorDeadLetters.allowRules(reactor.nodes.rule.arn);

/** Events EventBridge could not deliver to the progress reactions, or they failed on, after their retries. */
export const progressReactionsDeadLetters = busDeadLetters("ProgressReactions");

/**
 * What other contexts' events do to members' progress (`progressReactors`): a check-in completes the
 * meetup's checkpoint on every path the member follows, a path's revision reassesses every completion of
 * the path. One subscriber for both, apart from the membership reactors, so that a failing path lookup
 * retries and dead-letters on its own; both read paths and write progress streams, with the same stores.
 */
export const progressReactions = bus.subscribe(
  "ProgressReactions",
  progressReactionsDeadLetters.receiveFailuresOf({
    ...functionDefaults,
    handler: handlerPath("progress-reactions"),
    link: [events, documents, keys],
    // A revision walks every member's progress on the path, a few streams at a time: a popular path's
    // takes longer than a check-in's handful of paths.
    timeout: "2 minutes",
  }),
  {
    // Pointers (`StreamAppended`) may stand for either: the handler reads what they point at.
    pattern: {
      source: ["meetstream"],
      detailType: ["AttendeeCheckedIn", "PathRevised", "StreamAppended"],
    },
    transform: {
      target: {
        deadLetterConfig: { arn: progressReactionsDeadLetters.queue.arn },
        retryPolicy: { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 24 * 60 * 60 },
      },
    },
  },
);
progressReactionsDeadLetters.allowRules(progressReactions.nodes.rule.arn);
