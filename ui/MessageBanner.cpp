#include "MessageBanner.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace drover::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this)),
      m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(10, 6, 6, 6);
    lay->setSpacing(8);
    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    lay->addWidget(m_icon, 0, Qt::AlignTop);
    lay->addWidget(m_text, 1);
    lay->addWidget(m_close, 0, Qt::AlignTop);
    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBanner::clear);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

void MessageBanner::showMessage(Severity severity, const QString &text)
{
    m_severity = severity;
    m_text->setText(text);
    Glyph glyph = Glyph::Info;
    QString colors;
    switch (severity) {
    case Severity::Info:
        glyph = Glyph::Info;
        colors = QStringLiteral("background:#e8f1fc; border:1px solid #9cc0ec; color:#17324f;");
        break;
    case Severity::Success:
        glyph = Glyph::Success;
        colors = QStringLiteral("background:#e7f5ea; border:1px solid #93cfa2; color:#163b20;");
        break;
    case Severity::Warning:
        glyph = Glyph::Warning;
        colors = QStringLiteral("background:#fff4dc; border:1px solid #e6b85c; color:#4a3300;");
        break;
    case Severity::Error:
        glyph = Glyph::Error;
        colors = QStringLiteral("background:#fdeaea; border:1px solid #e59a9a; color:#5a1414;");
        break;
    }
    setStyleSheet(QStringLiteral("QFrame#%1 { %2 border-radius:4px; } QLabel { border:none; background:transparent; }")
                      .arg(objectName(), colors));
    m_icon->setPixmap(icon(glyph).pixmap(QSize(20, 20), devicePixelRatioF()));
    show();
    if (severity == Severity::Info || severity == Severity::Success)
        m_autoHide->start(severity == Severity::Info ? 30000 : 10000);
    else
        m_autoHide->stop();
}

void MessageBanner::clear()
{
    m_autoHide->stop();
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace drover::ui
