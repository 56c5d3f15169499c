#pragma once
// Adds or edits a conference room: name, conference ID, optional PIN, participant limit.

#include "models/configuration/ConferenceRoomTableModel.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace views {

class FormField;

class RoomDialog : public QDialog
{
    Q_OBJECT

public:
    // Saves through `rooms`, which takes the saved room into the list.
    RoomDialog(models::ConferenceRoomTableModel &rooms, const std::optional<models::VersionedRoom> &existing,
               QWidget *parent = nullptr);

signals:
    void saved(const models::VersionedRoom &room);

private:
    void save();

    models::ConferenceRoomTableModel &m_rooms;
    std::optional<models::VersionedRoom> m_existing;
    QLineEdit *m_nameLineEdit;
    QLineEdit *m_conferenceIdLineEdit;
    QLineEdit *m_pinLineEdit;
    QSpinBox *m_participantsSpinBox;
    FormField *m_nameField;
    FormField *m_conferenceIdField;
    FormField *m_pinField;
    FormField *m_participantsField;
    QLabel *m_errorLabel;
    QPushButton *m_saveButton;
};

} // namespace views
