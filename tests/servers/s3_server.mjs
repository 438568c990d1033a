// S3-compatible server (s3rver) on 127.0.0.1, with a bucket "videos". s3rver checks the
// access key id (S3RVER) but not SigV4 signatures, and lacks ListParts: the signer is tested
// against AWS's published examples instead, and resuming uses the saved part list.
//   node s3_server.mjs --dir STORE [--faults PUT:2:503]
// GET /__stats answers {"uploadParts": N, "pendingUploads": M} (part uploads that reached
// s3rver; multipart uploads begun and neither completed nor aborted).
// s3rver lacks AbortMultipartUpload: it is answered here as S3 documents it (DELETE
// /bucket/key?uploadId=ID: 204, the parts are deleted; NoSuchUpload 404 for an unknown id).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { args, faults, listen, requireModule } from './common.mjs';

const opts = args();
const S3rver = requireModule('s3rver');
const s3 = new S3rver({ directory: opts.dir, silent: true, configureBuckets: [{ name: 'videos' }] });
await s3.configureBuckets();
const handle = s3.callback();
const inject = faults(opts.faults);
let uploadParts = 0;
// Where s3rver's filesystem store keeps the parts of the bucket's unfinished uploads.
const uploadsDir = path.join(opts.dir, 'videos', '._S3rver_uploads');
const pendingUploads = () => (fs.existsSync(uploadsDir) ? fs.readdirSync(uploadsDir).length : 0);

function abortMultipartUpload(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const id = url.searchParams.get('uploadId');
  req.resume();
  const dir = path.join(uploadsDir, path.basename(id));
  if (!/^[0-9a-f]+$/.test(id) || !fs.existsSync(dir)) {
    res.writeHead(404, { 'Content-Type': 'application/xml' });
    res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code>'
      + '<Message>The specified upload does not exist.</Message></Error>');
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  res.writeHead(204).end();
}

const server = http.createServer((req, res) => {
  if (req.url === '/__stats') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ uploadParts, pendingUploads: pendingUploads() }));
    return;
  }
  if (inject(req, res)) return;
  if (req.method === 'DELETE' && req.url.includes('uploadId=')) return abortMultipartUpload(req, res);
  if (req.method === 'PUT' && req.url.includes('partNumber=')) uploadParts += 1;
  handle(req, res);
});
listen(server);
