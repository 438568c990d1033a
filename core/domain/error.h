#pragma once

#include <QString>

namespace reelforge::domain {

// Domain error codes. Stable names (see errorCodeName) are part of the CLI and API contract.
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    FileMissing,
    PermissionDenied,
    EmptyFile,
    NotMedia,
    MediaUnreadable,
    UnsupportedMedia,
    UnsupportedCodec,
    Duplicate,
    DiskFull,
    IoError,
    DatabaseError,
    IllegalTransition,
    Cancelled,
    AuthExpired,
    QuotaExceeded,
    UploadRejected,
    BadFileName,  // a file name that is not valid text (not UTF-8), so it cannot be kept or shown
    LibraryIndexLost,  // library.db is missing or empty while originals/ holds the library's files
    LibraryReadOnly,  // the library folder or its database cannot be written
    LibraryInUse,  // another process has the library open (e.g. a restore must wait)
    Internal,
};

QString errorCodeName(ErrorCode code);

// A failure: a machine-readable code, a short technical message (English, for logs and the
// CLI; the GUI maps the code to translated words) and optional detail such as a path.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    QString codeName() const { return errorCodeName(code); }
    QString toString() const;
};

}  // namespace reelforge::domain
