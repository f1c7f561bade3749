import { MeetstreamError } from "../errors/meetstream-error";
import type { DocumentKey, ExpectedDocumentVersion } from "./document-store";

export class DocumentVersionConflict extends MeetstreamError {
  readonly code = "DOCUMENT_VERSION_CONFLICT";

  constructor(
    readonly key: DocumentKey,
    readonly expectedVersion: ExpectedDocumentVersion,
  ) {
    super(`document ${key.partition}/${key.sort} is not at version ${expectedVersion}`);
  }
}

/** A document must fit one DynamoDB item; SQLite holds the same line. */
export class DocumentTooLarge extends MeetstreamError {
  readonly code = "DOCUMENT_TOO_LARGE";

  constructor(
    readonly key: DocumentKey,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`document ${key.partition}/${key.sort} is ${bytes} bytes; the limit is ${limit}`);
  }
}

export class InvalidDocument extends MeetstreamError {
  readonly code = "INVALID_DOCUMENT";
}

/** A query or scan the stores cannot answer as asked: no partition, an unknown index, a limit out of range. */
export class InvalidDocumentQuery extends MeetstreamError {
  readonly code = "INVALID_DOCUMENT_QUERY";
}

export class InvalidCursor extends MeetstreamError {
  readonly code = "INVALID_CURSOR";

  constructor() {
    super("the cursor is not one this store issued");
  }
}
