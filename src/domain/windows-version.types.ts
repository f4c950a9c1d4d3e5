/** A Windows version: major.minor.build.revision. A revision that was not given is null: unknown, not zero. */
export interface WindowsVersion {
  readonly major: number;
  readonly minor: number;
  readonly build: number;
  readonly revision: number | null;
}
