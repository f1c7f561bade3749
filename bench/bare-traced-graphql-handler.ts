/**
 * The bare baseline traced as a Meetstream handler is (packages/functions/src/lambda/tracing.ts): Powertools
 * Tracer records the invocation and each DynamoDB call as subsegments. What tracing alone adds to a cold
 * start, for reference.
 */
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { decorated } from "../packages/functions/src/lambda/observed";
import { tracing } from "../packages/functions/src/lambda/tracing";
import { bareGraphqlHandler } from "./bare-graphql";

const { tracer, traced } = await tracing("bare");
export const handler = decorated(bareGraphqlHandler(traced(dynamoDocumentClient())), [
  tracer?.captureLambdaHandler(),
]);
