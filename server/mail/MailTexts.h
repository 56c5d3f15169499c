#pragma once
// Every mail the server writes, in the three languages it writes them in (text::Language).
// Numbers arrive formatted (contract::phone::formatFor), as the client shows them.

#include "server/text/Language.h"

#include <QString>

namespace server::mail {

struct MailText {
    QString subject;
    QString body;
};

MailText resetCodeMail(text::Language language, const QString &name, const QString &code, int minutes);

struct ExtensionAccess {
    QString personName;
    QString companyName;
    QString companyNumber; // formatted
    QString extension;
    QString password;
    bool isNew = true; // the first password, or a new one for an existing extension
};
MailText extensionAccessMail(text::Language language, const ExtensionAccess &access);

MailText voicemailNoticeMail(text::Language language, const QString &caller, const QString &when,
                             int seconds);

// An extension reached `percent` (80 or 100) of its monthly prepaid limit; amounts formatted.
MailText prepaidCapMail(text::Language language, const QString &extension, bool international, int percent,
                        const QString &spent, const QString &cap);

} // namespace server::mail
