import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { meetstreamProjections } from "@meetstream/core/meetstream";
import { type Projector, projector } from "@meetstream/core/projection/projector";
import { type LogTables, openAwsStores } from "./aws-stores";

/** Every projection of the application, folding the DynamoDB log into the DynamoDB documents. */
export function awsProjector(client: ReturnType<typeof dynamoDocumentClient>, tables: LogTables): Projector {
  const { store, documents } = openAwsStores(client, tables);
  return projector({ store, documents, projections: meetstreamProjections });
}
