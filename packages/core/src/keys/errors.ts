import { MeetstreamError } from "../errors/meetstream-error";

export class InvalidSubjectId extends MeetstreamError {
  readonly code = "INVALID_SUBJECT_ID";

  constructor(readonly subjectId: unknown) {
    super(`${JSON.stringify(subjectId)} is not a subject id (a string of 1 to 200 characters)`);
  }
}

/**
 * The subject's key is gone, so the subject was erased: nothing new may be written for them, or it would
 * need a new key and outlive the erasure.
 */
export class PersonalDataErased extends MeetstreamError {
  readonly code = "PERSONAL_DATA_ERASED";

  constructor(readonly subjectId: string) {
    super(`the personal data of ${subjectId} was erased`);
  }
}

/**
 * Sealed personal data that does not open with its subject's key: it was altered, copied from another
 * subject, or is not sealed data at all. Refused rather than read as erased, so tampering is noticed.
 */
export class PersonalDataNotAuthentic extends MeetstreamError {
  readonly code = "PERSONAL_DATA_NOT_AUTHENTIC";

  constructor(readonly subjectId: string) {
    super(`personal data of ${subjectId} does not open with its key`);
  }
}
