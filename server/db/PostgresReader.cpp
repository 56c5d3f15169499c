#include "server/db/PostgresReader.h"

#include "server/db/Database.h"

#include <libpq-fe.h>

#include <vector>

namespace server {

namespace {
class PostgresCursor : public RowReader::Cursor
{
public:
    explicit PostgresCursor(PGresult *result)
        : m_result(result)
        , m_rows(PQntuples(result))
    {}
    ~PostgresCursor() override { PQclear(m_result); }

    bool next() override { return ++m_row < m_rows; }
    qint64 integer(int column) const override
    {
        return QByteArrayView(PQgetvalue(m_result, m_row, column)).toLongLong();
    }
    bool isNull(int column) const override { return PQgetisnull(m_result, m_row, column) != 0; }
    QUtf8StringView text(int column) const override
    {
        return QUtf8StringView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }

private:
    PGresult *m_result;
    int m_rows;
    int m_row = -1;
};
} // namespace

PostgresReader::PostgresReader(const QUrl &url)
{
    const QByteArray host = url.host().toUtf8();
    const QByteArray port = QByteArray::number(url.port(5432));
    const QByteArray user = url.userName().toUtf8();
    const QByteArray password = url.password().toUtf8();
    const QByteArray name = url.path().mid(1).toUtf8();
    const char *keywords[] = {"host", "port", "user", "password", "dbname", "client_encoding", nullptr};
    const char *values[] = {host.constData(), port.constData(), user.constData(), password.constData(),
                            name.constData(), "UTF8",           nullptr};
    m_connection = PQconnectdbParams(keywords, values, 0);
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const std::string reason = PQerrorMessage(m_connection);
        PQfinish(m_connection);
        throw DatabaseError("cannot connect for reading: " + reason);
    }
}

PostgresReader::~PostgresReader()
{
    PQfinish(m_connection);
}

void PostgresReader::reconnectIfBroken()
{
    // A restarted database server: this connection is gone, the next one may work, and it has
    // none of the statements prepared on this one.
    if (PQstatus(m_connection) != CONNECTION_OK) {
        PQreset(m_connection);
        m_prepared.clear();
    }
}

const QByteArray &PostgresReader::prepared(const QString &sql)
{
    const auto found = m_prepared.constFind(sql);
    if (found != m_prepared.constEnd())
        return found.value();
    // `?` become $1, $2… outside string literals.
    QByteArray numbered;
    bool inLiteral = false;
    int next = 1;
    for (const char c : sql.toUtf8()) {
        if (c == '\'')
            inLiteral = !inLiteral;
        if (c == '?' && !inLiteral)
            numbered += '$' + QByteArray::number(next++);
        else
            numbered += c;
    }
    const QByteArray name = "centralita_read_" + QByteArray::number(m_prepared.size() + 1);
    PGresult *result = PQprepare(m_connection, name.constData(), numbered.constData(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok) {
        throw DatabaseError("cannot prepare \"" + sql.simplified().left(120).toStdString() +
                            "\": " + PQerrorMessage(m_connection));
    }
    return m_prepared.insert(sql, name).value();
}

RowReader::Rows PostgresReader::run(const QString &sql, const QVariantList &values)
{
    reconnectIfBroken();
    std::vector<QByteArray> texts;
    texts.reserve(size_t(values.size()));
    for (const QVariant &value : values)
        texts.push_back(bindsAsText(value) ? value.toString().toUtf8()
                                           : QByteArray::number(value.toLongLong()));
    std::vector<const char *> pointers;
    pointers.reserve(texts.size());
    for (const QByteArray &text : texts)
        pointers.push_back(text.constData());
    PGresult *result = PQexecPrepared(m_connection, prepared(sql).constData(), int(pointers.size()),
                                      pointers.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const std::string reason = PQerrorMessage(m_connection);
        PQclear(result);
        throw DatabaseError("cannot read \"" + sql.simplified().left(120).toStdString() + "\": " + reason);
    }
    return Rows(std::make_unique<PostgresCursor>(result));
}

} // namespace server
