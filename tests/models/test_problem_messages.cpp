// Every problem the server can send has its own translatable sentence on the client: each field
// code, each 409 reason, and the label of nested request members.

#include "contract/Account.h"
#include "contract/Extensions.h"
#include "contract/Problem.h"
#include "models/ApiError.h"
#include "tests/support/Catch.h"

#include <QJsonArray>

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

TEST_CASE("Nested request members are labelled by their last member", "[models][i18n]")
{
    CHECK(models::ApiError::fieldLabel(QStringLiteral("firstRoom.conferenceId")) ==
          QStringLiteral("Conference ID"));
    CHECK(models::ApiError::fieldLabel(QStringLiteral("businessHours.options[2].key")) ==
          QStringLiteral("Key"));
    CHECK(models::ApiError::fieldLabel(QStringLiteral("number")) == QStringLiteral("Number"));
    CHECK(models::ApiError::fieldLabel(QStringLiteral("somethingNew")) == QStringLiteral("somethingNew"));
}
