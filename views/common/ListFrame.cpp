#include "views/common/ListFrame.h"

#include "views/style/Style.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace views {

namespace {
QString baseName(const QAbstractItemView *view)
{
    QString name = view->objectName();
    for (const auto *suffix : {"TableView", "TableWidget", "ListView", "ListWidget", "TreeView"}) {
        if (name.endsWith(QLatin1String(suffix))) {
            name.chop(static_cast<int>(qstrlen(suffix)));
            break;
        }
    }
    return name.isEmpty() ? QStringLiteral("list") : name;
}
} // namespace

ListFrame::ListFrame(QAbstractItemView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_emptyLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_stack(new QStackedLayout)
{
    const QString name = baseName(view);
    setObjectName(name + QStringLiteral("ListFrame"));
    m_emptyLabel->setObjectName(name + QStringLiteral("EmptyLabel"));
    // In the table's place, with the table's background: the empty list still reads as a list.
    style::styleEmptyState(m_emptyLabel);
    m_countLabel->setObjectName(name + QStringLiteral("CountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_countLabel->setMinimumHeight(m_countLabel->fontMetrics().lineSpacing()); // no jump when it fills

    view->setParent(this);
    m_stack->addWidget(view);
    m_stack->addWidget(m_emptyLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::XSmall);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_countLabel);

    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ListFrame::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ListFrame::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListFrame::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListFrame::refresh);
    refresh();
}

ListFrame::~ListFrame()
{
    // A view that owns its model (QListWidget) empties it while it is deleted with this frame's
    // children, after this frame stopped being a ListFrame: refresh() must not hear of it.
    disconnect(m_view->model(), nullptr, this, nullptr);
}

void ListFrame::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
}

void ListFrame::setCountText(std::function<QString(int)> text)
{
    m_countText = std::move(text);
    refresh();
}

void ListFrame::setLoaded(bool loaded)
{
    m_loaded = loaded;
    refresh();
}

void ListFrame::refresh()
{
    const int rows = m_view->model()->rowCount();
    const bool empty = m_loaded && rows == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    m_countLabel->setText(m_loaded && m_countText && rows > 0 ? m_countText(rows) : QString());
}

} // namespace views
