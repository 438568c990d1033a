// OAuth 2.0 / OpenID Connect provider (oidc-provider) on 127.0.0.1 for the PKCE loopback
// tests: one public native client "reelforge-test" (no secret, PKCE required, any loopback
// port), refresh tokens issued and rotated on every use. Sign-in and consent are approved
// automatically so a plain HTTP client (curl) can play the browser.
//   node oidc_server.mjs [--access-ttl SECONDS]
import http from 'node:http';
import { args, listen, load } from './common.mjs';

const opts = args();
const { default: Provider } = await load('oidc-provider');
const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'reelforge-test',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }],
  // Also the scopes the platforms' sign-ins ask for (YouTube, Vimeo, TikTok), so the CLI's
  // real platform configurations can sign in here.
  scopes: ['openid', 'offline_access', 'upload', 'https://www.googleapis.com/auth/youtube.upload',
    'https://www.googleapis.com/auth/youtube', 'public', 'private', 'edit', 'user.info.basic',
    'video.publish', 'video.upload'],
  features: { devInteractions: { enabled: false } },
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: () => true,
  ttl: { AccessToken: Number(opts['access-ttl'] || 3600), RefreshToken: 86400 },
  findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
});

// Auto-approve: sign in as "creator" and grant what was asked.
async function interact(req, res) {
  const details = await provider.interactionDetails(req, res);
  let result;
  if (details.prompt.name === 'login') {
    result = { login: { accountId: 'creator' } };
  } else {
    const grant = details.grantId ? await provider.Grant.find(details.grantId)
                                  : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    result = { consent: { grantId: await grant.save() } };
  }
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
}

const callback = provider.callback();
server.on('request', (req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interact(req, res).catch((err) => { res.statusCode = 500; res.end(String(err)); });
    return;
  }
  callback(req, res);
});
process.stdout.write(JSON.stringify({ ready: true, port: server.address().port, issuer }) + '\n');
process.on('SIGTERM', () => process.exit(0));
