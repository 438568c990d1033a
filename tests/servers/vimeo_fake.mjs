// A small fake of Vimeo's API 3.4 "create a video with the tus approach" (POST /me/videos ->
// { uri, link, upload: { approach: "tus", upload_link } }) in front of a real tus 1.0 server
// (@tus/server + @tus/file-store) that takes the bytes, as Vimeo's upload servers do.
//   node vimeo_fake.mjs --dir STORE [--token TOKEN] [--refresh REFRESH_TOKEN]
// POST /oauth/access_token refreshes the token (rotating the refresh token; see refreshGrant);
// DELETE /videos/ID deletes a video (and its unfinished upload).
// GET /__state answers the videos created, with the JSON they were created with, the videos
// deleted and the refreshes made.
import http from 'node:http';
import { args, listen, load, refreshGrant } from './common.mjs';

const opts = args();
const auth = { access: opts.token || 'vimeo-token', refresh: opts.refresh || '', refreshes: 0 };
const { Server } = await load('@tus/server');
const { FileStore } = await load('@tus/file-store');
const tus = new Server({ path: '/upload', datastore: new FileStore({ directory: opts.dir }) });
const state = { videos: [], deleted: [], auth };

function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
  });
}

const server = http.createServer(async (req, res) => {
  if (req.url.startsWith('/upload')) return tus.handle(req, res);
  if (req.method === 'GET' && req.url === '/__state') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify(state));
  }
  if (req.method === 'POST' && req.url === '/oauth/access_token') return refreshGrant(auth, await readBody(req), res);
  const body = JSON.parse((await readBody(req)).toString() || '{}');
  if ((req.headers.authorization || '').toLowerCase() !== `bearer ${auth.access}`.toLowerCase()) {
    res.writeHead(401, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify({ error: 'You must provide a valid authenticated access token.' }));
  }
  const deleting = /^\/videos\/(\d+)$/.exec(req.url);
  if (req.method === 'DELETE' && deleting) {
    const video = state.videos.find((v) => v.id === Number(deleting[1]));
    if (!video || state.deleted.includes(video.id)) return res.writeHead(404).end();
    state.deleted.push(video.id);
    // Vimeo drops the upload with its video.
    const port = server.address().port;
    await fetch(new URL(video.uploadLink, `http://127.0.0.1:${port}`), { method: 'DELETE', headers: { 'Tus-Resumable': '1.0.0' } });
    return res.writeHead(204).end();
  }
  if (req.method === 'POST' && req.url === '/me/videos') {
    if (body.upload?.approach !== 'tus' || !(body.upload?.size > 0)) {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ error: 'upload.approach must be tus with a size' }));
    }
    // Vimeo creates the tus upload itself and hands out its link.
    const port = server.address().port;
    const created = await fetch(`http://127.0.0.1:${port}/upload`, {
      method: 'POST',
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': String(body.upload.size) },
    });
    const id = 100000 + state.videos.length + 1;
    state.videos.push({ id, request: body, uploadLink: created.headers.get('location') });
    res.writeHead(200, { 'Content-Type': 'application/vnd.vimeo.video+json' });
    return res.end(JSON.stringify({
      uri: `/videos/${id}`, link: `https://vimeo.com/${id}`, name: body.name,
      upload: { approach: 'tus', size: body.upload.size, upload_link: created.headers.get('location') },
    }));
  }
  res.writeHead(404).end();
});
listen(server);
