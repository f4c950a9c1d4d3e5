/**
 * A Windows release as the rules see it: one build, one kind (server or client),
 * names people call it by, lifecycle dates and the floating MCR tags of its base images.
 */
export type HostKind = 'server' | 'client';
export type Arch = 'amd64' | 'arm64';
export type ReleaseFamily = 'windows-server' | 'windows-10' | 'windows-11';
export type Channel = 'LTSC' | 'SAC' | 'AC' | 'GA';

export interface Release {
  /** Stable slug, e.g. `ws2019`, `ws-1809`, `win10-1809`, `win11-24h2`. */
  readonly key: string;
  /** Microsoft's name, e.g. `Windows Server 2019`. */
  readonly name: string;
  readonly family: ReleaseFamily;
  readonly kind: HostKind;
  /** Version code, e.g. `1809`, `21H2`. */
  readonly versionCode: string;
  readonly build: number;
  readonly channel: Channel;
  /** `ltsc2019` for the LTSC server releases, else null. */
  readonly ltscName: string | null;
  /** Lower-case names a person may type for this release (name, short forms, ltsc name). */
  readonly aliases: readonly string[];
  /** ISO dates (YYYY-MM-DD). */
  readonly gaDate: string;
  readonly mainstreamEnd: string | null;
  readonly extendedEnd: string | null;
  /** Floating base-image tags per repository, e.g. `mcr.microsoft.com/windows/servercore` → [`ltsc2019`, `1809`]. */
  readonly baseImageTags: Readonly<Record<string, readonly string[]>>;
  readonly notes: string | null;
  readonly sources: readonly string[];
}

export type UpdateKind = 'security' | 'preview' | 'out-of-band';

/** A cumulative update: KB number → build.revision. One KB may cover several builds. */
export interface Update {
  /** `KB4041691` */
  readonly kb: string;
  readonly build: number;
  readonly revision: number;
  /** ISO date (YYYY-MM-DD). */
  readonly releaseDate: string;
  readonly product: string;
  readonly kind: UpdateKind;
  readonly source: string;
}

/** Last day of support of a release: the extended end where there is one. */
export const endOfSupport = (r: Release): string | null => r.extendedEnd ?? r.mainstreamEnd;

/** Whether a release is still serviced on `date` (ISO). A release with no end date is. */
export const isSupportedOn = (r: Release, date: string): boolean => {
  const end = endOfSupport(r);
  return r.gaDate <= date && (end === null || date <= end);
};
