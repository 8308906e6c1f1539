#include "DatabaseDialog.h"

#include "io/DatabasePublisher.h"
#include "io/TeamDatabase.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace frontline {
namespace {

constexpr int kPostgresPort = 5432; // PostgreSQL's own
constexpr int kHighestPort = 65535;
constexpr int kMinimumWidth = 460; // a refusal's message in two or three lines, not ten
const QString kSettingsGroup = QStringLiteral("teamDatabase");

QLineEdit *lineEdit(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

DatabaseDialog::DatabaseDialog(const QString &title, const QString &action, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_port(new QSpinBox(this)),
      m_progress(new QProgressBar(this)), m_message(new QLabel(this)),
      m_watcher(new QFutureWatcher<QString>(this))
{
    setWindowTitle(title);
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_host = lineEdit(
        QStringLiteral("databaseHost"),
        settings.value(QStringLiteral("host"), QStringLiteral("localhost")).toString(), this);
    m_port->setObjectName(QStringLiteral("databasePort"));
    m_port->setRange(1, kHighestPort);
    m_port->setValue(settings.value(QStringLiteral("port"), kPostgresPort).toInt());
    m_database = lineEdit(QStringLiteral("databaseName"),
                          settings.value(QStringLiteral("database")).toString(), this);
    m_user = lineEdit(QStringLiteral("databaseUser"),
                      settings.value(QStringLiteral("user"), defaultAuthor()).toString(), this);
    m_password = lineEdit(QStringLiteral("databasePassword"), QString(), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("P&ort:"), m_port);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);

    m_progress->setObjectName(QStringLiteral("databaseProgress"));
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("databaseMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_action = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("databaseAction"));
    m_action->setDefault(true);
    connect(m_action, &QPushButton::clicked, this, [this] { start(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(kMinimumWidth);
    setAttribute(Qt::WA_DeleteOnClose);
}

DatabaseDialog::~DatabaseDialog()
{
    m_watcher->waitForFinished();
}

void DatabaseDialog::reject()
{
    if (!m_watcher->isRunning())
        QDialog::reject();
}

QString DatabaseDialog::rememberConnection()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    return databaseConnection({m_host->text().trimmed(), m_port->value(),
                               m_database->text().trimmed(), m_user->text().trimmed(),
                               m_password->text()});
}

void DatabaseDialog::runInBackground(std::function<QString(const Progress &)> work,
                                     std::function<void()> succeeded)
{
    setBusy(true);
    showMessage(QString(), false);
    m_watcher->disconnect(this);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, [this, succeeded] {
        setBusy(false);
        const QString error = m_watcher->result();
        if (error.isEmpty())
            succeeded();
        else
            showMessage(error, true);
    });
    const Progress progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
    };
    m_watcher->setFuture(QtConcurrent::run([work, progress] { return work(progress); }));
}

void DatabaseDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020") : QString());
}

void DatabaseDialog::setActionEnabled(bool enabled)
{
    m_action->setEnabled(enabled);
}

void DatabaseDialog::setBusy(bool busy)
{
    for (QWidget *field : findChildren<QWidget *>())
        if (field != m_progress && field != m_message && !qobject_cast<QDialogButtonBox *>(field))
            field->setEnabled(!busy);
    m_progress->setRange(0, 0); // working, until the work says how far it is
    m_progress->setVisible(busy);
}

void DatabaseDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

} // namespace frontline
