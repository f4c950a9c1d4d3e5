/** A kubectl node inventory over HTTP: Windows nodes stored, Linux skipped, and which nodes run an image. */
import fs from 'node:fs';
import type { TestService } from '../support/test-service';
import { createToken, gqlAs, REPORT_FIELDS, startIngestService } from './http-support';
import { fixture } from './ingest-support';

let service: TestService;
let bearer: string;
beforeAll(async () => {
  service = await startIngestService();
  bearer = `Bearer ${(await createToken(service, 'inventory')).token}`;
});
afterAll(() => service.stop());

const NODES_JSON = fs.readFileSync(fixture('nodes.json'), 'utf8');
const INGEST = `mutation($c: String!, $cluster: String!) { ingestNodes(content: $c, cluster: $cluster) { ${REPORT_FIELDS} } }`;
const FOR_IMAGE = `query($i: String!, $cluster: String) { nodesForImage(image: $i, cluster: $cluster) {
  node { name osVersion } isolationModes recommendedIsolation host { form version release { name } } } }`;

it('ingests `kubectl get nodes -o json`: 3 Windows nodes, the Linux node skipped; the catalog version does not move', async () => {
  const version = (await service.database.prisma.catalogState.findUnique({ where: { id: 1 } }))!.version;
  const res = await gqlAs(service.url, bearer, INGEST, { c: NODES_JSON, cluster: 'aks-weu' });
  expect(res.errors).toBeUndefined();
  expect(res.data!.ingestNodes).toMatchObject({ kind: 'NODES', status: 'COMPLETED', rowsRead: 4, inserted: 3, skipped: 1, rejected: 0, changed: true, catalogVersion: version });
  const nodes = await gqlAs(service.url, null, '{ nodes(cluster: "aks-weu") { name arch windowsBuild build revision osVersion osImage } }');
  expect(nodes.data!.nodes).toEqual([
    { name: 'akswin19000000', arch: 'AMD64', windowsBuild: '10.0.17763', build: 17763, revision: 8880, osVersion: '10.0.17763.8880', osImage: 'Windows Server 2019 Datacenter' },
    { name: 'akswin22000000', arch: 'AMD64', windowsBuild: '10.0.20348', build: 20348, revision: 5256, osVersion: '10.0.20348.5256', osImage: 'Windows Server 2022 Datacenter' },
    { name: 'akswin22000001', arch: 'AMD64', windowsBuild: '10.0.20348', build: 20348, revision: 4052, osVersion: '10.0.20348.4052', osImage: 'Windows Server 2022 Datacenter' },
  ]);
});

it('nodesForImage: the rules engine decides per node (ltsc2022 on the 2022 nodes only; ltsc2019 everywhere, Hyper-V on 2022)', async () => {
  const ltsc2022 = await gqlAs(service.url, null, FOR_IMAGE, { i: 'mcr.microsoft.com/windows/servercore:ltsc2022', cluster: 'aks-weu' });
  expect(ltsc2022.errors).toBeUndefined();
  expect(ltsc2022.data!.nodesForImage.map((n: any) => [n.node.name, n.isolationModes])).toEqual([
    ['akswin22000000', ['PROCESS', 'HYPERV']],
    ['akswin22000001', ['PROCESS', 'HYPERV']],
  ]);
  const ltsc2019 = await gqlAs(service.url, null, FOR_IMAGE, { i: 'mcr.microsoft.com/windows/servercore:ltsc2019' });
  const byName = Object.fromEntries(ltsc2019.data!.nodesForImage.map((n: any) => [n.node.name, n]));
  expect(byName.akswin19000000).toMatchObject({ isolationModes: ['PROCESS', 'HYPERV'], recommendedIsolation: 'PROCESS', host: { form: 'kubectl-kernel', release: { name: 'Windows Server 2019' } } });
  expect(byName.akswin22000000).toMatchObject({ isolationModes: ['HYPERV'], recommendedIsolation: 'HYPERV' });
});

it('the same inventory again: unchanged; a node gone from it is removed, a patched one updated', async () => {
  const again = await gqlAs(service.url, bearer, INGEST, { c: NODES_JSON, cluster: 'aks-weu' });
  expect(again.data!.ingestNodes).toMatchObject({ unchanged: 3, changed: false });
  const doc = JSON.parse(NODES_JSON);
  doc.items = doc.items.filter((n: any) => n.metadata.name !== 'akswin19000000');
  doc.items.find((n: any) => n.metadata.name === 'akswin22000001').status.nodeInfo.kernelVersion = '10.0.20348.5256';
  const next = await gqlAs(service.url, bearer, INGEST, { c: JSON.stringify(doc), cluster: 'aks-weu' });
  expect(next.data!.ingestNodes).toMatchObject({ status: 'COMPLETED', unchanged: 1, updated: 1, removed: 1, skipped: 1 });
  expect((await gqlAs(service.url, null, '{ nodes { name osVersion } }')).data!.nodes).toEqual([
    { name: 'akswin22000000', osVersion: '10.0.20348.5256' },
    { name: 'akswin22000001', osVersion: '10.0.20348.5256' },
  ]);
});

it('a node whose label contradicts its kernel, or with an unreadable kernel version, is rejected with its line', async () => {
  const doc = JSON.parse(NODES_JSON);
  doc.items[1].metadata.labels['node.kubernetes.io/windows-build'] = '10.0.17763';
  doc.items[2].status.nodeInfo.kernelVersion = 'banana';
  const res = await gqlAs(service.url, bearer, INGEST, { c: JSON.stringify(doc, null, 2), cluster: 'other' });
  expect(res.data!.ingestNodes).toMatchObject({ status: 'REJECTED', rejected: 2, inserted: 0 });
  const problems = res.data!.ingestNodes.problems;
  expect(problems.map((p: any) => p.field)).toEqual(['node.kubernetes.io/windows-build', 'status.nodeInfo.kernelVersion']);
  expect(problems[0].reason).toBe('akswin22000000: the label says build 17763, the kernel version "10.0.20348.5256" build 20348');
  expect(problems[0].line).toBeGreaterThan(3);
});
