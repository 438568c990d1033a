#pragma once

#include <QFile>
#include <QIODevice>

namespace reelforge::application {
class BandwidthLimiter;
}

namespace reelforge::adapters {

// A read-only window [offset, offset + length) of a file as a QIODevice, so an upload streams
// the bytes from disk instead of holding them in memory. With a limiter, reads are paced to
// the shared bandwidth budget.
class FileSlice final : public QIODevice {
public:
    FileSlice(
        const QString& path, qint64 offset, qint64 length, application::BandwidthLimiter* limiter = nullptr);

    bool open(OpenMode mode) override;  // ReadOnly only; false when the file cannot be read
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    QString fileError() const { return m_file.errorString(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    application::BandwidthLimiter* m_limiter;
};

}  // namespace reelforge::adapters
