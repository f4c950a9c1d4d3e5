/**
 * imagesForHost's filter (collapse): whatever the catalog holds, it must match exactly the present
 * versions the engine accepted, no more (a wrong "yes") and no fewer, while staying short.
 */
import fc from 'fast-check';
import type { AcceptedVersion } from '../../src/domain/compat/accepted-versions';
import type { AllowedVersion } from '../../src/data/ports';
import { collapse } from '../../src/services/image-search.service';

const matches = (filter: readonly AllowedVersion[], v: AllowedVersion): boolean =>
  filter.some((f) =>
    f.build === v.build &&
    (f.revision === null || (v.revision !== null && v.revision >= f.revision && v.revision <= (f.throughRevision ?? f.revision))),
  );

describe('collapse', () => {
  it('turns whole builds into one filter and runs of accepted revisions into ranges', () => {
    const present = [1, 2, 3, 5, 7, 8].map((revision) => ({ build: 20348, revision })).concat([{ build: 17763, revision: 1 }, { build: 17763, revision: 9 }]);
    const accepted: AcceptedVersion[] = [1, 2, 3, 7].map((revision) => ({ build: 20348, revision, support: 'SUPPORTED' as const }))
      .concat([{ build: 17763, revision: 1, support: 'SUPPORTED' }, { build: 17763, revision: 9, support: 'SUPPORTED' }]);
    expect(collapse(accepted, present)).toEqual([
      { build: 17763, revision: null },
      { build: 20348, revision: 1, throughRevision: 3 },
      { build: 20348, revision: 7, throughRevision: 7 },
    ]);
  });

  it('matches exactly the accepted present versions (never an unknown revision of a partly accepted build)', () => {
    const version = fc.record({ build: fc.constantFrom(14393, 17763, 20348), revision: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }) });
    fc.assert(
      fc.property(fc.uniqueArray(version, { selector: (v) => `${v.build}.${v.revision}` }), fc.func(fc.boolean()), (present, pick) => {
        const accepted = present.filter((v) => pick(`${v.build}.${v.revision}`)).map((v) => ({ ...v, support: 'SUPPORTED' as const }));
        const filter = collapse(accepted, present);
        const wholeBuilds = new Set(filter.filter((f) => f.revision === null).map((f) => f.build));
        for (const v of present) {
          const isAccepted = accepted.some((a) => a.build === v.build && a.revision === v.revision);
          // Unknown revisions are listed only when their whole build is accepted.
          const expected = isAccepted && (v.revision !== null || wholeBuilds.has(v.build));
          expect(matches(filter, v)).toBe(expected);
        }
        expect(filter.length).toBeLessThanOrEqual(Math.max(1, accepted.length));
      }),
      { numRuns: 300 },
    );
  });
});
