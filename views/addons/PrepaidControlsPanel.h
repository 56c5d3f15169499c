#pragma once
// Add-ons → Prepaid, "Who may spend" (issue 15): each extension's spend this month against its
// caps (table and chart), the selected extension's rules and the company's default for new
// extensions. A refused save (412, 422, no connection…) keeps what the administrator typed.

#include "contract/PrepaidControls.h"
#include "models/stores/ResourceStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace models {
class ApiError;
class Session;
class Stores;
} // namespace models

namespace views {

class ChartFrame;
class SpendControlsEditor;

class PrepaidControlsPanel : public QWidget
{
    Q_OBJECT

public:
    PrepaidControlsPanel(models::Stores &stores, const QString &currency, QWidget *parent = nullptr);

    void refresh();
    // Selects the extension's row and loads its rules into the editor.
    void selectExtension(const QString &number);

private:
    struct Editing {
        SpendControlsEditor *editor = nullptr;
        QPushButton *save = nullptr;
        QLabel *message = nullptr;
        models::ResourceStore<contract::prepaid::SpendControls> *rules = nullptr; // none selected yet
    };
    QWidget *createUsageBox();
    QWidget *createEditorBox();
    void showUsage(const QList<contract::prepaid::ExtensionUsage> &items);
    void updateChart();
    void load(Editing &editing);
    void save(Editing &editing);
    QString ruleText(const contract::prepaid::SpendRule &rule, qint64 spentMinor) const;

    models::Session &m_session;
    models::Stores &m_stores;
    QString m_currency;
    QList<contract::prepaid::ExtensionUsage> m_usage;
    QTableWidget *m_table = nullptr;
    ChartFrame *m_chart = nullptr;
    QLabel *m_usageMessage = nullptr;
    QLabel *m_selectedLabel = nullptr;
    Editing m_extension;
    Editing m_default;
};

} // namespace views
