// Fax PDFs are read by a PDF decoder (qpdf), not searched for patterns: pages hidden in
// compressed object streams count, and a file the decoder cannot open is refused.

#include "contract/Fax.h"
#include "server/seed/DemoData.h"
#include "tests/support/Catch.h"
#include "tests/support/PdfSamples.h"

#include <cstring>

using namespace contract;

namespace {
bool refusedAs(const FaxDocumentInfo &info, const char *code)
{
    return info.error && std::strcmp(info.error, code) == 0 && info.mimeType.isEmpty();
}
} // namespace

TEST_CASE("Fax PDF pages are counted by decoding the document", "[contract][fax]")
{
    // No "/Type /Page" in its bytes: counted as one page before, so it passed the page limit.
    const QByteArray tooMany = pdfsamples::makePdfWithObjectStreams(MaxFaxPages + 1);
    REQUIRE_FALSE(tooMany.contains("/Type /Page"));
    const auto refused = inspectFaxDocument(tooMany);
    CHECK(refusedAs(refused, FaxDocumentError::TooManyPages));
    CHECK(refused.pages == MaxFaxPages + 1);

    const auto compressed = inspectFaxDocument(pdfsamples::makePdfWithObjectStreams(7));
    CHECK(compressed.ok());
    CHECK(compressed.pages == 7);
    CHECK(compressed.mimeType == QStringLiteral("application/pdf"));
    CHECK(inspectFaxDocument(pdfsamples::makePdfWithObjectStreams(MaxFaxPages)).pages == MaxFaxPages);
    // A classic cross-reference table, as the demo faxes have.
    CHECK(
        inspectFaxDocument(server::demodata::makePdf(QStringLiteral("Contrato"), QStringLiteral("Prueba"), 4))
            .pages == 4);
}

TEST_CASE("A PDF the decoder cannot open is refused as damaged", "[contract][fax]")
{
    const QByteArray pdf = pdfsamples::makePdfWithObjectStreams(3);
    CHECK(refusedAs(inspectFaxDocument(pdf.left(pdf.size() / 2)), FaxDocumentError::Truncated));
    // Looks complete to a pattern (a trailer at the end), but holds no document.
    CHECK(refusedAs(inspectFaxDocument("%PDF-1.7\n1 0 obj\n<< /Type /Page >>\nendobj\nstartxref\n0\n%%EOF\n"),
                    FaxDocumentError::Truncated));
    // The object stream damaged in the middle: its pages cannot be read.
    QByteArray damaged = pdf;
    const qsizetype stream = damaged.indexOf("/Type /ObjStm");
    REQUIRE(stream > 0);
    const qsizetype data = damaged.indexOf("stream\n", stream) + 7;
    for (qsizetype i = data; i < data + 20; ++i)
        damaged[i] = 'x';
    CHECK_FALSE(inspectFaxDocument(damaged).ok());
}
