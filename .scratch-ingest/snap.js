const fs = require('fs');
const s = JSON.parse(fs.readFileSync('/tmp/prisma.heapsnapshot', 'utf8'));
const m = s.snapshot.meta; const NF = m.node_fields.length, EF = m.edge_fields.length;
const nodes = s.nodes, edges = s.edges, strings = s.strings;
const types = m.node_types[0], etypes = m.edge_types[0];
const N = nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let i = 0, e = 0; i < N; i++) { firstEdge[i] = e; e += nodes[i * NF + 4] * EF; firstEdge[N] = e; }
// build retainers
const ret = Array.from({ length: N }, () => []);
for (let i = 0; i < N; i++) for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += EF) { const to = edges[e + 2] / NF; ret[to].push([i, edges[e], edges[e + 1]]); }
const name = (i) => `${types[nodes[i * NF]]}:${strings[nodes[i * NF + 1]].slice(0, 60)}(${nodes[i * NF + 3]})`;
const big = []; for (let i = 0; i < N; i++) if (nodes[i * NF + 3] > 400000) big.push(i);
console.log('big nodes', big.length);
for (const b of big.slice(0, 4)) {
  let cur = b; const path = [name(cur)];
  for (let d = 0; d < 12 && ret[cur].length; d++) { const [p, et, en] = ret[cur][0]; const ename = etypes[et] === 'element' || etypes[et] === 'hidden' ? en : strings[en]; path.push(`<-[${etypes[et]} ${ename}] ${name(p)}`); cur = p; }
  console.log(path.join('\n  '));
}
