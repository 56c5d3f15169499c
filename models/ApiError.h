#pragma once
// Everything that can go wrong with one API call, in one shape: a problem+json answer from the
// server, or a failure before an answer arrived (network, timeout, TLS, unreadable response).
// message() is the translated sentence a person reads; views never show `detail` verbatim.

#include "contract/Problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <optional>

namespace models {

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Problem,           // the server answered with an error status
        Network,           // no answer: refused, DNS, connection reset…
        Timeout,           // no complete answer within the job's timeout
        Tls,               // certificate not trusted, handshake failed
        InsecureTransport, // refused before sending: http:// to a non-loopback host
        MalformedResponse, // an answer arrived but Centralita cannot read it
        Cancelled,         // the job was aborted by the client
        Offline            // a write refused before sending: the server is out of reach
    };

    Kind kind = Kind::Problem;
    contract::ProblemType problemType = contract::ProblemType::Unknown;
    int status = 0; // HTTP status, 0 when no answer arrived
    QString title;
    QString detail; // server's English detail or the network layer's text, for logs only
    QList<contract::FieldError> fieldErrors;
    std::optional<int> retryAfterSeconds;
    // The problem's extension members ("reason", "numbers", "currentETag"…), for callers that act on them.
    QJsonObject extensions;
    QString host;                // server the call was for, to name it in messages
    QSslCertificate certificate; // the rejected peer certificate (Kind::Tls)
    QDateTime offlineSince;      // last contact with the server, in the company's zone (Offline)
    QList<QSslError> sslErrors;

    // From an error response; a body that is not problem+json still gives a usable error.
    static ApiError fromResponse(int status, const QByteArray &body, const QByteArray &retryAfterHeader = {});
    static ApiError fromProblem(const contract::Problem &problem);
    static ApiError make(Kind kind, const QString &detail = {});

    bool isProblem(contract::ProblemType type) const { return kind == Kind::Problem && problemType == type; }
    bool hasFieldError(const QString &field) const;
    // Translated sentence for the whole error, chosen by problem type and field codes.
    QString message() const;
    // Translated sentence for one field's error, empty when that field has none.
    QString fieldMessage(const QString &field) const;

    // Translated sentence for a contract::FieldCode, independent of any response.
    static QString describeFieldCode(const QString &code);
    // Translated label of a request member ("companyNumber" -> "Company main number").
    static QString fieldLabel(const QString &field);
    // Translated sentence for a 409 by its "reason" member (Configuration rules, payments).
    QString conflictMessage() const;
    // Translated sentence for a call refused by the extension's prepaid controls; empty otherwise.
    QString callRefusalMessage() const;
};

} // namespace models

Q_DECLARE_METATYPE(models::ApiError)
