#include "ui/common/error_text.h"

#include <QCoreApplication>

namespace reelforge::ui {

QString errorText(domain::ErrorCode code)
{
    using domain::ErrorCode;
    switch (code) {
    case ErrorCode::FileMissing:
        return QCoreApplication::translate(
            "ErrorText", "The file could not be found. It may have been moved or deleted.");
    case ErrorCode::PermissionDenied:
        return QCoreApplication::translate("ErrorText", "ReelForge is not allowed to read this file.");
    case ErrorCode::EmptyFile:
        return QCoreApplication::translate("ErrorText", "The file is empty.");
    case ErrorCode::NotMedia:
        return QCoreApplication::translate("ErrorText", "This is not a video or audio file.");
    case ErrorCode::MediaUnreadable:
        return QCoreApplication::translate("ErrorText", "The file is damaged or incomplete.");
    case ErrorCode::UnsupportedMedia:
        return QCoreApplication::translate(
            "ErrorText", "The file has no video or audio that ReelForge can use.");
    case ErrorCode::UnsupportedCodec:
        return QCoreApplication::translate("ErrorText", "The file uses a format ReelForge cannot read yet.");
    case ErrorCode::Duplicate:
        return QCoreApplication::translate("ErrorText", "Already in your library.");
    case ErrorCode::DiskFull:
        return QCoreApplication::translate("ErrorText", "There is not enough free space on the disk.");
    case ErrorCode::IoError:
        return QCoreApplication::translate("ErrorText", "The file could not be read or written.");
    case ErrorCode::DatabaseError:
        return QCoreApplication::translate("ErrorText", "The library could not be updated. Try again.");
    case ErrorCode::Cancelled:
        return QCoreApplication::translate("ErrorText", "Cancelled.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("ErrorText", "This item is no longer in your library.");
    case ErrorCode::AuthExpired:
        return QCoreApplication::translate("ErrorText", "Your sign-in has expired. Sign in again.");
    case ErrorCode::QuotaExceeded:
        return QCoreApplication::translate("ErrorText", "The upload limit of your account has been reached.");
    case ErrorCode::UploadRejected:
        return QCoreApplication::translate("ErrorText", "The platform refused the upload.");
    case ErrorCode::BadFileName:
        return QCoreApplication::translate("ErrorText",
            "The file name contains characters that cannot be read. Rename the file and try again.");
    case ErrorCode::LibraryIndexLost:
        return QCoreApplication::translate("ErrorText",
            "The library's index is missing or empty, but the library still holds your videos. "
            "Rebuild it from the library's files or restore a backup.");
    case ErrorCode::LibraryReadOnly:
        return QCoreApplication::translate(
            "ErrorText", "This library is read-only: ReelForge can show it but cannot change it.");
    case ErrorCode::LibraryInUse:
        return QCoreApplication::translate("ErrorText",
            "The library is in use by another ReelForge window or command. Close it and try again.");
    case ErrorCode::InvalidArgument:
    case ErrorCode::IllegalTransition:
    case ErrorCode::Internal:
        break;
    }
    return QCoreApplication::translate("ErrorText", "Something went wrong.");
}

QString jobErrorText(domain::ErrorCode code)
{
    using domain::ErrorCode;
    switch (code) {
    case ErrorCode::FileMissing:
        return QCoreApplication::translate(
            "ErrorText", "The source file is missing. It may have been moved, renamed or deleted.");
    case ErrorCode::PermissionDenied:
        return QCoreApplication::translate(
            "ErrorText", "ReelForge is not allowed to read the source file or to write the result.");
    case ErrorCode::EmptyFile:
        return QCoreApplication::translate("ErrorText", "The source file is empty.");
    case ErrorCode::MediaUnreadable:
        return QCoreApplication::translate("ErrorText", "The source file is damaged or incomplete.");
    case ErrorCode::UnsupportedCodec:
        return QCoreApplication::translate(
            "ErrorText", "A format this job needs cannot be read or written on this computer.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("ErrorText", "Something this job needs no longer exists.");
    case ErrorCode::InvalidArgument:
    case ErrorCode::IllegalTransition:
    case ErrorCode::Internal:
        return {};
    default:
        return errorText(code);
    }
}

QString importFailureText(const domain::Error& error, bool isFolder)
{
    if (isFolder && error.code == domain::ErrorCode::NotMedia)
        return QCoreApplication::translate("ErrorText", "This folder contains no video or audio files.");
    return errorText(error.code);
}

}  // namespace reelforge::ui
