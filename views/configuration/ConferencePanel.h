#pragma once
// Configuration → Conference server: off (enable it in the User tab), set-up form, or the rooms
// with their 10-room cap; and the guided three-step removal.

#include "models/configuration/VersionedResources.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace models {
class ConferenceRoomTableModel;
class Session;
class Stores;
} // namespace models

namespace views {

class FormField;

class ConferencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConferencePanel(models::Stores &stores, QWidget *parent = nullptr);
    models::ConferenceRoomTableModel *model() const { return m_model; }
    // Reads the server's state again (after the User tab's switch, for instance).
    void refresh();

signals:
    // Set-up or removal changed numbers and extensions shown on the other pages.
    void configurationChanged();

private:
    QWidget *createOffPage();
    QWidget *createSetupPage();
    QWidget *createRoomsPage();
    void showState(const models::VersionedConferenceServer &server);
    void fillSetupChoices();
    void preselectFreeNumber();
    void setUp();
    void updateRoomButtons();
    void editRoom(bool adding);
    void deleteRoom();
    void removeServer();
    void removeStep(int step);

    models::Stores &m_stores;
    models::Session &m_session;
    models::VersionedConferenceServer m_server;
    models::ConferenceRoomTableModel *m_model;
    QStackedWidget *m_stackedWidget;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    // set-up page
    QLineEdit *m_extensionLineEdit;
    QComboBox *m_numberComboBox;
    QLineEdit *m_roomNameLineEdit;
    QLineEdit *m_conferenceIdLineEdit;
    QLineEdit *m_pinLineEdit;
    QHash<QString, FormField *> m_setupFields;
    QPushButton *m_setUpButton;
    // rooms page
    QLabel *m_serverLabel;
    QTableView *m_roomsTableView;
    QPushButton *m_addRoomButton;
    QPushButton *m_editRoomButton;
    QPushButton *m_deleteRoomButton;
    QLabel *m_limitLabel;
    QPushButton *m_removeServerButton;
};

} // namespace views
