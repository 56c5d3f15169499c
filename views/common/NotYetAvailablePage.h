#pragma once
// Placeholder for a portal section this version does not implement yet. It says so plainly
// instead of showing empty or fake data; later versions replace it page by page.

#include <QWidget>

namespace views {

class NotYetAvailablePage : public QWidget
{
    Q_OBJECT

public:
    NotYetAvailablePage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace views
