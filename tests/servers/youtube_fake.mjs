// A small fake of the parts of the YouTube Data API v3 and Google's token endpoint that
// ReelForge uses, following the documented shapes: videos.insert (resumable: POST returns a
// session URI, PUT chunks answer 308 + Range, the last answers the video resource),
// thumbnails.set, playlistItems.insert, the error documents ({"error":{"errors":[{"reason"}]}})
// and refresh-token rotation on POST /token. The upload protocol itself is tested against
// @uploadx/core; this fake is about the JSON around it.
//   node youtube_fake.mjs --dir STORE [--quota] [--reject-first-token]
// GET /__state answers what the fake received.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { args, listen } from './common.mjs';

const opts = args();
const state = { videos: [], thumbnails: {}, playlistItems: [], refreshes: 0, rejectedTokens: 0 };
let accessTokens = new Set(['access-0']);
let refreshTokens = new Set(['refresh-0']);
if (opts['reject-first-token'] === '1') accessTokens = new Set();  // access-0 has "expired"
const sessions = new Map();
let counter = 0;

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
}
function apiError(res, status, reason, message) {
  sendJson(res, status, { error: { code: status, message, errors: [{ domain: 'youtube', reason, message }] } });
}
function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
  });
}
function authorized(req, res) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  if (accessTokens.has(token)) return true;
  state.rejectedTokens += 1;
  apiError(res, 401, 'authError', 'Invalid Credentials');
  return false;
}

async function route(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.method === 'GET' && url.pathname === '/__state') return sendJson(res, 200, state);
  if (req.method === 'POST' && url.pathname === '/token') {
    const form = new URLSearchParams((await readBody(req)).toString());
    const old = form.get('refresh_token');
    if (form.get('grant_type') !== 'refresh_token' || !refreshTokens.has(old)) {
      return sendJson(res, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    }
    state.refreshes += 1;
    refreshTokens.delete(old);  // rotation: a refresh token is good for one use
    const access = `access-${state.refreshes}`;
    const refresh = `refresh-${state.refreshes}`;
    accessTokens.add(access);
    refreshTokens.add(refresh);
    return sendJson(res, 200, { access_token: access, refresh_token: refresh, expires_in: 3599, token_type: 'Bearer' });
  }
  if (req.method === 'POST' && url.pathname === '/upload/youtube/v3/videos') {
    const body = await readBody(req);
    if (!authorized(req, res)) return;
    if (opts.quota === '1') return apiError(res, 403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your quota.');
    if (url.searchParams.get('uploadType') !== 'resumable') return apiError(res, 400, 'invalidUploadType', 'resumable expected');
    const video = JSON.parse(body.toString() || '{}');
    const title = video.snippet?.title || '';
    if (!title || title.length > 100) return apiError(res, 400, 'invalidTitle', 'The request metadata specifies an invalid video title.');
    if (video.status?.publishAt && video.status.privacyStatus !== 'private') return apiError(res, 400, 'invalidPublishAt', 'publishAt needs private');
    const total = Number(req.headers['x-upload-content-length']);
    const id = `session-${++counter}`;
    sessions.set(id, { video, total, received: 0, file: path.join(opts.dir, id) });
    fs.writeFileSync(path.join(opts.dir, id), Buffer.alloc(0));
    res.writeHead(200, { Location: `/upload/youtube/v3/videos?uploadType=resumable&upload_id=${id}` });
    return res.end();
  }
  if (req.method === 'PUT' && url.pathname === '/upload/youtube/v3/videos') {
    const body = await readBody(req);
    if (!authorized(req, res)) return;
    const s = sessions.get(url.searchParams.get('upload_id'));
    if (!s) return apiError(res, 404, 'notFound', 'upload session not found');
    const range = /bytes (\d+)-(\d+)\/(\d+)/.exec(req.headers['content-range'] || '');
    if (range && Number(range[1]) === s.received) {
      fs.appendFileSync(s.file, body);
      s.received += body.length;
    }
    if (s.received >= s.total) {
      if (!s.resource) {
        const sha256 = crypto.createHash('sha256').update(fs.readFileSync(s.file)).digest('hex');
        s.resource = { kind: 'youtube#video', id: `vid${state.videos.length + 1}`, snippet: s.video.snippet, status: s.video.status };
        state.videos.push({ ...s.resource, sha256, bytes: s.received });
      }
      return sendJson(res, 200, s.resource);
    }
    res.writeHead(308, s.received > 0 ? { Range: `bytes=0-${s.received - 1}` } : {});
    return res.end();
  }
  if (req.method === 'POST' && url.pathname === '/upload/youtube/v3/thumbnails/set') {
    const body = await readBody(req);
    if (!authorized(req, res)) return;
    if (body.length > 2 * 1024 * 1024) return apiError(res, 400, 'mediaBodyTooLarge', 'The thumbnail is too large.');
    state.thumbnails[url.searchParams.get('videoId')] = { bytes: body.length, type: req.headers['content-type'] };
    return sendJson(res, 200, { kind: 'youtube#thumbnailSetResponse', items: [{ default: { url: 'https://i.ytimg.com/x.jpg' } }] });
  }
  if (req.method === 'POST' && url.pathname === '/youtube/v3/playlistItems') {
    const body = await readBody(req);
    if (!authorized(req, res)) return;
    const item = JSON.parse(body.toString());
    state.playlistItems.push(item.snippet);
    return sendJson(res, 200, { kind: 'youtube#playlistItem', id: `pli${state.playlistItems.length}`, snippet: item.snippet });
  }
  res.writeHead(404).end();
}

listen(http.createServer((req, res) => { route(req, res).catch((e) => { res.writeHead(500).end(String(e)); }); }));
