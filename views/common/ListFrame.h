#pragma once
// A list page's table with its empty state and its row count: the table gives way to a short
// sentence when it has no rows ("No calls in this period."), and a line under it counts them
// ("12 calls"). Neither shows before the page's first answer from the server (setLoaded).

#include <QWidget>
#include <functional>

class QAbstractItemView;
class QLabel;
class QStackedLayout;

namespace views {

class ListFrame : public QWidget
{
    Q_OBJECT

public:
    // Takes `view`, whose model must already be set; its object name names the labels
    // ("callLogsTableView": "callLogsEmptyLabel", "callLogsCountLabel").
    explicit ListFrame(QAbstractItemView *view, QWidget *parent = nullptr);
    ~ListFrame() override;

    void setEmptyText(const QString &text);
    // The count line for `rows` rows, e.g. tr("%n call(s)", nullptr, rows).
    void setCountText(std::function<QString(int rows)> text);
    void setLoaded(bool loaded);
    bool isLoaded() const { return m_loaded; }

    QAbstractItemView *view() const { return m_view; }
    QLabel *emptyLabel() const { return m_emptyLabel; }
    QLabel *countLabel() const { return m_countLabel; }

    // Reads the model again (the pages call it when the count text depends on more than rows).
    void refresh();

private:
    QAbstractItemView *m_view;
    QLabel *m_emptyLabel;
    QLabel *m_countLabel;
    QStackedLayout *m_stack;
    std::function<QString(int)> m_countText;
    bool m_loaded = false;
};

} // namespace views
