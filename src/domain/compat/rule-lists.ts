import type { CompatRule } from './rule';
import type { Isolation } from './verdict';
import { architecturesMustMatch } from './rules/architectures-must-match';
import { clientHostProcess } from './rules/client-host-process';
import { containersNeed14393 } from './rules/containers-need-14393';
import { feb2020Baseline } from './rules/feb-2020-baseline';
import { hostBuildNotInCatalog } from './rules/host-build-not-in-catalog';
import { hypervRunsOlderImages } from './rules/hyperv-runs-older-images';
import { imageNotNewerThanHost } from './rules/image-not-newer-than-host';
import { imageVersionMustBeKnown } from './rules/image-version-must-be-known';
import { sameBuildRequired } from './rules/same-build-required';
import { sameBuildRuns } from './rules/same-build-runs';
import { serverStableAbi } from './rules/server-stable-abi';
import { ws2016RevisionMustMatch } from './rules/ws2016-revision-must-match';

/** Rules that hold in both modes, in the order they are asked. */
const COMMON: readonly CompatRule[] = [containersNeed14393, imageVersionMustBeKnown, architecturesMustMatch, imageNotNewerThanHost];

/**
 * The rules per isolation mode, asked in order; the first that decides gives the verdict, and the
 * last of each list always decides. Read top to bottom next to Microsoft's page.
 */
export const RULES: Readonly<Record<Isolation, readonly CompatRule[]>> = Object.freeze({
  process: Object.freeze([
    ...COMMON,
    clientHostProcess,
    hostBuildNotInCatalog,
    serverStableAbi,
    sameBuildRequired,
    ws2016RevisionMustMatch,
    feb2020Baseline,
    sameBuildRuns,
  ]),
  hyperv: Object.freeze([...COMMON, hypervRunsOlderImages]),
});

/**
 * Bump when a rule changes what it answers: it is part of every cache key, so no cached
 * verdict outlives the rules that made it.
 */
export const RULES_VERSION = '2026-12-04.1';
