#pragma once
// An .xlsx workbook streamed a row at a time, so a million rows stay flat in memory. One
// worksheet: the title (company and period) in the first row, the header row frozen below it
// with an autofilter, columns sized, and typed cells (date-time and duration values with their
// number formats, amounts as numbers, everything else as inline text, never a formula). The
// caller's thread formats the sheet's XML into chunks; a ChunkPipe thread deflates them into the
// zip (ZipStream), at most a few chunks behind, so the two halves of the work overlap. The file
// is written beside the target under a temporary name and renamed over it on commit().

#include "models/export/SheetWriter.h"
#include "models/export/ZipStream.h"

#include <QByteArray>
#include <QDateTime>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

class QTemporaryFile;

namespace models {

class ChunkPipe;

class XlsxSheetWriter : public SheetWriter
{
public:
    // `zipLimit` below ZipStream::PlainZipLimit lets tests reach the size limit.
    explicit XlsxSheetWriter(const QString &filePath, const QString &sheetName = {},
                             quint64 zipLimit = ZipStream::PlainZipLimit);
    ~XlsxSheetWriter() override;

    // Rows a worksheet holds (Excel's limit), the title and header rows included.
    static constexpr qint64 MaxRows = 1048576;
    // The sheet's XML goes to the deflating thread in chunks of about this size, at most
    // MaxQueuedChunks waiting.
    static constexpr size_t ChunkBytes = 256 * 1024;
    static constexpr size_t MaxQueuedChunks = 4;

    bool begin(const QString &title, const QList<SheetColumn> &columns) override;
    void text(QByteArrayView utf8) override;
    void dateTime(const SheetDateTime &value) override;
    void duration(qint64 seconds) override;
    void integer(qint64 value) override;
    void money(qint64 minorUnits, int decimals) override;
    void empty() override;
    void endRow() override;
    bool close() override;
    bool commit() override;
    void abandon() override;
    QString errorString() const override;

private:
    // `<c r="B12" s="3` (and the row's start before its first cell); false once stopped.
    bool startCell(int style);
    void cell(int style, QByteArrayView utf8);
    template<typename T> void number(int style, T value);
    bool deflate(std::string_view xml); // the pipe's thread
    void fail(const QString &error);
    QString zipError() const;
    QString writeError(const QString &reason) const; // "Cannot write …: reason"
    QByteArray filterRange() const;
    void removeTemporary();

    const QString m_target;
    const QString m_sheetName;
    const quint64 m_zipLimit;
    QString m_title;
    QDateTime m_created;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_temporary; // its name
    std::unique_ptr<ZipStream> m_zip;
    std::unique_ptr<ChunkPipe> m_pipe;
    std::string *m_xml = nullptr; // the pipe's chunk being filled
    QList<QByteArray> m_columnNames;
    std::vector<int> m_columnStyles;   // a Money column's currency style, or -1, by column
    QList<QByteArray> m_columnFormats; // their number formats, from xlsx::ColumnMoneyStyle on
    qint64 m_row = 0;                  // 0-based, the row being written
    std::string m_rowNumber;           // m_row + 1, as the cell references write it
    int m_column = 0;
    int m_columns = 0;
    bool m_rowOpen = false;
    bool m_closed = false;
    bool m_stopped = true; // not begun, or a row or the zip failed: nothing more is written

    mutable std::mutex m_errorMutex; // m_error is set by the pipe's thread too
    QString m_error;
};

} // namespace models
