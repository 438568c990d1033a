#pragma once

#include "domain/models/media_info.h"

#include <QDateTime>
#include <QString>

namespace reelforge::domain {

enum class ImportMode { Copy, Reference };

QString importModeName(ImportMode mode);
Result<ImportMode> parseImportMode(const QString& name);

// A video or audio file in the library. Built through create(), which validates.
class MediaAsset {
public:
    struct Fields {
        QString id;
        QString title;
        QString originalPath;  // where the creator's file was when imported
        QString storedPath;  // where the library keeps it (== originalPath when referenced)
        QString contentHash;  // sha256, lower-case hex
        ImportMode mode = ImportMode::Copy;
        QDateTime importedAt;
        MediaInfo info;
        QString thumbnailPath;
    };

    static Result<MediaAsset> create(Fields fields);
    static QString newId();
    static QString titleFromFileName(const QString& path);

    const QString& id() const { return m_f.id; }
    const QString& title() const { return m_f.title; }
    const QString& originalPath() const { return m_f.originalPath; }
    const QString& storedPath() const { return m_f.storedPath; }
    const QString& contentHash() const { return m_f.contentHash; }
    ImportMode mode() const { return m_f.mode; }
    const QDateTime& importedAt() const { return m_f.importedAt; }
    const MediaInfo& info() const { return m_f.info; }
    const QString& thumbnailPath() const { return m_f.thumbnailPath; }
    const Fields& fields() const { return m_f; }

    void setThumbnailPath(const QString& path) { m_f.thumbnailPath = path; }
    Status rename(const QString& title);

private:
    explicit MediaAsset(Fields fields)
        : m_f(std::move(fields))
    {
    }
    Fields m_f;
};

}  // namespace reelforge::domain
