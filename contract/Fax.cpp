#include "contract/Fax.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace contract {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Page objects ("/Type /Page", not "/Pages") in the file; good enough for fax documents,
// which are simple. Compressed object streams hide them, so 0 counts as one page.
int countPdfPages(const QByteArray &data)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    const QString text = QString::fromLatin1(data);
    int pages = 0;
    for (auto it = page.globalMatch(text); it.hasNext(); it.next())
        ++pages;
    return std::max(pages, 1);
}

FaxDocumentInfo inspectPdf(const QByteArray &data)
{
    // A complete PDF ends with %%EOF (possibly followed by a line break); a truncated one does not.
    if (!data.right(1024).contains("%%EOF") || !data.contains("startxref"))
        return {{}, 0, FaxDocumentError::Truncated};
    const int pages = countPdfPages(data);
    if (pages > MaxFaxPages)
        return {{}, pages, FaxDocumentError::TooManyPages};
    return {QStringLiteral("application/pdf"), pages, nullptr};
}

FaxDocumentInfo inspectTiff(const QByteArray &data)
{
    const bool little = data.startsWith("II");
    const auto read16 = [&](qint64 at) -> quint32 {
        const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
        return little ? quint32(p[0] | p[1] << 8) : quint32(p[0] << 8 | p[1]);
    };
    const auto read32 = [&](qint64 at) -> quint32 {
        const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
        return little ? quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24
                      : quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
    };
    // Walk the chain of image file directories: one per page.
    quint32 offset = read32(4);
    int pages = 0;
    QSet<quint32> seen;
    while (offset != 0) {
        if (offset + 2 > quint32(data.size()) || seen.contains(offset))
            return {{}, pages, FaxDocumentError::Truncated};
        seen.insert(offset);
        const quint32 entries = read16(offset);
        const quint32 next = offset + 2 + entries * 12;
        if (next + 4 > quint32(data.size()))
            return {{}, pages, FaxDocumentError::Truncated};
        ++pages;
        if (pages > MaxFaxPages)
            return {{}, pages, FaxDocumentError::TooManyPages};
        offset = read32(next);
    }
    if (pages == 0)
        return {{}, 0, FaxDocumentError::Truncated};
    return {QStringLiteral("image/tiff"), pages, nullptr};
}
} // namespace

FaxDocumentInfo inspectFaxDocument(const QByteArray &data)
{
    if (data.isEmpty())
        return {{}, 0, FaxDocumentError::Empty};
    if (data.size() > MaxFaxDocumentBytes)
        return {{}, 0, FaxDocumentError::TooLarge};
    if (data.startsWith("%PDF-"))
        return inspectPdf(data);
    if (data.size() >= 8 &&
        (data.startsWith(QByteArrayLiteral("II*\0")) || data.startsWith(QByteArrayLiteral("MM\0*"))))
        return inspectTiff(data);
    return {{}, 0, FaxDocumentError::UnsupportedType};
}

QJsonObject Fax::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("direction"), direction},
            {QStringLiteral("extension"), extension},
            {QStringLiteral("remoteNumber"), remoteNumber},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("status"), status},
            {QStringLiteral("failureReason"), failureReason},
            {QStringLiteral("fileName"), fileName},
            {QStringLiteral("mimeType"), mimeType},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODate)}};
}

Fax Fax::fromJson(const QJsonObject &object)
{
    Fax fax;
    fax.id = object.value(QLatin1String("id")).toInteger();
    fax.direction = str(object, "direction");
    fax.extension = str(object, "extension");
    fax.remoteNumber = str(object, "remoteNumber");
    fax.pages = object.value(QLatin1String("pages")).toInt();
    fax.status = str(object, "status");
    fax.failureReason = str(object, "failureReason");
    fax.fileName = str(object, "fileName");
    fax.mimeType = str(object, "mimeType");
    fax.createdAt = QDateTime::fromString(str(object, "createdAt"), Qt::ISODate);
    fax.updatedAt = QDateTime::fromString(str(object, "updatedAt"), Qt::ISODate);
    return fax;
}

QList<Fax> faxListFromJson(const QJsonObject &object)
{
    QList<Fax> faxes;
    for (const auto &item : object.value(QLatin1String("items")).toArray())
        faxes.append(Fax::fromJson(item.toObject()));
    return faxes;
}

} // namespace contract
