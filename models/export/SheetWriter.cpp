#include "models/export/SheetWriter.h"

#include "models/export/SpreadsheetCsv.h"
#include "models/export/XlsxSheet.h"

namespace models {

std::unique_ptr<SheetWriter> SheetWriter::create(ExportFormat format, const QString &filePath,
                                                 QChar separator, const QString &sheetName)
{
    switch (format) {
    case ExportFormat::SpreadsheetCsv:
        return std::make_unique<SpreadsheetCsvWriter>(filePath, separator);
    case ExportFormat::Xlsx:
        return std::make_unique<XlsxSheetWriter>(filePath, sheetName);
    case ExportFormat::DataCsv:
        break;
    }
    Q_ASSERT_X(false, "SheetWriter::create", "the data CSV is the server's");
    return nullptr;
}

} // namespace models
