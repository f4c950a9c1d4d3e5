import type { Arch, Release } from './release';

/** A parsed image reference: [registry/]repository[:tag][@digest]. */
export interface ImageReference {
  readonly input: string;
  /** Registry host, `docker.io` when none is given. */
  readonly registry: string;
  /** Path within the registry, e.g. `windows/servercore` (docker.io single names get `library/`). */
  readonly path: string;
  /** registry + path, e.g. `mcr.microsoft.com/windows/servercore`. */
  readonly repository: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

/** What kind of image a reference names. */
export type ImageOrigin =
  | 'base' // a Windows base image: mcr.microsoft.com/windows/{servercore,nanoserver,server} or /windows
  | 'derived' // a Microsoft image whose tag carries its base (…-windowsservercore-ltsc2022)
  | 'custom'; // anything else: its OS version is unknown unless the caller gives it

/** How the image's OS version was learned. */
export type ImageVersionSource =
  | 'catalog' // an image tag in the catalog (observed or derived)
  | 'version-tag' // the 10.0.B.R tag grammar
  | 'kb-tag' // <release>-KBnnnnnnn, through the update catalog
  | 'floating-tag' // a release tag (ltsc2019, 1809): the newest update the catalog knows
  | 'base-in-tag' // derived image: the base named in its tag; revision unknown
  | 'argument' // imageOsVersion given by the caller
  | 'unknown';

export interface ImageSpec {
  readonly reference: ImageReference;
  readonly origin: ImageOrigin;
  /** null when unknown (a custom image with no imageOsVersion). */
  readonly build: number | null;
  /** null when unknown (floating tags of derived images, or any unknown). */
  readonly revision: number | null;
  readonly arch: Arch;
  readonly archSource: 'tag' | 'catalog' | 'default';
  readonly versionSource: ImageVersionSource;
  /** True when the tag moves every month (ltsc2019, 1809): the revision is today's. */
  readonly floating: boolean;
  /** The release of the image's build (server release preferred). */
  readonly release: Release | null;
  /** How the reference was read, in words. */
  readonly interpretation: readonly string[];
}

/** A tag row as the catalog stores it. */
export interface ImageTagRecord {
  readonly repository: string;
  readonly tag: string;
  readonly build: number;
  readonly revision: number | null;
  readonly arch: Arch;
  /** observed: learned from a registry; derived: generated from Microsoft's conventions. */
  readonly origin: 'observed' | 'derived';
  readonly floating: boolean;
}
