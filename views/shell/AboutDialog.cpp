#include "views/shell/AboutDialog.h"

#include "contract/Version.h"
#include "views/style/Style.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Centralita"));

    auto *nameLabel = new QLabel(QStringLiteral(CENTRALITA_NAME), this);
    QFont nameFont = nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    nameLabel->setFont(nameFont);

    auto *versionLabel = new QLabel(tr("Version %1").arg(QStringLiteral(CENTRALITA_VERSION)), this);
    versionLabel->setObjectName(QStringLiteral("versionLabel"));
    versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *descriptionLabel = new QLabel(tr("Desktop client for hosted office phone systems."), this);
    descriptionLabel->setWordWrap(true);
    auto *qtLabel = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                                   .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                               this);
    qtLabel->setObjectName(QStringLiteral("qtVersionLabel"));

    auto *licencesTree = new QTreeWidget(this);
    licencesTree->setObjectName(QStringLiteral("licencesTreeWidget"));
    licencesTree->setAccessibleName(tr("Libraries and licenses"));
    licencesTree->setRootIsDecorated(false);
    licencesTree->setSelectionMode(QAbstractItemView::NoSelection);
    licencesTree->setHeaderLabels({tr("Library"), tr("License"), tr("Used for")});
    const struct {
        const char *library;
        const char *licence;
        QString use;
    } libraries[] = {
        {"Qt", "LGPL-3.0", tr("Windows, networking, audio and PDF")},
        {"QtKeychain", "BSD-3-Clause", tr("Keeping the sign-in token in the system keychain")},
        {"libphonenumber", "Apache-2.0", tr("Reading and formatting phone numbers")},
        {"libsodium", "ISC", tr("Password hashing in the reference server")},
        {"Lucide", "ISC", tr("Icons")},
    };
    for (const auto &library : libraries) {
        new QTreeWidgetItem(licencesTree,
                            {QLatin1String(library.library), QLatin1String(library.licence), library.use});
    }
    licencesTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    licencesTree->header()->setStretchLastSection(true);

    auto *noteLabel =
        new QLabel(tr("Catch2 (BSL-1.0) is used by the test suite only and is not shipped."), this);
    noteLabel->setWordWrap(true);
    noteLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *aboutQtButton = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    aboutQtButton->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQtButton, &QPushButton::clicked, this, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameLabel);
    layout->addWidget(versionLabel);
    layout->addWidget(descriptionLabel);
    layout->addWidget(qtLabel);
    layout->addSpacing(style::space::Small);
    layout->addWidget(licencesTree, 1);
    layout->addWidget(noteLabel);
    layout->addWidget(buttons);
    resize(560, 380);
}

} // namespace views
