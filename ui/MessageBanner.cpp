#include "MessageBanner.h"
#include "Appearance.h"

#include "Icons.h"

#include <QApplication>
#include <QEvent>
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
    connect(AppearanceSignals::instance(), &AppearanceSignals::changed, this, &MessageBanner::applyTone);
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
    const Glyph glyphs[] = {Glyph::Info, Glyph::Success, Glyph::Warning, Glyph::Error};
    const Glyph glyph = glyphs[int(severity)];
    applyTone();
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

// Colours from the application's palette (not the banner's own, which its style sheet sets),
// again when the user switches between light and dark (AppearanceSignals).
void MessageBanner::applyTone()
{
    const Tone tones[] = {Tone::Info, Tone::Success, Tone::Warning, Tone::Error};
    const ToneColors c = toneColors(tones[int(m_severity)], QApplication::palette());
    const QString sheet = QStringLiteral("QFrame#%1 { background:%2; border:1px solid %3; color:%4; border-radius:4px; } "
                                         "QLabel { border:none; background:transparent; }")
                              .arg(objectName(), c.background.name(), c.border.name(), c.text.name());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace drover::ui
