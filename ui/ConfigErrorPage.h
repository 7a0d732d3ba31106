#pragma once
// What the window shows instead of the console when there is no usable kubeconfig: the
// loader's own message (file, line, problem) and ways out — open another file, or retry after
// fixing it.
#include <QWidget>

class QLabel;

namespace drover::ui {

class ConfigErrorPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigErrorPage(QWidget *parent = nullptr);

    void setError(const QString &title, const QString &detail);
    QString title() const;
    QString detail() const;

Q_SIGNALS:
    void openRequested();
    void retryRequested();

private:
    void applyTone();
    QLabel *m_title;
    QLabel *m_detail;
};

} // namespace drover::ui
