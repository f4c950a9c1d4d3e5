const fs = require('fs');
const s = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const m = s.snapshot.meta; const NF = m.node_fields.length;
const nodes = s.nodes, strings = s.strings; const types = m.node_types[0];
const pre = {}; let tot = 0;
for (let i = 0; i < nodes.length; i += NF) { if (types[nodes[i]] !== 'string') continue; const str = strings[nodes[i+1]]; const k = str.slice(0, 12).replace(/\d/g, '#'); pre[k] = pre[k] || [0,0]; pre[k][0] += nodes[i+3]; pre[k][1]++; }
Object.entries(pre).sort((a,b)=>b[1][0]-a[1][0]).slice(0,12).forEach(([k,[sz,n]])=>console.log((sz/1e6).toFixed(1)+'MB', n, JSON.stringify(k)));
