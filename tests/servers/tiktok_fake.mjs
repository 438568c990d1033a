// A small fake of TikTok's Content Posting API (Direct Post) following its documentation:
// creator_info/query (privacy options: only SELF_ONLY for an unaudited app), video/init with
// FILE_UPLOAD (checks the chunk rules: 5-64 MB chunks, total_chunk_count = floor(size/chunk),
// a file under 5 MB in one chunk), chunk PUTs with Content-Range (206, then 201), and
// status/fetch (processing for a couple of polls, then PUBLISH_COMPLETE).
//   node tiktok_fake.mjs --dir STORE [--unaudited 1] [--token TOKEN] [--refresh REFRESH_TOKEN]
// POST /v2/oauth/token/ refreshes the access token (a day's life at TikTok), rotating the
// refresh token (see refreshGrant).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { args, listen, refreshGrant } from './common.mjs';

const opts = args();
const auth = { access: opts.token || 'tiktok-token', refresh: opts.refresh || '', refreshes: 0 };
const MB = 1000 * 1000;
const options = opts.unaudited === '1' ? ['SELF_ONLY']
  : ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY'];
const state = { posts: [], auth };

function reply(res, status, data, code = 'ok', message = '') {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify({ data, error: { code, message, log_id: 'fake' } }));
}
function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
  });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const body = await readBody(req);
  if (url.pathname === '/__state') return reply(res, 200, state);
  if (url.pathname.startsWith('/upload/') && req.method === 'PUT') {
    const post = state.posts[Number(url.pathname.split('/')[2]) - 1];
    const range = /bytes (\d+)-(\d+)\/(\d+)/.exec(req.headers['content-range'] || '');
    if (!post || !range || Number(range[1]) !== post.received) return reply(res, 416, {}, 'invalid_range');
    fs.appendFileSync(post.file, body);
    post.received += body.length;
    post.chunksReceived += 1;
    if (post.received >= post.size) {
      post.sha256 = crypto.createHash('sha256').update(fs.readFileSync(post.file)).digest('hex');
      res.writeHead(201).end();
    } else {
      res.writeHead(206).end();
    }
    return;
  }
  if (url.pathname === '/v2/oauth/token/' && req.method === 'POST') return refreshGrant(auth, body, res);
  if ((req.headers.authorization || '') !== `Bearer ${auth.access}`) return reply(res, 401, {}, 'access_token_invalid', 'invalid token');
  const json = body.length ? JSON.parse(body.toString()) : {};
  if (url.pathname === '/v2/post/publish/creator_info/query/') {
    return reply(res, 200, { creator_username: 'creator', privacy_level_options: options, max_video_post_duration_sec: 600 });
  }
  if (url.pathname === '/v2/post/publish/video/init/') {
    const { video_size: size, chunk_size: chunk, total_chunk_count: count, source } = json.source_info || {};
    const rulesOk = source === 'FILE_UPLOAD' && size > 0 && (size < 5 * MB
      ? chunk === size && count === 1
      : chunk >= 5 * MB && chunk <= 64 * MB && count === Math.floor(size / chunk) && count <= 1000);
    if (!rulesOk) return reply(res, 400, {}, 'invalid_params', 'chunk rules');
    if (!options.includes(json.post_info?.privacy_level)) return reply(res, 400, {}, 'privacy_level_option_mismatch', 'privacy');
    const id = state.posts.length + 1;
    const file = path.join(opts.dir, `post-${id}`);
    fs.writeFileSync(file, Buffer.alloc(0));
    state.posts.push({ id, publishId: `v_pub_file~${id}`, postInfo: json.post_info, size, chunk, count, received: 0, chunksReceived: 0, polls: 0, file });
    return reply(res, 200, { publish_id: `v_pub_file~${id}`, upload_url: `http://127.0.0.1:${server.address().port}/upload/${id}` });
  }
  if (url.pathname === '/v2/post/publish/status/fetch/') {
    const post = state.posts.find((p) => p.publishId === json.publish_id);
    if (!post) return reply(res, 400, {}, 'invalid_publish_id');
    post.polls += 1;
    if (post.received < post.size || post.polls < 3) return reply(res, 200, { status: 'PROCESSING_UPLOAD', uploaded_bytes: post.received });
    const ids = post.postInfo.privacy_level === 'SELF_ONLY' ? [] : [7000000000 + post.id];
    return reply(res, 200, { status: 'PUBLISH_COMPLETE', publicaly_available_post_id: ids, uploaded_bytes: post.received });
  }
  reply(res, 404, {}, 'not_found');
});
listen(server);
