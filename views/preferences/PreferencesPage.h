#pragma once
// The end user's preferences, one page per navigation entry: voicemail (enable, ring time, PIN,
// attach MP3), call forwarding, and caller ID. The three pages show one store of the one
// resource, so saving one never makes another's ETag stale; each sends only its own members.
// A change saved elsewhere appears at once unless the page has unsaved edits, which are kept (as
// they are on any failure), and a server error lands on the field it names.

#include "contract/EndUser.h"
#include "models/stores/ResourceStore.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace models {
class Session;
class Stores;
} // namespace models

namespace views {

class FormField;

class PreferencesPage : public QWidget
{
    Q_OBJECT

public:
    enum class Section { Voicemail, Forwarding, CallerId };

    PreferencesPage(models::Stores &stores, Section section, QWidget *parent = nullptr);

    void save();

signals:
    void saved();

private:
    void storeChanged();
    // Whether the form still shows m_loaded: nothing typed since, nothing to lose.
    bool formShowsLoaded() const;
    void showChangedElsewhere();
    void showPreferences(const contract::Preferences &preferences);
    bool validateLocally(contract::PreferencesPatch &patch);
    void setFieldError(const QString &field, const QString &message);
    void showStatus(const QString &message, bool isError);
    void clearErrors();

    models::Session &m_session;
    models::ResourceStore<contract::Preferences> &m_store;
    Section m_section;
    bool m_saving = false; // this page's own write is under way
    bool m_shown = false;  // the form has shown a value (m_loaded)
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
