#pragma once
// Configuration → Preferences: company name, time zone (schedules and displayed times), the
// language of prompts and emails, and the outbound caller ID name.

#include "contract/Types.h"
#include "models/stores/ResourceStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace models {
class Stores;
} // namespace models

namespace views {

class FormField;

class PreferencesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreferencesPanel(models::Stores &stores, QWidget *parent = nullptr);
    void reload();

private:
    void fill(const contract::CompanySettings &settings, const QByteArray &etag);
    void save(const QByteArray &etag);
    QString selectedTimeZone() const;
    bool hasUnsavedEdits() const;
    void showFailure(const models::ApiError &error);

    models::ResourceStore<contract::CompanySettings> &m_store;
    contract::CompanySettings m_settings; // as shown, and what the edits started from
    QByteArray m_etag;
    QLineEdit *m_nameLineEdit;
    QComboBox *m_timeZoneComboBox;
    QComboBox *m_languageComboBox;
    QLineEdit *m_callerIdLineEdit;
    QLabel *m_mainNumberLabel;
    QHash<QString, FormField *> m_fields;
    QLabel *m_errorLabel;
    QLabel *m_savedLabel;
    QPushButton *m_saveButton;
};

} // namespace views
