#include "views/configuration/ConfigurationUi.h"

#include "contract/Extensions.h"
#include "contract/PhoneNumbers.h"
#include "views/common/FormField.h"

#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>

namespace views {

QMessageBox *askToConfirm(QWidget *parent, const QString &objectName, const QString &text,
                          const QString &acceptText, std::function<void()> onAccept)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, QObject::tr("Centralita"), text, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [accept, onAccept](QAbstractButton *button) {
        if (button == accept && onAccept)
            onAccept();
    });
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

QMessageBox *tell(QWidget *parent, const QString &objectName, const QString &text)
{
    auto *box =
        new QMessageBox(QMessageBox::Information, QObject::tr("Centralita"), text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

QString configurationErrorMessage(const models::ApiError &error)
{
    namespace reason = contract::ConflictReason;
    if (!error.isProblem(contract::ProblemType::Conflict))
        return error.message();
    const QString code = error.extensions.value(QStringLiteral("reason")).toString();
    const auto is = [&code](const char *name) { return code == QLatin1String(name); };
    if (is(reason::NumbersMapped)) {
        QStringList numbers;
        for (const auto &number : error.extensions.value(QStringLiteral("numbers")).toArray())
            numbers.append(contract::phone::format(number.toString()));
        return QObject::tr("These numbers still ring it: %1. Unmap or remap them first.")
            .arg(numbers.join(QStringLiteral(", ")));
    }
    if (is(reason::RoomsRemain))
        return QObject::tr("Delete the conference rooms first.");
    if (is(reason::RoomLimit))
        return QObject::tr("A company can have at most %1 conference rooms.")
            .arg(contract::rules::MaxConferenceRooms);
    if (is(reason::ConferenceDisabled))
        return QObject::tr("Enable the conference server in the User tab first.");
    if (is(reason::ConferenceNotSetUp))
        return QObject::tr("Set up the conference server first.");
    if (is(reason::ConferenceSetUp))
        return QObject::tr("The conference server still exists; delete it here first.");
    if (is(reason::UsedByReceptionist))
        return QObject::tr("The virtual receptionist transfers callers to it. Change its menus first.");
    if (is(reason::NumberUnavailable))
        return QObject::tr("That number was just taken. Choose another one.");
    if (is(reason::MainNumber))
        return QObject::tr("The company's main number cannot be released.");
    if (is(reason::ConferenceExtension))
        return QObject::tr("The conference server has no portal password.");
    return error.message();
}

QStringList applyFieldErrors(const models::ApiError &error, const QHash<QString, FormField *> &fields)
{
    for (auto *field : fields)
        field->setError({});
    QStringList unclaimed;
    for (const auto &fieldError : error.fieldErrors) {
        FormField *target = nullptr;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (fieldError.field == it.key() || fieldError.field.startsWith(it.key() + QLatin1Char('.'))) {
                target = it.value();
                break;
            }
        }
        const QString message = error.fieldMessage(fieldError.field);
        if (target && target->error().isEmpty())
            target->setError(message);
        else if (!target)
            unclaimed.append(message);
    }
    return unclaimed;
}

} // namespace views
