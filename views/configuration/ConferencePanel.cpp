#include "views/configuration/ConferencePanel.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"
#include "models/configuration/ConferenceRoomTableModel.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/stores/ConfigurationStores.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/common/KeyboardAccess.h"
#include "views/common/ListFrame.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/configuration/RoomDialog.h"
#include "views/style/Icons.h"
#include "views/style/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace views {

namespace {
enum Page { LoadingPage, OffPage, SetupPage, RoomsPage };
constexpr int FreeNumberRole = Qt::UserRole + 1; // a number choice that reaches nobody yet
} // namespace

ConferencePanel::ConferencePanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_stores(stores)
    , m_session(stores.session())
    , m_model(&stores.conferenceRooms())
    , m_stackedWidget(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("conferencePanel"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("conferenceStatusLabel"));
    m_statusLabel->setWordWrap(true);
    // Above a list that stretches: it takes a line only while it shows.
    m_errorLabel = createErrorLabel(QStringLiteral("conferenceErrorLabel"), this, MessageSpace::Collapsed);
    m_stackedWidget->addWidget(new QLabel(tr("Loading…"), this));
    m_stackedWidget->addWidget(createOffPage());
    m_stackedWidget->addWidget(createSetupPage());
    m_stackedWidget->addWidget(createRoomsPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_stackedWidget, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConferencePanel::updateRoomButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConferencePanel::updateRoomButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConferencePanel::updateRoomButtons);
    connect(&stores.conferenceServer(), &models::StoreBase::changed, this, [this] {
        showState({m_stores.conferenceServer().value(), m_stores.conferenceServer().etag()});
    });
    connect(
        &stores.conferenceServer(), &models::StoreBase::loadFailed, this,
        [this](const models::ApiError &error) { showError(m_errorLabel, configurationErrorMessage(error)); });
    connect(&stores, &models::Stores::remoteChange, this,
            [this](const QString &path, const QByteArray &etag) {
                if ((path.isEmpty() || path.startsWith(QLatin1String("/conference-server"))) &&
                    etag != m_server.etag)
                    refresh();
            });
    refresh();
}

QWidget *ConferencePanel::createOffPage()
{
    auto *page = new QWidget(this);
    auto *label = new QLabel(tr("The conference server is switched off. Switch it on in the User tab; then "
                                "choose its extension and phone number here and create up to %1 rooms.")
                                 .arg(contract::rules::MaxConferenceRooms),
                             page);
    label->setObjectName(QStringLiteral("conferenceOffLabel"));
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0); // the page's text lines up with the status line above
    layout->setSpacing(style::space::Small);
    layout->addWidget(label);
    layout->addStretch();
    return page;
}

QWidget *ConferencePanel::createSetupPage()
{
    auto *page = new QWidget(this);
    m_extensionLineEdit = new QLineEdit(page);
    m_extensionLineEdit->setObjectName(QStringLiteral("conferenceExtensionLineEdit"));
    m_numberComboBox = new QComboBox(page);
    m_numberComboBox->setObjectName(QStringLiteral("conferenceNumberComboBox"));
    m_roomNameLineEdit = new QLineEdit(page);
    m_roomNameLineEdit->setObjectName(QStringLiteral("roomNameLineEdit"));
    m_conferenceIdLineEdit = new QLineEdit(page);
    m_conferenceIdLineEdit->setObjectName(QStringLiteral("conferenceIdLineEdit"));
    m_pinLineEdit = new QLineEdit(page);
    m_pinLineEdit->setObjectName(QStringLiteral("pinLineEdit"));
    m_setupFields = {
        {QStringLiteral("extensionNumber"),
         new FormField(tr("Extension of the conference server"), m_extensionLineEdit, page)},
        {QStringLiteral("phoneNumberId"), new FormField(tr("Its phone number"), m_numberComboBox, page)},
        {QStringLiteral("firstRoom.name"), new FormField(tr("First room's name"), m_roomNameLineEdit, page)},
        {QStringLiteral("firstRoom.conferenceId"),
         new FormField(tr("Conference ID"), m_conferenceIdLineEdit, page)},
        {QStringLiteral("firstRoom.pin"),
         new FormField(tr("Participant PIN (optional)"), m_pinLineEdit, page)},
    };
    m_setupFields.insert(QStringLiteral("poolNumber"), m_setupFields.value(QStringLiteral("phoneNumberId")));
    m_setupFields.value(QStringLiteral("firstRoom.conferenceId"))->setHint(tr("3 to 10 digits."));
    m_setupFields.value(QStringLiteral("firstRoom.pin"))->setHint(tr("4 to 8 digits, or empty."));
    m_setUpButton = new QPushButton(tr("Set up the conference server"), page);
    m_setUpButton->setObjectName(QStringLiteral("setUpConferenceButton"));
    connect(m_setUpButton, &QPushButton::clicked, this, &ConferencePanel::setUp);

    auto *serverBox = new QGroupBox(tr("Conference server"), page);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(m_setupFields.value(QStringLiteral("extensionNumber")));
    serverLayout->addWidget(m_setupFields.value(QStringLiteral("phoneNumberId")));
    auto *roomBox = new QGroupBox(tr("First room"), page);
    auto *roomLayout = new QVBoxLayout(roomBox);
    for (const char *field : {"firstRoom.name", "firstRoom.conferenceId", "firstRoom.pin"})
        roomLayout->addWidget(m_setupFields.value(QLatin1String(field)));
    auto *columns = new QHBoxLayout;
    columns->setSpacing(style::space::Medium);
    columns->addWidget(serverBox, 1);
    columns->addWidget(roomBox, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0); // the page's text lines up with the status line above
    layout->setSpacing(style::space::Small);
    layout->addLayout(columns);
    layout->addWidget(m_setUpButton, 0, Qt::AlignRight);
    layout->addStretch();
    return page;
}

QWidget *ConferencePanel::createRoomsPage()
{
    auto *page = new QWidget(this);
    m_serverLabel = new QLabel(page);
    m_serverLabel->setObjectName(QStringLiteral("conferenceServerLabel"));
    m_roomsTableView = new QTableView(page);
    m_roomsTableView->setObjectName(QStringLiteral("roomsTableView"));
    m_roomsTableView->setAccessibleName(tr("Conference rooms"));
    m_roomsTableView->setModel(m_model);
    style::selectWholeRows(m_roomsTableView);
    m_roomsTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roomsTableView->verticalHeader()->hide();
    m_roomsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_addRoomButton = new QPushButton(tr("Add room…"), page);
    m_addRoomButton->setObjectName(QStringLiteral("addRoomButton"));
    m_editRoomButton = new QPushButton(tr("Change ID or PIN…"), page);
    m_editRoomButton->setObjectName(QStringLiteral("editRoomButton"));
    m_deleteRoomButton = new QPushButton(tr("Delete room…"), page);
    m_deleteRoomButton->setObjectName(QStringLiteral("deleteRoomButton"));
    m_limitLabel = new QLabel(page);
    m_limitLabel->setObjectName(QStringLiteral("roomLimitLabel"));
    m_limitLabel->setWordWrap(true);
    m_removeServerButton = new QPushButton(tr("Delete the conference server…"), page);
    m_removeServerButton->setObjectName(QStringLiteral("removeConferenceButton"));
    addShortcut(m_deleteRoomButton, QKeySequence::Delete, m_roomsTableView);

    connect(m_addRoomButton, &QPushButton::clicked, this, [this] { editRoom(true); });
    connect(m_editRoomButton, &QPushButton::clicked, this, [this] { editRoom(false); });
    connect(m_roomsTableView, &QTableView::doubleClicked, this, [this] { editRoom(false); });
    connect(m_deleteRoomButton, &QPushButton::clicked, this, &ConferencePanel::deleteRoom);
    connect(m_removeServerButton, &QPushButton::clicked, this, &ConferencePanel::removeServer);
    connect(m_roomsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConferencePanel::updateRoomButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addRoomButton);
    buttons->addWidget(m_editRoomButton);
    buttons->addWidget(m_deleteRoomButton);
    buttons->addStretch();
    buttons->addWidget(m_removeServerButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0); // the page's text lines up with the status line above
    layout->setSpacing(style::space::Small);
    layout->addWidget(m_serverLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_limitLabel);
    auto *list = new ListFrame(m_roomsTableView, page);
    list->setEmptyText(tr("No conference rooms yet."));
    list->setCountText([](int rows) { return tr("%n room(s)", nullptr, rows); });
    list->setLoaded(m_model->isLoaded());
    connect(m_model, &models::RemoteTableModel::loaded, list, [list] { list->setLoaded(true); });
    layout->addWidget(list, 1);
    return page;
}

void ConferencePanel::refresh()
{
    m_stores.conferenceServer().refresh();
}

void ConferencePanel::showState(const models::VersionedConferenceServer &server)
{
    m_server = server;
    const auto &s = server.value;
    if (!s.enabled) {
        m_statusLabel->setText(tr("Switched off."));
        m_stackedWidget->setCurrentIndex(OffPage);
    } else if (!s.setUp) {
        m_statusLabel->setText(tr("Switched on, not set up yet. Choose its extension and phone number and "
                                  "create the first room."));
        m_stackedWidget->setCurrentIndex(SetupPage);
        fillSetupChoices();
    } else {
        m_statusLabel->setText(tr("Callers dial the conference server's number or extension, then the "
                                  "conference ID and, if the room has one, its PIN."));
        m_serverLabel->setText(
            tr("Extension %1 · %2")
                .arg(s.extensionNumber,
                     s.phoneNumber.isEmpty()
                         ? tr("no phone number")
                         : contract::phone::formatFor(s.phoneNumber, m_session.info().region)));
        m_stackedWidget->setCurrentIndex(RoomsPage);
        m_model->reload();
    }
}

void ConferencePanel::fillSetupChoices()
{
    auto *next = m_stores.extensions().nextNumbers(1);
    connect(next, &models::StoreWrite::succeeded, this, [this, next] {
        const QStringList &numbers = next->value();
        if (m_extensionLineEdit->text().isEmpty() && !numbers.isEmpty())
            m_extensionLineEdit->setText(numbers.first());
    });
    // Free numbers of the company first, then new ones from the pool, and numbers that already
    // reach someone last: one careless click must not move a person's direct number.
    m_numberComboBox->clear();
    m_numberComboBox->setPlaceholderText(tr("Choose a phone number"));
    auto &numbers = m_stores.phoneNumbers();
    connect(
        &numbers, &models::RemoteTableModel::loaded, this,
        [this, &numbers] {
            QList<models::VersionedNumber> taken;
            for (int row = 0; row < numbers.rowCount(); ++row) {
                const auto &n = numbers.at(row);
                if (n.value.isMain)
                    continue;
                if (n.value.route.kind != contract::RouteKind::None) {
                    taken.append(n);
                    continue;
                }
                m_numberComboBox->addItem(
                    tr("%1 (yours, not in use)")
                        .arg(contract::phone::formatFor(n.value.e164, m_session.info().region)),
                    QStringLiteral("id:%1").arg(n.value.id));
                m_numberComboBox->setItemData(m_numberComboBox->count() - 1, true, FreeNumberRole);
            }
            const auto addTaken = [this, taken] {
                for (const auto &n : taken)
                    m_numberComboBox->addItem(
                        tr("%1 (yours, now reaches %2)")
                            .arg(contract::phone::formatFor(n.value.e164, m_session.info().region),
                                 models::PhoneNumberTableModel::describeRoute(n.value.route)),
                        QStringLiteral("id:%1").arg(n.value.id));
            };
            auto *pool = numbers.available({}, {}, 10);
            connect(pool, &models::StoreWrite::succeeded, this, [this, addTaken, pool] {
                for (const auto &n : pool->value()) {
                    m_numberComboBox->addItem(tr("%1 (new, %2)").arg(contract::phone::format(n.e164), n.city),
                                              QStringLiteral("pool:%1").arg(n.e164));
                    m_numberComboBox->setItemData(m_numberComboBox->count() - 1, true, FreeNumberRole);
                }
                addTaken();
                preselectFreeNumber();
            });
            connect(pool, &models::StoreWrite::failed, this, [this, addTaken] {
                addTaken();
                preselectFreeNumber();
            });
        },
        Qt::SingleShotConnection);
    numbers.reload();
}

void ConferencePanel::preselectFreeNumber()
{
    // Only a number that reaches nobody is chosen for the user; otherwise they choose.
    m_numberComboBox->setCurrentIndex(-1);
    for (int i = 0; i < m_numberComboBox->count(); ++i) {
        if (m_numberComboBox->itemData(i, FreeNumberRole).toBool()) {
            m_numberComboBox->setCurrentIndex(i);
            return;
        }
    }
}

void ConferencePanel::setUp()
{
    contract::ConferenceSetup setup;
    setup.extensionNumber = m_extensionLineEdit->text().trimmed();
    const QString choice = m_numberComboBox->currentData().toString();
    if (choice.isEmpty()) {
        m_setupFields.value(QStringLiteral("phoneNumberId"))->setError(tr("Choose a phone number."));
        m_numberComboBox->setFocus();
        return;
    }
    m_setupFields.value(QStringLiteral("phoneNumberId"))->setError({});
    if (choice.startsWith(QLatin1String("id:")))
        setup.phoneNumberId = choice.mid(3).toLongLong();
    else
        setup.poolNumber = choice.mid(5);
    setup.firstRoom.name = m_roomNameLineEdit->text().trimmed();
    setup.firstRoom.conferenceId = m_conferenceIdLineEdit->text().trimmed();
    setup.firstRoom.pin = m_pinLineEdit->text().trimmed();
    m_setUpButton->setEnabled(false);
    showError(m_errorLabel, {});
    // The store's answer shows the rooms page (changed() arrives first).
    auto *write = m_stores.conferenceServer().setUp(setup);
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        m_setUpButton->setEnabled(true);
        emit configurationChanged();
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_setUpButton->setEnabled(true);
        const auto unclaimed = applyFieldErrors(error, m_setupFields);
        if (error.fieldErrors.isEmpty() || !unclaimed.isEmpty())
            showError(m_errorLabel, configurationErrorMessage(error));
    });
}

void ConferencePanel::updateRoomButtons()
{
    const bool selected = m_roomsTableView->selectionModel()->hasSelection();
    const bool full = m_model->isFull();
    m_addRoomButton->setEnabled(m_model->isLoaded() && !full);
    m_addRoomButton->setToolTip(
        full ? tr("The limit of %1 rooms is reached.").arg(contract::rules::MaxConferenceRooms) : QString());
    m_limitLabel->setText(
        full ? tr("You have %1 of %1 rooms, the most a company can have. Delete a room to add "
                  "another.")
                   .arg(contract::rules::MaxConferenceRooms)
             : tr("%1 of %2 rooms. Each room holds up to %3 participants.")
                   .arg(m_model->rowCount())
                   .arg(contract::rules::MaxConferenceRooms)
                   .arg(contract::rules::MaxRoomParticipants));
    m_editRoomButton->setEnabled(selected);
    m_deleteRoomButton->setEnabled(selected);
}

void ConferencePanel::editRoom(bool adding)
{
    const auto rows = m_roomsTableView->selectionModel()->selectedRows();
    if (!adding && rows.isEmpty())
        return;
    const auto existing = adding ? std::nullopt : std::optional(m_model->at(rows.first().row()));
    auto *dialog = new RoomDialog(*m_model, existing, this); // the list takes the saved room
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConferencePanel::deleteRoom()
{
    const auto rows = m_roomsTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto room = m_model->at(rows.first().row());
    askToConfirm(this, QStringLiteral("confirmDeleteRoomMessageBox"),
                 tr("Delete the room %1 (conference ID %2)?").arg(room.value.name, room.value.conferenceId),
                 tr("Delete"), [this, room] {
                     auto *write = m_model->deleteItem(room.value.id, room.etag);
                     connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
                         showError(m_errorLabel, configurationErrorMessage(error));
                         m_model->reload();
                     });
                 });
}

void ConferencePanel::removeServer()
{
    askToConfirm(this, QStringLiteral("confirmRemoveConferenceMessageBox"),
                 tr("Deleting the conference server takes three steps, in this order:\n"
                    "1. delete all %1 rooms,\n2. unmap its phone number (it stays yours, not in use),\n"
                    "3. delete its extension %2.\nDo all three now?")
                     .arg(m_model->rowCount())
                     .arg(m_server.value.extensionNumber),
                 tr("Delete the conference server"), [this] { removeStep(1); });
}

// One step at a time; each waits for the server, so a refusal stops the sequence where it is.
void ConferencePanel::removeStep(int step)
{
    const auto failed = [this](const models::ApiError &error) {
        showError(m_errorLabel, configurationErrorMessage(error));
        refresh();
    };
    if (step == 1) {
        if (m_model->rowCount() == 0) {
            removeStep(2);
            return;
        }
        const auto room = m_model->at(0);
        m_statusLabel->setText(tr("Step 1 of 3: deleting room %1…").arg(room.value.name));
        auto *write = m_model->deleteItem(room.value.id, room.etag);
        connect(write, &models::StoreWrite::succeeded, this, [this] { removeStep(1); });
        connect(write, &models::StoreWrite::failed, this, failed);
    } else if (step == 2) {
        m_statusLabel->setText(tr("Step 2 of 3: unmapping the phone number…"));
        auto &numbers = m_stores.phoneNumbers();
        auto *list = numbers.readCurrent(); // fresh ETags for the write
        connect(list, &models::StoreWrite::succeeded, this, [this, failed, list, &numbers] {
            for (const auto &n : list->value()) {
                if (n.value.route.kind != contract::RouteKind::Conference)
                    continue;
                auto *write = numbers.route(n.value.id, {}, n.etag);
                connect(write, &models::StoreWrite::succeeded, this, [this] { removeStep(2); });
                connect(write, &models::StoreWrite::failed, this, failed);
                return;
            }
            removeStep(3);
        });
        connect(list, &models::StoreWrite::failed, this, failed);
    } else {
        m_statusLabel->setText(tr("Step 3 of 3: deleting extension %1…").arg(m_server.value.extensionNumber));
        auto &extensions = m_stores.extensions();
        auto *get = extensions.fetch(m_server.value.extensionId);
        connect(get, &models::StoreWrite::succeeded, this, [this, failed, get, &extensions] {
            auto *write = extensions.deleteItem(get->value().value.id, get->value().etag);
            connect(write, &models::StoreWrite::succeeded, this, [this] {
                emit configurationChanged();
                refresh();
            });
            connect(write, &models::StoreWrite::failed, this, failed);
        });
        connect(get, &models::StoreWrite::failed, this, failed);
    }
}

} // namespace views
