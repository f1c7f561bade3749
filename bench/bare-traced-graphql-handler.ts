/**
 * The bare baseline traced as a Meetstream handler is (packages/functions/src/lambda/tracing.ts): Powertools
 * Tracer records the invocation and each DynamoDB call as subsegments. What tracing alone adds to a cold
 * start, for reference.
 */
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { tracing } from "../packages/functions/src/lambda/tracing";
import { bareGraphqlHandler } from "./bare-graphql";

const { tracer, traced } = await tracing("bare");
const descriptor = { value: bareGraphqlHandler(traced(dynamoDocumentClient())) };
// Powertools' handler decorator, applied to a plain function as packages/functions/src/lambda/observed.ts does.
(tracer?.captureLambdaHandler() as ((target: never, key: string, descriptor: unknown) => void) | undefined)?.(
  undefined as never,
  "handler",
  descriptor,
);
export const handler = descriptor.value;
