// tus 1.0 server (@tus/server + @tus/file-store) on 127.0.0.1.
//   node tus_server.mjs --dir STORE [--faults PATCH:3:503]
import http from 'node:http';
import { args, faults, listen, load } from './common.mjs';

const opts = args();
const { Server } = await load('@tus/server');
const { FileStore } = await load('@tus/file-store');
const tus = new Server({ path: '/files', datastore: new FileStore({ directory: opts.dir }) });
const inject = faults(opts.faults);
const server = http.createServer((req, res) => {
  if (inject(req, res)) return;
  tus.handle(req, res);
});
listen(server);
