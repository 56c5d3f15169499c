#pragma once
// Reads a JSON request body member by member, collecting one FieldError per bad member, so a
// form gets every problem at once instead of the first one only.

#include "contract/Problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace contract {

enum class Presence { Required, Optional };
// Whether a text member may hold line breaks (see rules::checkMultiLineText).
enum class Lines { Single, Multiple };

// One invalid_unicode FieldError for each member, at any depth, whose name or text holds a lone
// UTF-16 surrogate. QJsonDocument keeps one from an escape such as "\ud800" and QString::toUtf8
// would then merge it with the next character, so such a document must be refused, not stored.
QList<FieldError> invalidUnicodeMembers(const QJsonObject &object);

class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString prefix = {});

    bool has(const QString &field) const { return m_object.contains(field); }

    // Trimmed string; empty optional when absent (or a Required member is missing/empty), or when
    // it holds a control character (one line unless `lines` says otherwise).
    std::optional<QString> string(const QString &field, Presence presence, int maxLength = 200,
                                  Lines lines = Lines::Single);
    // A required secret (password, PIN): never trimmed, since spaces may be part of it.
    std::optional<QString> secret(const QString &field, int maxLength);
    std::optional<qint64> integer(const QString &field, Presence presence, qint64 min, qint64 max);
    std::optional<bool> boolean(const QString &field, Presence presence);
    std::optional<QJsonArray> array(const QString &field, Presence presence);
    std::optional<QJsonObject> object(const QString &field, Presence presence);

    // Rejects members this resource does not have (typos must not be silently ignored).
    void rejectUnknown(const QStringList &known);

    void fail(const QString &field, const char *code, const QString &message);
    void merge(const QList<FieldError> &errors);
    QString path(const QString &field) const;

    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    Problem problem() const { return Problem::validation(m_errors); }

private:
    bool checkPresent(const QString &field, Presence presence);

    QJsonObject m_object;
    QString m_prefix;
    QList<FieldError> m_errors;
};

} // namespace contract
