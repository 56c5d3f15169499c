#include "views/assistant/AssistantPage.h"

#include "models/stores/Stores.h"
#include "views/assistant/ExpressSetupWizard.h"
#include "views/style/Style.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

AssistantPage::AssistantPage(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_stores(stores)
{
    setObjectName(QStringLiteral("assistantPage"));

    auto *titleLabel = new QLabel(tr("Express setup"), this);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    auto *introLabel =
        new QLabel(tr("Set up the most common things in one pass. The assistant asks for:"), this);
    introLabel->setWordWrap(true);
    const QStringList steps = {
        tr("your company's name and time zone;"),
        tr("the people to add, each with an extension (the next free numbers are suggested);"),
        tr("a direct phone number for each of them, from your free numbers or new ones;"),
        tr("a virtual receptionist greeting with \"press 1 for…\" options, Monday to Friday, 9:00 to 18:00;"),
        tr("optionally, the conference server with its first room."),
    };
    QString list = QStringLiteral("<ol>");
    for (const auto &step : steps)
        list += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    list += QStringLiteral("</ol>");
    auto *stepsLabel = new QLabel(list, this);
    stepsLabel->setObjectName(QStringLiteral("stepsLabel"));
    stepsLabel->setTextFormat(Qt::RichText);
    stepsLabel->setWordWrap(true);

    auto *noteLabel = new QLabel(tr("You see a summary before anything is changed. If a step fails, the "
                                    "assistant tells you which one and undoes what it had done."),
                                 this);
    noteLabel->setWordWrap(true);
    noteLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *startButton = new QPushButton(tr("Start express setup"), this);
    startButton->setObjectName(QStringLiteral("startExpressSetupButton"));
    startButton->setDefault(true);
    connect(startButton, &QPushButton::clicked, this, &AssistantPage::startExpressSetup);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::space::XLarge, style::space::XLarge, style::space::XLarge,
                               style::space::XLarge);
    layout->addWidget(titleLabel);
    layout->addWidget(introLabel);
    layout->addWidget(stepsLabel);
    layout->addWidget(noteLabel);
    layout->addSpacing(style::space::Medium);
    layout->addWidget(startButton, 0, Qt::AlignLeft);
    layout->addStretch();
}

ExpressSetupWizard *AssistantPage::startExpressSetup()
{
    if (!m_wizard) {
        m_wizard = new ExpressSetupWizard(m_stores, this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        // The run changes extensions, numbers, the receptionist and the conference server at
        // once; every page shows the result, also when no event stream says so.
        connect(m_wizard, &QDialog::finished, &m_stores, &models::Stores::refreshConfiguration);
        m_wizard->setWindowModality(Qt::WindowModal);
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

} // namespace views
