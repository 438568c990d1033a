#pragma once

// Reads a local fake's GET /__state document (test support; header-only).

#include "servers/local_server.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace reelforge::testing {

inline QJsonObject fakeState(const LocalServer& server)
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(
        nam.get(QNetworkRequest(QUrl(server.url(QStringLiteral("/__state"))))));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

}  // namespace reelforge::testing
