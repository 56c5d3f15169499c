#include "contract/PhoneNumbers.h"
#include "tests/support/Catch.h"

using namespace contract::phone;

TEST_CASE("Numbers typed in common formats normalise to E.164", "[contract][phone]")
{
    CHECK(toE164(QStringLiteral("55 5000 1000"), QStringLiteral("MX")) == QStringLiteral("+525550001000"));
    CHECK(toE164(QStringLiteral("(55) 5000-1000"), QStringLiteral("MX")) == QStringLiteral("+525550001000"));
    CHECK(toE164(QStringLiteral("+52 55 5000 1000"), QStringLiteral("ES")) ==
          QStringLiteral("+525550001000"));
    CHECK(toE164(QStringLiteral("0052 55 5000 1000"), QStringLiteral("ES")) ==
          QStringLiteral("+525550001000"));
    CHECK(toE164(QStringLiteral("91 123 45 67"), QStringLiteral("ES")) == QStringLiteral("+34911234567"));
    CHECK(toE164(QStringLiteral("+33 1 42 68 53 00")) == QStringLiteral("+33142685300"));
}

TEST_CASE("Invalid numbers are refused", "[contract][phone]")
{
    CHECK_FALSE(toE164(QString()).has_value());
    CHECK_FALSE(toE164(QStringLiteral("12")).has_value());
    CHECK_FALSE(toE164(QStringLiteral("hello")).has_value());
    CHECK_FALSE(toE164(QStringLiteral("+52 55 1")).has_value());
    CHECK_FALSE(isE164(QStringLiteral("5550001000")));
    CHECK(isE164(QStringLiteral("+525550001000")));
}

TEST_CASE("Numbers are formatted for the reader's region", "[contract][phone]")
{
    CHECK(format(QStringLiteral("+525550001000")) == QStringLiteral("+52 55 5000 1000"));
    CHECK(formatFor(QStringLiteral("+525550001000"), QStringLiteral("MX")) == QStringLiteral("55 5000 1000"));
    CHECK(formatFor(QStringLiteral("+34911234567"), QStringLiteral("MX")) ==
          QStringLiteral("+34 911 23 45 67"));
    CHECK(regionOf(QStringLiteral("+34911234567")) == QStringLiteral("ES"));
    CHECK(format(QStringLiteral("not a number")) == QStringLiteral("not a number"));
}

TEST_CASE("Premium and toll-free numbers are told apart", "[contract][phone]")
{
    CHECK(kindOf(QStringLiteral("+525550001000")) == Kind::Standard);
    CHECK(kindOf(QStringLiteral("+18005551234")) == Kind::TollFree);
    CHECK(kindOf(QStringLiteral("+19005551234")) == Kind::Premium);
}

TEST_CASE("Every normalised number is E.164 and normalises to itself", "[contract][phone]")
{
    // Found by fuzz_phone: results too long or too short for E.164, and a Mexican mobile typed
    // with the old "1" that read back as another spelling of itself.
    CHECK_FALSE(toE164(QStringLiteral("+49 800 110012001287"), QStringLiteral("ZZ")));
    CHECK_FALSE(toE164(QStringLiteral("1682"), QStringLiteral("DE")));
    for (const auto &[input, region] :
         {std::pair{"0116 1234 5777 0", "MX"}, std::pair{"0052 11 55 1234 5678", "MX"},
          std::pair{"55 1234 5678", "MX"}, std::pair{"+34 911 23 45 67", "ES"}}) {
        INFO(input);
        const auto e164 = toE164(QString::fromLatin1(input), QString::fromLatin1(region));
        REQUIRE(e164);
        CHECK(isE164(*e164));
        CHECK(toE164(*e164) == e164);
    }
}
