// A small fake of the PeerTube REST API v1 parts ReelForge uses, following PeerTube's docs:
// the instance's OAuth client (/api/v1/oauth-clients/local), the password grant
// (/api/v1/users/token), the account's channels (/api/v1/users/me), the resumable upload
// endpoint (/api/v1/videos/upload-resumable, served by @uploadx/core: the same Google-style
// protocol PeerTube implements with it) answering {video:{id, uuid, shortUUID}} at the end,
// and the thumbnail update (PUT /api/v1/videos/{id}, multipart "thumbnailfile").
//   node peertube_fake.mjs --dir STORE [--user NAME --password PASS]
import http from 'node:http';
import { args, listen, requireModule, storageReady } from './common.mjs';

const opts = args();
const user = opts.user || 'creator';
const password = opts.password || 'secret';
const { Uploadx } = requireModule('@uploadx/core');
const base = '/api/v1/videos/upload-resumable';
const uploads = new Uploadx({ directory: opts.dir, path: base, maxFileSize: '20GB' });
await storageReady(uploads);
const state = { videos: [], thumbnails: {}, signIns: 0 };
const tokens = new Set();

function json(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}
function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
  });
}
const signedIn = (req) => tokens.has((req.headers.authorization || '').replace(/^Bearer /, ''));

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/__state') return json(res, 200, state);
  if (url.pathname === '/api/v1/oauth-clients/local') return json(res, 200, { client_id: 'local-id', client_secret: 'local-secret' });
  if (url.pathname === '/api/v1/users/token' && req.method === 'POST') {
    const form = new URLSearchParams((await readBody(req)).toString());
    if (form.get('client_id') !== 'local-id' || form.get('client_secret') !== 'local-secret'
        || form.get('grant_type') !== 'password' || form.get('username') !== user || form.get('password') !== password) {
      return json(res, 400, { type: 'invalid_grant', code: 'invalid_grant', detail: 'Invalid grant: user credentials are invalid' });
    }
    state.signIns += 1;
    const token = `pt-access-${state.signIns}`;
    tokens.add(token);
    return json(res, 200, { token_type: 'Bearer', access_token: token, refresh_token: `pt-refresh-${state.signIns}`, expires_in: 86399 });
  }
  if (!signedIn(req)) return json(res, 401, { code: 'invalid_token', detail: 'Invalid token' });
  if (url.pathname === '/api/v1/users/me') return json(res, 200, { username: user, videoChannels: [{ id: 7, name: `${user}_channel` }] });
  if (url.pathname.startsWith(base)) {
    return uploads.upload(req, res, () => {
      const file = req.body;
      const id = state.videos.length + 1;
      const video = { id, uuid: `uuid-${file.id}`, shortUUID: `short${id}` };
      state.videos.push({ ...video, metadata: file.metadata, bytes: file.bytesWritten, file: file.name });
      json(res, 200, { video });
    });
  }
  const match = /^\/api\/v1\/videos\/(\d+)$/.exec(url.pathname);
  if (match && req.method === 'PUT') {
    const body = await readBody(req);
    if (!String(req.headers['content-type']).startsWith('multipart/form-data') || !body.includes('name="thumbnailfile"')) {
      return json(res, 400, { detail: 'thumbnailfile expected' });
    }
    state.thumbnails[match[1]] = body.length;
    res.writeHead(204).end();
    return;
  }
  res.writeHead(404).end();
});
listen(server);
