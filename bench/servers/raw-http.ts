/** The ceiling: Node's own http server answering fixed JSON, no GraphQL at all. */
import http from 'node:http';

const body = JSON.stringify({ data: { hello: 'world' } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : ''}`);
});

// Exit normally on SIGINT, so node --cpu-prof writes its profile.
process.on('SIGINT', () => process.exit(0));
