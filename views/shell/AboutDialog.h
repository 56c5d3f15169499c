#pragma once
// Help → About Centralita: the version (from the CMake project version, contract/Version.h),
// the Qt it runs on, and the licences of the libraries it uses.

#include <QDialog>

namespace views {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace views
