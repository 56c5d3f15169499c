#include "views/common/KeyboardAccess.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFocusEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTextEdit>

namespace views {

namespace {
QString withKeyName(const QString &text, const QKeySequence &keys)
{
    return QCoreApplication::translate("views::KeyboardAccess", "%1 (%2)", "a tooltip and its shortcut key")
        .arg(text, keys.toString(QKeySequence::NativeText));
}

// The text a button shows, without its mnemonic marks or a trailing ellipsis.
QString plainButtonText(const QAbstractButton *button)
{
    const QString marked = button->text();
    QString text;
    for (qsizetype i = 0; i < marked.size(); ++i) {
        if (marked.at(i) == QLatin1Char('&') && i + 1 < marked.size())
            ++i; // "&x" shows x, "&&" shows one ampersand
        text.append(marked.at(i));
    }
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

// Widgets whose own keys would otherwise keep Tab inside them.
bool keepsTab(const QObject *object)
{
    return qobject_cast<const QAbstractItemView *>(object) || qobject_cast<const QPlainTextEdit *>(object) ||
           qobject_cast<const QTextEdit *>(object) || qobject_cast<const QDateTimeEdit *>(object);
}

// Owned by `owner` (gone with it), active while the focus is in `scope`.
QAction *scopedAction(QObject *owner, const QKeySequence &keys, QWidget *scope)
{
    auto *action = new QAction(owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(action);
    return action;
}

bool insideTabWidget(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        if (const auto *tabs = qobject_cast<const QTabWidget *>(parent); tabs && tabs->count() > 1)
            return true;
    }
    return false;
}
} // namespace

// Drawn over the focused control's edge, in its parent: a sibling that lets the mouse through.
class FocusRing : public QWidget
{
public:
    explicit FocusRing(QWidget *host)
        : QWidget(host)
    {
        setObjectName(QStringLiteral("focusRing"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
    }

    void follow(QWidget *target, QWidget *host)
    {
        if (m_target)
            m_target->removeEventFilter(this);
        m_target = target;
        if (parentWidget() != host)
            setParent(host);
        target->installEventFilter(this);
        connect(target, &QObject::destroyed, this, &QWidget::hide, Qt::UniqueConnection);
        place();
        show();
        raise();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_target && (event->type() == QEvent::Move || event->type() == QEvent::Resize))
            place();
        else if (watched == m_target && event->type() == QEvent::Hide)
            hide();
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Active, QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }

private:
    void place()
    {
        if (!m_target || !parentWidget())
            return;
        constexpr int Margin = 3;
        const QRect target(m_target->mapTo(parentWidget(), QPoint(0, 0)), m_target->size());
        setGeometry(target.adjusted(-Margin, -Margin, Margin, Margin).intersected(parentWidget()->rect()));
    }

    QPointer<QWidget> m_target;
};

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i; // "&&" is a literal ampersand
        else
            return text.at(i + 1).toLower();
    }
    return {};
}

QString withMnemonic(const QString &text, const QList<QChar> &taken)
{
    if (text.contains(QLatin1Char('&')))
        return text;
    QList<qsizetype> candidates;
    QList<qsizetype> others;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLetter())
            continue;
        const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
        (wordStart ? candidates : others).append(i);
    }
    candidates += others;
    for (qsizetype i : std::as_const(candidates)) {
        if (!taken.contains(text.at(i).toLower()))
            return QString(text).insert(i, QLatin1Char('&'));
    }
    return text;
}

void giveMnemonic(QLabel *label)
{
    // Already has one (given on an earlier show, or by the translator): nothing to look up.
    if (label->text().isEmpty() || label->text().contains(QLatin1Char('&')) ||
        Qt::mightBeRichText(label->text()))
        return;
    QWidget *window = label->window();
    QList<QChar> taken;
    const auto take = [&taken](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            taken.append(letter);
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget == label || !widget->isVisibleTo(window))
            continue;
        if (auto *other = qobject_cast<QLabel *>(widget); other && other->buddy())
            take(other->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            take(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            take(group->title());
    }
    label->setText(withMnemonic(label->text(), taken));
}

void addShortcut(QAbstractButton *button, const QKeySequence &keys, QWidget *scope)
{
    QAction *action = scopedAction(button, keys, scope);
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
    button->setToolTip(
        withKeyName(button->toolTip().isEmpty() ? plainButtonText(button) : button->toolTip(), keys));
}

void addFocusShortcut(QWidget *field, const QKeySequence &keys, QWidget *scope)
{
    QAction *action = scopedAction(field, keys, scope);
    QObject::connect(action, &QAction::triggered, field, [field] {
        field->setFocus(Qt::ShortcutFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    });
    if (auto *edit = qobject_cast<QLineEdit *>(field); edit && field->toolTip().isEmpty())
        field->setToolTip(withKeyName(edit->placeholderText(), keys));
}

KeyboardNavigation::KeyboardNavigation(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

KeyboardNavigation::~KeyboardNavigation()
{
    delete m_ring.data();
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Arrow keys move between cells; Tab goes on to the next control.
        if (auto *view = qobject_cast<QAbstractItemView *>(watched))
            view->setTabKeyNavigation(false);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(watched))
            plain->setTabChangesFocus(true);
        else if (auto *rich = qobject_cast<QTextEdit *>(watched))
            rich->setTabChangesFocus(true);
        break;
    case QEvent::Show:
        // Shown, so the window's other labels and buttons exist and the letter can be a free one.
        if (auto *label = qobject_cast<QLabel *>(watched); label && label->buddy()) {
            QWidget *buddy = label->buddy();
            if ((buddy->focusPolicy() & Qt::TabFocus) || buddy->focusProxy())
                giveMnemonic(label);
        }
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        auto *widget = qobject_cast<QWidget *>(watched);
        // A date is one stop, not one per day, month and year (the arrows move between them).
        // Ctrl+Tab switches the tabs of a tab widget; elsewhere it leaves the list like Tab.
        const bool control = key->modifiers() & Qt::ControlModifier;
        const bool date = qobject_cast<QDateTimeEdit *>(watched);
        if (tab && ((date && !control) || (control && keepsTab(watched) && !insideTabWidget(widget)))) {
            const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            QKeyEvent plainTab(QEvent::KeyPress, back ? Qt::Key_Backtab : Qt::Key_Tab,
                               back ? Qt::ShiftModifier : Qt::NoModifier);
            QCoreApplication::sendEvent(widget->window(), &plainTab);
            return true;
        }
        break;
    }
    case QEvent::FocusIn: {
        if (!watched->isWidgetType()) // the window's own focus event, not a control's
            break;
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
            reason == Qt::ShortcutFocusReason)
            m_keyboardMode = true;
        else if (reason == Qt::MouseFocusReason)
            m_keyboardMode = false;
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && m_keyboardMode)
            showRingOn(widget);
        else if (m_ring)
            m_ring->hide();
        break;
    }
    case QEvent::FocusOut: {
        if (!watched->isWidgetType())
            break;
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (m_ring && reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            m_ring->hide();
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KeyboardNavigation::showRingOn(QWidget *widget)
{
    // The whole spin or combo box, not the line edit inside it.
    QWidget *target = widget;
    while (target->parentWidget() && (qobject_cast<QAbstractSpinBox *>(target->parentWidget()) ||
                                      qobject_cast<QComboBox *>(target->parentWidget())))
        target = target->parentWidget();
    // A splitter would take the ring for one of its panes.
    QWidget *host = target->isWindow() ? nullptr : target->parentWidget();
    while (host && qobject_cast<QSplitter *>(host))
        host = host->isWindow() ? nullptr : host->parentWidget();
    if (!host) {
        if (m_ring)
            m_ring->hide();
        return;
    }
    if (!m_ring)
        m_ring = new FocusRing(host);
    m_ring->follow(target, host);
}

} // namespace views
