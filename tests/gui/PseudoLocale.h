#pragma once
// The pseudo locale: a translation (built from lupdate's output, see tests/CMakeLists.txt) that
// wraps every extracted string in ⟦ ⟧, and an audit of every text a window shows. A text passes
// when its letters are all inside markers, or are data: words the server's database holds (names,
// streets, file names), the current locale's month and day names, time zone ids, the brand and
// the languages' own names. Everything else bypassed tr() as lupdate sees it.

#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QWidget;

namespace server {
class Database;
}
namespace models {
class Session;
}

namespace pseudo {

// Installed for its lifetime; Qt's own catalogue is not (its texts are skipped by the audit).
class Translation
{
public:
    Translation();
    ~Translation();
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

// Every word of every text value the database holds, lower case.
QSet<QString> databaseWords(server::Database &db);

class Audit
{
public:
    explicit Audit(QSet<QString> dataWords);

    // Every visible text in `window` and its children; `where` names the place in the report.
    void inspect(QWidget *window, const QString &where);
    // Words of `data` may appear unmarked.
    void allow(const QString &data);
    // One text, e.g. a message the code under test produced.
    void check(const QString &text, const QString &where);
    const QStringList &misses() const { return m_misses; }
    // How many non-empty texts were checked, and the windows inspected: a tour that sees
    // nothing must not pass.
    int checkedTexts() const { return m_checked; }
    const QStringList &windows() const { return m_windows; }

private:
    void checkWidget(QWidget *widget, const QString &where);
    QSet<QString> m_words;
    QStringList m_misses;
    QSet<QString> m_reported;
    QStringList m_windows;
    int m_checked = 0;
};

// No API call of `session` is running (page loads are over), twice in a row.
void waitUntilIdle(models::Session &session);

} // namespace pseudo
