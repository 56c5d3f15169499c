#include "models/enduser/FaxModel.h"

#include "contract/PhoneNumbers.h"
#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/SnapshotStore.h"
#include "models/stores/TypedRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace models {

namespace {
QString accountFaxPath(const QString &extension)
{
    if (extension.isEmpty())
        return QStringLiteral("/faxes");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("extension"), QString::fromLatin1(QUrl::toPercentEncoding(extension)));
    return QStringLiteral("/faxes?") + query.toString(QUrl::FullyEncoded);
}

QString scopePath(CallLogScope scope)
{
    return scope == CallLogScope::Own ? QStringLiteral("/me/faxes") : QStringLiteral("/faxes");
}
} // namespace

StoreResult<QList<contract::Fax>> *faxList(QObject *owner, Session &session, CallLogScope scope,
                                           const QString &extension)
{
    return typedRequest<QList<contract::Fax>>(owner, session, ApiJob::Method::Get,
                                              scope == CallLogScope::Own ? scopePath(scope)
                                                                         : accountFaxPath(extension));
}

FaxModel::FaxModel(Session &session, CallLogScope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_scope(scope)
{}

void FaxModel::reload()
{
    if (m_read)
        m_read->abort(); // an answer for the previous filter must not land after this one
    const auto onFailed = [this](const ApiError &error) {
        // Rows already shown stay; with none yet, the saved copy stands in while out of reach.
        if (error.kind == ApiError::Kind::Cancelled || (!m_loaded && isOutOfReach(error) && showSavedCopy()))
            return;
        emit loadFailed(error);
    };
    auto *read = faxList(this, m_session, m_scope, m_extension);
    connect(read, &StoreWrite::succeeded, this, [this, read] {
        const QList<contract::Fax> &faxes = read->value();
        // Only the user's own list is kept for offline reading.
        if (auto *copy = m_session.snapshots(); copy && m_scope == CallLogScope::Own) {
            QJsonArray items;
            for (const auto &fax : faxes)
                items.append(fax.toJson());
            copy->save(
                SnapshotKind::Faxes,
                QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact),
                QDateTime::currentDateTimeUtc());
        }
        setItems(faxes);
    });
    connect(read, &StoreWrite::failed, this, onFailed);
    m_read = read;
}

void FaxModel::setItems(const QList<contract::Fax> &faxes, const QDateTime &savedAt)
{
    beginResetModel();
    m_items = faxes;
    m_loaded = true;
    m_savedAt = savedAt;
    endResetModel();
    emit loaded();
}

bool FaxModel::showSavedCopy()
{
    if (m_scope != CallLogScope::Own || !m_session.snapshots())
        return false;
    const auto copy = m_session.snapshots()->load(SnapshotKind::Faxes);
    if (!copy)
        return false;
    setItems(contract::faxListFromJson(QJsonDocument::fromJson(copy->json).object()), copy->fetchedAt);
    return true;
}

void FaxModel::prepend(const contract::Fax &fax)
{
    beginInsertRows({}, 0, 0);
    m_items.prepend(fax);
    endInsertRows();
}

int FaxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FaxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FaxModel::statusText(const contract::Fax &fax)
{
    const QString &status = fax.status;
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("received"))
        return tr("Received");
    if (status == QLatin1String("failed"))
        return fax.failureReason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(fax.failureReason);
    return status;
}

QString FaxModel::directionText(const contract::Fax &fax)
{
    return fax.direction == QLatin1String("in") ? tr("Received") : tr("Sent");
}

QString FaxModel::extensionText(const contract::Fax &fax)
{
    return fax.extension.isEmpty() ? tr("Main line") : fax.extension;
}

QVariant FaxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const contract::Fax &fax = m_items.at(index.row());
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Direction:
            return fax.direction;
        case Extension:
            return fax.extension;
        case Number:
            return fax.remoteNumber;
        case Pages:
            return fax.pages;
        case Status:
            return fax.status;
        case Date:
            return fax.createdAt;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Direction:
            return directionText(fax);
        case Extension:
            return extensionText(fax);
        case Number:
            return contract::phone::formatFor(fax.remoteNumber, m_region);
        case Pages:
            return QLocale().toString(fax.pages);
        case Status:
            return statusText(fax);
        case Date:
            return formatShortDateTime(fax.createdAt.toTimeZone(m_zone));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status)
        return statusText(fax);
    if (role == Qt::TextAlignmentRole && index.column() == Pages)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FaxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Direction:
        return tr("Direction");
    case Extension:
        return tr("Extension");
    case Number:
        return tr("Fax number");
    case Pages:
        return tr("Pages");
    case Status:
        return tr("Status");
    case Date:
        return tr("Date");
    }
    return {};
}

StoreResult<Download> *FaxModel::document(qint64 id)
{
    RequestOptions download;
    download.timeout = std::chrono::seconds(60); // a document of many pages
    return typedRequest<Download>(nullptr, m_session, ApiJob::Method::Get,
                                  scopePath(m_scope) + QStringLiteral("/%1/document").arg(id), {}, {},
                                  download);
}

} // namespace models
