#include "views/login/LoginDialog.h"

#include "contract/Validation.h"
#include "models/ApiError.h"
#include "models/AppSettings.h"
#include "models/CredentialStore.h"
#include "models/Session.h"
#include "models/SignInService.h"
#include "models/SnapshotStore.h"
#include "models/TrustStore.h"
#include "views/common/CertificateDialog.h"
#include "views/common/FormField.h"
#include "views/login/ForgotPasswordDialog.h"
#include "views/style/Style.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace views {

using contract::Role;

LoginDialog::LoginDialog(models::Session &session, models::AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("loginDialog"));
    m_signInService = new models::SignInService(session, this);
    setWindowTitle(tr("Sign in — Centralita"));
    buildUi();
    loadSettings();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::buildUi()
{
    auto *titleLabel = new QLabel(tr("Sign in to your phone system"), this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    // Segmented choice: two exclusive buttons that read as one control.
    m_administratorButton = new QPushButton(tr("Administrator"), this);
    m_administratorButton->setObjectName(QStringLiteral("administratorButton"));
    m_userButton = new QPushButton(tr("User"), this);
    m_userButton->setObjectName(QStringLiteral("userButton"));
    m_roleButtonGroup = new QButtonGroup(this);
    m_roleButtonGroup->setExclusive(true);
    for (auto *button : {m_administratorButton, m_userButton}) {
        button->setCheckable(true);
        // One choice of two: announced as radio buttons (a checkable push button reads as a
        // check box), and the arrow keys move between them.
        button->setAutoExclusive(true);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    // Drawn as one two-part control; the selected part uses the highlight colour.
    const QString segment = QStringLiteral(
        "QPushButton { padding: 6px 12px; border: 1px solid palette(mid); background: palette(button); %1 }"
        "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border-color: palette(highlight); }"
        "QPushButton:focus { border-color: palette(highlight); }");
    m_administratorButton->setStyleSheet(
        segment.arg(QStringLiteral("border-top-left-radius: 4px; border-bottom-left-radius: 4px;")));
    m_userButton->setStyleSheet(segment.arg(
        QStringLiteral("border-left: none; border-top-right-radius: 4px; border-bottom-right-radius: 4px;")));
    m_roleButtonGroup->addButton(m_administratorButton);
    m_roleButtonGroup->addButton(m_userButton);
    connect(m_administratorButton, &QPushButton::clicked, this, [this] { setRole(Role::Administrator); });
    connect(m_userButton, &QPushButton::clicked, this, [this] { setRole(Role::User); });
    auto *roleRow = new QHBoxLayout;
    roleRow->setSpacing(0);
    roleRow->addWidget(m_administratorButton);
    roleRow->addWidget(m_userButton);
    m_roleHintLabel = new QLabel(this);
    m_roleHintLabel->setWordWrap(true);
    m_roleHintLabel->setForegroundRole(QPalette::PlaceholderText);

    const auto lineEdit = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_serverUrlLineEdit = lineEdit("serverUrlLineEdit", tr("https://pbx.example.com"));
    m_serverField = new FormField(tr("Server address"), m_serverUrlLineEdit, this);
    m_companyNumberLineEdit = lineEdit("companyNumberLineEdit", tr("e.g. 55 5000 1000"));
    m_companyField = new FormField(tr("Company main number"), m_companyNumberLineEdit, this);
    m_extensionLineEdit = lineEdit("extensionLineEdit", tr("e.g. 101"));
    m_extensionField = new FormField(tr("Extension"), m_extensionLineEdit, this);

    m_passwordLineEdit = lineEdit("passwordLineEdit", QString());
    m_passwordLineEdit->setClearButtonEnabled(false);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordField = new FormField(tr("Password"), m_passwordLineEdit, this);
    auto *forgotLabel =
        new QLabel(QStringLiteral("<a href=\"#forgot\">%1</a>").arg(tr("Forgot password?")), this);
    forgotLabel->setObjectName(QStringLiteral("forgotPasswordLabel"));
    forgotLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(forgotLabel, &QLabel::linkActivated, this, &LoginDialog::openForgotPassword);
    m_passwordField->setLabelAccessory(forgotLabel);

    m_rememberCheckBox = new QCheckBox(tr("Keep me signed in on this computer"), this);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_rememberCheckBox->setToolTip(
        tr("Stores a sign-in token in the system keychain. Your password is never stored."));

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    reserveMessageSpace(m_noticeLabel);
    m_noticeLabel->hide();
    m_errorLabel = createErrorLabel(QStringLiteral("errorLabel"), this);

    m_busyProgressBar = new QProgressBar(this);
    m_busyProgressBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyProgressBar->setRange(0, 0); // indeterminate
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setFixedHeight(6);
    QSizePolicy keepSpace = m_busyProgressBar->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // the dialog must not jump when it appears
    m_busyProgressBar->setSizePolicy(keepSpace);
    m_busyProgressBar->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_offlineCopyButton = buttons->addButton(tr("View saved data offline"), QDialogButtonBox::ActionRole);
    m_offlineCopyButton->setObjectName(QStringLiteral("offlineCopyButton"));
    m_offlineCopyButton->setToolTip(
        tr("Opens the voicemail, call logs and faxes last seen on this computer, read-only."));
    m_offlineCopyButton->hide();
    connect(m_offlineCopyButton, &QPushButton::clicked, this,
            [this] { emit offlineCopyRequested(accountKey()); });

    m_retryTimer = new QTimer(this);
    m_retryTimer->setInterval(1000);
    connect(m_retryTimer, &QTimer::timeout, this, &LoginDialog::updateRetryCountdown);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::dialogMargins());
    layout->setSpacing(style::space::Medium);
    layout->addWidget(titleLabel);
    layout->addLayout(roleRow);
    layout->addWidget(m_roleHintLabel);
    layout->addSpacing(style::space::XSmall);
    layout->addWidget(m_serverField);
    layout->addWidget(m_companyField);
    layout->addWidget(m_extensionField);
    layout->addWidget(m_passwordField);
    layout->addWidget(m_rememberCheckBox);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_busyProgressBar);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void LoginDialog::loadSettings()
{
    m_serverUrlLineEdit->setText(m_settings.serverUrl().toString());
    m_companyNumberLineEdit->setText(m_settings.lastCompanyNumberAsTyped());
    m_extensionLineEdit->setText(m_settings.lastExtension());
    m_rememberCheckBox->setChecked(m_settings.rememberMe());
    setRole(m_settings.lastRole());

    // Start where typing is still needed.
    for (auto *edit :
         {m_serverUrlLineEdit, m_companyNumberLineEdit, m_extensionLineEdit, m_passwordLineEdit}) {
        if (edit->isVisibleTo(this) && edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

void LoginDialog::saveSettings()
{
    if (const auto url = serverUrl())
        m_settings.setServerUrl(*url);
    m_settings.setLastCompanyNumber(m_companyNumberLineEdit->text().trimmed());
    if (m_role == Role::User)
        m_settings.setLastExtension(m_extensionLineEdit->text().trimmed());
    m_settings.setLastRole(m_role);
    m_settings.setRememberMe(m_rememberCheckBox->isChecked());
    m_settings.sync();
}

void LoginDialog::setRole(Role role)
{
    m_role = role;
    const bool admin = role == Role::Administrator;
    m_administratorButton->setChecked(admin);
    m_userButton->setChecked(!admin);
    m_extensionField->setVisible(!admin);
    m_roleHintLabel->setText(admin ? tr("Manage the whole company: users, numbers, schedules and billing.")
                                   : tr("Your voicemail, call logs and personal preferences."));
    m_extensionField->setError({});
}

bool LoginDialog::rememberMe() const
{
    return m_rememberCheckBox->isChecked();
}

void LoginDialog::showNotice(const QString &message)
{
    m_noticeLabel->setText(message);
    m_noticeLabel->setVisible(!message.isEmpty());
}

void LoginDialog::clearErrors()
{
    for (auto *field : {m_serverField, m_companyField, m_extensionField, m_passwordField})
        field->setError({});
    showError(m_errorLabel, {});
    m_offlineCopyButton->hide();
}

std::optional<QUrl> LoginDialog::serverUrl()
{
    QString text = m_serverUrlLineEdit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // People type "pbx.example.com"; encryption is the safe assumption.
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return url;
}

bool LoginDialog::validate()
{
    QWidget *firstInvalid = nullptr;
    const auto invalid = [&](FormField *field, const QString &message) {
        field->setError(message);
        if (!firstInvalid)
            firstInvalid = field->editor();
    };
    const auto url = serverUrl();
    if (m_serverUrlLineEdit->text().trimmed().isEmpty())
        invalid(m_serverField, tr("Enter the address of your phone system's server."));
    else if (!url)
        invalid(m_serverField, tr("This is not a valid server address."));
    else if (const auto refused = models::Session::checkTransport(*url))
        invalid(m_serverField, refused->message());
    if (m_companyNumberLineEdit->text().trimmed().isEmpty())
        invalid(m_companyField, tr("Enter your company's main phone number."));
    if (m_role == Role::User) {
        const QString extension = m_extensionLineEdit->text().trimmed();
        if (extension.isEmpty())
            invalid(m_extensionField, tr("Enter your extension number."));
        else if (contract::rules::checkExtensionNumber(extension))
            invalid(m_extensionField, tr("An extension has 2 to 6 digits and does not start with 0."));
    }
    if (m_passwordLineEdit->text().isEmpty())
        invalid(m_passwordField, tr("Enter your password."));
    if (firstInvalid)
        firstInvalid->setFocus();
    return !firstInvalid;
}

void LoginDialog::signIn()
{
    if (isBusy() || m_retryTimer->isActive())
        return;
    clearErrors();
    showNotice({});
    if (!validate())
        return;

    contract::SignInRequest request;
    request.role = m_role;
    request.companyNumber = m_companyNumberLineEdit->text().trimmed();
    if (m_role == Role::User)
        request.extension = m_extensionLineEdit->text().trimmed();
    request.password = m_passwordLineEdit->text();

    m_session.setBaseUrl(*serverUrl());
    auto *call = m_signInService->signIn(request);
    m_job = call;
    connect(call, &models::StoreWrite::succeeded, this, [this, call] {
        saveSettings();
        emit signedIn(call->value());
        accept();
    });
    connect(call, &models::StoreWrite::failed, this, &LoginDialog::handleFailure);
    connect(call, &models::StoreCall::finished, this, [this] { setBusy(false); });
    setBusy(true);
}

void LoginDialog::setBusy(bool busy)
{
    m_busyProgressBar->setVisible(busy);
    m_signInButton->setEnabled(!busy && !m_retryTimer->isActive());
    // Read-only rather than disabled keeps the typed text legible while waiting.
    for (auto *edit : {m_serverUrlLineEdit, m_companyNumberLineEdit, m_extensionLineEdit, m_passwordLineEdit})
        edit->setReadOnly(busy);
    for (auto *button : {m_administratorButton, m_userButton})
        button->setEnabled(!busy);
    m_rememberCheckBox->setEnabled(!busy);
    m_signInButton->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (!busy && m_passwordLineEdit->text().isEmpty())
        m_passwordLineEdit->setFocus();
}

void LoginDialog::handleFailure(const models::ApiError &error)
{
    using Kind = models::ApiError::Kind;
    using contract::ProblemType;
    if (error.kind == Kind::Cancelled)
        return;
    if (models::isOutOfReach(error))
        offerOfflineCopy();
    if (error.kind == Kind::Tls && !error.certificate.isNull()) {
        askToTrust(error);
        return;
    }
    if (error.kind == Kind::InsecureTransport) {
        m_serverField->setError(error.message());
        m_serverUrlLineEdit->setFocus();
        return;
    }

    // Field errors go beside their fields; whatever has no field goes above the buttons.
    const QList<std::pair<QString, FormField *>> fields{{QStringLiteral("companyNumber"), m_companyField},
                                                        {QStringLiteral("extension"), m_extensionField},
                                                        {QStringLiteral("password"), m_passwordField}};
    bool placed = false;
    for (const auto &[name, field] : fields) {
        if (error.hasFieldError(name) && field->isVisibleTo(this)) {
            field->setError(error.fieldMessage(name));
            if (!placed)
                field->editor()->setFocus();
            placed = true;
        }
    }
    if (!placed || error.fieldErrors.size() > 1)
        showError(m_errorLabel, placed ? tr("Check the highlighted fields.") : error.message());

    if (error.isProblem(ProblemType::TooManyRequests) && error.retryAfterSeconds.value_or(0) > 0) {
        startRetryCountdown(*error.retryAfterSeconds);
    } else if (error.isProblem(ProblemType::InvalidCredentials)) {
        // Keep the password but select it, so retyping replaces it in one go.
        m_passwordLineEdit->setFocus();
        m_passwordLineEdit->selectAll();
    }
}

void LoginDialog::askToTrust(const models::ApiError &error)
{
    const QUrl url = m_session.baseUrl();
    const QString host = url.host();
    const int port = url.port(443);
    auto *dialog = new CertificateDialog(host, port, error.certificate, error.sslErrors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QSslCertificate certificate = error.certificate;
    const QString message = error.message();
    connect(dialog, &QDialog::finished, this, [this, host, port, certificate, message](int result) {
        if (result == QDialog::Accepted) {
            m_session.trustStore().trust(host, port, certificate);
            signIn();
        } else {
            showError(m_errorLabel, message);
        }
    });
    dialog->open();
}

void LoginDialog::startRetryCountdown(int seconds)
{
    m_retrySecondsLeft = seconds;
    m_retryTimer->start();
    updateRetryCountdown();
}

void LoginDialog::updateRetryCountdown()
{
    if (m_retrySecondsLeft <= 0) {
        m_retryTimer->stop();
        showError(m_errorLabel, {});
        m_signInButton->setEnabled(true);
        m_signInButton->setText(tr("Sign in"));
        return;
    }
    showError(m_errorLabel,
              tr("Too many attempts. You can try again in %n second(s).", nullptr, m_retrySecondsLeft));
    m_signInButton->setEnabled(false);
    m_signInButton->setText(tr("Sign in (%1)").arg(m_retrySecondsLeft));
    --m_retrySecondsLeft;
}

void LoginDialog::openForgotPassword()
{
    clearErrors();
    const auto url = serverUrl();
    if (!url || models::Session::checkTransport(*url)) {
        m_serverField->setError(url ? models::Session::checkTransport(*url)->message()
                                    : tr("Enter the address of your phone system's server first."));
        m_serverUrlLineEdit->setFocus();
        return;
    }
    m_session.setBaseUrl(*url);
    auto *dialog = new ForgotPasswordDialog(m_session, m_role, m_companyNumberLineEdit->text().trimmed(),
                                            m_extensionLineEdit->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ForgotPasswordDialog::passwordChanged, this, [this] {
        m_passwordLineEdit->clear();
        m_passwordLineEdit->setFocus();
        showNotice(tr("Your password was changed. Sign in with the new password."));
    });
    dialog->open();
}

QString LoginDialog::accountKey()
{
    const bool user = m_role == Role::User;
    return models::CredentialStore::keyFor(serverUrl().value_or(QUrl()),
                                           m_companyNumberLineEdit->text().trimmed(),
                                           user ? m_extensionLineEdit->text().trimmed() : QString());
}

void LoginDialog::offerOfflineCopy()
{
    m_offlineCopyButton->setVisible(hasOfflineCopy && hasOfflineCopy(accountKey()));
}

void LoginDialog::reject()
{
    // Cancel while waiting stops the attempt; a second Cancel closes the dialog.
    if (m_job) {
        m_job->abort();
        return;
    }
    QDialog::reject();
}

} // namespace views
