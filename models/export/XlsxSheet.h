#pragma once
// An .xlsx workbook written with libxlsxwriter in its constant-memory mode: each row goes to a
// temporary file as soon as the next one starts, so a million rows stay flat in memory. One
// worksheet: the title (company and period) in the first row, the header row frozen below it
// with an autofilter, columns sized, and typed cells (date-time and duration values with their
// number formats, amounts as numbers, everything else as text, never as a formula). The workbook
// is written beside the target under a temporary name and renamed over it once complete.
// libxlsxwriter's XML writing takes most of a row's time, so it runs on a thread of its own:
// the caller's thread (which reads and formats the rows) records cells into batches of rows and
// hands them over, at most a few batches ahead, so memory stays flat whichever side is faster.

#include "models/export/CellBatch.h"
#include "models/export/SheetWriter.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace models {

class XlsxSheetWriter : public SheetWriter
{
public:
    explicit XlsxSheetWriter(const QString &filePath, const QString &sheetName = {});
    ~XlsxSheetWriter() override;

    // Rows a worksheet holds (Excel's limit), the title and header rows included.
    static constexpr qint64 MaxRows = 1048576;

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

    // Rows recorded before a batch goes to the writing thread, and batches waiting for it.
    static constexpr qint64 BatchRows = 1000;
    static constexpr size_t MaxQueuedBatches = 4;

private:
    bool check(int error);
    lxw_format *moneyFormat(int decimals);
    void handOver();
    void writeRows(); // the writing thread
    bool write(const CellBatch &batch);
    void stopWriting(bool discard);

    QString m_target;
    QString m_temporary;
    QString m_sheetName;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_titleFormat = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateTimeFormat = nullptr;
    lxw_format *m_durationFormat = nullptr;
    lxw_format *m_moneyFormats[5] = {};
    std::vector<lxw_format *> m_columnFormats; // a Money column's currency format, by column
    std::string m_text;
    std::string m_title;
    quint16 m_columns = 0;
    CellBatch m_batch; // the rows being recorded

    // Shared with the writing thread, under m_mutex; its own row and column in between.
    std::thread m_writer;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<CellBatch> m_queued;
    std::vector<CellBatch> m_spare; // written batches, kept for their memory
    bool m_lastBatch = false;
    bool m_discard = false;
    QString m_error;
    quint32 m_row = 0;
    quint16 m_column = 0;
};

} // namespace models
