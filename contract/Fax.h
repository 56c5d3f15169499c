#pragma once
// Faxes an end user sends and receives. A document is accepted by its content (PDF or TIFF
// signature and structure), never by its file name; the same inspection runs in the client
// before upload and on the server on arrival.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace contract {

inline constexpr qint64 MaxFaxDocumentBytes = 1536 * 1024; // below the server's 2 MiB body limit
inline constexpr int MaxFaxPages = 50;

struct FaxDocumentInfo {
    QString mimeType; // "application/pdf" or "image/tiff"; empty when refused
    int pages = 0;
    const char *error = nullptr; // a FaxDocumentError code, nullptr when acceptable
    bool ok() const { return error == nullptr; }
};

namespace FaxDocumentError {
inline constexpr auto Empty = "empty";
inline constexpr auto TooLarge = "too_large";
inline constexpr auto UnsupportedType = "unsupported_type"; // neither PDF nor TIFF
inline constexpr auto Truncated = "truncated";              // cut short or damaged
inline constexpr auto TooManyPages = "too_many_pages";
} // namespace FaxDocumentError

FaxDocumentInfo inspectFaxDocument(const QByteArray &data);

struct Fax {
    qint64 id = 0;
    QString direction; // "in" or "out"
    QString extension; // the extension it belongs to; set in the administrator's account-wide list
    QString remoteNumber;
    int pages = 0;
    QString status; // queued, sending, sent, failed (outgoing); received (incoming)
    QString failureReason;
    QString fileName;
    QString mimeType;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Fax fromJson(const QJsonObject &object);
};

QList<Fax> faxListFromJson(const QJsonObject &object);

} // namespace contract
