/**
 * Lambda's own retries of an event its function failed on (0 to 2). EventBridge hands a subscriber's event to
 * Lambda's asynchronous queue and is done with it: from there only these apply. The subscribers key their
 * work on the event (reactors on its id, the projector on the stream's version), so a retry does nothing
 * twice; two is the most Lambda allows.
 */
export const functionRetries = 2;

/**
 * How long an event may wait in Lambda's asynchronous queue (throttled, or between retries) before it is
 * sent here untried: 6 hours, the most Lambda allows (and its default, spelled out). An event that waited
 * long is still worth handling, so nothing is gained by giving up on it sooner.
 */
export const functionEventAgeSeconds = 6 * 60 * 60;

/**
 * Where a bus subscriber's events go when they could not be handled, kept 14 days for a person to read, all
 * in one queue:
 *
 * - the events EventBridge could not deliver after its target's retries (its target's dead-letter queue):
 *   the event as it was, with ERROR_CODE, ERROR_MESSAGE, RULE_ARN and TARGET_ARN message attributes;
 * - the events the subscriber's function failed on after Lambda's retries (`receiveFailuresOf`): Lambda's
 *   invocation record, with the event (`requestPayload`), why it gave up (`requestContext.condition`,
 *   `approximateInvokeCount`) and the error the function threw (`responsePayload`).
 *
 * EventBridge only writes to a queue whose policy lets it: `allowRules` names the rules that may (the
 * subscription's own, once it exists, and any other that sends there). Lambda writes with the function's own
 * role, which `receiveFailuresOf` lets send to this queue and nowhere else.
 */
export function busDeadLetters(name: string) {
  const queue = new sst.aws.Queue(`${name}DeadLetters`, {
    transform: { queue: { messageRetentionSeconds: 14 * 24 * 60 * 60 } },
  });
  return {
    queue,
    /**
     * A subscriber's function, with what it fails on sent here once Lambda's retries are spent. By an
     * on-failure destination rather than the function's dead-letter config: a destination gets the invocation
     * record (the error and the request's context), a dead-letter queue only the event.
     *
     * Through SST's own `retries`, which makes the function's one asynchronous invocation config: a second
     * config beside it would fight it over the same setting (Lambda keeps one per function).
     */
    receiveFailuresOf<Args extends { permissions?: readonly unknown[]; transform?: object }>(args: Args) {
      return {
        ...args,
        // SST makes the invocation config only when `retries` is set.
        retries: functionRetries,
        permissions: [...(args.permissions ?? []), { actions: ["sqs:SendMessage"], resources: [queue.arn] }],
        transform: {
          ...args.transform,
          eventInvokeConfig: {
            maximumEventAgeInSeconds: functionEventAgeSeconds,
            destinationConfig: { onFailure: { destination: queue.arn } },
          },
        },
      };
    },
    allowRules(ruleArns: unknown) {
      new aws.sqs.QueuePolicy(`${name}DeadLettersPolicy`, {
        queueUrl: queue.url,
        policy: $jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "events.amazonaws.com" },
              Action: "sqs:SendMessage",
              Resource: queue.arn,
              Condition: { ArnEquals: { "aws:SourceArn": ruleArns } },
            },
          ],
        }),
      });
    },
  };
}
