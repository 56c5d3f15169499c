// The zip writer under the .xlsx export, read back by Python's zipfile: every entry's data and
// CRC-32 right whatever the pieces it was written in, and the plain-zip size limit (tested with a
// small limit in place of 4 GiB) refusing a size or offset one byte past it.

#include "models/export/ZipStream.h"
#include "tests/support/Catch.h"
#include "tests/support/ZipReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <zlib.h>

namespace {
// Data deflate cannot shrink, so sizes on disk follow the sizes written.
QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

struct Written {
    bool ok = false;
    bool tooLarge = false;
    quint64 bytes = 0;
};

// Three entries, the second in uneven pieces; `limit` as the stream's size limit.
Written writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &entries,
                 quint64 limit = models::ZipStream::PlainZipLimit)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    models::ZipStream zip(file, limit);
    bool ok = true;
    for (const auto &[name, data] : entries) {
        ok = ok && zip.beginEntry(name);
        for (qsizetype at = 0, piece = 1; ok && at < data.size(); at += piece, piece = piece * 3 + 1)
            ok = zip.write(QByteArrayView(data).sliced(at, std::min(piece, data.size() - at)));
        ok = ok && zip.endEntry();
    }
    ok = ok && zip.finish();
    CHECK(ok != zip.failed());
    return {ok, zip.tooLarge(), zip.bytesWritten()};
}
} // namespace

TEST_CASE("A streamed zip reads back with every entry's data and CRC right", "[models][xlsx][zip]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("entries.zip"));
    QByteArray markup;
    for (int row = 0; row < 20000; ++row)
        markup +=
            "<row r=\"" + QByteArray::number(row) + "\"><c t=\"inlineStr\"><is><t>Pérez</t></is></c></row>";
    const QList<std::pair<QByteArray, QByteArray>> entries = {{"[Content_Types].xml", "<Types/>"},
                                                              {"xl/worksheets/sheet1.xml", markup},
                                                              {"empty.bin", {}},
                                                              {"noise.bin", noise(700 * 1024 + 3, 14)}};
    REQUIRE(writeZip(path, entries).ok);

    const zips::Archive archive = zips::read(path);
    INFO(archive.error.toStdString());
    REQUIRE(archive.error.isEmpty());
    REQUIRE(archive.entries.size() == entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const auto &[name, data] = entries.at(i);
        const zips::Entry &entry = archive.entries.at(i);
        INFO("entry " << name.toStdString());
        CHECK(entry.name == QString::fromLatin1(name));
        CHECK(entry.method == 8);
        CHECK(entry.size == data.size());
        CHECK(entry.crc ==
              quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()))));
        CHECK(entry.sha256 == sha256(data));
    }
    // Level 1 still shrinks markup a lot.
    CHECK(archive.entries.at(1).compressed * 10 < archive.entries.at(1).size);
}

TEST_CASE("A zip stops one byte past its size limit", "[models][xlsx][zip]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("limit.zip"));
    // Each entry well under the limit, the archive not: the offsets reach it.
    const QList<std::pair<QByteArray, QByteArray>> entries = {
        {"a.bin", noise(40 * 1024, 1)}, {"b.bin", noise(40 * 1024, 2)}, {"c.bin", noise(40 * 1024, 3)}};
    const Written unlimited = writeZip(path, entries);
    REQUIRE(unlimited.ok);
    CHECK(zips::read(path).error.isEmpty());

    SECTION("The whole archive's size as the limit fits")
    {
        const Written exact = writeZip(path, entries, unlimited.bytes);
        CHECK(exact.ok);
        CHECK(exact.bytes == unlimited.bytes);
        CHECK(zips::read(path).error.isEmpty());
    }
    SECTION("One byte less does not: the archive stops before passing it")
    {
        const Written short1 = writeZip(path, entries, unlimited.bytes - 1);
        CHECK_FALSE(short1.ok);
        CHECK(short1.tooLarge);
        CHECK(short1.bytes <= unlimited.bytes - 1);
    }
    SECTION("An entry larger than the limit stops as soon as its data passes it")
    {
        const Written big = writeZip(path, {{"big.bin", noise(100 * 1024, 4)}}, 64 * 1024);
        CHECK_FALSE(big.ok);
        CHECK(big.tooLarge);
        CHECK(big.bytes <= 64 * 1024);
    }
    SECTION("A compressible entry whose data passes the limit stops too, however small it deflates")
    {
        const Written zeros = writeZip(path, {{"zeros.bin", QByteArray(100 * 1024, '0')}}, 64 * 1024);
        CHECK_FALSE(zeros.ok);
        CHECK(zeros.tooLarge);
    }
}
