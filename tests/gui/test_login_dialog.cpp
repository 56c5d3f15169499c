// LoginDialog on the offscreen platform against the real reference server (in-process).

#include "contract/DemoSeed.h"
#include "models/AppSettings.h"
#include "models/Session.h"
#include "models/TrustStore.h"
#include "tests/support/Catch.h"
#include "tests/support/TestServer.h"
#include "views/login/ForgotPasswordDialog.h"
#include "views/login/LoginDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using contract::Role;

namespace {

struct Fixture {
    QTemporaryDir dir;
    TestServer server;
    models::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    models::Session session{trust};
    views::LoginDialog dialog{session, settings};

    Fixture() { dialog.show(); }

    template<typename T = QWidget> T *find(const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    void type(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void fill(Role role, const QString &password)
    {
        QTest::mouseClick(
            find<QPushButton>(role == Role::Administrator ? "administratorButton" : "userButton"),
            Qt::LeftButton);
        type("serverUrlLineEdit", server.url().toString());
        type("companyNumberLineEdit", QStringLiteral("55 5000 1000"));
        if (role == Role::User)
            type("extensionLineEdit", QString::fromLatin1(contract::demo::UserExtension));
        type("passwordLineEdit", password);
    }

    void submitAndWait()
    {
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 15000));
    }
};

} // namespace

TEST_CASE("An administrator signs in", "[gui][login]")
{
    Fixture f;
    QSignalSpy signedIn(&f.dialog, &views::LoginDialog::signedIn);
    f.fill(Role::Administrator, QString::fromUtf8(contract::demo::AdminPassword));
    CHECK_FALSE(f.find("extensionLineEdit")->isVisible());
    f.find<QCheckBox>("rememberCheckBox")->setChecked(true);
    f.submitAndWait();

    REQUIRE(signedIn.count() == 1);
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK(f.session.isSignedIn());
    CHECK(f.session.info().role == Role::Administrator);
    CHECK(f.dialog.rememberMe());

    // What was typed is remembered for next time, except the password.
    CHECK(f.settings.serverUrl() == f.server.url().adjusted(QUrl::StripTrailingSlash));
    CHECK(f.settings.lastCompanyNumber() == QStringLiteral("55 5000 1000"));
    CHECK(f.settings.lastRole() == Role::Administrator);
    CHECK(f.settings.rememberMe());
    QFile ini(f.settings.fileName());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK_FALSE(ini.readAll().contains(contract::demo::AdminPassword));
}

TEST_CASE("A user signs in with an extension", "[gui][login]")
{
    Fixture f;
    QSignalSpy signedIn(&f.dialog, &views::LoginDialog::signedIn);
    f.fill(Role::User, QString::fromUtf8(contract::demo::UserPassword));
    CHECK(f.find("extensionLineEdit")->isVisible());
    f.submitAndWait();

    REQUIRE(signedIn.count() == 1);
    const auto info = signedIn.first().first().value<contract::SessionInfo>();
    CHECK(info.role == Role::User);
    CHECK(info.extension == QString::fromLatin1(contract::demo::UserExtension));
    CHECK(f.settings.lastExtension() == QString::fromLatin1(contract::demo::UserExtension));
    CHECK(f.settings.lastRole() == Role::User);
}

TEST_CASE("A wrong password shows the server's message and keeps what was typed", "[gui][login]")
{
    Fixture f;
    QSignalSpy signedIn(&f.dialog, &views::LoginDialog::signedIn);
    f.fill(Role::User, QStringLiteral("WrongPassword9"));
    f.submitAndWait();

    CHECK(signedIn.isEmpty());
    CHECK(f.dialog.isVisible());
    CHECK_FALSE(f.session.isSignedIn());
    auto *error = f.find<QLabel>("errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("The number, extension or password is not correct."));
    CHECK(f.find<QLineEdit>("passwordLineEdit")->text() == QStringLiteral("WrongPassword9"));
    CHECK(f.find<QLineEdit>("companyNumberLineEdit")->text() == QStringLiteral("55 5000 1000"));
    CHECK(f.find<QLineEdit>("extensionLineEdit")->text() ==
          QString::fromLatin1(contract::demo::UserExtension));
    CHECK(f.find<QLineEdit>("serverUrlLineEdit")->text() == f.server.url().toString());
    CHECK(f.find<QPushButton>("signInButton")->isEnabled());

    // Correcting the password signs in, and the old error goes away.
    f.type("passwordLineEdit", QString::fromUtf8(contract::demo::UserPassword));
    f.submitAndWait();
    CHECK(signedIn.count() == 1);
    CHECK(error->isHidden());
}

TEST_CASE("Missing fields are reported beside the fields without calling the server", "[gui][login]")
{
    Fixture f;
    QTest::mouseClick(f.find<QPushButton>("userButton"), Qt::LeftButton);
    f.type("serverUrlLineEdit", f.server.url().toString());
    f.type("extensionLineEdit", QStringLiteral("0123"));
    QTest::mouseClick(f.find<QPushButton>("signInButton"), Qt::LeftButton);

    CHECK_FALSE(f.dialog.isBusy());
    CHECK(f.find<QLabel>("companyNumberErrorLabel")->isVisible());
    CHECK(f.find<QLabel>("extensionErrorLabel")->isVisible());
    CHECK(f.find<QLabel>("passwordErrorLabel")->isVisible());
    CHECK(f.find<QLabel>("serverUrlErrorLabel")->isHidden());
    CHECK(f.find<QLineEdit>("extensionLineEdit")->text() == QStringLiteral("0123"));
}

TEST_CASE("Plain http to another computer is refused beside the server field", "[gui][login][tls]")
{
    Fixture f;
    f.fill(Role::Administrator, QStringLiteral("whatever1"));
    f.type("serverUrlLineEdit", QStringLiteral("http://pbx.example.com"));
    QTest::mouseClick(f.find<QPushButton>("signInButton"), Qt::LeftButton);
    CHECK_FALSE(f.dialog.isBusy());
    auto *serverError = f.find<QLabel>("serverUrlErrorLabel");
    CHECK(serverError->isVisible());
    CHECK(serverError->text().contains(QStringLiteral("https://")));
}

TEST_CASE("A forgotten password is reset with the e-mailed code", "[gui][login][reset]")
{
    Fixture f;
    f.fill(Role::Administrator, QString());
    auto *forgot = f.find<QLabel>("forgotPasswordLabel");
    emit forgot->linkActivated(QStringLiteral("#forgot"));
    auto *reset = f.dialog.findChild<views::ForgotPasswordDialog *>();
    REQUIRE(reset);
    auto *pages = reset->findChild<QStackedWidget *>();
    REQUIRE(pages);
    CHECK(reset->findChild<QLineEdit *>(QStringLiteral("resetCompanyNumberLineEdit"))->text() ==
          QStringLiteral("55 5000 1000"));

    QTest::mouseClick(reset->findChild<QPushButton *>(QStringLiteral("sendCodeButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return pages->currentWidget()->objectName() == QStringLiteral("confirmPage"); }, 15000));
    static const QRegularExpression pattern(QStringLiteral("(?:código es|code is): ([A-Z0-9]{10})"));
    const QString code = pattern.match(f.server.lastMail()).captured(1);
    REQUIRE(code.size() == 10);

    const QString newPassword = QStringLiteral("NuevaClave2027");
    QTest::keyClicks(reset->findChild<QLineEdit *>(QStringLiteral("codeLineEdit")), code);
    QTest::keyClicks(reset->findChild<QLineEdit *>(QStringLiteral("newPasswordLineEdit")), newPassword);
    QTest::keyClicks(reset->findChild<QLineEdit *>(QStringLiteral("confirmPasswordLineEdit")),
                     QStringLiteral("Other"));
    auto *change = reset->findChild<QPushButton *>(QStringLiteral("changePasswordButton"));
    QTest::mouseClick(change, Qt::LeftButton);
    CHECK(reset->findChild<QLabel *>(QStringLiteral("confirmPasswordErrorLabel"))->isVisible());

    reset->findChild<QLineEdit *>(QStringLiteral("confirmPasswordLineEdit"))->setText(newPassword);
    QTest::mouseClick(change, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return pages->currentWidget()->objectName() == QStringLiteral("donePage"); }, 15000));
    CHECK(f.find<QLabel>("noticeLabel")->isVisible());

    QSignalSpy signedIn(&f.dialog, &views::LoginDialog::signedIn);
    f.type("passwordLineEdit", newPassword);
    f.submitAndWait();
    CHECK(signedIn.count() == 1);
}

TEST_CASE("After signing out the company number reads as people type it, not in E.164", "[gui][login][i18n]")
{
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    // What the demo and earlier versions saved.
    settings.setLastCompanyNumber(QString::fromLatin1(contract::demo::CompanyNumber));
    models::TrustStore trust(dir.filePath(QStringLiteral("trust.ini")));
    models::Session session(trust);
    views::LoginDialog dialog(session, settings);
    dialog.show();
    auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("companyNumberLineEdit"));
    REQUIRE(number);
    CHECK(number->text() == QStringLiteral("55 5000 1000"));
}

TEST_CASE("Inline errors reserve their line: no control moves when one appears or clears", "[gui][login]")
{
    Fixture f;
    REQUIRE(QTest::qWaitForWindowExposed(&f.dialog));
    QTest::mouseClick(f.find<QPushButton>("administratorButton"), Qt::LeftButton);
    f.type("serverUrlLineEdit", f.server.url().toString());
    const auto settle = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); };
    const auto geometryOf = [&](const char *name) {
        auto *widget = f.find(name);
        return QRect(widget->mapTo(&f.dialog, QPoint(0, 0)), widget->size());
    };
    const auto controls = {"companyNumberLineEdit", "passwordLineEdit", "rememberCheckBox", "signInButton"};
    settle();
    QList<QRect> before;
    for (const char *name : controls)
        before << geometryOf(name);
    const auto unmoved = [&](const char *when) {
        settle();
        int i = 0;
        for (const char *name : controls) {
            INFO(when << ": " << name);
            CHECK(geometryOf(name) == before.at(i++));
        }
    };
    auto *password = f.find<QLineEdit>("passwordLineEdit");

    QTest::mouseClick(f.find<QPushButton>("signInButton"), Qt::LeftButton);
    REQUIRE(f.find<QLabel>("passwordErrorLabel")->isVisible());
    REQUIRE(f.find<QLabel>("companyNumberErrorLabel")->isVisible());
    unmoved("errors shown");
    CHECK(password->height() >= password->sizeHint().height()); // not squeezed to a line

    // Signing in again clears the errors; the server's refusal then shows in the dialog's line.
    f.type("companyNumberLineEdit", QStringLiteral("55 5000 1000"));
    f.type("passwordLineEdit", QStringLiteral("not the password"));
    QTest::mouseClick(f.find<QPushButton>("signInButton"), Qt::LeftButton);
    CHECK(f.find<QLabel>("passwordErrorLabel")->isHidden());
    unmoved("errors cleared");
    REQUIRE(QTest::qWaitFor([&] { return !f.dialog.isBusy(); }, 15000));
    REQUIRE(f.find<QLabel>("errorLabel")->isVisible());
    unmoved("server error shown");
}
