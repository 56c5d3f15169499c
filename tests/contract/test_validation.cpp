#include "contract/JsonReader.h"
#include "contract/Problem.h"
#include "contract/Types.h"
#include "contract/Validation.h"
#include "tests/support/Catch.h"

#include <QJsonDocument>
#include <cstring>
#include <limits>

using namespace contract;

namespace {
QString code(const char *value)
{
    return value ? QString::fromLatin1(value) : QStringLiteral("ok");
}
} // namespace

TEST_CASE("Password rules", "[contract][rules]")
{
    CHECK(code(rules::checkPassword(QString())) == QLatin1String(FieldCode::Required));
    CHECK(code(rules::checkPassword(QStringLiteral("abc123"))) == QLatin1String(FieldCode::TooShort));
    CHECK(code(rules::checkPassword(QStringLiteral("onlyletterspassword"))) ==
          QLatin1String(FieldCode::WeakPassword));
    CHECK(code(rules::checkPassword(QStringLiteral("1234567890123"))) ==
          QLatin1String(FieldCode::WeakPassword));
    CHECK(code(rules::checkPassword(QStringLiteral("contraseña2026"))) == QStringLiteral("ok"));
    CHECK(code(rules::checkPassword(QString(200, QLatin1Char('a')))) == QLatin1String(FieldCode::TooLong));
}

TEST_CASE("PIN, extension, email, time zone and language rules", "[contract][rules]")
{
    CHECK(code(rules::checkPin(QStringLiteral("1234"))) == QStringLiteral("ok"));
    CHECK(code(rules::checkPin(QStringLiteral("12a4"))) == QLatin1String(FieldCode::InvalidFormat));
    CHECK(code(rules::checkPin(QStringLiteral("123"))) == QLatin1String(FieldCode::TooShort));
    CHECK(code(rules::checkPin(QStringLiteral("123456789"))) == QLatin1String(FieldCode::TooLong));

    CHECK(code(rules::checkExtensionNumber(QStringLiteral("101"))) == QStringLiteral("ok"));
    CHECK(code(rules::checkExtensionNumber(QStringLiteral("0101"))) ==
          QLatin1String(FieldCode::InvalidFormat));
    CHECK(code(rules::checkExtensionNumber(QStringLiteral("1"))) == QLatin1String(FieldCode::InvalidFormat));

    CHECK(code(rules::checkEmail(QStringLiteral("lucia@alvarez.com.mx"))) == QStringLiteral("ok"));
    CHECK(code(rules::checkEmail(QStringLiteral("lucia@localhost"))) ==
          QLatin1String(FieldCode::InvalidEmail));
    CHECK(code(rules::checkEmail(QStringLiteral("a b@c.mx"))) == QLatin1String(FieldCode::InvalidEmail));

    CHECK(code(rules::checkTimeZone(QStringLiteral("America/Mexico_City"))) == QStringLiteral("ok"));
    CHECK(code(rules::checkTimeZone(QStringLiteral("Mars/Olympus"))) ==
          QLatin1String(FieldCode::InvalidFormat));
    CHECK(code(rules::checkLanguage(QStringLiteral("es"))) == QStringLiteral("ok"));
    CHECK(code(rules::checkLanguage(QStringLiteral("de"))) == QLatin1String(FieldCode::OutOfRange));
}

TEST_CASE("Sign-in requests are validated as a whole", "[contract]")
{
    JsonReader bad(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("root")}, {QStringLiteral("password"), 3}});
    CHECK_FALSE(SignInRequest::read(bad).has_value());
    QStringList fields;
    for (const auto &error : bad.errors())
        fields << error.field;
    CHECK(fields.contains(QStringLiteral("role")));
    CHECK(fields.contains(QStringLiteral("companyNumber")));
    CHECK(fields.contains(QStringLiteral("password")));

    SignInRequest request{
        Role::User, QStringLiteral("55 5000 1000"), QStringLiteral("101"), QStringLiteral(" pw "), {}};
    JsonReader good(request.toJson());
    const auto back = SignInRequest::read(good);
    REQUIRE(back.has_value());
    CHECK(back->role == Role::User);
    CHECK(back->extension == QStringLiteral("101"));
    CHECK(back->password == QStringLiteral(" pw "));
}

TEST_CASE("Company settings patches refuse read-only members", "[contract]")
{
    CompanySettings settings{QStringLiteral("Old"),
                             QStringLiteral("+525550001000"),
                             QStringLiteral("MX"),
                             QStringLiteral("MXN"),
                             QStringLiteral("America/Mexico_City"),
                             QStringLiteral("es"),
                             {}};
    JsonReader reader(QJsonObject{{QStringLiteral("name"), QStringLiteral("New")},
                                  {QStringLiteral("mainNumber"), QStringLiteral("+525550009999")},
                                  {QStringLiteral("timeZone"), QStringLiteral("Nowhere/City")}});
    CompanySettings::readPatch(reader, settings);
    CHECK(settings.name == QStringLiteral("New"));
    CHECK(settings.mainNumber == QStringLiteral("+525550001000"));
    REQUIRE(reader.errors().size() == 2);
    CHECK(reader.errors().at(0).field == QStringLiteral("mainNumber"));
    CHECK(reader.errors().at(1).field == QStringLiteral("timeZone"));
}

TEST_CASE("Rules anchored to the whole text: a trailing line break is not part of a PIN", "[contract][rules]")
{
    // Found by fuzz_wire_json: QRegularExpression's "$" also matches before a final "\n".
    CHECK(code(rules::checkPin(QStringLiteral("1234\n"))) != QStringLiteral("ok"));
    CHECK(code(rules::checkExtensionNumber(QStringLiteral("12\n"))) != QStringLiteral("ok"));
    CHECK(code(rules::checkEmail(QStringLiteral("ana@example.com\n"))) != QStringLiteral("ok"));
    CHECK(code(rules::checkPin(QStringLiteral("1234"))) == QStringLiteral("ok"));
}

TEST_CASE("A whole number outside the safe range is refused, never converted", "[contract][rules]")
{
    // Found by fuzz_wire_json (UBSan): 1e300 was cast to qint64.
    for (const double value : {1e300, -1e300, 9007199254740993.0}) {
        JsonReader reader(QJsonObject{{QStringLiteral("amountMinor"), value}});
        CHECK_FALSE(reader.integer(QStringLiteral("amountMinor"), Presence::Required, 0,
                                   std::numeric_limits<qint64>::max()));
        CHECK_FALSE(reader.ok());
    }
    JsonReader reader(QJsonObject{{QStringLiteral("amountMinor"), 9007199254740991.0}});
    CHECK(reader.integer(QStringLiteral("amountMinor"), Presence::Required, 0,
                         std::numeric_limits<qint64>::max()) == 9007199254740991);
}

TEST_CASE("One-line text refuses every control character; multi-line text keeps line feeds only",
          "[contract][rules][input]")
{
    for (const QString &text : {QStringLiteral("a\0b"), QStringLiteral("a\x01"), QStringLiteral("a\x1b[31m"),
                                QStringLiteral("a\x7f"), QStringLiteral("a\u0085"), QStringLiteral("a\u009f"),
                                QStringLiteral("a\u2028b"), QStringLiteral("a\u2029b"),
                                QStringLiteral("a\tb"), QStringLiteral("a\rb")}) {
        INFO(text.toStdString());
        CHECK(code(rules::checkSingleLineText(text)) == QLatin1String(FieldCode::ControlCharacter));
        CHECK(code(rules::checkMultiLineText(text)) == QLatin1String(FieldCode::ControlCharacter));
        CHECK(code(rules::checkPersonName(QStringLiteral("Ana ") + text)) ==
              QLatin1String(FieldCode::ControlCharacter));
    }
    CHECK(code(rules::checkSingleLineText(QStringLiteral("a\nb"))) ==
          QLatin1String(FieldCode::ControlCharacter));
    CHECK(code(rules::checkMultiLineText(QStringLiteral("Hola.\nAdiós."))) == QStringLiteral("ok"));
    CHECK(code(rules::checkSingleLineText(QStringLiteral("José Ñúñez \U0001F600 ü\u00a0x"))) ==
          QStringLiteral("ok"));
    CHECK_FALSE(rules::describe(FieldCode::ControlCharacter, QStringLiteral("name")).isEmpty());

    // Every string member read by JsonReader goes through the one-line rule unless it says otherwise.
    JsonReader reader(QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana\x07")},
                                  {QStringLiteral("note"), QStringLiteral("uno\ndos")},
                                  {QStringLiteral("bad"), QStringLiteral("uno\vdos")}});
    CHECK_FALSE(reader.string(QStringLiteral("name"), Presence::Required).has_value());
    CHECK(reader.string(QStringLiteral("note"), Presence::Required, 200, Lines::Multiple) ==
          QStringLiteral("uno\ndos"));
    CHECK_FALSE(reader.string(QStringLiteral("bad"), Presence::Required, 200, Lines::Multiple).has_value());
    REQUIRE(reader.errors().size() == 2);
    CHECK(reader.errors().at(0) ==
          FieldError{QStringLiteral("name"), QStringLiteral("control_character"),
                     rules::describe(FieldCode::ControlCharacter, QStringLiteral("name"))});
    CHECK(reader.errors().at(1).field == QStringLiteral("bad"));
}

TEST_CASE("A lone surrogate is found in any member, at any depth", "[contract][input]")
{
    const QByteArray body = R"({"a":"x\ud800y","b":[{"c":"\udc00"},"ok"],"d":{"e\udbff":1},)"
                            R"("f":"\ud83d\ude00","g":"x\ude00\ud83d"})";
    const auto members = invalidUnicodeMembers(QJsonDocument::fromJson(body).object());
    QStringList fields;
    for (const auto &error : members) {
        CHECK(error.code == QLatin1String(FieldCode::InvalidUnicode));
        fields << error.field;
    }
    CHECK(fields == QStringList{QStringLiteral("a"), QStringLiteral("b[0].c"),
                                QStringLiteral("d.e") + QChar(0xDBFF), QStringLiteral("g")});
    CHECK(invalidUnicodeMembers(QJsonObject{{QStringLiteral("x"), QStringLiteral("\U0001F600")}}).isEmpty());
}
