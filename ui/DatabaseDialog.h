#pragma once

#include <QDialog>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
template <typename T> class QFutureWatcher;

namespace frontline {

// A dialog that reaches the team's database: the connection's fields (all but the password
// remembered for next time), the fields a subclass adds under them, a button that starts the
// work off the GUI thread, its progress, and the message of a refusal, which leaves the dialog
// open to correct what was wrong.
class DatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    ~DatabaseDialog() override; // waits for work under way: it reports to this dialog
    void reject() override;     // refused while working, for the same reason

protected:
    DatabaseDialog(const QString &title, const QString &action, QWidget *parent);

    // The action button was clicked.
    virtual void start() = 0;

    QFormLayout *form() const { return m_form; }
    // Remembers the fields but the password for next time; returns their connection
    // ("PG:host=...").
    QString rememberConnection();

    using Progress = std::function<void(int done, int total)>;
    // Runs `work` on a worker thread (it returns its error, empty when it succeeded, and may
    // report progress from there), the fields disabled meanwhile; then `succeeded` runs here,
    // or the error is shown and the fields are given back.
    void runInBackground(std::function<QString(const Progress &)> work,
                         std::function<void()> succeeded);
    void showMessage(const QString &text, bool isError);
    void setActionEnabled(bool enabled);

private:
    void setBusy(bool busy);
    void showProgress(int done, int total);

    QFormLayout *m_form;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_action;
    QFutureWatcher<QString> *m_watcher;
};

} // namespace frontline
