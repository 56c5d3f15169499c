#pragma once
// Reads zip archives back for the .xlsx writer's tests with an independent reader: Python's
// zipfile (tests/support/zip_entries.py), which checks each entry's CRC-32 as it reads it.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace zips {

struct Entry {
    QString name;
    int method = -1; // 8: deflate
    qint64 size = -1;
    qint64 compressed = -1;
    quint32 crc = 0;
    QByteArray sha256; // hex, of the data as read
};

struct Archive {
    QList<Entry> entries;
    QString error; // why the archive could not be read (a bad CRC among others)
};

inline void run(QProcess &python, const QStringList &arguments)
{
    python.start(QStringLiteral(CENTRALITA_SYSTEM_PYTHON),
                 QStringList{QStringLiteral(CENTRALITA_SOURCE_DIR "/tests/support/zip_entries.py")} +
                     arguments);
    python.waitForFinished(60000);
}

inline Archive read(const QString &path)
{
    QProcess python;
    run(python, {path});
    Archive archive;
    const QByteArray output = python.readAllStandardOutput();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        archive.error = QString::fromUtf8(python.readAllStandardError());
        return archive;
    }
    const QJsonObject info = QJsonDocument::fromJson(output).object();
    if (!info.value(QStringLiteral("bad")).isNull())
        archive.error = QStringLiteral("bad entry: ") + info.value(QStringLiteral("bad")).toString();
    for (const QJsonValue &value : info.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        archive.entries.append(
            {e.value(QStringLiteral("name")).toString(), e.value(QStringLiteral("method")).toInt(),
             e.value(QStringLiteral("size")).toInteger(), e.value(QStringLiteral("compressed")).toInteger(),
             quint32(e.value(QStringLiteral("crc")).toInteger()),
             e.value(QStringLiteral("sha256")).toString().toLatin1()});
    }
    return archive;
}

// One entry's data, or an empty array when it cannot be read.
inline QByteArray entryData(const QString &path, const QString &name)
{
    QProcess python;
    run(python, {path, name});
    return python.exitCode() == 0 ? python.readAllStandardOutput() : QByteArray();
}

} // namespace zips
