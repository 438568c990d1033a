// Google-style resumable upload server (@uploadx/core: POST with X-Upload-Content-Length and
// JSON metadata -> Location, PUT chunks with Content-Range -> 308 + Range, status query with
// "Content-Range: bytes */SIZE") on 127.0.0.1: the protocol YouTube and PeerTube use. Its
// Location header is protocol-relative ("//127.0.0.1:PORT/...").
//   node uploadx_server.mjs --dir STORE [--faults PUT:2:503] [--path /upload]
// On completion it answers 200 with the file's JSON, as the platforms answer with the video.
import http from 'node:http';
import { args, faults, listen, requireModule, storageReady } from './common.mjs';

const opts = args();
const { Uploadx } = requireModule('@uploadx/core');
const base = opts.path || '/upload';
const uploads = new Uploadx({ directory: opts.dir, maxFileSize: '20GB', path: base });
await storageReady(uploads);
const handle = uploads.handle;
const inject = faults(opts.faults);
const server = http.createServer((req, res) => {
  if (inject(req, res)) return;
  if (!req.url.startsWith(base)) {
    res.writeHead(404).end();
    return;
  }
  handle(req, res);  // on completion uploadx answers 200 with the file's JSON
});
listen(server);
