#pragma once
// A PDF 1.5 file the way modern writers make them: its page tree and pages live in a
// Flate-compressed object stream and its cross-reference table is itself a stream, so no
// "/Type /Page" appears in the file's bytes. Only a real PDF decoder can count its pages.

#include <QByteArray>
#include <QList>

namespace pdfsamples {

inline QByteArray makePdfWithObjectStreams(int pages)
{
    // Objects: 1 catalog, 2 content stream (shared by every page), 3 page tree, 4… pages (the page
    // tree and the pages inside the object stream), then the object stream and the xref stream.
    const int firstPage = 4;
    const int objectStream = firstPage + pages;
    const int xrefStream = objectStream + 1;

    QList<QByteArray> packed; // objects 3, 4, …, in the object stream
    QByteArray kids;
    for (int page = 0; page < pages; ++page)
        kids += QByteArray::number(firstPage + page) + " 0 R ";
    packed << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages) + " >>";
    for (int page = 0; page < pages; ++page)
        packed << "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 2 0 R >>";
    QByteArray header;
    QByteArray body;
    for (int i = 0; i < packed.size(); ++i) {
        header += QByteArray::number(3 + i) + ' ' + QByteArray::number(body.size()) + ' ';
        body += packed.at(i) + '\n';
    }
    const QByteArray streamData = header + body;
    const QByteArray compressed = qCompress(streamData).mid(4); // zlib, as FlateDecode is

    QByteArray pdf = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets(xrefStream + 1, 0);
    const auto object = [&](int number, const QByteArray &text) {
        offsets[number] = pdf.size();
        pdf += QByteArray::number(number) + " 0 obj\n" + text + "\nendobj\n";
    };
    object(1, "<< /Type /Catalog /Pages 3 0 R >>");
    const QByteArray content = "0 0 m 100 100 l S";
    object(2, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    object(objectStream, "<< /Type /ObjStm /N " + QByteArray::number(packed.size()) + " /First " +
                             QByteArray::number(header.size()) + " /Filter /FlateDecode /Length " +
                             QByteArray::number(compressed.size()) + " >>\nstream\n" + compressed +
                             "\nendstream");

    // Cross-reference stream entries, /W [1 4 2]: type, offset or object stream, generation or index.
    offsets[xrefStream] = pdf.size();
    QByteArray entries;
    const auto entry = [&](int type, quint32 field2, quint16 field3) {
        entries += char(type);
        for (int shift = 24; shift >= 0; shift -= 8)
            entries += char(field2 >> shift & 0xFF);
        entries += char(field3 >> 8 & 0xFF);
        entries += char(field3 & 0xFF);
    };
    entry(0, 0, 0xFFFF);
    entry(1, quint32(offsets[1]), 0);
    entry(1, quint32(offsets[2]), 0);
    for (int i = 0; i < packed.size(); ++i)
        entry(2, quint32(objectStream), quint16(i));
    entry(1, quint32(offsets[objectStream]), 0);
    entry(1, quint32(offsets[xrefStream]), 0);
    pdf += QByteArray::number(xrefStream) + " 0 obj\n<< /Type /XRef /Size " +
           QByteArray::number(xrefStream + 1) + " /W [1 4 2] /Root 1 0 R /Length " +
           QByteArray::number(entries.size()) + " >>\nstream\n" + entries + "\nendstream\nendobj\n";
    pdf += "startxref\n" + QByteArray::number(offsets[xrefStream]) + "\n%%EOF\n";
    return pdf;
}

} // namespace pdfsamples
