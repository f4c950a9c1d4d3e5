/**
 * A Windows host in any of the forms people paste (HostInputForm), after trimming
 * and collapsing whitespace, case-insensitive:
 *
 *   host        := ver-output | kernel | buildlabex | kb | version | build-rev | build | name
 *   ver-output  := [ "Microsoft Windows " ] "[Version " version "]" [ any ]
 *   kernel      := "10.0 " build " (" buildlabex ")"                  (kubectl describe node)
 *   buildlabex  := build "." revision "." arch ("fre"|"chk") "." branch "." yymmdd "-" hhmm
 *   kb          := "KB" digit{6,7}
 *   version     := "10.0." build [ "." revision ]                    (10.0.B is the k8s windows-build label)
 *   build-rev   := build "." revision
 *   build       := 5 digits, 10240..65535
 *   name        := product name | version code (1809, 20H2) | LTSC name (ltsc2019), as catalog aliases
 *
 * An optional Kubernetes label key ("node.kubernetes.io/windows-build=") is dropped first.
 * Every pattern is anchored with bounded repeats, so hostile input stays linear.
 */
import { domainError, type DomainError } from './errors';
import type { HostInputForm, HostSpec } from './host';
import { finishHost, narrowNamed, unknownName, type HostHints, type HostReading } from './host-release';
import type { Arch } from './release';
import { normalizeAlias, type ReleaseCatalog } from './release-catalog';
import { err, ok, type Result } from './result';
import { clip, isWindows10, MAX_VERSION_INPUT, parseWindowsVersion } from './windows-version';

export type { HostHints } from './host-release';

const LABEL_KEY = /^(?:[a-z0-9.-]{1,253}\/)?(?:windows-build|osbuild) ?[=:] ?/i;
const VER_OUTPUT = /^(?:microsoft windows )?\[version ([0-9.]{1,40})\]/i;
const KERNEL = /^(\d{1,3}\.\d{1,3}) (\d{1,5}) \(([^()]{1,160})\)$/;
const BUILDLABEX = /^(\d{1,5})\.(\d{1,5})\.([a-z0-9]{1,12}?)(?:fre|chk)\.[a-z0-9_]{1,64}\.\d{6}-\d{4}$/i;
const KB = /^kb\d{6,7}$/i;
const NUMERIC = /^\d{1,6}(?:\.\d{1,6}){0,3}$/;
const EDITIONS = /\b(?:datacenter|standard|essentials|pro|professional|enterprise|education|home|edition)\b/g;
const FIRST_WINDOWS_10_BUILD = 10240;

export function parseHostInput(input: string, catalog: ReleaseCatalog, hints: HostHints = {}): Result<HostSpec, DomainError> {
  const reading = readHost(input, catalog, hints);
  return reading.ok ? finishHost(input, reading.value, catalog, hints) : reading;
}

function readHost(input: string, catalog: ReleaseCatalog, hints: HostHints): Result<HostReading, DomainError> {
  const invalid = (why: string) =>
    err(domainError('INVALID_VERSION', `host "${clip(input)}" is not a Windows version: ${why}`, input, { field: 'host' }));
  if (input.length > MAX_VERSION_INPUT) return invalid(`longer than ${MAX_VERSION_INPUT} characters`);
  const text = input.trim().replace(/\s+/g, ' ').replace(LABEL_KEY, '');
  if (text === '') return invalid('it is empty');

  const ver = VER_OUTPUT.exec(text);
  if (ver) return fromVersion(ver[1], 'ver-output', invalid);
  const kernel = KERNEL.exec(text);
  if (kernel) {
    if (kernel[1] !== '10.0') return invalid('Windows containers need Windows 10.0 builds');
    const lab = fromBuildLabEx(kernel[3], 'kubectl-kernel', invalid);
    if (lab && lab.ok && lab.value.build !== Number(kernel[2]))
      return invalid(`the kernel version says build ${kernel[2]} but its BuildLabEx says ${lab.value.build}`);
    return lab ?? invalid('expected "10.0 <build> (<BuildLabEx>)"');
  }
  const lab = fromBuildLabEx(text, 'buildlabex', invalid);
  if (lab) return lab;
  if (KB.test(text)) return fromKb(input, text.toUpperCase(), catalog, hints);
  if (NUMERIC.test(text)) {
    const parts = text.split('.');
    if (parts.length >= 3) return fromVersion(text, 'version', invalid);
    if (parts.length === 2 && text === '10.0') return invalid('10.0 is only the major.minor of every Windows 10 and later; add the build, e.g. 10.0.20348');
    if (parts.length === 1 && parts[0].length === 4) return fromName(input, text, catalog, hints);
    const build = Number(parts[0]);
    if (!/^[1-9]\d{4}$/.test(parts[0]) || build < FIRST_WINDOWS_10_BUILD || build > 65535)
      return invalid(`a build is a number from ${FIRST_WINDOWS_10_BUILD} to 65535, e.g. 17763 or 17763.4010`);
    if (parts.length === 1) return ok(numeric('build-revision', build, null));
    return fromVersion(`10.0.${text}`, 'build-revision', invalid);
  }
  // Digits and dots that fit no version form, or a version with junk after it: a bad version, not a name.
  if (/^\d[\d.]*$/.test(text)) return invalid('each part of major.minor.build.revision is a number up to 65535, e.g. 10.0.17763.4010');
  if (/^\d{1,6}\.\d/.test(text)) return invalid('expected major.minor.build[.revision] in digits, e.g. 10.0.17763.4010');
  return fromName(input, text, catalog, hints);
}

const numeric = (form: HostInputForm, build: number, revision: number | null, arch: Arch | null = null, notes: string[] = []): HostReading =>
  ({ form, build, revision, arch, named: null, kindFromInput: null, notes });

function fromVersion(text: string, form: HostInputForm, invalid: (why: string) => Result<never, DomainError>): Result<HostReading, DomainError> {
  const v = parseWindowsVersion(text, 'host');
  if (!v.ok) return invalid(v.error.message.replace(/^.*?: /, ''));
  if (!isWindows10(v.value)) return invalid(`Windows containers need Windows 10.0 builds (Windows Server 2016, Windows 10 and later), not ${v.value.major}.${v.value.minor}`);
  return ok(numeric(form, v.value.build, v.value.revision));
}

function fromBuildLabEx(text: string, form: HostInputForm, invalid: (why: string) => Result<never, DomainError>): Result<HostReading, DomainError> | null {
  const m = BUILDLABEX.exec(text);
  if (!m) return null;
  const arch = m[3].toLowerCase();
  if (arch !== 'amd64' && arch !== 'arm64') return invalid(`architecture "${arch}": Windows containers run on amd64 or arm64 hosts`);
  const v = fromVersion(`10.0.${m[1]}.${m[2]}`, form, invalid);
  return v.ok ? ok({ ...v.value, arch, notes: [`BuildLabEx ${m[0]}: build ${m[1]}, revision ${m[2]}, ${arch}.`] }) : v;
}

function fromKb(input: string, kb: string, catalog: ReleaseCatalog, hints: HostHints): Result<HostReading, DomainError> {
  const updates = catalog.updatesForKb(kb);
  if (updates.length === 0)
    return err(domainError('UNKNOWN_KB', `${kb} is not an update the catalog maps to a Windows build; give the host version instead (run "ver").`, input, { field: 'host' }));
  const byBuild = new Map<number, number>();
  for (const u of updates) byBuild.set(u.build, Math.max(byBuild.get(u.build) ?? 0, u.revision));
  let builds = [...byBuild.keys()];
  if (builds.length > 1 && hints.kind) {
    const ofKind = builds.filter((b) => catalog.releasesWithBuild(b).some((r) => r.kind === hints.kind));
    if (ofKind.length > 0) builds = ofKind;
  }
  const versions = builds.map((b) => `10.0.${b}.${byBuild.get(b)}`);
  if (builds.length > 1) {
    const named = versions.map((v, i) => `${v} (${catalog.primaryRelease(builds[i])?.name ?? 'unknown release'})`);
    const message = `${kb} updates several builds: ${named.join(', ')}. Give the host version instead.`;
    return err(domainError('AMBIGUOUS_VERSION', message, input, { field: 'host', suggestions: versions }));
  }
  const date = updates.find((u) => u.build === builds[0])?.releaseDate;
  return ok(numeric('kb', builds[0], byBuild.get(builds[0])!, null, [`${kb} is ${versions[0]} (released ${date}).`]));
}

function fromName(input: string, text: string, catalog: ReleaseCatalog, hints: HostHints): Result<HostReading, DomainError> {
  const normalized = normalizeAlias(
    text.toLowerCase().replace(/[®™]|\((?:r|tm)\)/g, '').replace(/^microsoft /, '').replace(EDITIONS, ' ').replace(/^ltsc (\d{4})$/, 'ltsc$1'),
  ).replace(/ {2,}/g, ' ').replace(/ ,/g, ',').replace(/,$/, '');
  const form: HostInputForm = /^ltsc\d{4}$/.test(normalized) ? 'ltsc-name' : /^(?:\d{4}|\d{2}h\d)$/.test(normalized) ? 'version-code' : 'product-name';
  const named = catalog.releasesNamed(normalized);
  if (named.length === 0) return err(unknownName(input, normalized, catalog));
  const narrowed = narrowNamed(input, named, hints);
  if (!narrowed.ok) return narrowed;
  const { releases, notes, kindBy } = narrowed.value;
  const kinds = new Set(named.map((r) => r.kind));
  const kindFromInput = form !== 'version-code' && kinds.size === 1 ? named[0].kind : null;
  const build = releases[0].build;
  const said = `"${text}" is ${releases.map((r) => r.name).join(' / ')}, build ${build}.`;
  return ok({ form, build, revision: null, arch: null, named: releases, kindFromInput, kindBy, notes: [said, ...notes] });
}
