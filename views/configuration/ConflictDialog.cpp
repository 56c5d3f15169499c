#include "views/configuration/ConflictDialog.h"

#include "views/style/Style.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace views {

ConflictDialog::ConflictDialog(const QString &what, const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    auto *intro = new QLabel(tr("Someone else changed %1 while you were editing it. Compare the values "
                                "and choose which to keep.")
                                 .arg(what),
                             this);
    intro->setWordWrap(true);

    auto *table = new QTableWidget(static_cast<int>(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictTableWidget"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved meanwhile")});
    table->setAccessibleName(tr("Differences"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    style::selectWholeRows(table);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int i = 0; i < rows.size(); ++i) {
        const auto &row = rows.at(i);
        table->setItem(i, 0, new QTableWidgetItem(row.label));
        table->setItem(i, 1, new QTableWidgetItem(row.mine));
        table->setItem(i, 2, new QTableWidgetItem(row.theirs));
        if (row.mine != row.theirs) {
            for (int column = 0; column < 3; ++column) {
                QFont font = table->item(i, column)->font();
                font.setBold(true);
                table->item(i, column)->setFont(font);
            }
        }
    }

    auto *buttons = new QDialogButtonBox(this);
    auto *overwrite = buttons->addButton(tr("Keep mine (overwrite)"), QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    auto *reload = buttons->addButton(tr("Take theirs (reload)"), QDialogButtonBox::ResetRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Overwrite;
        emit chosen(m_choice);
        accept();
    });
    connect(reload, &QPushButton::clicked, this, [this] {
        m_choice = Reload;
        emit chosen(m_choice);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 300);
}

} // namespace views
