/**
 * The pure ingestion parsers (src/domain/ingest), without a database: tables of inputs and their
 * readings, and fuzzing that none of them throws on any input.
 */
import fc from 'fast-check';
import { CsvRecordReader } from '../../src/domain/ingest/csv-records';
import { linesOf, parseJsonDocument } from '../../src/domain/ingest/json-document';
import { nodeHost, readKubeNode } from '../../src/domain/ingest/kube-node';
import { compareTag, isPinnedTag } from '../../src/domain/ingest/tag-change';
import { readTagIndex, readTagListHead } from '../../src/domain/ingest/tag-list';
import { readUpdateRow } from '../../src/domain/ingest/update-row';
import type { ImageTagRecord } from '../../src/domain/image';
import { seedCatalog } from '../fixtures/catalog';

const catalog = seedCatalog();

describe('CsvRecordReader', () => {
  const read = (...lines: string[]) => {
    const r = new CsvRecordReader();
    return lines.map((l, i) => r.feed(l, i + 1)).filter((x) => x !== null);
  };
  it.each([
    ['plain', ['a,b,c'], [{ line: 1, fields: ['a', 'b', 'c'] }]],
    ['quoted commas and doubled quotes', ['KB1,"x, ""y""",z'], [{ line: 1, fields: ['KB1', 'x, "y"', 'z'] }]],
    ['a quoted line break: one record, from its first line', ['a,"one', 'two",b'], [{ line: 1, fields: ['a', 'one\ntwo', 'b'] }]],
    ['empty fields', [',,'], [{ line: 1, fields: ['', '', ''] }]],
    ['text after a closing quote joins the field', ['"ab"c,d'], [{ line: 1, fields: ['abc', 'd'] }]],
  ])('%s', (_what, lines, records) => {
    expect(read(...lines)).toEqual(records);
  });
  it('an unclosed quote stays pending, then is too long', () => {
    const r = new CsvRecordReader(10);
    expect(r.feed('a,"open', 4)).toBeNull();
    expect(r.pending && r.pendingLine).toBe(4);
    expect(r.feed('more text', 5)).toMatch(/starting on line 4 is longer than 10 characters/);
  });
});

describe('parseJsonDocument', () => {
  it('gives the start line of each element of the main array', () => {
    const doc = parseJsonDocument('{\n "tags": [\n  "a",\n  "b,]{"\n ],\n "indexes": [{"x": [1,\n2]}, {}]\n}', 2);
    expect(doc.ok && linesOf(doc.value, 'tags')).toEqual([3, 4]);
    expect(doc.ok && linesOf(doc.value, 'indexes')).toEqual([6, 7]);
  });
  it.each([
    ['[{"a": 1},\n{"b": "x', /ends inside a string that starts on line 2/],
    ['[{"a": 1},\n{"b": 2', /ends inside the object opened on line 2/],
    ['[1, 2}', /unexpected "}" on line 1/],
    ['[1, 2,]', /not valid JSON/],
  ])('%j → %s', (text, message) => {
    const doc = parseJsonDocument(text, 1);
    expect(doc.ok).toBe(false);
    expect(!doc.ok && doc.error).toMatch(message);
  });
});

describe('readUpdateRow', () => {
  const row = { kb: 'KB5015827', build: '20348', revision: '825', date: '2022-07-12', product: 'Windows Server 2022', source: 'title' };
  it('reads kb.csv columns, numbers from JSON lines, and a version column', () => {
    expect(readUpdateRow(row, 2)).toEqual({ ok: true, value: expect.objectContaining({ kb: 'KB5015827', build: 20348, revision: 825, kind: 'security' }) });
    expect(readUpdateRow({ ...row, build: 20348, revision: 825 }, 2).ok).toBe(true);
    expect(readUpdateRow({ ...row, build: undefined, revision: undefined, version: '10.0.20348.825' }, 2)).toMatchObject({ ok: true, value: { build: 20348, revision: 825 } });
  });
  it.each([
    [{ version: '10.0.20348.826' }, 'version', /contradicts build "20348" and revision "825"/],
    [{ product: 'a\tb' }, 'product', /control character/],
    [{ source: 42 }, 'source', /must be text, got 42/],
    [{ build: '14393.5' }, 'build', /must be an integer/],
  ])('%j → %s', (change, field, reason) => {
    const r = readUpdateRow({ ...row, ...change }, 7);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual({ line: 7, field, reason: expect.stringMatching(reason) });
  });
});

describe('tags', () => {
  const t = (over: Partial<ImageTagRecord>): ImageTagRecord =>
    ({ repository: 'mcr.microsoft.com/windows/servercore', tag: 'ltsc2022', build: 20348, revision: 5256, arch: 'amd64', origin: 'observed', floating: true, ...over });
  it.each([
    ['new', null, t({}), 'insert'],
    ['observed over derived', t({ origin: 'derived', revision: 100 }), t({}), 'update'],
    ['the same observation', t({}), t({}), 'unchanged'],
    ['a floating tag moving forward', t({}), t({ revision: 5380 }), 'update'],
    ['a floating tag moving back', t({}), t({ revision: 5000 }), 'conflict'],
    ['another build', t({}), t({ build: 26100 }), 'conflict'],
    ['a pinned tag at another revision', t({ tag: '10.0.20348.825', floating: false, revision: 825 }), t({ tag: '10.0.20348.825', floating: false, revision: 826 }), 'conflict'],
    ['a grammar reading of a stored tag', t({}), t({ origin: 'derived', revision: null }), 'unchanged'],
  ])('%s → %s', (_what, stored, incoming, kind) => {
    expect(compareTag(stored, incoming).kind).toBe(kind);
  });
  it('pinned tags are the version and KB tags', () => {
    expect(['10.0.17763.437', '1809-KB4493509-amd64', '4.8-windowsservercore-10.0.20348.825'].every(isPinnedTag)).toBe(true);
    expect(['ltsc2022', 'ltsc2022-amd64', '1809'].some(isPinnedTag)).toBe(false);
  });
  it('an index: Windows amd64 wins, other operating systems are counted', () => {
    const platform = (os: string, architecture: string, v?: string) => ({ platform: { os, architecture, ...(v ? { 'os.version': v } : {}) } });
    const r = readTagIndex({ tag: 'x', manifests: [platform('linux', 'amd64'), platform('windows', 'arm64', '10.0.26100.1'), platform('windows', 'amd64', '10.0.26100.1')] }, 3);
    expect(r).toEqual({ ok: true, value: { tag: 'x', line: 3, windows: { arch: 'amd64', build: 26100, revision: 1 }, otherEntries: 1 } });
    expect(readTagListHead({ name: 'Windows/ServerCore', tags: [] }).ok).toBe(false); // repository paths are lower case
  });
});

describe('kubectl nodes', () => {
  const node = (labels: Record<string, string>, kernelVersion: string, osImage = 'Windows Server 2022 Datacenter') =>
    ({ metadata: { name: 'akswin000000', labels }, status: { nodeInfo: { kernelVersion, osImage } } });
  const win = { 'kubernetes.io/os': 'windows', 'kubernetes.io/arch': 'amd64', 'node.kubernetes.io/windows-build': '10.0.20348' };
  it('reads a Windows node; skips others', () => {
    expect(readKubeNode(node(win, '10.0.20348.2227'), 5, 'c', catalog)).toMatchObject({ ok: true, value: { build: 20348, revision: 2227, windowsBuild: '10.0.20348' } });
    expect(readKubeNode(node({ 'kubernetes.io/os': 'linux' }, '5.15.0'), 5, 'c', catalog)).toEqual({ ok: true, value: null });
  });
  it('falls back to the label only when the kubelet reported no kernel version', () => {
    const n = { cluster: 'c', name: 'n', arch: 'amd64' as const, windowsBuild: '10.0.17763', kernelVersion: '', osImage: 'Windows Server 2019 Datacenter' };
    expect(nodeHost(n, catalog)).toMatchObject({ ok: true, value: { version: { build: 17763, revision: null }, kind: 'server' } });
  });
});

describe('never throws', () => {
  it.each([
    ['CsvRecordReader', (s: string) => new CsvRecordReader(50).feed(s, 1)],
    ['parseJsonDocument', (s: string) => parseJsonDocument(s, 2)],
    ['readTagIndex', (s: string) => readTagIndex(tryJson(s), 1)],
    ['readKubeNode', (s: string) => readKubeNode(tryJson(s), 1, 'c', catalog)],
    ['readUpdateRow', (s: string) => readUpdateRow({ kb: s, build: s, revision: s, date: s, product: s, source: s, version: s }, 1)],
  ])('%s', (_name, parse) => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.stringMatching(/^[{}[\]",:a-z0-9\\. ]{0,40}$/)), (s) => void parse(s)), { numRuns: 500 });
  });
});

function tryJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}
