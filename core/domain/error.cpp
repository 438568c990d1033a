#include "domain/error.h"

namespace reelforge::domain {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::FileMissing:
        return QStringLiteral("FileMissing");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case ErrorCode::EmptyFile:
        return QStringLiteral("EmptyFile");
    case ErrorCode::NotMedia:
        return QStringLiteral("NotMedia");
    case ErrorCode::MediaUnreadable:
        return QStringLiteral("MediaUnreadable");
    case ErrorCode::UnsupportedMedia:
        return QStringLiteral("UnsupportedMedia");
    case ErrorCode::UnsupportedCodec:
        return QStringLiteral("UnsupportedCodec");
    case ErrorCode::Duplicate:
        return QStringLiteral("Duplicate");
    case ErrorCode::DiskFull:
        return QStringLiteral("DiskFull");
    case ErrorCode::IoError:
        return QStringLiteral("IoError");
    case ErrorCode::DatabaseError:
        return QStringLiteral("DatabaseError");
    case ErrorCode::IllegalTransition:
        return QStringLiteral("IllegalTransition");
    case ErrorCode::Cancelled:
        return QStringLiteral("Cancelled");
    case ErrorCode::AuthExpired:
        return QStringLiteral("AuthExpired");
    case ErrorCode::QuotaExceeded:
        return QStringLiteral("QuotaExceeded");
    case ErrorCode::UploadRejected:
        return QStringLiteral("UploadRejected");
    case ErrorCode::BadFileName:
        return QStringLiteral("BadFileName");
    case ErrorCode::LibraryIndexLost:
        return QStringLiteral("LibraryIndexLost");
    case ErrorCode::LibraryReadOnly:
        return QStringLiteral("LibraryReadOnly");
    case ErrorCode::LibraryInUse:
        return QStringLiteral("LibraryInUse");
    case ErrorCode::Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("Internal");
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(": ") + detail;
}

}  // namespace reelforge::domain
