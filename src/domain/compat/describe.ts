import type { HostSpec } from '../host';
import type { ImageSpec } from '../image';

/** Words for a host in reasons and summaries: "Windows Server 2022 (10.0.20348.2340)". */
export function describeHost(host: HostSpec): string {
  const v = host.version;
  const version = `${v.major}.${v.minor}.${v.build}${v.revision === null ? '' : `.${v.revision}`}`;
  return host.release ? `${host.release.name} (${version})` : `a Windows ${host.kind} host at ${version}`;
}

/** Words for an image: "mcr.microsoft.com/windows/servercore:ltsc2019 (Windows Server 2019, 10.0.17763.4010)". */
export function describeImage(image: ImageSpec): string {
  const ref = image.reference.tag ? `${image.reference.repository}:${image.reference.tag}` : image.reference.repository;
  if (image.build === null) return `${ref} (OS version unknown)`;
  const version = `10.0.${image.build}${image.revision === null ? '' : `.${image.revision}`}`;
  return image.release ? `${ref} (${image.release.name}, ${version})` : `${ref} (${version})`;
}

export const buildName = (build: number, name: string | undefined): string =>
  name ? `${name} (build ${build})` : `build ${build}`;
