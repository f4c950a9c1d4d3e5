/**
 * The closed list of domain error codes. Each is an expected outcome of bad
 * input, returned as a value; the GraphQL edge maps each code to a typed error
 * (graphql/errors.ts). Programmer errors use `invariant` and throw.
 */
export type DomainErrorCode =
  | 'INVALID_VERSION' // not a Windows version in any form we read
  | 'UNKNOWN_VERSION' // well-formed, but names nothing in the catalog (a product, code or build)
  | 'AMBIGUOUS_VERSION' // names several releases with different builds; a hint is needed
  | 'UNKNOWN_KB' // a KB number the catalog does not map to a revision
  | 'INVALID_IMAGE_REFERENCE' // not an image reference by the distribution grammar
  | 'UNKNOWN_TAG' // a Microsoft repository with a tag outside its grammar or catalog
  | 'LATEST_TAG_NOT_PUBLISHED' // `latest` on a Windows base image (gone since 2019-04-16)
  | 'CONFLICTING_INPUT'; // two inputs that contradict each other (e.g. hostKind vs the build)

export interface DomainError {
  readonly code: DomainErrorCode;
  readonly message: string;
  /** The offending input, exactly as given. */
  readonly input: string;
  /** Which argument it came from, e.g. `host`, `image`, `imageOsVersion`. */
  readonly field?: string;
  /** Near-misses the caller probably meant. */
  readonly suggestions?: readonly string[];
}

export const domainError = (
  code: DomainErrorCode,
  message: string,
  input: string,
  extra: { field?: string; suggestions?: readonly string[] } = {},
): DomainError => ({ code, message, input, ...extra });

/** Thrown only for programmer errors: a state the code promised could not happen. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant violation: ${message}`);
}

export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
