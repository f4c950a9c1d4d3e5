/**
 * The second half of host parsing: from "the input names build B (and maybe these
 * releases)" to a HostSpec, deciding kind and arch and saying how each was decided.
 */
import { didYouMean, suggestionList } from './did-you-mean';
import { domainError, type DomainError } from './errors';
import type { HostInputForm, HostSpec } from './host';
import type { Arch, HostKind, Release } from './release';
import type { ReleaseCatalog } from './release-catalog';
import { err, ok, type Result } from './result';
import { clip } from './windows-version';

export interface HostHints {
  readonly kind?: HostKind;
  readonly arch?: Arch;
}

/** What one input form yielded before kind, arch and release are settled. */
export interface HostReading {
  readonly form: HostInputForm;
  readonly build: number;
  readonly revision: number | null;
  readonly arch: Arch | null;
  /** Releases the input named (product, code, LTSC name); null when it gave only numbers. */
  readonly named: readonly Release[] | null;
  readonly kindFromInput: HostKind | null;
  /** Set when narrowing a name's releases chose the kind: by the hint or by preferring the server. */
  readonly kindBy?: 'argument' | 'default';
  readonly notes: readonly string[];
}

const KIND_WORD: Record<HostKind, string> = { server: 'SERVER', client: 'CLIENT' };
const other = (k: HostKind): HostKind => (k === 'server' ? 'client' : 'server');

/**
 * Narrows the releases a name or version code matched to one build: a server wins
 * over clients unless the hint asks for a client, then it must be unique.
 */
export interface Narrowed {
  readonly releases: Release[];
  readonly notes: string[];
  readonly kindBy?: 'argument' | 'default';
}

export function narrowNamed(input: string, named: readonly Release[], hints: HostHints): Result<Narrowed, DomainError> {
  let pool = hints.kind ? named.filter((r) => r.kind === hints.kind) : [...named];
  if (pool.length === 0)
    return err(
      domainError('CONFLICTING_INPUT', `host "${clip(input)}" names ${listNames(named)}, none of them a ${hints.kind}; ` +
        `hostKind ${KIND_WORD[hints.kind!]} contradicts it.`, input, { field: 'hostKind' }),
    );
  const notes: string[] = [];
  let kindBy: 'argument' | 'default' | undefined = hints.kind && pool.length < named.length ? 'argument' : undefined;
  if (distinctBuilds(pool) > 1 && !hints.kind) {
    const servers = pool.filter((r) => r.kind === 'server');
    if (servers.length > 0 && distinctBuilds(servers) === 1) {
      notes.push(`"${input}" names ${listNames(pool, true)}; read as the server — pass hostKind: CLIENT for a client.`);
      pool = servers;
      kindBy = 'default';
    }
  }
  if (distinctBuilds(pool) > 1)
    return err(
      domainError('AMBIGUOUS_VERSION', `host "${clip(input)}" names releases with different builds: ${listNames(pool, true)}. Name one of them.`,
        input, { field: 'host', suggestions: pool.map((r) => r.name) }),
    );
  return ok({ releases: pool, notes, kindBy });
}

export function finishHost(input: string, reading: HostReading, catalog: ReleaseCatalog, hints: HostHints): Result<HostSpec, DomainError> {
  const { build } = reading;
  const pool = reading.named ?? catalog.releasesWithBuild(build);
  const kinds = new Set(pool.map((r) => r.kind));
  const notes = [...reading.notes];
  const conflict = (why: string) => err(domainError('CONFLICTING_INPUT', why, input, { field: 'hostKind' }));
  let kind: HostKind;
  let kindSource: HostSpec['kindSource'];
  if (reading.kindFromInput) {
    [kind, kindSource] = [reading.kindFromInput, 'input'];
    if (hints.kind && hints.kind !== kind) return conflict(`host "${clip(input)}" is a ${kind}; hostKind ${KIND_WORD[hints.kind]} contradicts it.`);
  } else if (kinds.size === 1) {
    [kind, kindSource] = [pool[0].kind, reading.kindBy ?? 'catalog'];
    if (hints.kind && hints.kind !== kind)
      return conflict(`Build ${build} is only ${listNames(pool)}; no ${hints.kind} release has it, so hostKind ${KIND_WORD[hints.kind]} contradicts it.`);
  } else if (kinds.size === 0) {
    [kind, kindSource] = hints.kind ? [hints.kind, 'argument'] : ['server', 'default'];
    notes.push(`Build ${build} is not in the catalog; read as a ${kind}${hints.kind ? ' as hostKind says' : ' (pass hostKind: CLIENT for a client)'}.`);
  } else {
    const server = catalog.primaryRelease(build, 'server');
    const client = catalog.primaryRelease(build, 'client');
    [kind, kindSource] = hints.kind ? [hints.kind, 'argument'] : ['server', 'default'];
    notes.push(
      `Build ${build} is shared by ${server?.name} and ${client?.name}; read as the ${kind}` +
        (hints.kind ? ' as hostKind says.' : ` — pass hostKind: ${KIND_WORD[other(kind)]} for the ${other(kind)}.`),
    );
  }
  const ofKind = pool.filter((r) => r.kind === kind);
  const primary = catalog.primaryRelease(build, kind);
  const release = ofKind.find((r) => r === primary) ?? ofKind[0] ?? null;

  let arch: Arch;
  let archSource: HostSpec['archSource'];
  if (reading.arch) {
    [arch, archSource] = [reading.arch, 'input'];
    if (hints.arch && hints.arch !== arch)
      return err(domainError('CONFLICTING_INPUT', `host "${clip(input)}" says ${arch}; hostArch ${hints.arch} contradicts it.`, input, { field: 'hostArch' }));
  } else if (hints.arch) [arch, archSource] = [hints.arch, 'argument'];
  else {
    [arch, archSource] = ['amd64', 'default'];
    notes.push('No architecture given: read as amd64.');
  }
  if (reading.revision === null) notes.push('No revision given: the host revision is unknown (not 0).');
  return ok({
    input,
    form: reading.form,
    version: { major: 10, minor: 0, build, revision: reading.revision },
    kind,
    kindSource,
    arch,
    archSource,
    release,
    interpretation: notes,
  });
}

/** UNKNOWN_VERSION for a name, or AMBIGUOUS_VERSION for a bare family name ("Windows 11"). */
export function unknownName(input: string, normalized: string, catalog: ReleaseCatalog): DomainError {
  const family = /^(?:windows|win) ?(10|11)$/.exec(normalized)?.[1];
  const members = family
    ? catalog.releases.filter((r) => r.family === `windows-${family}`)
    : normalized === 'windows server'
      ? catalog.releases.filter((r) => r.kind === 'server')
      : [];
  if (members.length > 0)
    return domainError(
      'AMBIGUOUS_VERSION',
      `host "${clip(input)}" names a family of releases, not one: ${listNames(members)}. ` +
        `Add the version, e.g. "${members[members.length - 1].name}".`,
      input,
      { field: 'host', suggestions: members.map((r) => r.name) },
    );
  const suggestions = suggestionList(normalized, catalog.allAliases());
  return domainError('UNKNOWN_VERSION', `host "${clip(input)}" names no Windows release the catalog knows.${didYouMean(suggestions)}`, input, { field: 'host', suggestions });
}

const distinctBuilds = (rs: readonly Release[]) => new Set(rs.map((r) => r.build)).size;

const listNames = (rs: readonly Release[], withBuild = false): string => {
  const names = rs.map((r) => (withBuild ? `${r.name} (${r.build})` : r.name));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};
