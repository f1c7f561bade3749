import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { meetstreamProjections } from "@meetstream/core/meetstream";
import { type Projector, type ProjectorOptions, projector } from "@meetstream/core/projection/projector";
import { type LogTables, openAwsStores } from "../stores/aws-stores";

/**
 * Every projection of the application, folding the DynamoDB log into the DynamoDB documents. A poisoned
 * stream is quarantined in the document table, as locally; `onQuarantined` reports it further.
 */
export function awsProjector(
  client: ReturnType<typeof dynamoDocumentClient>,
  tables: LogTables,
  options: Pick<ProjectorOptions, "onQuarantined"> = {},
): Projector {
  const { store, documents } = openAwsStores(client, tables);
  return projector({ store, documents, projections: meetstreamProjections, ...options });
}
