// Shared by the local test servers: module loading from the folder ./dev test installs into,
// listening on 127.0.0.1 only, the READY line the C++ harness waits for, and fault injection.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const base = process.env.REELFORGE_TEST_SERVERS;
if (!base) {
  console.error('REELFORGE_TEST_SERVERS is not set (run ./dev test once, or point it at the npm folder)');
  process.exit(3);
}
const requireFromServers = createRequire(base.replace(/\/?$/, '/'));

export async function load(name) {
  return import(pathToFileURL(requireFromServers.resolve(name)).href);
}

export function requireModule(name) {
  return requireFromServers(name);
}

// Parses "--name value" pairs.
export function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  return out;
}

export function listen(server, port = 0) {
  server.listen(port, '127.0.0.1', () => {
    process.stdout.write(JSON.stringify({ ready: true, port: server.address().port }) + '\n');
  });
  process.on('SIGTERM', () => process.exit(0));
}

// Fault injection for the retry tests: the first `count` requests matching `method` are
// answered with `status` (e.g. 503), or, for status "drop", the connection is destroyed after
// part of the body arrived.
export function faults(spec) {
  if (!spec) return () => false;
  const [method, count, status] = spec.split(':');
  let left = Number(count);
  return (req, res) => {
    if (left <= 0 || req.method !== method) return false;
    left -= 1;
    if (status === 'drop') {
      let seen = 0;
      req.on('data', (chunk) => {
        seen += chunk.length;
        if (seen > 65536) req.socket.destroy();
      });
      req.on('end', () => req.socket.destroy());
      return true;
    }
    req.resume();
    req.on('end', () => {
      res.writeHead(Number(status), { 'Content-Type': 'text/plain' });
      res.end('injected failure');
    });
    return true;
  };
}

// @uploadx/core prepares its storage asynchronously and answers 503 until it is ready: the
// servers say READY only after that.
export async function storageReady(handler) {
  for (let i = 0; i < 500 && !handler.storage.isReady; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// The OAuth 2.0 refresh-token grant (RFC 6749, section 6) with rotation, for the platform fakes'
// token endpoints: the current refresh token is exchanged once for a new access token (the only
// one the fake's API then accepts) and a new refresh token; a spent or unknown refresh token is
// invalid_grant. `auth` is {access, refresh, refreshes}; answers like the platforms do (flat JSON).
export function refreshGrant(auth, rawBody, res) {
  const form = new URLSearchParams(rawBody.toString());
  res.setHeader('Content-Type', 'application/json');
  if (form.get('grant_type') !== 'refresh_token') {
    res.writeHead(400);
    return res.end(JSON.stringify({ error: 'unsupported_grant_type' }));
  }
  if (!auth.refresh || form.get('refresh_token') !== auth.refresh) {
    res.writeHead(400);
    return res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'refresh token is invalid' }));
  }
  auth.refreshes += 1;
  auth.access = `${auth.access.split('~')[0]}~${auth.refreshes}`;
  auth.refresh = `refresh-${auth.refreshes + 1}`;
  res.writeHead(200);
  return res.end(JSON.stringify({
    access_token: auth.access, refresh_token: auth.refresh, expires_in: 86400, token_type: 'Bearer', scope: 'upload',
  }));
}
