// contract::inspectFaxDocument (contract/Fax.h, libtiff underneath) on arbitrary bytes. An input
// that starts with a PDF or TIFF signature is the document itself, so real files can be fed as
// they are (the corpus holds some); otherwise the first byte puts one of the signatures, or none,
// in front of the rest, so that most inputs get past the signature check into libtiff and the
// PDF reader.
//
// The answer must be consistent: ok() exactly when there is no error; an accepted document has 1
// to MaxFaxPages pages and the MIME type of its signature; a refused one has no MIME type and the
// error its size or signature calls for. The same bytes give the same answer twice, as the
// client's check before upload and the server's on arrival must agree.

#include "contract/Fax.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace contract;

namespace {

const QByteArray PdfSignature = QByteArrayLiteral("%PDF-");
const QByteArray TiffLittleEndian = QByteArrayLiteral("II*\0");
const QByteArray TiffBigEndian = QByteArrayLiteral("MM\0*");

[[noreturn]] void fail(const char *what, const FaxDocumentInfo &info)
{
    std::fprintf(stderr, "fuzz_fax_document: %s\nerror: %s, pages: %d, mimeType: \"%s\"\n", what,
                 info.error ? info.error : "none", info.pages, qPrintable(info.mimeType));
    std::abort();
}

bool isPdf(const QByteArray &data)
{
    return data.startsWith(PdfSignature);
}

bool isTiff(const QByteArray &data)
{
    return data.startsWith(TiffLittleEndian) || data.startsWith(TiffBigEndian);
}

bool is(const char *error, const char *code)
{
    return error && std::strcmp(error, code) == 0;
}

void check(const QByteArray &document)
{
    const FaxDocumentInfo info = inspectFaxDocument(document);
    if (info.ok() != (info.error == nullptr))
        fail("ok() disagrees with error", info);
    if (info.pages < 0)
        fail("a negative page count", info);
    if (info.ok()) {
        if (info.pages < 1 || info.pages > MaxFaxPages)
            fail("an accepted document has no pages or too many", info);
        const char *expected = isPdf(document)    ? "application/pdf"
                               : isTiff(document) ? "image/tiff"
                                                  : nullptr;
        if (!expected || info.mimeType != QLatin1String(expected))
            fail("an accepted document's MIME type is not the one of its signature", info);
    } else {
        if (!info.mimeType.isEmpty())
            fail("a refused document has a MIME type", info);
        const char *error = info.error;
        if (!is(error, FaxDocumentError::Empty) && !is(error, FaxDocumentError::TooLarge) &&
            !is(error, FaxDocumentError::UnsupportedType) && !is(error, FaxDocumentError::Truncated) &&
            !is(error, FaxDocumentError::TooManyPages))
            fail("a refused document's error is not a FaxDocumentError code", info);
        if (document.isEmpty() != is(error, FaxDocumentError::Empty))
            fail("only an empty document is refused as empty", info);
        if (is(error, FaxDocumentError::TooLarge) && document.size() <= MaxFaxDocumentBytes)
            fail("a document within the size limit is refused as too large", info);
        const bool hasSignature = isPdf(document) || isTiff(document);
        if (!document.isEmpty() && document.size() <= MaxFaxDocumentBytes &&
            hasSignature == is(error, FaxDocumentError::UnsupportedType))
            fail("the unsupported-type answer disagrees with the signature", info);
    }
    if (document.size() > MaxFaxDocumentBytes && !is(info.error, FaxDocumentError::TooLarge))
        fail("a document over the size limit is not refused as too large", info);

    const FaxDocumentInfo again = inspectFaxDocument(document);
    if (again.pages != info.pages || again.mimeType != info.mimeType || again.ok() != info.ok() ||
        (info.error && std::strcmp(again.error, info.error) != 0))
        fail("the same document gets a different answer the second time", again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.isEmpty() || isPdf(input) || isTiff(input)) {
        check(input);
        return 0;
    }
    static const QByteArray prefixes[] = {{}, TiffLittleEndian, TiffBigEndian, PdfSignature};
    check(prefixes[data[0] % 4] + input.sliced(1));
    return 0;
}
