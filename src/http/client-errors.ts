import http from 'node:http';
import type { Duplex } from 'node:stream';
import { graphqlErrors } from '../observability/metrics';

/** Node's HTTP parser errors, as the GraphQL-shaped answer every other error gets. */
const ANSWERS: Record<string, [number, string, string, Record<string, unknown>]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'Request headers (or a GET URL) too large; send the operation in a POST body.', { code: 'LIMIT_EXCEEDED', limit: { name: 'headerBytes', max: http.maxHeaderSize } }],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request was not received in time.', { code: 'REQUEST_TIMEOUT' }],
};

/**
 * Requests so malformed that Node rejects them before Express (oversized headers, broken HTTP)
 * would get a bare status line with no body; answer them with a JSON GraphQL error too, then close.
 */
export function answerClientErrors(server: http.Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, message, extensions] = ANSWERS[err.code ?? ''] ?? [400, 'Bad Request', 'Malformed HTTP request.', { code: 'BAD_REQUEST' }];
    graphqlErrors.inc({ code: String(extensions.code) });
    const body = JSON.stringify({ errors: [{ message, extensions }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}
