#pragma once
// A zip archive written front to back, as the .xlsx writer needs it: each entry raw-deflated by
// zlib (level 1: a million-row sheet is mostly repeated markup, and the default level costs
// three times the time for a few percent) behind a local header whose sizes and CRC-32 follow
// in a data descriptor, then the central directory. Plain zip only, no zip64: a size or offset
// that would reach 4 GiB stops the archive with tooLarge() instead of writing a file that
// readers would misread. One thread at a time.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <vector>

class QIODevice;
struct z_stream_s;

namespace models {

class ZipStream
{
public:
    // The largest size or offset a plain zip records (0xFFFFFFFF itself means "see zip64").
    static constexpr quint64 PlainZipLimit = 0xFFFFFFFEu;

    // Writes to `device`, already open; `sizeLimit` lower than PlainZipLimit for tests.
    explicit ZipStream(QIODevice &device, quint64 sizeLimit = PlainZipLimit);
    ~ZipStream();
    ZipStream(const ZipStream &) = delete;
    ZipStream &operator=(const ZipStream &) = delete;

    // Entries one after another: begin, data in any number of pieces, end. Each returns false
    // once anything failed (and then every later call does too).
    bool beginEntry(const QByteArray &name);
    bool write(QByteArrayView data);
    bool endEntry();
    bool addEntry(const QByteArray &name, QByteArrayView data);
    // The central directory; the device is left open for the caller to close.
    bool finish();

    bool failed() const { return m_failure != Failure::None; }
    // A size or offset passed sizeLimit.
    bool tooLarge() const { return m_failure == Failure::TooLarge; }
    // Why writing failed, as the device or zlib said it (empty for tooLarge()).
    QString errorString() const { return m_error; }
    quint64 bytesWritten() const { return m_offset; }

private:
    enum class Failure { None, Write, Deflate, TooLarge };
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint64 compressed = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };

    bool deflateData(QByteArrayView data, int flush);
    bool put(QByteArrayView bytes);
    bool fits(quint64 value);
    bool fail(Failure failure, const QString &error);

    QIODevice &m_device;
    const quint64 m_limit;
    std::unique_ptr<z_stream_s> m_zlib;
    bool m_zlibReady = false;
    bool m_inEntry = false;
    std::vector<Entry> m_entries;
    std::vector<char> m_out; // deflate's output, written out when full
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    quint64 m_offset = 0;
    Failure m_failure = Failure::None;
    QString m_error;
};

} // namespace models
