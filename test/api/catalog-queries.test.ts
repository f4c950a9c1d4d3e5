import { gql } from '../support/graphql-client';
import { startTestService, type TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.stop());

describe('catalog queries', () => {
  it('lists the 30 bundled releases, and filters by kind and support date', async () => {
    const all = await gql(service.url, '{ releases { key build kind } }');
    expect(all.data!.releases).toHaveLength(30);
    const servers = await gql(service.url, '{ releases(kind: SERVER, supportedOn: "2026-12-04") { name } }');
    expect(servers.data!.releases.map((r: { name: string }) => r.name).sort()).toEqual(['Windows Server 2016', 'Windows Server 2019', 'Windows Server 2022', 'Windows Server 2025']);
  });

  it('reads a build as the server unless asked for the client', async () => {
    const res = await gql(service.url, '{ s: release(build: 26100) { name } c: release(build: 26100, kind: CLIENT) { name } none: release(build: 12345) { name } }');
    expect(res.data).toEqual({ s: { name: 'Windows Server 2025' }, c: { name: 'Windows 11, version 24H2' }, none: null });
  });

  it('maps a KB to the revision it brings', async () => {
    const res = await gql(service.url, '{ update(kb: "kb4041691") { kb version releaseDate kind } }');
    expect(res.data!.update).toEqual([{ kb: 'KB4041691', version: '10.0.14393.1770', releaseDate: '2017-10-10', kind: 'SECURITY' }]);
  });

  it('resolves every tag form of the page to the same build', async () => {
    const q = `{ a: resolveImage(reference: "mcr.microsoft.com/windows/nanoserver:1809") { build floating }
                 b: resolveImage(reference: "mcr.microsoft.com/windows/nanoserver:1809-KB4493509") { build revision }
                 c: resolveImage(reference: "mcr.microsoft.com/windows/nanoserver:10.0.17763.437") { build revision }
                 d: resolveImage(reference: "mcr.microsoft.com/windows/servercore:10.0.17763.5329-amd64") { build revision arch } }`;
    const res = await gql(service.url, q);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      a: { build: 17763, floating: true },
      b: { build: 17763, revision: 437 },
      c: { build: 17763, revision: 437 },
      d: { build: 17763, revision: 5329, arch: 'AMD64' },
    });
  });

  it('lists the hosts that run an image, with the modes that work', async () => {
    const res = await gql(service.url, '{ hostsForImage(image: "mcr.microsoft.com/windows/servercore:ltsc2022") { release { name kind } isolationModes } }');
    const byName = Object.fromEntries(res.data!.hostsForImage.map((h: { release: { name: string }; isolationModes: string[] }) => [h.release.name, h.isolationModes]));
    expect(byName['Windows Server 2022']).toEqual(['PROCESS', 'HYPERV']);
    expect(byName['Windows Server 2025']).toEqual(['PROCESS', 'HYPERV']);
    expect(byName['Windows Server 2019']).toBeUndefined();
    expect(byName['Windows 10, version 22H2']).toBeUndefined();
  });
});

describe('imagesForHost', () => {
  const PAGE = `query($after: String) { imagesForHost(host: "10.0.17763.5329", repository: "mcr.microsoft.com/windows/nanoserver", first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor support node { reference build revision } } } }`;

  it('walks every page without gaps or repeats, and every tag is one canRun accepts', async () => {
    const seen: { reference: string; build: number; revision: number }[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const res: Awaited<ReturnType<typeof gql<any>>> = await gql<any>(service.url, PAGE, { after });
      expect(res.errors).toBeUndefined();
      const conn: any = res.data!.imagesForHost;
      total = conn.totalCount;
      seen.push(...conn.edges.map((e: { node: never }) => e.node));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(0);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((t) => t.reference)).size).toBe(total);
    expect(seen.every((t) => t.build === 17763 && t.revision >= 1039)).toBe(true); // the 2B baseline keeps pre-2020 images out
    for (const t of seen.filter((_, i) => i % 25 === 0)) {
      const check = await gql(service.url, 'query($i: String!) { canRun(host: "10.0.17763.5329", image: $i) { process { support } } }', { i: t.reference });
      expect(check.data!.canRun.process.support).toBe('SUPPORTED');
    }
  });

  it('with Hyper-V isolation, includes older builds', async () => {
    const res = await gql(service.url, '{ imagesForHost(host: "ltsc2022", isolation: HYPERV, first: 100) { totalCount edges { node { build } } } }');
    const proc = await gql(service.url, '{ imagesForHost(host: "ltsc2022", first: 1) { totalCount } }');
    expect(res.data!.imagesForHost.totalCount).toBeGreaterThan(proc.data!.imagesForHost.totalCount);
  });
});
