// tus 1.0 server (@tus/server + @tus/file-store) on 127.0.0.1.
//   node tus_server.mjs --dir STORE [--faults PATCH:3:503] [--termination 0]
// --termination 0: a server without the termination extension (OPTIONS does not announce it,
// DELETE is refused with 405 as by a server that lacks it).
import http from 'node:http';
import { args, faults, listen, load } from './common.mjs';

const opts = args();
const { Server } = await load('@tus/server');
const { FileStore } = await load('@tus/file-store');
const store = new FileStore({ directory: opts.dir });
const terminates = opts.termination !== '0';
if (!terminates) store.extensions = store.extensions.filter((e) => e !== 'termination');
const tus = new Server({ path: '/files', datastore: store });
const inject = faults(opts.faults);
const server = http.createServer((req, res) => {
  if (inject(req, res)) return;
  if (req.method === 'DELETE' && !terminates) {
    res.writeHead(405, { 'Tus-Resumable': '1.0.0' });
    return res.end();
  }
  tus.handle(req, res);
});
listen(server);
