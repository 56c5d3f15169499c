#include "views/common/NotYetAvailablePage.h"

#include "contract/Version.h"
#include "views/style/Style.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace views {

NotYetAvailablePage::NotYetAvailablePage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notYetAvailablePage"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);

    auto *descriptionLabel = new QLabel(description, this);
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setAlignment(Qt::AlignCenter);

    auto *statusLabel = new QLabel(tr("This part of the portal is not available in Centralita %1 yet. "
                                      "It will come in a later version; until then, your phone system "
                                      "keeps working as configured.")
                                       .arg(QStringLiteral(CENTRALITA_VERSION)),
                                   this);
    statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusLabel->setWordWrap(true);
    statusLabel->setAlignment(Qt::AlignCenter);
    statusLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QVBoxLayout;
    column->setSpacing(style::space::Medium);
    column->addWidget(iconLabel);
    column->addWidget(titleLabel);
    column->addWidget(descriptionLabel);
    column->addWidget(statusLabel);

    // Keep the text in a readable column in the middle, whatever the window size.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace views
