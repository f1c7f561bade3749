/**
 * Where a bus subscriber's events go when EventBridge could not deliver them after its retries, kept 14
 * days for a person to read. EventBridge only writes to a queue whose policy lets it: `allowRules` names
 * the rules that may (the subscription's own, once it exists, and any other that sends there).
 */
export function busDeadLetters(name: string) {
  const queue = new sst.aws.Queue(`${name}DeadLetters`, {
    transform: { queue: { messageRetentionSeconds: 14 * 24 * 60 * 60 } },
  });
  return {
    queue,
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
