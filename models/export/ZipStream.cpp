#include "models/export/ZipStream.h"

#include <QDateTime>
#include <QIODevice>
#include <zlib.h>

namespace models {

namespace {
constexpr size_t OutputBytes = 256 * 1024;
constexpr quint16 VersionNeeded = 20; // deflate
constexpr quint16 DataDescriptorFlag = 0x0008;
constexpr quint16 Deflated = 8;

// Little-endian fields, as every zip record has them.
class Record
{
public:
    Record &u16(quint16 value)
    {
        m_bytes.append(char(value & 0xff)).append(char(value >> 8));
        return *this;
    }
    Record &u32(quint64 value) { return u16(quint16(value & 0xffff)).u16(quint16((value >> 16) & 0xffff)); }
    Record &bytes(const QByteArray &bytes)
    {
        m_bytes.append(bytes);
        return *this;
    }
    const QByteArray &data() const { return m_bytes; }

private:
    QByteArray m_bytes;
};
} // namespace

ZipStream::ZipStream(QIODevice &device, quint64 sizeLimit)
    : m_device(device)
    , m_limit(std::min(sizeLimit, PlainZipLimit))
    , m_zlib(std::make_unique<z_stream_s>())
{
    // The entries' modification time, in the DOS format zip keeps (local time, 2 s steps).
    const QDateTime now = QDateTime::currentDateTime();
    const QDate date = now.date();
    const QTime time = now.time();
    m_dosDate = quint16(((std::max(date.year(), 1980) - 1980) << 9) | (date.month() << 5) | date.day());
    m_dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
}

ZipStream::~ZipStream()
{
    if (m_zlibReady)
        deflateEnd(m_zlib.get());
}

bool ZipStream::fail(Failure failure, const QString &error)
{
    if (m_failure == Failure::None) {
        m_failure = failure;
        m_error = error;
    }
    return false;
}

bool ZipStream::fits(quint64 value)
{
    return value <= m_limit || fail(Failure::TooLarge, {});
}

bool ZipStream::put(QByteArrayView bytes)
{
    if (!fits(m_offset + quint64(bytes.size())))
        return false;
    if (m_device.write(bytes.data(), bytes.size()) != bytes.size())
        return fail(Failure::Write, m_device.errorString());
    m_offset += quint64(bytes.size());
    return true;
}

bool ZipStream::beginEntry(const QByteArray &name)
{
    if (failed() || m_inEntry)
        return false;
    if (!m_zlibReady) {
        // Raw deflate (negative window bits): zip has its own header and CRC.
        if (deflateInit2(m_zlib.get(), 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return fail(Failure::Deflate, QString::fromLatin1(m_zlib->msg ? m_zlib->msg : "deflateInit2"));
        m_zlibReady = true;
        m_out.resize(OutputBytes);
    } else if (deflateReset(m_zlib.get()) != Z_OK) {
        return fail(Failure::Deflate, QStringLiteral("deflateReset"));
    }
    m_entries.push_back({name, quint32(crc32(0, nullptr, 0)), 0, 0, m_offset});
    m_inEntry = true;
    Record header;
    header.u32(0x04034b50).u16(VersionNeeded).u16(DataDescriptorFlag).u16(Deflated);
    header.u16(m_dosTime).u16(m_dosDate).u32(0).u32(0).u32(0); // CRC and sizes: in the descriptor
    header.u16(quint16(name.size())).u16(0).bytes(name);
    return put(header.data());
}

bool ZipStream::deflateData(QByteArrayView data, int flush)
{
    Entry &entry = m_entries.back();
    z_stream_s &zlib = *m_zlib;
    zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zlib.avail_in = uInt(data.size());
    int result = Z_OK;
    do {
        zlib.next_out = reinterpret_cast<Bytef *>(m_out.data());
        zlib.avail_out = uInt(m_out.size());
        result = deflate(&zlib, flush);
        if (result == Z_STREAM_ERROR)
            return fail(Failure::Deflate, QString::fromLatin1(zlib.msg ? zlib.msg : "deflate"));
        const auto produced = qsizetype(m_out.size() - zlib.avail_out);
        entry.compressed += quint64(produced);
        if (!fits(entry.compressed) || !put(QByteArrayView(m_out.data(), produced)))
            return false;
    } while (zlib.avail_out == 0 || (flush == Z_FINISH && result != Z_STREAM_END));
    return true;
}

bool ZipStream::write(QByteArrayView data)
{
    if (failed() || !m_inEntry)
        return false;
    Entry &entry = m_entries.back();
    // zlib takes at most 4 GiB a call; the size limit stops an entry long before that.
    if (!fits(entry.size + quint64(data.size())))
        return false;
    entry.size += quint64(data.size());
    entry.crc = quint32(crc32(entry.crc, reinterpret_cast<const Bytef *>(data.data()), uInt(data.size())));
    return deflateData(data, Z_NO_FLUSH);
}

bool ZipStream::endEntry()
{
    if (failed() || !m_inEntry || !deflateData({}, Z_FINISH))
        return false;
    m_inEntry = false;
    const Entry &entry = m_entries.back();
    Record descriptor;
    descriptor.u32(0x08074b50).u32(entry.crc).u32(entry.compressed).u32(entry.size);
    return put(descriptor.data());
}

bool ZipStream::addEntry(const QByteArray &name, QByteArrayView data)
{
    return beginEntry(name) && write(data) && endEntry();
}

bool ZipStream::finish()
{
    if (failed() || m_inEntry)
        return false;
    const quint64 directoryOffset = m_offset;
    for (const Entry &entry : m_entries) {
        Record header;
        header.u32(0x02014b50).u16(VersionNeeded).u16(VersionNeeded).u16(DataDescriptorFlag).u16(Deflated);
        header.u16(m_dosTime).u16(m_dosDate).u32(entry.crc).u32(entry.compressed).u32(entry.size);
        header.u16(quint16(entry.name.size())).u16(0).u16(0); // name, extra field and comment lengths
        header.u16(0).u16(0).u32(0);                          // disk, internal and external attributes
        header.u32(entry.offset).bytes(entry.name);
        if (!put(header.data()))
            return false;
    }
    const quint64 directorySize = m_offset - directoryOffset;
    Record end;
    end.u32(0x06054b50).u16(0).u16(0).u16(quint16(m_entries.size())).u16(quint16(m_entries.size()));
    end.u32(directorySize).u32(directoryOffset).u16(0);
    return put(end.data());
}

} // namespace models
