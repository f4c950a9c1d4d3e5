const fs = require('fs');
const file = process.argv[2];
const s = JSON.parse(fs.readFileSync(file, 'utf8'));
const m = s.snapshot.meta; const NF = m.node_fields.length;
const nodes = s.nodes, strings = s.strings; const types = m.node_types[0];
const agg = {};
for (let i = 0; i < nodes.length; i += NF) { const k = types[nodes[i]] + ':' + (types[nodes[i]] === 'string' || types[nodes[i]]==='concatenated string' ? '' : strings[nodes[i + 1]].slice(0, 40)); agg[k] = agg[k] || [0, 0]; agg[k][0] += nodes[i + 3]; agg[k][1]++; }
Object.entries(agg).sort((a, b) => b[1][0] - a[1][0]).slice(0, 15).forEach(([k, [sz, n]]) => console.log((sz / 1e6).toFixed(1) + 'MB', n, k));
const big = []; for (let i = 0; i < nodes.length; i += NF) if (nodes[i + 3] > 100000) big.push([nodes[i+3], types[nodes[i]], strings[nodes[i+1]].slice(0,80)]);
console.log(big.length, big.slice(0, 8));
