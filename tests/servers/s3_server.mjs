// S3-compatible server (s3rver) on 127.0.0.1, with a bucket "videos". s3rver checks the
// access key id (S3RVER) but not SigV4 signatures, and lacks ListParts: the signer is tested
// against AWS's published examples instead, and resuming uses the saved part list.
//   node s3_server.mjs --dir STORE [--faults PUT:2:503]
// GET /__stats answers {"uploadParts": N} (part uploads that reached s3rver).
import http from 'node:http';
import { args, faults, listen, requireModule } from './common.mjs';

const opts = args();
const S3rver = requireModule('s3rver');
const s3 = new S3rver({ directory: opts.dir, silent: true, configureBuckets: [{ name: 'videos' }] });
await s3.configureBuckets();
const handle = s3.callback();
const inject = faults(opts.faults);
let uploadParts = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/__stats') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ uploadParts }));
    return;
  }
  if (inject(req, res)) return;
  if (req.method === 'PUT' && req.url.includes('partNumber=')) uploadParts += 1;
  handle(req, res);
});
listen(server);
