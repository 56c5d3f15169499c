// qpdf follows the page tree through object streams and cross-reference streams, and repairs
// what every PDF reader repairs (its warnings are not failures). This file is compiled as C++17
// (contract/CMakeLists.txt): qpdf 11.3's headers do not compile as C++20 with clang 14, which
// builds the fuzz targets (JSON.hh destroys a std::vector of a class not yet complete).

#include "contract/PdfPages.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <exception>

namespace contract::pdf {

std::optional<qsizetype> pageCount(const QByteArray &data)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("fax", data.constData(), size_t(data.size()));
        return qsizetype(QPDFPageDocumentHelper(pdf).getAllPages().size());
    } catch (const std::exception &) {
        return std::nullopt; // not a PDF qpdf can read, even repaired
    }
}

} // namespace contract::pdf
