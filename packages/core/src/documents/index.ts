// The contract suite (`contract.ts`) imports vitest, so it is imported by path from tests and stays out of here.
export { documentBytes, maximumDocumentBytes } from "./document-encoding";
export { defaultPageLimit, maximumPageLimit } from "./document-query";
export type {
  DocumentKey,
  DocumentOverwrite,
  DocumentPage,
  DocumentQuery,
  DocumentStore,
  DocumentWrite,
  ExpectedDocumentVersion,
  IndexKey,
  IndexName,
  PutManyResult,
  SortRange,
  StoredDocument,
} from "./document-store";
export { createDocumentTable, type DynamoDocumentStoreOptions, dynamoDocumentStore } from "./dynamodb";
export {
  DocumentTooLarge,
  DocumentVersionConflict,
  InvalidCursor,
  InvalidDocument,
  InvalidDocumentQuery,
} from "./errors";
export { type SqliteDocumentStore, sqliteDocumentStore } from "./sqlite";
