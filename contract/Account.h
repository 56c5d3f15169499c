#pragma once
// The administrator's Account tab on the wire: administrator details and company address
// (password changes reuse contract::PasswordChange from EndUser.h), the card on file (and the card rules both
// sides check), invoices.

#include "contract/JsonReader.h"
#include "contract/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace contract {

// A postal address; the company's is the one given to emergency services.
struct Address {
    QString street;
    QString city;
    QString postalCode;
    QString state;

    QJsonObject toJson() const;
    static Address fromJson(const QJsonObject &object);
    static Address read(JsonReader &reader); // all four required
    QString oneLine() const;
    bool operator==(const Address &) const = default;
};

struct AdminAccount {
    QString adminName;
    QString adminEmail;
    Address address;

    QJsonObject toJson() const;
    static AdminAccount fromJson(const QJsonObject &object);
    bool operator==(const AdminAccount &) const = default;
    // PATCH body: members present replace the current ones.
    static void readPatch(JsonReader &reader, AdminAccount &target);
};

// Card rules shared by the client (instant feedback) and the server (authoritative).
namespace cards {
QString digitsOnly(const QString &typed); // drops spaces and dashes; empty when anything else is there
bool luhnValid(const QString &digits);
QString brandOf(const QString &digits); // "visa", "mastercard", "amex" or "" when not accepted
const char *checkNumber(const QString &typed);
const char *checkExpiry(int month, int year, const QDate &today); // expired cards are out of range
const char *checkCvc(const QString &cvc, const QString &brand);   // 4 digits for amex, else 3
} // namespace cards

// Why a payment was refused: the `reason` member of the 409 problem, which the client translates.
namespace paymentReason {
inline constexpr auto NoCard = "no_card";
inline constexpr auto CardDeclined = "card_declined";
} // namespace paymentReason

struct CardOnFile {
    QString brand;
    QString last4;
    int expMonth = 0;
    int expYear = 0;
    QString billingName;
    QString billingAddress;

    QJsonObject toJson() const;
    static CardOnFile fromJson(const QJsonObject &object);
};

// PUT body for the card. The number and CVC travel once, to be tokenised; nothing keeps them.
struct CardUpdate {
    QString number;
    int expMonth = 0;
    int expYear = 0;
    QString cvc;
    QString billingName;
    QString billingAddress;

    QJsonObject toJson() const;
    static std::optional<CardUpdate> read(JsonReader &reader, const QDate &today);
};

struct InvoiceLine {
    QString description;
    qint64 amountMinor = 0;
};

struct Invoice {
    qint64 id = 0;
    QString number;
    QDate issuedOn;
    QDate periodStart;
    QDate periodEnd;
    Money amount;
    QString status; // "open", "paid"
    QList<InvoiceLine> lines;

    QJsonObject toJson() const;
    static Invoice fromJson(const QJsonObject &object);
};

} // namespace contract
