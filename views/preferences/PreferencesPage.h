#pragma once
// The end user's preferences, one page per navigation entry: voicemail (enable, ring time, PIN,
// attach MP3), call forwarding, and caller ID. Each page sends only its own members with
// If-Match; a server error lands on the field it names and the user's edits are kept.

#include "contract/EndUser.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace models {
class Session;
}

namespace views {

class FormField;

class PreferencesPage : public QWidget
{
    Q_OBJECT

public:
    enum class Section { Voicemail, Forwarding, CallerId };

    PreferencesPage(models::Session &session, Section section, QWidget *parent = nullptr);

    void save();

signals:
    void saved();

private:
    void load();
    void showPreferences(const contract::Preferences &preferences);
    bool validateLocally(contract::PreferencesPatch &patch);
    void setFieldError(const QString &field, const QString &message);
    void showStatus(const QString &message, bool isError);
    void clearErrors();

    models::Session &m_session;
    Section m_section;
    QByteArray m_etag;
    contract::Preferences m_loaded;
    QHash<QString, FormField *> m_fields; // by API member name
    QCheckBox *m_voicemailEnabledCheckBox = nullptr;
    QComboBox *m_ringSecondsComboBox = nullptr;
    QLineEdit *m_pinLineEdit = nullptr;
    QCheckBox *m_attachAudioCheckBox = nullptr;
    QCheckBox *m_forwardingEnabledCheckBox = nullptr;
    QLineEdit *m_forwardingNumberLineEdit = nullptr;
    QCheckBox *m_ringLocalCheckBox = nullptr;
    QCheckBox *m_confirmKeyCheckBox = nullptr;
    QComboBox *m_callerIdComboBox = nullptr;
    QPushButton *m_saveButton;
    QPushButton *m_reloadButton;
    QLabel *m_statusLabel;
};

} // namespace views
