/**
 * Every rejection Meetstream raises on purpose. The `code` travels to API clients unchanged,
 * so it is part of the public contract: rename a code only with a migration note.
 */
export abstract class MeetstreamError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
