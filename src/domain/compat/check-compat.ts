import type { HostSpec } from '../host';
import type { ImageSpec } from '../image';
import type { ReleaseCatalog } from '../release-catalog';
import { evaluateIsolation } from './evaluate-rules';
import { remediationsFor } from './remediations';
import { sourceNotes } from './source-notes';
import { recommendIsolation, summarize } from './summary';
import type { Compatibility } from './verdict';

/**
 * Can `image` run on `host`, in which isolation mode, why, and how to fix it: a pure function
 * of the two parsed inputs and the catalog, as hcsshim's CheckHostAndContainerCompat is of two versions.
 */
export function checkCompat(host: HostSpec, image: ImageSpec, catalog: ReleaseCatalog): Compatibility {
  const ctx = { host, image, catalog };
  const process = evaluateIsolation(ctx, 'process');
  const hyperv = evaluateIsolation(ctx, 'hyperv');
  return {
    host,
    image,
    process,
    hyperv,
    recommendedIsolation: recommendIsolation(process, hyperv),
    summary: summarize(ctx, process, hyperv),
    remediations: remediationsFor(ctx, process, hyperv),
    notes: sourceNotes(ctx),
  };
}
