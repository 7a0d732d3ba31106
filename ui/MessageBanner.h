#pragma once
// A non-modal message strip above the VM table (no QMessageBox: the window keeps its state and
// the user keeps working). Info and success messages hide themselves after a while; warnings
// and errors stay until closed or replaced.
#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace drover::ui {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Severity { Info, Success, Warning, Error };
    Q_ENUM(Severity)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Severity severity, const QString &text);
    void clear();
    QString text() const;
    Severity severity() const { return m_severity; }

private:
    void applyTone();
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QTimer *m_autoHide;
    Severity m_severity = Severity::Info;
};

} // namespace drover::ui
