import type { DomainError } from '../domain/errors';
import type { Result } from '../domain/result';

/** A domain error on its way to the GraphQL edge, where graphql/errors.ts gives it a typed code. */
export class DomainFailure extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
    this.name = 'DomainFailure';
  }
}

/** The value of a Result, or a DomainFailure carrying its error. */
export function valueOrFail<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new DomainFailure(result.error);
  return result.value;
}

/** A bad argument that is not a domain value (e.g. a cursor this service did not issue). */
export class InputFailure extends Error {
  constructor(
    readonly code: 'INVALID_CURSOR' | 'BAD_USER_INPUT',
    message: string,
    readonly field: string,
    readonly input: string,
  ) {
    super(message);
    this.name = 'InputFailure';
  }
}
