// SPDX-License-Identifier: EUPL-1.2

#include "settingsdialog.h"

#include "config/language.h"
#include "config/osidentity.h"
#include "config/workspace.h"
#include "dialoghost.h"
#include "lv/connectionsettings.h"
#include "lv/lvclient.h"
#include "lv/tlsconfigloader.h"
#include "lv/xroadid.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"
#include "store/caselistquery.h"
#include "store/servicesettingsstore.h"
#include "store/storeconfig.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "traynotifier.h"
#include "uilog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &text)
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 48);
    return edit;
}

QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, int value)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    return spin;
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &profilePath, const Profile &profile,
                               Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_profilePath(profilePath)
    , m_profile(profile)
    , m_workspace(workspace)
    , m_secrets(workspace ? workspace->secrets() : nullptr)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(createConnectionPage(), tr("&Connection"));
    m_tabs->addTab(createSyncPage(), tr("S&ync"));
    m_tabs->addTab(createServicesPage(), tr("Ser&vices"));
    m_tabs->addTab(createExportPage(), tr("E&xport"));
    m_tabs->addTab(createStorePage(), tr("St&ore"));
    m_tabs->addTab(createGeneralPage(), tr("&Language and notifications"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"settingsButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    updateEnabled();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    updateEnabled();
}

QLineEdit *SettingsDialog::fileField(const QString &objectName, const QString &filter,
                                     QWidget **row)
{
    auto *edit = lineEdit(objectName, QString());
    auto *browse = new QToolButton;
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose a file"));
    browse->setToolTip(tr("Choose a file"));
    connect(browse, &QToolButton::clicked, this, [this, edit, filter] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a file"),
            edit->text().isEmpty() ? QDir::homePath() : QFileInfo(edit->text()).absolutePath(),
            filter);
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    auto *box = new QWidget;
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    *row = box;
    return edit;
}

QWidget *SettingsDialog::createConnectionPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout;
    m_securityServer = lineEdit(u"securityServer"_s, m_profile.securityServer.toString());
    m_securityServer->setPlaceholderText(u"https://ss.example.fi:8443"_s);
    m_client = lineEdit(u"clientId"_s, m_profile.client);
    m_client->setPlaceholderText(u"FI/MUN/0123456-7/lvdesk"_s);
    m_service = lineEdit(u"serviceId"_s, m_profile.service);
    m_service->setPlaceholderText(u"FI/GOV/0245437-2/LV/lvService"_s);
    m_userId = lineEdit(u"userId"_s, m_profile.userId);
    m_userId->setPlaceholderText(tr("The workstation user's login"));
    QWidget *caRow = nullptr;
    QWidget *certRow = nullptr;
    QWidget *keyRow = nullptr;
    m_caFile = fileField(u"caFile"_s, tr("Certificates (*.pem *.crt);;All files (*)"), &caRow);
    m_caFile->setText(m_profile.caFile);
    m_certificate
        = fileField(u"clientCertificate"_s,
                    tr("Certificates (*.p12 *.pfx *.pem *.crt);;All files (*)"), &certRow);
    m_certificate->setText(m_profile.clientCertificate);
    m_clientKey = fileField(u"clientKey"_s, tr("Keys (*.pem *.key);;All files (*)"), &keyRow);
    m_clientKey->setText(m_profile.clientKey);
    m_passphrase = lineEdit(u"passphrase"_s, QString());
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Leave empty to keep the stored passphrase"));
    m_timeout = spinBox(u"timeoutSeconds"_s, 5, 600, m_profile.timeoutSeconds);
    m_timeout->setSuffix(tr(" s"));

    form->addRow(tr("Security &Server URL:"), m_securityServer);
    form->addRow(tr("&Client (X-Road subsystem):"), m_client);
    form->addRow(tr("Ser&vice (X-Road service):"), m_service);
    form->addRow(tr("&User id:"), m_userId);
    form->addRow(tr("C&A certificates:"), caRow);
    form->addRow(tr("Client cer&tificate:"), certRow);
    form->addRow(tr("Client &key (PEM):"), keyRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Timeout:"), m_timeout);

    m_testButton = new QPushButton(tr("&Test connection"));
    m_testButton->setObjectName(u"testConnection"_s);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note(tr("The passphrase is kept in the keychain of this computer, never in "
                              "the profile file.")));
    layout->addWidget(m_testButton, 0, Qt::AlignLeft);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createSyncPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_interval = spinBox(u"syncInterval"_s, 1, 1440, m_profile.intervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_concurrency = spinBox(u"syncConcurrency"_s, 1, 16, m_profile.concurrency);
    m_reviewByDefault = new QCheckBox(tr("&Review every new case before it is registered"));
    m_reviewByDefault->setObjectName(u"reviewByDefault"_s);
    m_reviewByDefault->setChecked(m_profile.reviewByDefault);
    m_diaryPattern = lineEdit(u"diaryPattern"_s, m_profile.diaryPattern);
    form->addRow(tr("Sync &every:"), m_interval);
    form->addRow(tr("&Parallel downloads:"), m_concurrency);
    form->addRow(QString(), m_reviewByDefault);
    form->addRow(tr("&Diary number pattern:"), m_diaryPattern);
    form->addRow(QString(), note(tr("{year} is the year, {seq:5} the running number with five "
                                    "digits, e.g. LV-{year}-{seq:5}.")));
    return page;
}

QWidget *SettingsDialog::createServicesPage()
{
    auto *page = new QWidget;
    m_services = new QTableWidget(0, 4);
    m_services->setObjectName(u"serviceSettings"_s);
    m_services->setAccessibleName(tr("Per-service settings"));
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Review before registering"),
                                           tr("Processing time, months"),
                                           tr("Processing time, days")});
    m_services->verticalHeader()->setVisible(false);
    m_services->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_servicesNote = note(QString());
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Whether an officer reviews each case of a service before it is "
                              "registered, and the statutory processing time its deadline is "
                              "counted from (0 months and 0 days: none).")));
    layout->addWidget(m_services, 1);
    layout->addWidget(m_servicesNote);
    fillServices();
    return page;
}

void SettingsDialog::fillServices()
{
    m_services->setRowCount(0);
    if (!m_workspace || !m_workspace->isReady()) {
        m_servicesNote->setText(tr("Open a connection profile to set the services."));
        m_services->setEnabled(false);
        return;
    }
    const QString name = StoreConnection::nameForThisThread(u"settings"_s);
    {
        QString error;
        QSqlDatabase db = StoreConnection::open(m_workspace->storeConfig(), name, &error);
        if (!db.isOpen()) {
            m_servicesNote->setText(error);
            m_services->setEnabled(false);
            return;
        }
        ServiceSettingsStore store(db);
        QList<ServiceSettingsStore::Settings> all = store.all();
        // Services that have cases but were never configured are listed with their defaults.
        QStringList known;
        for (const auto &s : std::as_const(all))
            known << s.serviceCode;
        QStringList used;
        for (const auto &service : CaseListQuery(db).services(Language::current()))
            used << service.first;
        for (const QString &code : used) {
            if (!known.contains(code))
                all.append(store.settings(code));
        }
        for (const auto &s : std::as_const(all)) {
            const int row = m_services->rowCount();
            m_services->insertRow(row);
            auto *code = new QTableWidgetItem(s.serviceCode);
            code->setFlags(code->flags() & ~Qt::ItemIsEditable);
            m_services->setItem(row, 0, code);
            auto *review = new QCheckBox;
            review->setChecked(s.reviewRequired);
            review->setAccessibleName(tr("Review %1 before registering").arg(s.serviceCode));
            m_services->setCellWidget(row, 1, review);
            auto *months = spinBox(QString(), 0, 120, s.processingMonths);
            months->setAccessibleName(tr("Processing time of %1 in months").arg(s.serviceCode));
            m_services->setCellWidget(row, 2, months);
            auto *days = spinBox(QString(), 0, 3650, s.processingDays);
            days->setAccessibleName(tr("Processing time of %1 in days").arg(s.serviceCode));
            m_services->setCellWidget(row, 3, days);
        }
        m_servicesNote->setText(all.isEmpty() ? tr("No services yet: they appear with the first "
                                                   "cases.")
                                              : QString());
    }
    StoreConnection::close(name);
}

void SettingsDialog::saveServices()
{
    if (!m_workspace || !m_workspace->isReady() || !m_workspace->writer())
        return;
    QList<ServiceSettingsStore::Settings> list;
    for (int row = 0; row < m_services->rowCount(); ++row) {
        ServiceSettingsStore::Settings s;
        s.serviceCode = m_services->item(row, 0)->text();
        s.reviewRequired = qobject_cast<QCheckBox *>(m_services->cellWidget(row, 1))->isChecked();
        s.processingMonths = qobject_cast<QSpinBox *>(m_services->cellWidget(row, 2))->value();
        s.processingDays = qobject_cast<QSpinBox *>(m_services->cellWidget(row, 3))->value();
        list << s;
    }
    const QString actor = m_workspace->officer();
    QPointer<Workspace> workspace = m_workspace;
    m_workspace->writer()->submit(
        [list, actor](QSqlDatabase &db) {
            StoreWriter::Result result;
            ServiceSettingsStore store(db);
            for (const auto &s : list) {
                if (!store.save(s, actor, &result.error))
                    return result;
            }
            result.ok = true;
            return result;
        },
        m_workspace,
        [workspace](const StoreWriter::Result &result) {
            if (!result.ok)
                qCWarning(lcUi) << "service settings were not saved";
            else if (workspace)
                Q_EMIT workspace->casesChanged();
        });
}

QWidget *SettingsDialog::createExportPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_exportTarget = new QComboBox;
    m_exportTarget->setObjectName(u"exportTarget"_s);
    m_exportTarget->addItem(tr("No export"), int(Profile::ExportTarget::None));
    m_exportTarget->addItem(tr("A folder (drop folder of the case register)"),
                            int(Profile::ExportTarget::Folder));
    m_exportTarget->addItem(tr("An HTTP endpoint of the case register"),
                            int(Profile::ExportTarget::Http));
    m_exportTarget->setCurrentIndex(m_exportTarget->findData(int(m_profile.exportTarget)));
    connect(m_exportTarget, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    QWidget *folderRow = nullptr;
    m_exportFolder = fileField(u"exportFolder"_s, QString(), &folderRow);
    m_exportFolder->setText(m_profile.exportFolder);
    // A folder, not a file: replace the chooser.
    if (auto *browse = folderRow->findChild<QToolButton *>()) {
        browse->disconnect();
        browse->setAccessibleName(tr("Choose a folder"));
        browse->setToolTip(tr("Choose a folder"));
        connect(browse, &QToolButton::clicked, this, [this] {
            const QString dir = QFileDialog::getExistingDirectory(
                this, tr("Choose a folder"),
                m_exportFolder->text().isEmpty() ? QDir::homePath() : m_exportFolder->text());
            if (!dir.isEmpty())
                m_exportFolder->setText(QDir::toNativeSeparators(dir));
        });
    }
    m_exportUrl = lineEdit(u"exportUrl"_s, m_profile.exportUrl.toString());
    m_exportToken = lineEdit(u"exportToken"_s, QString());
    m_exportToken->setEchoMode(QLineEdit::Password);
    m_exportToken->setPlaceholderText(tr("Leave empty to keep the stored token"));
    form->addRow(tr("Export &to:"), m_exportTarget);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&URL:"), m_exportUrl);
    form->addRow(tr("T&oken:"), m_exportToken);
    form->addRow(QString(), note(tr("The token is kept in the keychain of this computer for this "
                                    "address only: another export address never receives it.")));
    return page;
}

QWidget *SettingsDialog::createStorePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_storeDriver = new QComboBox;
    m_storeDriver->setObjectName(u"storeDriver"_s);
    m_storeDriver->addItem(tr("This computer (SQLite)"), int(Profile::StoreDriver::Sqlite));
    m_storeDriver->addItem(tr("Shared database (PostgreSQL)"),
                           int(Profile::StoreDriver::Postgresql));
    m_storeDriver->setCurrentIndex(m_storeDriver->findData(int(m_profile.storeDriver)));
    connect(m_storeDriver, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    m_storeHost = lineEdit(u"storeHost"_s, m_profile.storeHost);
    m_storePort = spinBox(u"storePort"_s, 1, 65535, m_profile.storePort);
    m_storeDatabase = lineEdit(u"storeDatabase"_s, m_profile.storeDatabase);
    m_storeUser = lineEdit(u"storeUser"_s, m_profile.storeUser);
    m_storePassword = lineEdit(u"storePassword"_s, QString());
    m_storePassword->setEchoMode(QLineEdit::Password);
    m_storePassword->setPlaceholderText(tr("Leave empty to keep the stored password"));
    m_storeSslMode = new QComboBox;
    m_storeSslMode->setObjectName(u"storeSslMode"_s);
    m_storeSslMode->addItem(tr("Automatic: verify-full, unless the server is on this computer"),
                            QString());
    for (const QString &mode :
         {u"verify-full"_s, u"verify-ca"_s, u"require"_s, u"prefer"_s, u"disable"_s})
        m_storeSslMode->addItem(mode, mode);
    m_storeSslMode->setCurrentIndex(qMax(0, m_storeSslMode->findData(m_profile.storeSslMode)));
    QWidget *rootCertRow = nullptr;
    m_storeSslRootCert = fileField(u"storeSslRootCert"_s,
                                   tr("Certificates (*.pem *.crt);;All files (*)"), &rootCertRow);
    m_storeSslRootCert->setText(m_profile.storeSslRootCert);
    form->addRow(tr("&Store:"), m_storeDriver);
    form->addRow(tr("&Host:"), m_storeHost);
    form->addRow(tr("&Port:"), m_storePort);
    form->addRow(tr("&Database:"), m_storeDatabase);
    form->addRow(tr("&Role:"), m_storeUser);
    form->addRow(tr("Pass&word:"), m_storePassword);
    form->addRow(tr("&TLS:"), m_storeSslMode);
    form->addRow(tr("C&A certificate:"), rootCertRow);
    form->addRow(QString(), note(tr("The password is kept in the keychain of this computer. A "
                                    "change of store takes effect when the profile is opened "
                                    "again.")));
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox;
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"suomi"_s, u"fi"_s);
    m_language->addItem(u"svenska"_s, u"sv"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(QSettings().value(u"ui/language"_s).toString())));
    m_notifications = new QCheckBox(tr("Show &notifications for new cases and deadlines coming "
                                       "due"));
    m_notifications->setObjectName(u"notifications"_s);
    m_notifications->setChecked(TrayNotifier::enabledInSettings());
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("A new language takes effect when lvdesk starts again.")));
    form->addRow(QString(), m_notifications);
    return page;
}

void SettingsDialog::updateEnabled()
{
    const auto target = Profile::ExportTarget(m_exportTarget->currentData().toInt());
    m_exportFolder->parentWidget()->setEnabled(target == Profile::ExportTarget::Folder);
    m_exportUrl->setEnabled(target == Profile::ExportTarget::Http);
    m_exportToken->setEnabled(target == Profile::ExportTarget::Http && m_secrets);
    const bool pg = m_storeDriver->currentData().toInt() == int(Profile::StoreDriver::Postgresql);
    for (QWidget *w : {static_cast<QWidget *>(m_storeHost), static_cast<QWidget *>(m_storePort),
                       static_cast<QWidget *>(m_storeDatabase), static_cast<QWidget *>(m_storeUser),
                       static_cast<QWidget *>(m_storePassword),
                       static_cast<QWidget *>(m_storeSslMode), m_storeSslRootCert->parentWidget()})
        w->setEnabled(pg);
    m_storePassword->setEnabled(pg && m_secrets);
    m_passphrase->setEnabled(m_secrets != nullptr);
}

Profile SettingsDialog::profileFromFields() const
{
    Profile p = m_profile;
    p.securityServer = QUrl(m_securityServer->text().trimmed());
    p.client = m_client->text().trimmed();
    p.service = m_service->text().trimmed();
    p.userId = m_userId->text().trimmed();
    p.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    p.clientCertificate = QDir::fromNativeSeparators(m_certificate->text().trimmed());
    p.clientKey = QDir::fromNativeSeparators(m_clientKey->text().trimmed());
    p.timeoutSeconds = m_timeout->value();
    p.intervalMinutes = m_interval->value();
    p.concurrency = m_concurrency->value();
    p.reviewByDefault = m_reviewByDefault->isChecked();
    p.diaryPattern = m_diaryPattern->text().trimmed();
    p.exportTarget = Profile::ExportTarget(m_exportTarget->currentData().toInt());
    p.exportFolder = QDir::fromNativeSeparators(m_exportFolder->text().trimmed());
    p.exportUrl = QUrl(m_exportUrl->text().trimmed());
    p.storeDriver = Profile::StoreDriver(m_storeDriver->currentData().toInt());
    p.storeHost = m_storeHost->text().trimmed();
    p.storePort = m_storePort->value();
    p.storeDatabase = m_storeDatabase->text().trimmed();
    p.storeUser = m_storeUser->text().trimmed();
    p.storeSslMode = m_storeSslMode->currentData().toString();
    p.storeSslRootCert = QDir::fromNativeSeparators(m_storeSslRootCert->text().trimmed());
    return p;
}

QString SettingsDialog::connectionTestResult() const
{
    return m_testResult->text();
}

void SettingsDialog::testConnection()
{
    const Profile p = profileFromFields();
    ConnectionSettings settings;
    settings.securityServer = p.securityServer;
    QString idError;
    if (const auto client = XRoadId::parse(p.client, XRoadId::Type::Subsystem, &idError))
        settings.client = *client;
    if (const auto service = XRoadId::parse(p.service, XRoadId::Type::Service, &idError))
        settings.service = *service;
    // The officer as the system knows them, like the workspace does.
    settings.userId = !p.userId.isEmpty() ? p.userId
                      : m_workspace       ? m_workspace->officer()
                                          : OsIdentity::current().accountName();
    settings.caFile = p.caFile;
    settings.clientCertificate = p.clientCertificate;
    settings.clientKey = p.clientKey;
    settings.transferTimeout = std::chrono::seconds(p.timeoutSeconds);
    auto report = [this](bool ok, const QString &message) {
        m_testButton->setEnabled(true);
        m_testResult->setText(message);
        Q_EMIT connectionTested(ok, message);
    };
    if (const auto problem = settings.validate()) {
        report(false, problem->userMessage());
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing the connection…"));
    auto run = [this, settings, report](const QSslConfiguration &tls) {
        m_testClient = std::make_unique<LvClient>(settings, tls);
        LvClient::ListMethodsReply *reply = m_testClient->listMethods();
        connect(reply, &LvReply::finished, this, [reply, report] {
            reply->deleteLater();
            if (reply->isOk()) {
                report(true, tr("Connection works: the service offers %n method(s).", nullptr,
                                int(reply->value().size())));
            } else {
                report(false, reply->error().userMessage());
            }
        });
    };
    if (!m_secrets && !settings.clientCertificate.isEmpty()) {
        report(false, tr("Open the profile first: the certificate's passphrase is read from the "
                         "keychain."));
        return;
    }
    if (!m_secrets) {
        // Without a certificate passphrase there is nothing to read from the keychain.
        const TlsConfigLoader::Result tls = TlsConfigLoader::build(settings, QByteArray());
        if (!tls.ok()) {
            report(false, tls.error->userMessage());
            return;
        }
        run(tls.configuration);
        return;
    }
    auto load = [this, report, run](const ConnectionSettings &withKey) {
        TlsConfigLoader::load(withKey, m_secrets, this,
                              [report, run](const TlsConfigLoader::Result &tls) {
                                  if (!tls.ok()) {
                                      report(false, tls.error->userMessage());
                                      return;
                                  }
                                  run(tls.configuration);
                              });
    };
    if (settings.clientCertificate.isEmpty()) {
        load(settings);
        return;
    }
    // The passphrase is kept under the certificate's fingerprint, worked out off this thread.
    SecretKeys::tlsPassphraseFor(settings.clientCertificate, this,
                                 [settings, load](const QString &key, const QString &) mutable {
                                     settings.passphraseKey = key;
                                     load(settings);
                                 });
}

bool SettingsDialog::saveTo(const QString &path)
{
    const Profile p = profileFromFields();
    if (!p.save(path)) {
        DialogHost::show(this, DialogHost::Kind::Error, tr("Settings"),
                         tr("The profile file %1 could not be written. Check that the folder "
                            "exists and that you may write to it.")
                             .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_savedPath = path;
    QSettings settings;
    settings.setValue(u"ui/language"_s, m_language->currentData().toString());
    TrayNotifier::setEnabledInSettings(m_notifications->isChecked());
    if (m_secrets) {
        auto reportSecret = [](const SecretStore::Result &result) {
            if (!result.ok())
                qCWarning(lcUi) << "a secret could not be stored in the keychain";
        };
        // The keychain answers after the dialog may have closed: the application is the context.
        QObject *context = QCoreApplication::instance();
        if (!m_passphrase->text().isEmpty() && !p.clientCertificate.isEmpty()) {
            SecretKeys::tlsPassphraseFor(
                p.clientCertificate, context,
                [secrets = m_secrets, context, reportSecret,
                 passphrase = m_passphrase->text().toUtf8()](const QString &key, const QString &) {
                    if (key.isEmpty()) {
                        qCWarning(lcUi) << "the certificate could not be read; passphrase not "
                                           "stored";
                        return;
                    }
                    secrets->write(key, passphrase, context, reportSecret);
                });
        }
        if (!m_exportToken->text().isEmpty() && p.exportUrl.isValid())
            m_secrets->write(SecretKeys::exportToken(p.exportUrl), m_exportToken->text().toUtf8(),
                             context, reportSecret);
        if (!m_storePassword->text().isEmpty()
            && p.storeDriver == Profile::StoreDriver::Postgresql) {
            StoreConfig config;
            config.driver = StoreConfig::Driver::Postgresql;
            config.host = p.storeHost;
            config.port = p.storePort;
            config.database = p.storeDatabase;
            config.user = p.storeUser;
            m_secrets->write(config.passwordKey(), m_storePassword->text().toUtf8(), context,
                             reportSecret);
        }
    }
    saveServices();
    qCInfo(lcUi) << "settings saved";
    return true;
}

void SettingsDialog::accept()
{
    QString path = m_profilePath;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QDir().mkpath(folder);
        path = QFileDialog::getSaveFileName(this, tr("Save the connection profile"),
                                            QDir(folder).filePath(u"profile.ini"_s),
                                            tr("Connection profiles (*.ini)"));
        if (path.isEmpty())
            return;
    }
    if (saveTo(path))
        QDialog::accept();
}

} // namespace lvdesk
