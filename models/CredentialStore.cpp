#include "models/CredentialStore.h"

#include "contract/PhoneNumbers.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace models {

CredentialStore::CredentialStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{}

QString CredentialStore::keyFor(const QUrl &server, const QString &companyNumber, const QString &extension)
{
    const QString url = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
    const QString company = contract::phone::toE164(companyNumber).value_or(companyNumber.trimmed());
    QString key = url + QLatin1Char(' ') + company;
    if (!extension.trimmed().isEmpty())
        key += QLatin1Char(' ') + extension.trimmed();
    return key;
}

void CredentialStore::writeToken(const QString &key, const QString &token, const QObject *context,
                                 Callback done)
{
    run(Operation::Write, key, token, context, std::move(done));
}

void CredentialStore::readToken(const QString &key, const QObject *context, Callback done)
{
    run(Operation::Read, key, {}, context, std::move(done));
}

void CredentialStore::removeToken(const QString &key, const QObject *context, Callback done)
{
    run(Operation::Remove, key, {}, context, std::move(done));
}

void CredentialStore::run(Operation operation, const QString &key, const QString &token,
                          const QObject *context, Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(token);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: a keychain backend that never answers may still call back into the job, so
    // it must stay alive; it deletes itself (autoDelete) once it does finish.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    // Shared between the finished handler and the timeout; whichever comes first reports.
    struct Pending {
        QPointer<const QObject> context;
        bool hasContext = false;
        Callback done;
        bool reported = false;
    };
    auto pending = std::make_shared<Pending>();
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->done = std::move(done);
    auto report = [pending](const CredentialResult &result) {
        if (pending->reported)
            return;
        pending->reported = true;
        if (pending->hasContext && !pending->context)
            return;
        if (pending->done)
            pending->done(result);
    };

    QPointer<QTimer> timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [report, timer] {
        timer->deleteLater();
        report({CredentialResult::Status::TimedOut,
                {},
                tr("The system keychain did not answer. It may be locked.")});
    });

    connect(job, &QKeychain::Job::finished, this, [report, timer, operation](QKeychain::Job *finished) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        CredentialResult result;
        switch (finished->error()) {
        case QKeychain::NoError:
            result.status = CredentialResult::Status::Ok;
            if (operation == Operation::Read)
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    result.token = read->textData();
            break;
        case QKeychain::EntryNotFound:
            result.status = operation == Operation::Remove ? CredentialResult::Status::Ok
                                                           : CredentialResult::Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.message = tr("Access to the system keychain was denied.");
            break;
        case QKeychain::NoBackendAvailable:
            result.message = tr("No system keychain is available on this computer.");
            break;
        default:
            result.message = tr("The system keychain reported an error: %1").arg(finished->errorString());
            break;
        }
        report(result);
    });

    timer->start(m_timeout);
    job->start();
}

} // namespace models
