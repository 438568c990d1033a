// A small fake of Nextcloud's WebDAV endpoint with chunked upload v2, as Nextcloud documents it
// (developer manual, "Chunked file upload"):
//   MKCOL  /remote.php/dav/uploads/USER/ID        with Destination: the final file URL
//   PUT    /remote.php/dav/uploads/USER/ID/N      N in 1..10000, Destination (the same) and
//                                                 OC-Total-Length; 5 MiB..5 GiB, the last smaller
//   PROPFIND (Depth 1) on the folder               the chunks held, with getcontentlength
//   MOVE   /remote.php/dav/uploads/USER/ID/.file  Destination: the final file; assembles the
//                                                 chunks in numeric order, removes the folder
//   DELETE /remote.php/dav/uploads/USER/ID        drops the upload
// and the usual MKCOL/PUT/HEAD/GET/MOVE under /remote.php/dav/files/USER/. A chunk is kept only
// once its body arrived whole (written aside, then renamed), as Nextcloud does.
//   node nextcloud_fake.mjs --dir ROOT [--user U --pass P]
// GET /__state answers {"chunkPuts": {"N": count}, "heldChunks": [N, ...], "uploads": count,
// "assembled": count}: chunk PUTs begun per number, complete chunks in open uploads.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { args, listen } from './common.mjs';

const opts = args();
const root = path.resolve(opts.dir);
const user = opts.user || 'creator';
const filesDir = path.join(root, 'files');
const uploadsDir = path.join(root, 'uploads');
fs.mkdirSync(filesDir, { recursive: true });
fs.mkdirSync(uploadsDir, { recursive: true });
const MIN_CHUNK = 5 * 1024 * 1024;
const state = { chunkPuts: {}, assembled: 0 };

const filesPrefix = `/remote.php/dav/files/${user}/`;
const uploadsPrefix = `/remote.php/dav/uploads/${user}/`;

function send(res, status, body = '', headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/xml; charset=utf-8', ...headers });
  res.end(body);
}

function davError(res, status, message) {
  send(res, status, `<?xml version="1.0" encoding="utf-8"?><d:error xmlns:d="DAV:" `
    + `xmlns:s="http://sabredav.org/ns"><s:message>${message}</s:message></d:error>`);
}

function authorized(req) {
  if (!opts.pass) return true;
  const expected = 'Basic ' + Buffer.from(`${user}:${opts.pass}`).toString('base64');
  return req.headers.authorization === expected;
}

// A path under the files space, from a request path or a Destination URL; null outside it.
function filePath(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  if (!decoded.startsWith(filesPrefix)) return null;
  const rel = decoded.slice(filesPrefix.length);
  const full = path.resolve(filesDir, rel);
  return full.startsWith(filesDir) ? full : null;
}

function destinationPath(req) {
  const header = req.headers.destination;
  if (!header) return null;
  return filePath(new URL(header, 'http://127.0.0.1').pathname);
}

// Stores the request body at `target` only when it arrived whole.
async function readBodyTo(req, target) {
  const aside = `${target}.receiving-${process.hrtime.bigint()}`;
  try {
    await pipeline(req, fs.createWriteStream(aside));
  } catch {
    fs.rmSync(aside, { force: true });
    return false;
  }
  if (!req.complete) {
    fs.rmSync(aside, { force: true });
    return false;
  }
  fs.renameSync(aside, target);
  return true;
}

function chunkNames(folder) {
  return fs.readdirSync(folder).filter((n) => /^[0-9]+$/.test(n)).sort((a, b) => Number(a) - Number(b));
}

function uploadFolder(urlPath) {
  const rest = decodeURIComponent(urlPath).slice(uploadsPrefix.length).replace(/\/$/, '');
  const [id, name, extra] = rest.split('/');
  if (!id || extra !== undefined || !/^[A-Za-z0-9._-]+$/.test(id)) return null;
  return { folder: path.join(uploadsDir, id), name };
}

async function handleUploads(req, res, url) {
  const where = uploadFolder(url.pathname);
  if (!where) return davError(res, 400, 'bad upload path');
  const { folder, name } = where;
  const metaFile = path.join(folder, '.destination');
  if (req.method === 'MKCOL' && !name) {
    req.resume();
    if (!req.headers.destination) return davError(res, 400, 'chunking v2 needs a Destination header');
    if (fs.existsSync(folder)) return davError(res, 405, 'the resource already exists');
    fs.mkdirSync(folder);
    fs.writeFileSync(metaFile, req.headers.destination);
    return send(res, 201);
  }
  if (!fs.existsSync(folder)) {
    req.resume();
    return davError(res, 404, 'upload folder not found');
  }
  const destination = fs.readFileSync(metaFile, 'utf8');
  if (req.method === 'PUT' && name) {
    const n = Number(name);
    if (!/^[0-9]+$/.test(name) || n < 1 || n > 10000) {
      req.resume();
      return davError(res, 400, 'chunk numbers run from 1 to 10000');
    }
    if (req.headers.destination !== destination) {
      req.resume();
      return davError(res, 400, 'the Destination header does not match the upload folder');
    }
    state.chunkPuts[n] = (state.chunkPuts[n] || 0) + 1;
    const ok = await readBodyTo(req, path.join(folder, String(n)));
    if (ok) send(res, 201);
    return undefined;
  }
  if (req.method === 'PROPFIND' && !name) {
    req.resume();
    const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    const entries = [`<d:response><d:href>${base}</d:href><d:propstat><d:prop><d:resourcetype>`
      + '<d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>'
      + '</d:response>'];
    for (const chunk of chunkNames(folder)) {
      const size = fs.statSync(path.join(folder, chunk)).size;
      entries.push(`<d:response><d:href>${base}${chunk}</d:href><d:propstat><d:prop>`
        + `<d:getcontentlength>${size}</d:getcontentlength><d:resourcetype/></d:prop>`
        + '<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>');
    }
    return send(res, 207, `<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:">${entries.join('')}</d:multistatus>`);
  }
  if (req.method === 'MOVE' && name === '.file') {
    req.resume();
    const target = destinationPath(req);
    if (!target) return davError(res, 400, 'Destination must be in the files space');
    const chunks = chunkNames(folder);
    const sizes = chunks.map((c) => fs.statSync(path.join(folder, c)).size);
    if (chunks.some((c, i) => Number(c) !== i + 1)) return davError(res, 400, 'chunks are missing');
    if (sizes.slice(0, -1).some((s) => s < MIN_CHUNK)) return davError(res, 400, 'a chunk is smaller than 5 MiB');
    const total = sizes.reduce((a, b) => a + b, 0);
    const declared = req.headers['oc-total-length'];
    if (declared !== undefined && Number(declared) !== total) return davError(res, 400, 'OC-Total-Length does not match');
    const existed = fs.existsSync(target);
    if (existed && req.headers.overwrite === 'F') return davError(res, 412, 'the destination exists');
    if (!fs.existsSync(path.dirname(target))) return davError(res, 409, 'the parent folder does not exist');
    const assembling = `${target}.assembling`;
    fs.writeFileSync(assembling, '');
    for (const c of chunks) fs.appendFileSync(assembling, fs.readFileSync(path.join(folder, c)));
    fs.renameSync(assembling, target);
    fs.rmSync(folder, { recursive: true, force: true });
    state.assembled += 1;
    return send(res, existed ? 204 : 201);
  }
  if (req.method === 'DELETE' && !name) {
    req.resume();
    fs.rmSync(folder, { recursive: true, force: true });
    return send(res, 204);
  }
  req.resume();
  return davError(res, 405, 'method not allowed here');
}

async function handleFiles(req, res, url) {
  const target = filePath(url.pathname);
  if (!target) {
    req.resume();
    return davError(res, 404, 'not found');
  }
  const exists = fs.existsSync(target);
  switch (req.method) {
    case 'MKCOL':
      req.resume();
      if (exists) return davError(res, 405, 'the resource already exists');
      if (!fs.existsSync(path.dirname(target))) return davError(res, 409, 'the parent folder does not exist');
      fs.mkdirSync(target);
      return send(res, 201);
    case 'PUT':
      if (!fs.existsSync(path.dirname(target))) {
        req.resume();
        return davError(res, 409, 'the parent folder does not exist');
      }
      if (await readBodyTo(req, target)) send(res, exists ? 204 : 201);
      return undefined;
    case 'HEAD':
    case 'GET':
      req.resume();
      if (!exists || fs.statSync(target).isDirectory()) return send(res, 404);
      res.writeHead(200, { 'Content-Length': fs.statSync(target).size });
      if (req.method === 'HEAD') return res.end();
      return fs.createReadStream(target).pipe(res);
    case 'MOVE': {
      req.resume();
      const to = destinationPath(req);
      if (!exists || !to) return davError(res, exists ? 400 : 404, 'cannot move');
      if (fs.existsSync(to) && req.headers.overwrite === 'F') return davError(res, 412, 'the destination exists');
      fs.renameSync(target, to);
      return send(res, 201);
    }
    case 'DELETE':
      req.resume();
      if (!exists) return send(res, 404);
      fs.rmSync(target, { recursive: true, force: true });
      return send(res, 204);
    default:
      req.resume();
      return davError(res, 405, 'method not allowed');
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.method === 'GET' && url.pathname === '/__state') {
    const held = [];
    for (const id of fs.readdirSync(uploadsDir)) held.push(...chunkNames(path.join(uploadsDir, id)).map(Number));
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify({ ...state, heldChunks: held, uploads: fs.readdirSync(uploadsDir).length }));
  }
  if (!authorized(req)) {
    req.resume();
    return davError(res, 401, 'No public access to this resource.');
  }
  const failed = (err) => { if (!res.headersSent) davError(res, 500, String(err)); };
  if (url.pathname.startsWith(uploadsPrefix)) return handleUploads(req, res, url).catch(failed);
  if (url.pathname.startsWith(filesPrefix)) return handleFiles(req, res, url).catch(failed);
  req.resume();
  return davError(res, 404, 'not found');
});
listen(server);
