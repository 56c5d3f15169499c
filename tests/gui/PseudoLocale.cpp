#include "tests/gui/PseudoLocale.h"

#include "models/ApiJob.h"
#include "models/Session.h"
#include "server/db/Database.h"
#include "tests/support/Catch.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QWizard>

namespace pseudo {

namespace {
const QRegularExpression &wordPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\p{L}+"));
    return pattern;
}

void addWords(QSet<QString> &words, const QString &text)
{
    for (auto it = wordPattern().globalMatch(text); it.hasNext();)
        words.insert(it.next().captured().toLower());
}

// Not translated on purpose: the brand, each language named in itself (so it can be found
// whatever the current language), the example server address, the About box's library names and
// SPDX licence ids.
const char *const Untranslated[] = {
    "Centralita",
    "Español",
    "English",
    "Français",
    "https://pbx.example.com",
    "Qt LGPL-3.0 QtKeychain BSD-3-Clause libphonenumber Apache-2.0 libsodium ISC Lucide"};

// Qt's own buttons (OK, Cancel, Back, Next…) come from Qt's catalogue, not ours.
bool isQtsOwnButton(QAbstractButton *button)
{
    if (auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget()))
        return box->standardButton(button) != QDialogButtonBox::NoButton;
    for (QWidget *parent = button->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *wizard = qobject_cast<QWizard *>(parent)) {
            for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                               QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton}) {
                if (wizard->button(which) == button)
                    return true;
            }
        }
    }
    return false;
}

QString plain(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text)))
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

void collectActions(QWidget *menu, QStringList &texts)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text() << action->toolTip();
        if (action->menu())
            collectActions(action->menu(), texts);
    }
}
} // namespace

Translation::Translation()
{
    m_loaded = m_translator.load(QStringLiteral(CENTRALITA_PSEUDO_QM));
    if (m_loaded)
        QCoreApplication::installTranslator(&m_translator);
}

Translation::~Translation()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QSet<QString> databaseWords(server::Database &db)
{
    QSet<QString> words;
    QStringList tables;
    auto list = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (list.next())
        tables << list.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        auto rows = db.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column) {
                const QVariant value = rows.value(column);
                if (value.metaType().id() == QMetaType::QString)
                    addWords(words, value.toString());
            }
        }
    }
    return words;
}

void Audit::allow(const QString &data)
{
    addWords(m_words, data);
}

Audit::Audit(QSet<QString> dataWords)
    : m_words(std::move(dataWords))
{
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        for (auto format : {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat}) {
            addWords(m_words, locale.monthName(month, format));
            addWords(m_words, locale.standaloneMonthName(month, format));
        }
    }
    for (int day = 1; day <= 7; ++day) {
        for (auto format : {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat}) {
            addWords(m_words, locale.dayName(day, format));
            addWords(m_words, locale.standaloneDayName(day, format));
        }
    }
    addWords(m_words, locale.amText() + QLatin1Char(' ') + locale.pmText());
    for (const char *text : Untranslated)
        addWords(m_words, QString::fromUtf8(text));
    // The time zone database's names (a zone without a translated city is named by its id).
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        addWords(m_words, QString::fromUtf8(zone));
}

void Audit::check(const QString &text, const QString &where)
{
    // Markers nest when a translated text is an argument of another: innermost first.
    static const QRegularExpression marked(QStringLiteral("\u27e6[^\u27e6\u27e7]*\u27e7"));
    if (text.isEmpty())
        return;
    ++m_checked;
    QString rest = text;
    for (qsizetype before = -1; before != rest.size();) {
        before = rest.size();
        rest.remove(marked);
    }
    for (auto it = wordPattern().globalMatch(rest); it.hasNext();) {
        if (!m_words.contains(it.next().captured().toLower())) {
            const QString miss = where + QStringLiteral(": \"") + text + QLatin1Char('"');
            if (!m_reported.contains(miss)) {
                m_reported.insert(miss);
                m_misses.append(miss);
            }
            return;
        }
    }
}

void Audit::inspect(QWidget *window, const QString &where)
{
    m_windows.append(where);
    if (window->isWindow())
        check(window->windowTitle(), where + QStringLiteral(" window title"));
    checkWidget(window, where);
    for (QWidget *child : window->findChildren<QWidget *>()) {
        if (child->isVisible() && !child->isWindow())
            checkWidget(child, where);
    }
}

void Audit::checkWidget(QWidget *widget, const QString &where)
{
    const QString name = where + QLatin1Char(' ') + QLatin1String(widget->metaObject()->className()) +
                         QLatin1Char('#') + widget->objectName();
    QStringList texts{widget->toolTip()};
    if (auto *label = qobject_cast<QLabel *>(widget))
        texts << plain(label->text(), label->textFormat());
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !isQtsOwnButton(button))
        texts << button->text();
    if (auto *tool = qobject_cast<QToolButton *>(widget); tool && tool->menu())
        collectActions(tool->menu(), texts);
    if (auto *group = qobject_cast<QGroupBox *>(widget))
        texts << group->title();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        texts << edit->placeholderText();
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i) << tabs->tabToolTip(i);
    }
    if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
        const int count = header->orientation() == Qt::Horizontal ? header->model()->columnCount()
                                                                  : header->model()->rowCount();
        for (int i = 0; i < count; ++i) {
            if (!header->isSectionHidden(i))
                texts << header->model()->headerData(i, header->orientation()).toString();
        }
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget);
        view && view->model() && !qobject_cast<QHeaderView *>(widget)) {
        // The first rows: statuses and directions are translated by the models.
        const auto *model = view->model();
        for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
                for (int child = 0; child < model->rowCount(index); ++child)
                    texts << model->index(child, 0, index).data().toString();
            }
        }
    }
    for (const QString &text : std::as_const(texts))
        check(text, name);
}

void waitUntilIdle(models::Session &session)
{
    const auto busy = [&session] {
        for (auto *job : session.findChildren<models::ApiJob *>(Qt::FindDirectChildrenOnly)) {
            if (job->isRunning())
                return true;
        }
        return false;
    };
    // Twice: a finished load may start the next one from its handler after the event loop turns.
    for (int round = 0; round < 2; ++round) {
        QCoreApplication::processEvents();
        REQUIRE(QTest::qWaitFor([&] { return !busy(); }, 15000));
    }
}

} // namespace pseudo
