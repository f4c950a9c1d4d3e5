import { gql } from '../support/graphql-client';
import { startTestService, type TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.stop());

const MATRIX = `query($hosts: [String!], $images: [String!], $isolation: Isolation) {
  compatibilityMatrix(hosts: $hosts, images: $images, isolation: $isolation) {
    isolation hosts images rows { host label cells { image support process hyperv reason } } } }`;

describe('compatibilityMatrix', () => {
  it('by default crosses every supported release with every repository\'s current LTSC tags', async () => {
    const res = await gql(service.url, MATRIX);
    expect(res.errors).toBeUndefined();
    const m = res.data!.compatibilityMatrix;
    expect(m.hosts).toEqual(expect.arrayContaining(['Windows Server 2016', 'Windows Server 2019', 'Windows Server 2022', 'Windows Server 2025']));
    expect(m.images).toEqual(expect.arrayContaining(['mcr.microsoft.com/windows/servercore:ltsc2022', 'mcr.microsoft.com/windows/nanoserver:ltsc2025']));
    for (const row of m.rows) expect(row.cells.map((c: { image: string }) => c.image)).toEqual(m.images);
    const ws2025 = m.rows.find((r: { label: string }) => r.label === 'Windows Server 2025');
    const cell = ws2025.cells.find((c: { image: string }) => c.image === 'mcr.microsoft.com/windows/servercore:ltsc2022');
    expect(cell).toMatchObject({ process: 'SUPPORTED', hyperv: 'SUPPORTED', support: 'SUPPORTED' });
  });

  it('agrees with canRun cell by cell', async () => {
    const hosts = ['10.0.20348.2340', 'Windows 11 23H2', '10.0.17763.5329'];
    const images = ['mcr.microsoft.com/windows/servercore:ltsc2019', 'mcr.microsoft.com/windows/nanoserver:ltsc2022'];
    const res = await gql(service.url, MATRIX, { hosts, images, isolation: 'PROCESS' });
    const m = res.data!.compatibilityMatrix;
    expect(m.isolation).toBe('PROCESS');
    for (const [r, host] of hosts.entries()) {
      for (const [c, image] of images.entries()) {
        const one = await gql(service.url, 'query($h: String!, $i: String!) { canRun(host: $h, image: $i) { process { support reasons { text } } } }', { h: host, i: image });
        expect(m.rows[r].cells[c].support).toBe(one.data!.canRun.process.support);
        expect(m.rows[r].cells[c].reason).toBe(one.data!.canRun.process.reasons.at(-1).text);
      }
    }
  });

  it('refuses an empty or oversized axis with a typed error', async () => {
    const res = await gql(service.url, MATRIX, { hosts: Array.from({ length: 51 }, () => '17763') });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hosts' });
  });
});
