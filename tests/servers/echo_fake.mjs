// A careless server for the secrets tests: it answers every request with an error whose JSON
// message echoes the request back, credentials included: the Authorization header first, the
// HTTP Basic user and password decoded, the bearer token on its own, the other headers and the
// start of the body. A client that keeps error bodies would store and print them.
//   node echo_fake.mjs [--status 400] [--first 503]
// --first: the status of the very first answer (a transient failure, so that the client logs a
// retry), then --status for all others.
import http from 'node:http';
import { args, listen } from './common.mjs';

const opts = args();
const status = Number(opts.status || 400);
let first = opts.first ? Number(opts.first) : 0;

function echo(req, body) {
  const auth = req.headers.authorization || '';
  const lines = ['request echo', `${req.method} ${req.url}`, `authorization: ${auth}`];
  const [scheme, value = ''] = auth.split(' ');
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    lines.push(`basic user ${decoded.slice(0, colon)} password ${decoded.slice(colon + 1)}`);
  } else if (/^bearer$/i.test(scheme)) {
    lines.push(`bearer token ${value}`);
  }
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i].toLowerCase() !== 'authorization') lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
  }
  lines.push(`body: ${body.subarray(0, 512).toString('latin1')}`);
  return lines.join('\n');
}

const server = http.createServer((req, res) => {
  const parts = [];
  let kept = 0;
  req.on('data', (c) => {
    if (kept < 4096) {
      parts.push(c);
      kept += c.length;
    }
  });
  req.on('end', () => {
    const message = echo(req, Buffer.concat(parts));
    const code = first || status;
    first = 0;
    res.writeHead(code, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'echo', message }, request: { headers: req.headers } }));
  });
});

listen(server);
