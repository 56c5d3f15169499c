// Every problem the server can send has its own translatable sentence on the client: each field
// code, each 409 reason, and the label of nested request members.

#include "contract/Account.h"
#include "contract/Extensions.h"
#include "contract/PrepaidControls.h"
#include "contract/Problem.h"
#include "models/ApiError.h"
#include "tests/support/Catch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTranslator>

namespace {
models::ApiError conflict(const char *reason)
{
    auto error = models::ApiError::fromProblem(contract::Problem::make(contract::ProblemType::Conflict));
    error.extensions.insert(QStringLiteral("reason"), QLatin1String(reason));
    return error;
}
} // namespace

TEST_CASE("Each field code has its own sentence", "[models][i18n]")
{
    namespace F = contract::FieldCode;
    const QString fallback = models::ApiError::describeFieldCode(QStringLiteral("no-such-code"));
    QStringList seen;
    for (const char *code : {F::Required, F::InvalidFormat, F::TooShort, F::TooLong, F::OutOfRange,
                             F::Duplicate, F::UnknownReference, F::WeakPassword, F::Mismatch,
                             F::InvalidPhoneNumber, F::InvalidEmail, F::UnknownField}) {
        const QString text = models::ApiError::describeFieldCode(QLatin1String(code));
        INFO(code);
        CHECK(text != fallback);
        CHECK_FALSE(seen.contains(text));
        seen.append(text);
    }
}

TEST_CASE("Each 409 reason has its own sentence", "[models][i18n]")
{
    namespace R = contract::ConflictReason;
    const QString generic = conflict("no-such-reason").message();
    QStringList seen;
    for (const char *reason :
         {R::NumbersMapped, R::RoomsRemain, R::RoomLimit, R::ConferenceDisabled, R::ConferenceNotSetUp,
          R::ConferenceSetUp, R::UsedByReceptionist, R::NumberUnavailable, R::MainNumber,
          R::ConferenceExtension, contract::paymentReason::NoCard, contract::paymentReason::CardDeclined}) {
        const QString text = conflict(reason).message();
        INFO(reason);
        CHECK(text != generic);
        CHECK_FALSE(seen.contains(text));
        seen.append(text);
    }
    auto mapped = conflict(R::NumbersMapped);
    mapped.extensions.insert(QStringLiteral("numbers"), QJsonArray{QStringLiteral("+525550001101")});
    CHECK(mapped.message().contains(QStringLiteral("1101")));
}

TEST_CASE("A call refused by the prepaid controls names the extension and the kind of call", "[models][i18n]")
{
    namespace R = contract::prepaid::callReason;
    const QString generic = conflict("no-such-reason").message();
    auto international = conflict(R::InternationalNotAllowed);
    international.extensions.insert(QStringLiteral("extension"), QStringLiteral("104"));
    international.extensions.insert(QStringLiteral("callKind"), QStringLiteral("international"));
    CHECK(international.message() ==
          QStringLiteral("Your administrator has not enabled international calls for extension 104."));
    auto premium = conflict(R::PremiumNotAllowed);
    premium.extensions.insert(QStringLiteral("extension"), QStringLiteral("104"));
    CHECK(premium.message() != international.message());
    CHECK(premium.message().contains(QStringLiteral("104")));
    auto cap = conflict(R::MonthlyCapReached);
    cap.extensions.insert(QStringLiteral("extension"), QStringLiteral("104"));
    cap.extensions.insert(QStringLiteral("callKind"), QStringLiteral("international"));
    cap.extensions.insert(QStringLiteral("remainingMinor"), 250);
    cap.extensions.insert(QStringLiteral("currency"), QStringLiteral("MXN"));
    CHECK(cap.message() != generic);
    CHECK(cap.message().contains(QStringLiteral("104")));
    CHECK(cap.message().contains(QStringLiteral("2.50")));

    // The sentence goes through the translator: a Spanish user reads it in Spanish.
    struct Spanish : QTranslator {
        QString translate(const char *, const char *source, const char *, int) const override
        {
            return QLatin1String(source) ==
                           QLatin1String(
                               "Your administrator has not enabled international calls for extension %1.")
                       ? QStringLiteral(
                             "Su administrador no ha habilitado las llamadas internacionales para la "
                             "extensión %1.")
                       : QString();
        }
        bool isEmpty() const override { return false; }
    } spanish;
    QCoreApplication::installTranslator(&spanish);
    const QString translated = international.message();
    QCoreApplication::removeTranslator(&spanish);
    CHECK(translated ==
          QStringLiteral(
              "Su administrador no ha habilitado las llamadas internacionales para la extensión 104."));
}

TEST_CASE("Nested request members are labelled by their last member", "[models][i18n]")
{
    CHECK(models::ApiError::fieldLabel(QStringLiteral("firstRoom.conferenceId")) ==
          QStringLiteral("Conference ID"));
    CHECK(models::ApiError::fieldLabel(QStringLiteral("businessHours.options[2].key")) ==
          QStringLiteral("Key"));
    CHECK(models::ApiError::fieldLabel(QStringLiteral("number")) == QStringLiteral("Number"));
    CHECK(models::ApiError::fieldLabel(QStringLiteral("somethingNew")) == QStringLiteral("somethingNew"));
}
