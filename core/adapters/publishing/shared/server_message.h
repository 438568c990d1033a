#pragma once

#include <QByteArray>
#include <QString>

namespace reelforge::adapters {

// The short error a server put in an error answer, as "code: message", read from the shapes the
// platforms document: JSON {"error":{"code","message","errors":[{"reason"}]}} (Google, TikTok),
// {"error","error_description"} (OAuth 2.0), {"error","developer_message"} (Vimeo),
// {"code","detail","title"} (PeerTube, RFC 7807), {"message"}; XML <Error><Code><Message> (S3)
// and <d:error><s:exception><s:message> (WebDAV, Nextcloud). Anything else (text, HTML, an
// echo of the request) gives an empty string: a raw body is never kept, since a server may
// echo the credentials it was sent. The result is redacted, one line and at most
// kMaxServerMessage characters.
inline constexpr int kMaxServerMessage = 200;
QString serverMessage(const QByteArray& body);

// A value taken from an answer (an error code, a header) for a message: redacted, one line,
// at most `maxLength` characters.
QString shortServerText(const QString& text, int maxLength = 60);

}  // namespace reelforge::adapters
