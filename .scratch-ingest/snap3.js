const fs = require('fs');
const s = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const m = s.snapshot.meta; const NF = m.node_fields.length, EF = m.edge_fields.length;
const nodes = s.nodes, edges = s.edges, strings = s.strings;
const types = m.node_types[0], etypes = m.edge_types[0];
const N = nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let i = 0, e = 0; i < N; i++) { firstEdge[i] = e; e += nodes[i * NF + 4] * EF; firstEdge[N] = e; }
const ret = new Array(N);
for (let i = 0; i < N; i++) for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += EF) { const to = edges[e + 2] / NF; (ret[to] ||= []).push([i, edges[e], edges[e + 1]]); }
const name = (i) => `${types[nodes[i * NF]]}:${strings[nodes[i * NF + 1]].slice(0, 50)}(${nodes[i * NF + 3]})`;
const hist = {}; let shown = 0;
for (let i = 0; i < N && shown < 3; i++) {
  if (types[nodes[i*NF]] !== 'string') continue; const str = strings[nodes[i*NF+1]];
  if (!str.startsWith('generated history')) continue;
  shown++;
  let cur = i; const path = [name(cur)];
  for (let d = 0; d < 10 && ret[cur]; d++) { const [p, et, en] = ret[cur][0]; const ename = (etypes[et] === 'element' || etypes[et] === 'hidden') ? en : strings[en]; path.push(`<-[${etypes[et]} ${ename}] ${name(p)}`); cur = p; }
  console.log(path.join('\n  '));
}
