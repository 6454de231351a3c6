// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "config/profile.h"
#include "config/workspace.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace lvdesk {

class LvClient;
class SecretStore;

// SettingsDialog: everything the officer or IT support can set: the connection (with a test
// against the service's listMethods), sync, per-service review and processing time, export
// target, store and language. Saving writes the whole profile file, so the dialog and the file
// always agree; passphrases and passwords go to the keychain, never to the file.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // workspace may be null (no profile open yet): then the per-service settings wait until one
    // is, and secrets go to secrets (when given).
    SettingsDialog(const QString &profilePath, const Profile &profile, Workspace *workspace,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setSecretStore(SecretStore *secrets);
    // The profile as the dialog's fields describe it now.
    Profile profileFromFields() const;
    QString savedPath() const { return m_savedPath; }
    QString connectionTestResult() const;

    // Writes the profile to path, the secrets to the keychain and the per-service settings to the
    // store; reports problems in the dialog. Returns false when the file could not be written.
    bool saveTo(const QString &path);

public Q_SLOTS:
    void testConnection();
    void accept() override;

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);

private:
    QWidget *createConnectionPage();
    QWidget *createSyncPage();
    QWidget *createServicesPage();
    QWidget *createExportPage();
    QWidget *createStorePage();
    QWidget *createGeneralPage();
    void fillServices();
    void saveServices();
    void updateEnabled();
    QLineEdit *fileField(const QString &objectName, const QString &filter, QWidget **row);

    QString m_profilePath;
    Profile m_profile;
    QPointer<Workspace> m_workspace;
    SecretStore *m_secrets = nullptr;
    QString m_savedPath;
    std::unique_ptr<LvClient> m_testClient;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_securityServer = nullptr;
    QLineEdit *m_client = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;

    QSpinBox *m_interval = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QCheckBox *m_reviewByDefault = nullptr;
    QLineEdit *m_diaryPattern = nullptr;

    QTableWidget *m_services = nullptr;
    QLabel *m_servicesNote = nullptr;

    QComboBox *m_exportTarget = nullptr;
    QLineEdit *m_exportFolder = nullptr;
    QLineEdit *m_exportUrl = nullptr;
    QLineEdit *m_exportToken = nullptr;

    QComboBox *m_storeDriver = nullptr;
    QLineEdit *m_storeHost = nullptr;
    QSpinBox *m_storePort = nullptr;
    QLineEdit *m_storeDatabase = nullptr;
    QLineEdit *m_storeUser = nullptr;
    QLineEdit *m_storePassword = nullptr;
    QComboBox *m_storeSslMode = nullptr;
    QLineEdit *m_storeSslRootCert = nullptr;

    QComboBox *m_language = nullptr;
    QCheckBox *m_notifications = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lvdesk
