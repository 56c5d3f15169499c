#pragma once
// A read-only connection of its own for the reads every request makes and the answers that list
// many rows (the session lookup, call-log pages): rows are read as the UTF-8 the database sends
// and written out as they are, where QtSql would turn every value into a QVariant and every text
// into UTF-16 and back (most of a page's cost), and QtSql's PostgreSQL driver would spend three
// round trips on each statement (PREPARE, EXECUTE, DEALLOCATE). It sees what other connections
// have committed, never a transaction in progress, so it serves reads that are not part of one.
// SQLite: SqliteReader.h; PostgreSQL: PostgresReader.h.

#include <QString>
#include <QUtf8StringView>
#include <QVariantList>
#include <memory>
#include <vector>

namespace server {

class RowReader
{
public:
    // One statement's rows, being read.
    class Cursor
    {
    public:
        virtual ~Cursor() = default;
        virtual bool next() = 0; // throws DatabaseError on a failed read
        virtual qint64 integer(int column) const = 0;
        virtual bool isNull(int column) const = 0;
        virtual QUtf8StringView text(int column) const = 0; // valid until next()
    };

    class Rows
    {
    public:
        explicit Rows(std::unique_ptr<Cursor> cursor)
            : m_cursor(std::move(cursor))
        {}
        bool next() { return m_cursor->next(); }
        qint64 integer(int column) const { return m_cursor->integer(column); }
        bool isNull(int column) const { return m_cursor->isNull(column); }
        QUtf8StringView text(int column) const { return m_cursor->text(column); }
        QString string(int column) const { return text(column).toString(); }
        // A condition's value: 1 on SQLite, t on PostgreSQL.
        bool flag(int column) const { return text(column) == QUtf8StringView("t") || integer(column) != 0; }

    private:
        std::unique_ptr<Cursor> m_cursor;
    };

    struct Statement {
        QString sql;
        QVariantList values; // bound to the `?` in sql, in order
    };

    virtual ~RowReader() = default;

    // How a value is bound: true for text, false for an integer; throws DatabaseError for any
    // other type (nothing read here binds one).
    static bool bindsAsText(const QVariant &value);

    // Runs `sql` with integers and strings bound to its `?` in order.
    virtual Rows run(const QString &sql, const QVariantList &values) = 0;
    // Runs statements that do not depend on each other's results and returns their rows in
    // order. PostgreSQL sends them in one round trip (pipeline mode); SQLite, with no round trip
    // to save, runs them one after another. Each reads what is committed when it runs. Each text
    // at most once (SQLite, which keeps one statement per text, refuses a repeat).
    virtual std::vector<Rows> runTogether(const std::vector<Statement> &statements) = 0;
};

} // namespace server
