/**
 * How a Lambda reads the event table's stream. SST's defaults retry a failing batch until its records
 * expire (24 hours), blocking the shard behind it: here a batch is split to find the bad record, retried a
 * bounded number of times, and what still fails is recorded in a queue instead of lost.
 */
export function streamSubscription(name: string) {
  const failures = new sst.aws.Queue(`${name}Failures`, {
    // A failure record is a pointer into the stream (kept 24 h) plus the reason: read it within 14 days.
    transform: { queue: { messageRetentionSeconds: 14 * 24 * 60 * 60 } },
  });
  return {
    failures,
    /** Lambda sends the failure record with the function's own role. */
    permissions: [{ actions: ["sqs:SendMessage"], resources: [failures.arn] }],
    subscribeArgs: {
      transform: {
        eventSourceMapping: {
          // From the oldest record kept, so events appended before the first deploy finished are not skipped.
          startingPosition: "TRIM_HORIZON",
          batchSize: 100,
          maximumRetryAttempts: 8,
          bisectBatchOnFunctionError: true,
          // Handlers answer with the records that failed, so the ones before them are not redone.
          functionResponseTypes: ["ReportBatchItemFailures"],
          destinationConfig: { onFailure: { destinationArn: failures.arn } },
        },
      },
    },
  };
}
