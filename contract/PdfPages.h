#pragma once
// How many pages a PDF file has, read by qpdf (contract/PdfPages.cpp); nullopt when qpdf cannot
// read it at all. Internal to contract/FaxDocument.cpp.

#include <QByteArray>
#include <optional>

namespace contract::pdf {
std::optional<qsizetype> pageCount(const QByteArray &data);
} // namespace contract::pdf
