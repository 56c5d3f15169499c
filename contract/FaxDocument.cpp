// Fax document inspection: what kind of file it is and how many pages it has, from its content.
// PDF files are read by qpdf and TIFF files by libtiff, not by patterns or a hand-written walk
// of their structure: a crafted file is someone else's well-fuzzed problem, and every offset a
// TIFF file holds is checked against the file before it is believed.

#include "contract/Fax.h"

#include "contract/PdfPages.h"

#include <tiffio.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

namespace contract {

namespace {

FaxDocumentInfo inspectPdf(const QByteArray &data)
{
    // A complete PDF ends with %%EOF (possibly followed by a line break); a truncated one does not.
    if (!data.right(1024).contains("%%EOF") || !data.contains("startxref"))
        return {{}, 0, FaxDocumentError::Truncated};
    // Pages are counted by a PDF decoder (qpdf), which follows the page tree through object
    // streams; what it cannot read at all is damaged. (QtPdf would pull QtGui into the server,
    // and Qt 6.4's QtPdf leaks memory on damaged files.)
    const auto count = pdf::pageCount(data);
    if (!count || *count < 1)
        return {{}, 0, FaxDocumentError::Truncated};
    const int pages = int(std::min<qsizetype>(*count, std::numeric_limits<int>::max()));
    if (pages > MaxFaxPages)
        return {{}, pages, FaxDocumentError::TooManyPages};
    return {QStringLiteral("application/pdf"), pages, nullptr};
}

// libtiff's view of the upload: a read-only file in memory. Positions may lie past the end
// (libtiff seeks before it reads); reads there return nothing.
struct MemoryFile {
    const QByteArray &data;
    qint64 position = 0;
    bool failed = false; // libtiff reported an error: the file is damaged
};

tmsize_t readMemory(thandle_t handle, void *buffer, tmsize_t size)
{
    auto &file = *static_cast<MemoryFile *>(handle);
    if (size <= 0 || file.position >= file.data.size())
        return 0;
    const qint64 count = std::min<qint64>(size, file.data.size() - file.position);
    std::memcpy(buffer, file.data.constData() + file.position, size_t(count));
    file.position += count;
    return tmsize_t(count);
}

tmsize_t writeMemory(thandle_t, void *, tmsize_t)
{
    return 0; // opened for reading only
}

toff_t seekMemory(thandle_t handle, toff_t offset, int whence)
{
    auto &file = *static_cast<MemoryFile *>(handle);
    constexpr auto Failed = std::numeric_limits<toff_t>::max();
    // libtiff passes relative offsets as two's complement in an unsigned 64-bit value.
    const auto delta = static_cast<qint64>(offset);
    const qint64 base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? file.position : file.data.size();
    if (whence == SEEK_SET && offset > toff_t(std::numeric_limits<qint64>::max()))
        return Failed;
    // base is never negative, so only a positive delta can overflow.
    if (delta > 0 && base > std::numeric_limits<qint64>::max() - delta)
        return Failed;
    const qint64 target = base + delta;
    if (target < 0)
        return Failed;
    file.position = target;
    return toff_t(target);
}

int closeMemory(thandle_t)
{
    return 0;
}

toff_t sizeOfMemory(thandle_t handle)
{
    return toff_t(static_cast<MemoryFile *>(handle)->data.size());
}

int mapMemory(thandle_t, tdata_t *, toff_t *)
{
    return 0; // no mapping: libtiff reads through readMemory
}

void unmapMemory(thandle_t, tdata_t, toff_t) {}

int recordError(TIFF *, void *userData, const char *, const char *, va_list)
{
    static_cast<MemoryFile *>(userData)->failed = true;
    return 1; // handled: nothing reaches libtiff's global handler (stderr)
}

int ignoreWarning(TIFF *, void *, const char *, const char *, va_list)
{
    return 1;
}

// Every strip (or tile) of the current page lies inside the file.
bool pageDataWithinFile(TIFF *tiff, quint64 fileSize)
{
    const bool tiled = TIFFIsTiled(tiff);
    const quint64 count = tiled ? TIFFNumberOfTiles(tiff) : TIFFNumberOfStrips(tiff);
    uint64_t *offsets = nullptr;
    uint64_t *byteCounts = nullptr;
    if (count == 0 || !TIFFGetField(tiff, tiled ? TIFFTAG_TILEOFFSETS : TIFFTAG_STRIPOFFSETS, &offsets) ||
        !TIFFGetField(tiff, tiled ? TIFFTAG_TILEBYTECOUNTS : TIFFTAG_STRIPBYTECOUNTS, &byteCounts) ||
        !offsets || !byteCounts)
        return false;
    for (quint64 i = 0; i < count; ++i) {
        if (byteCounts[i] == 0 || offsets[i] > fileSize || byteCounts[i] > fileSize - offsets[i])
            return false;
    }
    return true;
}

FaxDocumentInfo inspectTiff(const QByteArray &data)
{
    MemoryFile file{data};
    // No allocation on the file's say-so beyond what a fax page can need.
    constexpr tmsize_t MaxAllocation = 16 * 1024 * 1024;
    const std::unique_ptr<TIFFOpenOptions, decltype(&TIFFOpenOptionsFree)> options(TIFFOpenOptionsAlloc(),
                                                                                   &TIFFOpenOptionsFree);
    TIFFOpenOptionsSetMaxSingleMemAlloc(options.get(), MaxAllocation);
    TIFFOpenOptionsSetErrorHandlerExtR(options.get(), recordError, &file);
    TIFFOpenOptionsSetWarningHandlerExtR(options.get(), ignoreWarning, &file);
    const std::unique_ptr<TIFF, decltype(&TIFFClose)> tiff(
        TIFFClientOpenExt("fax", "rm", &file, readMemory, writeMemory, seekMemory, closeMemory, sizeOfMemory,
                          mapMemory, unmapMemory, options.get()),
        &TIFFClose);
    if (!tiff)
        return {{}, 0, FaxDocumentError::Truncated};

    int pages = 0;
    do {
        uint32_t width = 0;
        uint32_t height = 0;
        if (file.failed || !TIFFGetField(tiff.get(), TIFFTAG_IMAGEWIDTH, &width) ||
            !TIFFGetField(tiff.get(), TIFFTAG_IMAGELENGTH, &height) || width == 0 || height == 0 ||
            !pageDataWithinFile(tiff.get(), quint64(data.size())))
            return {{}, pages, FaxDocumentError::Truncated};
        if (++pages > MaxFaxPages)
            return {{}, pages, FaxDocumentError::TooManyPages};
    } while (TIFFReadDirectory(tiff.get()));
    // The chain ends at a zero offset. libtiff stops at a loop with only a warning, and reports
    // an offset outside the file or a directory cut short as an error: both are damage.
    if (file.failed || !TIFFLastDirectory(tiff.get()))
        return {{}, pages, FaxDocumentError::Truncated};
    return {QStringLiteral("image/tiff"), pages, nullptr};
}

} // namespace

FaxDocumentInfo inspectFaxDocument(const QByteArray &data)
{
    if (data.isEmpty())
        return {{}, 0, FaxDocumentError::Empty};
    if (data.size() > MaxFaxDocumentBytes)
        return {{}, 0, FaxDocumentError::TooLarge};
    if (data.startsWith("%PDF-"))
        return inspectPdf(data);
    if (data.startsWith(QByteArrayLiteral("II*\0")) || data.startsWith(QByteArrayLiteral("MM\0*")))
        return inspectTiff(data);
    return {{}, 0, FaxDocumentError::UnsupportedType};
}

} // namespace contract
