#include "models/enduser/FaxLogExporter.h"

#include "models/Session.h"
#include "models/enduser/FaxModel.h"

namespace models {

FaxLogExporter::FaxLogExporter(Session &session, QObject *parent)
    : SheetExporter(parent)
    , m_session(session)
{}

QList<SheetColumn> FaxLogExporter::columns()
{
    using Kind = SheetColumn::Kind;
    return {{tr("Date and time"), Kind::DateTime, 20}, {tr("Direction"), Kind::Text, 12},
            {tr("Extension"), Kind::Text, 14},         {tr("Fax number"), Kind::Text, 20},
            {tr("Pages"), Kind::Integer, 8},           {tr("Status"), Kind::Text, 30},
            {tr("File name"), Kind::Text, 30}};
}

QString FaxLogExporter::sheetName()
{
    return tr("Fax logs");
}

QString FaxLogExporter::title(const QString &companyName, const QString &extension)
{
    const QString what = extension.isEmpty() ? tr("fax logs") : tr("fax logs of extension %1").arg(extension);
    return sheetTitle(companyName, what);
}

void FaxLogExporter::start(const QString &extension, const QString &filePath,
                           const SheetExportOptions &options)
{
    if (!begin(filePath, options, sheetName(), title(m_session.info().companyName, extension), columns()))
        return;
    auto *read = faxList(this, m_session, CallLogScope::Account, extension);
    track(read);
    connect(read, &StoreWrite::succeeded, this, [this, read] {
        const QList<contract::Fax> &faxes = read->value();
        for (const contract::Fax &fax : faxes)
            writeFax(fax);
        if (wrote(faxes.size()))
            complete();
    });
}

void FaxLogExporter::writeFax(const contract::Fax &fax)
{
    SheetWriter &sheet = writer();
    sheet.dateTime(sheetDateTime(fax.createdAt, options().timeZone));
    // The words the fax list shows.
    sheet.text(FaxModel::directionText(fax).toUtf8());
    sheet.text(FaxModel::extensionText(fax).toUtf8());
    sheet.text(m_numbers.format(fax.remoteNumber.toUtf8()));
    sheet.integer(fax.pages);
    sheet.text(FaxModel::statusText(fax).toUtf8());
    sheet.text(fax.fileName.toUtf8());
    sheet.endRow();
}

} // namespace models
