#pragma once
// Shown when a server presents a certificate that cannot be verified. The user sees who it
// claims to be and why it failed, and may trust exactly this certificate for this server.

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace views {

class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const QString &host, int port, const QSslCertificate &certificate,
                      const QList<QSslError> &errors, QWidget *parent = nullptr);
};

} // namespace views
