#include "views/common/CertificateDialog.h"

#include "models/DisplayLocale.h"
#include "models/TrustStore.h"
#include "views/style/Style.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace views {

namespace {
QString describeName(const QSslCertificate &certificate, bool issuer)
{
    const auto part = [&](QSslCertificate::SubjectInfo info) {
        const auto values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(QStringLiteral(", "));
    };
    QStringList parts;
    for (const auto info :
         {QSslCertificate::CommonName, QSslCertificate::Organization, QSslCertificate::CountryName}) {
        const QString text = part(info);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.isEmpty() ? CertificateDialog::tr("(not specified)") : parts.join(QStringLiteral(" · "));
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CertificateDialog::CertificateDialog(const QString &host, int port, const QSslCertificate &certificate,
                                     const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unverified certificate"));
    setObjectName(QStringLiteral("certificateDialog"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *headline = new QLabel(tr("<b>Centralita cannot verify the identity of %1.</b>")
                                    .arg(QStringLiteral("%1:%2").arg(host.toHtmlEscaped()).arg(port)),
                                this);
    headline->setWordWrap(true);
    auto *explanation =
        new QLabel(tr("Someone could be impersonating the server. Only trust this certificate if your "
                      "phone provider or IT department confirms that the fingerprint below is correct."),
                   this);
    explanation->setWordWrap(true);

    const QLocale locale;
    auto *details = new QFormLayout;
    details->addRow(tr("Issued to:"), valueLabel(describeName(certificate, false), this));
    details->addRow(tr("Issued by:"), valueLabel(describeName(certificate, true), this));
    details->addRow(
        tr("Valid:"),
        valueLabel(tr("%1 to %2")
                       .arg(models::formatShortDateTime(certificate.effectiveDate().toLocalTime(), locale),
                            models::formatShortDateTime(certificate.expiryDate().toLocalTime(), locale)),
                   this));
    auto *fingerprintLabel = valueLabel(models::TrustStore::fingerprint(certificate), this);
    fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->addRow(tr("SHA-256 fingerprint:"), fingerprintLabel);
    QStringList problems;
    for (const auto &error : errors)
        problems.append(QStringLiteral("• ") + error.errorString());
    problems.removeDuplicates();
    auto *errorsLabel = valueLabel(problems.join(QLatin1Char('\n')), this);
    errorsLabel->setObjectName(QStringLiteral("sslErrorsLabel"));
    details->addRow(tr("Problems:"), errorsLabel);

    auto *buttons = new QDialogButtonBox(this);
    auto *trustButton = buttons->addButton(tr("Trust this certificate"), QDialogButtonBox::AcceptRole);
    trustButton->setObjectName(QStringLiteral("trustButton"));
    trustButton->setAutoDefault(false);
    auto *cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setDefault(true); // the safe choice is the one Enter picks
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(explanation);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(style::space::Small);
    layout->addLayout(details);
    layout->addSpacing(style::space::Small);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace views
