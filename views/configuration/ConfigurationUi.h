#pragma once
// Small pieces the Configuration tab's pages share: non-blocking confirmations (so GUI tests
// never hang on a modal loop), translated 409 reasons, and server field errors onto FormFields.

#include "models/ApiError.h"

#include <QHash>
#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

namespace views {

class FormField;

// Shows a question with `acceptText` and Cancel; `onAccept` runs only if accepted. The box has
// `objectName`, is window-modal and deletes itself.
QMessageBox *askToConfirm(QWidget *parent, const QString &objectName, const QString &text,
                          const QString &acceptText, std::function<void()> onAccept);
// An information or error box that does not block.
QMessageBox *tell(QWidget *parent, const QString &objectName, const QString &text);

// The sentence for a 409 of the Configuration tab, by its "reason"; ApiError::message() otherwise.
QString configurationErrorMessage(const models::ApiError &error);

// Puts each field error on the FormField registered for its field name (prefix match for nested
// names such as "route.extensionId"), clears the others; returns the errors nobody took.
QStringList applyFieldErrors(const models::ApiError &error, const QHash<QString, FormField *> &fields);

} // namespace views
