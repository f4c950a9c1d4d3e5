import { PAGE_EXAMPLES } from '../fixtures/compat-examples';
import { gql } from '../support/graphql-client';
import { startTestService, type TestService } from '../support/test-service';

const CAN_RUN = /* GraphQL */ `
  query CanRun($host: String!, $image: String!, $hostKind: HostKind, $hostArch: Arch, $imageOsVersion: String) {
    canRun(host: $host, image: $image, hostKind: $hostKind, hostArch: $hostArch, imageOsVersion: $imageOsVersion) {
      summary
      recommendedIsolation
      process { support reasons { rule text source } }
      hyperv { support reasons { rule text source } }
      remediations { kind title snippet }
      notes { id text sources }
      host { version build revision kind kindSource release { name } interpretation }
      image { repository tag build revision osVersion arch origin versionSource floating release { name } }
    }
  }`;

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.stop());

describe('canRun over HTTP', () => {
  it('answers the question from the foundation issue, with reasons and fixes', async () => {
    const res = await gql(service.url, CAN_RUN, { host: '10.0.20348.2340', image: 'mcr.microsoft.com/windows/servercore:ltsc2019' });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const c = res.data!.canRun;
    expect(c.process.support).toBe('UNSUPPORTED');
    expect(c.process.reasons.at(-1).rule).toBe('same-build-required');
    expect(c.hyperv.support).toBe('SUPPORTED');
    expect(c.recommendedIsolation).toBe('HYPERV');
    expect(c.summary).toMatch(/^Only with Hyper-V isolation: mcr\.microsoft\.com\/windows\/servercore:ltsc2019 \(Windows Server 2019, 10\.0\.17763\.\d+\) on Windows Server 2022 \(10\.0\.20348\.2340\)/);
    expect(c.host).toMatchObject({ version: '10.0.20348.2340', build: 20348, revision: 2340, kind: 'SERVER', release: { name: 'Windows Server 2022' } });
    expect(c.image).toMatchObject({ repository: 'mcr.microsoft.com/windows/servercore', tag: 'ltsc2019', build: 17763, arch: 'AMD64', origin: 'BASE', floating: true });
    const kinds = c.remediations.map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['USE_HYPERV_ISOLATION', 'REBUILD_FROM', 'KUBERNETES_NODE_SELECTOR', 'SWARM_CONSTRAINT', 'DAEMON_HYPERV_DEFAULT']));
    const rebuild = c.remediations.find((r: { kind: string }) => r.kind === 'REBUILD_FROM');
    expect(rebuild.snippet).toBe('FROM mcr.microsoft.com/windows/servercore:ltsc2022');
    const k8s = c.remediations.find((r: { kind: string }) => r.kind === 'KUBERNETES_NODE_SELECTOR');
    expect(k8s.snippet).toContain("node.kubernetes.io/windows-build: '10.0.17763'");
  });

  it.each(PAGE_EXAMPLES.map((e) => [e.why, e] as const))('%s', async (_why, e) => {
    const res = await gql(service.url, CAN_RUN, {
      host: e.host,
      image: e.image,
      hostKind: e.hostKind?.toUpperCase(),
      hostArch: e.hostArch?.toUpperCase(),
      imageOsVersion: e.imageOsVersion,
    });
    expect(res.errors).toBeUndefined();
    const c = res.data!.canRun;
    expect({ hyperv: c.hyperv.support, process: c.process.support, rule: c.process.reasons.at(-1).rule }).toEqual({
      hyperv: e.hyperv,
      process: e.process,
      rule: e.processRule,
    });
  });

  it('says when a bare shared build was read as the server', async () => {
    const res = await gql(service.url, CAN_RUN, { host: '17763', image: 'mcr.microsoft.com/windows/nanoserver:1809' });
    const host = res.data!.canRun.host;
    expect(host).toMatchObject({ kind: 'SERVER', kindSource: 'default' });
    expect(host.interpretation.join(' ')).toMatch(/client/i);
  });
});
