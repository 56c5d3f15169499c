#pragma once
// The remembered session token in the system keychain (QtKeychain), never in QSettings and
// never the password. Keys are namespaced by server, company and extension. Every operation
// reports back within a timeout, because a locked or absent keyring may never answer.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>

namespace models {

struct CredentialResult {
    enum class Status { Ok, NotFound, Failed, TimedOut };
    Status status = Status::Failed;
    QString token;   // for reads that succeeded
    QString message; // translated, for Failed and TimedOut

    bool ok() const { return status == Status::Ok; }
};

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;
    static constexpr std::chrono::milliseconds DefaultTimeout{5000};

    explicit CredentialStore(QObject *parent = nullptr,
                             const QString &service = QStringLiteral("Centralita"));

    QString service() const { return m_service; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Administrators have no extension.
    static QString keyFor(const QUrl &server, const QString &companyNumber, const QString &extension);

    // `done` runs exactly once, unless `context` was destroyed meanwhile.
    void writeToken(const QString &key, const QString &token, const QObject *context, Callback done);
    void readToken(const QString &key, const QObject *context, Callback done);
    // Removing an entry that does not exist counts as success.
    void removeToken(const QString &key, const QObject *context, Callback done);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &token, const QObject *context,
             Callback done);

    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace models
