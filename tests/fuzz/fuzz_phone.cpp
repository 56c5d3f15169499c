// contract/PhoneNumbers.h on what people type into a number field, read in one of a few regions
// (the first byte picks it; the rest is UTF-8 text). What the header promises:
//  - toE164() gives E.164 or nothing; its result is isE164(), and reads back as itself in any
//    region, since it carries its country code;
//  - a valid number has a region and a kind, and its international form reads back as itself;
//  - formatFor() is the national form in the number's own region, the international one elsewhere;
//  - text that is not a number is shown as it is.

#include "contract/PhoneNumbers.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace contract;

namespace {

// libphonenumber reads at most 40 characters after trimming; longer text only costs time.
constexpr size_t MaxInputBytes = 512;

// Upper and lower case, a region with no numbering plan ("ZZ"), none at all, and nonsense.
const char *const Regions[] = {"MX", "ES", "US", "FR", "GB", "CA", "AR", "DE",
                               "BR", "IT", "mx", "ZZ", "",   "XX", "001"};

[[noreturn]] void fail(const char *what, const QString &input, const QString &value = {})
{
    std::fprintf(stderr, "fuzz_phone: %s\ninput: \"%s\"\nvalue: \"%s\"\n", what, qPrintable(input),
                 qPrintable(value));
    std::abort();
}

void checkNumber(const QString &input, const QString &e164)
{
    if (!phone::isE164(e164))
        fail("toE164 returns something that is not E.164", input, e164);
    for (const char *region : {"MX", "ES", "ZZ", "XX"}) {
        if (phone::toE164(e164, QLatin1String(region)) != e164)
            fail("an E.164 number does not read back as itself", input, e164);
    }
    const QString home = phone::regionOf(e164);
    if (home.isEmpty())
        fail("a valid number has no region", input, e164);
    if (phone::kindOf(e164) == phone::Kind::Unknown)
        fail("a valid number has no kind", input, e164);

    const QString international = phone::format(e164, phone::Style::International);
    const QString national = phone::format(e164, phone::Style::National);
    if (phone::toE164(international, QStringLiteral("ZZ")) != e164)
        fail("the international form does not read back as the number", input, international);
    if (phone::formatFor(e164, home) != national || phone::formatFor(e164, home.toLower()) != national)
        fail("formatFor in the number's own region is not the national form", input, e164);
    const QString abroad = home == QLatin1String("MX") ? QStringLiteral("ES") : QStringLiteral("MX");
    if (phone::formatFor(e164, abroad) != international)
        fail("formatFor in another region is not the international form", input, e164);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > MaxInputBytes)
        return 0;
    const QString region = QLatin1String(Regions[data[0] % std::size(Regions)]);
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    if (const auto e164 = phone::toE164(input, region))
        checkNumber(input, *e164);
    if (phone::isE164(input) && phone::toE164(input, region) != input)
        fail("an E.164 number does not read back as itself", input);
    // format() and friends read the text without a region: only numbers with a country code.
    if (const auto e164 = phone::toE164(input, QStringLiteral("ZZ"))) {
        checkNumber(input, *e164);
    } else if (phone::format(input) != input || phone::format(input, phone::Style::National) != input ||
               phone::formatFor(input, region) != input || !phone::regionOf(input).isEmpty() ||
               phone::kindOf(input) != phone::Kind::Unknown) {
        fail("text that is not a number is not shown as it is", input);
    }
    return 0;
}
