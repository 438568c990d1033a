#include "adapters/publishing/shared/file_slice.h"

#include "application/services/publishing_bandwidth_limiter.h"

#include <QThread>

namespace reelforge::adapters {

FileSlice::FileSlice(
    const QString& path, qint64 offset, qint64 length, application::BandwidthLimiter* limiter)
    : m_file(path)
    , m_offset(offset)
    , m_length(length)
    , m_limiter(limiter)
{
}

bool FileSlice::open(OpenMode mode)
{
    if ((mode & WriteOnly) != 0 || !m_file.open(QIODevice::ReadOnly))
        return false;
    if (m_file.size() < m_offset + m_length || !m_file.seek(m_offset)) {
        m_file.close();
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void FileSlice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileSlice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

bool FileSlice::atEnd() const
{
    return pos() >= m_length;
}

qint64 FileSlice::readData(char* data, qint64 maxSize)
{
    qint64 want = qMin(maxSize, m_length - pos());
    if (want <= 0)
        return 0;
    if (m_limiter && m_limiter->rate() > 0) {
        want = qMin<qint64>(want, 64 * 1024);
        const auto wait = m_limiter->reserve(want);
        if (wait.count() > 0)
            QThread::usleep(static_cast<unsigned long>(wait.count()));
    }
    return m_file.read(data, want);
}

qint64 FileSlice::writeData(const char*, qint64)
{
    return -1;
}

}  // namespace reelforge::adapters
