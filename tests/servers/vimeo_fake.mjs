// A small fake of Vimeo's API 3.4 "create a video with the tus approach" (POST /me/videos ->
// { uri, link, upload: { approach: "tus", upload_link } }) in front of a real tus 1.0 server
// (@tus/server + @tus/file-store) that takes the bytes, as Vimeo's upload servers do.
//   node vimeo_fake.mjs --dir STORE [--token TOKEN]
// GET /__state answers the videos created, with the JSON they were created with.
import http from 'node:http';
import { args, listen, load } from './common.mjs';

const opts = args();
const token = opts.token || 'vimeo-token';
const { Server } = await load('@tus/server');
const { FileStore } = await load('@tus/file-store');
const tus = new Server({ path: '/upload', datastore: new FileStore({ directory: opts.dir }) });
const state = { videos: [] };

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
  if (req.method === 'POST' && req.url === '/me/videos') {
    const body = JSON.parse((await readBody(req)).toString() || '{}');
    if ((req.headers.authorization || '').toLowerCase() !== `bearer ${token}`) {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ error: 'You must provide a valid authenticated access token.' }));
    }
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
