import { checkCompat } from '../../src/domain/compat/check-compat';
import { hostOfRelease, imageOfRelease } from '../../src/domain/compat/synthetic';
import type { Release } from '../../src/domain/release';
import { seedCatalog } from '../fixtures/catalog';
import {
  CHINESE_EDITION,
  CLIENT_HOSTS,
  type MatrixRow,
  SAC_CLIENT_HOSTS_2021,
  SAC_SERVER_HOSTS_2019,
  SAC_SERVER_HOSTS_2021,
  SERVER_HOSTS,
} from '../fixtures/compat-matrix';

const catalog = seedCatalog();
const release = (key: string): Release => {
  const found = catalog.releases.find((r) => r.key === key);
  if (!found) throw new Error(`no release ${key} in the seed catalog`);
  return found;
};

/** Both sides at the newest Patch Tuesday revision of their build, so revision rules are satisfied
 *  whenever the builds match (the matrices speak of builds, the examples of revisions). */
function judge([hostKey, imageKey]: MatrixRow) {
  const host = release(hostKey);
  const image = release(imageKey);
  const rev = (build: number) => catalog.latestSecurityUpdate(build)?.revision ?? null;
  const repo = 'mcr.microsoft.com/windows/servercore';
  return checkCompat(hostOfRelease(host, rev(host.build)), imageOfRelease(image, repo, image.ltscName ?? image.versionCode, rev(image.build)), catalog);
}

describe.each([
  ['current page, Windows Server hosts', SERVER_HOSTS],
  ['current page, Windows client hosts', CLIENT_HOSTS],
  ['Chinese edition', CHINESE_EDITION],
  ['2021-09 edition, Semi-Annual server hosts', SAC_SERVER_HOSTS_2021],
  ['2019-08 edition, 1709/1803 server hosts', SAC_SERVER_HOSTS_2019],
  ['2021-09 edition, client hosts under today\'s rules', SAC_CLIENT_HOSTS_2021],
])('%s', (_name, rows) => {
  it.each(rows.map((r) => [...r] as const))('host %s, image %s: Hyper-V %s, process %s', (...row) => {
    const verdict = judge(row as unknown as MatrixRow);
    expect([verdict.hyperv.support, verdict.process.support]).toEqual([row[2], row[3]]);
  });
});

describe('every verdict explains itself', () => {
  const rows = [...SERVER_HOSTS, ...CLIENT_HOSTS, ...SAC_SERVER_HOSTS_2021];
  it.each(rows.map((r) => [...r] as const))('host %s, image %s', (...row) => {
    const verdict = judge(row as unknown as MatrixRow);
    for (const v of [verdict.process, verdict.hyperv]) {
      expect(v.reasons.length).toBeGreaterThan(0);
      for (const reason of v.reasons) {
        expect(reason.text.length).toBeGreaterThan(20);
        expect(reason.source).toMatch(/Microsoft|hcsshim|containerd|moby|Kubernetes|GitHub/);
      }
    }
    expect(verdict.summary).toMatch(/^(Yes|Only|No|Cannot tell)/);
    expect(verdict.summary).not.toMatch(/\n/);
  });
});

describe('properties of the rules', () => {
  const servers = catalog.releases.filter((r) => r.kind === 'server');
  const pairs = catalog.releases.flatMap((h) => servers.map((i) => [h.key, i.key, 'UNKNOWN', 'UNKNOWN'] as MatrixRow));

  it('never answers SUPPORTED in process isolation when Hyper-V is not (process is the stricter mode)', () => {
    for (const row of pairs) {
      const v = judge(row);
      if (v.process.support === 'SUPPORTED') expect(v.hyperv.support).toBe('SUPPORTED');
    }
  });

  it('never runs an image of a newer build than the host, in either mode', () => {
    for (const row of pairs) {
      const v = judge(row);
      if (release(row[1]).build > release(row[0]).build) {
        expect([v.process.support, v.hyperv.support]).toEqual(['UNSUPPORTED', 'UNSUPPORTED']);
      }
    }
  });

  it('recommends an isolation mode exactly when one of them works', () => {
    for (const row of pairs) {
      const v = judge(row);
      const works = v.process.support === 'SUPPORTED' || v.hyperv.support === 'SUPPORTED' || v.process.support === 'PREVIEW';
      expect(v.recommendedIsolation !== null).toBe(works);
    }
  });

  it('offers a fix whenever process isolation does not simply work', () => {
    for (const row of pairs) {
      const v = judge(row);
      if (v.process.support !== 'SUPPORTED') expect(v.remediations.length).toBeGreaterThan(0);
      else expect(v.remediations).toEqual([]);
    }
  });
});
