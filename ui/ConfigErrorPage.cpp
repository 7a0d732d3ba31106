#include "ConfigErrorPage.h"
#include "Appearance.h"

#include "Icons.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace drover::ui {

ConfigErrorPage::ConfigErrorPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("configErrorPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *card = new QWidget(this);
    card->setMaximumWidth(760);
    auto *lay = new QVBoxLayout(card);
    lay->setSpacing(14);

    auto *iconLabel = new QLabel(card);
    iconLabel->setPixmap(icon(Glyph::Warning).pixmap(QSize(56, 56), devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignHCenter);
    lay->addWidget(iconLabel);

    m_title->setObjectName(QStringLiteral("configErrorTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.45);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    lay->addWidget(m_title);

    m_detail->setObjectName(QStringLiteral("configErrorDetail"));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::PlainText);
    applyTone();
    connect(AppearanceSignals::instance(), &AppearanceSignals::changed, this, &ConfigErrorPage::applyTone);
    lay->addWidget(m_detail);

    auto *hint = new QLabel(tr("Drover reads $KUBECONFIG or ~/.kube/config, like kubectl. Fix the file and "
                               "retry, or open another kubeconfig. To try Drover without a cluster, run "
                               "<code>drover --demo</code>."),
                            card);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignHCenter);
    lay->addWidget(hint);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *open = new QPushButton(tr("Open kubeconfig…"), card);
    open->setObjectName(QStringLiteral("openKubeconfigButton"));
    open->setDefault(true);
    auto *retry = new QPushButton(tr("Retry"), card);
    retry->setObjectName(QStringLiteral("retryKubeconfigButton"));
    buttons->addWidget(open);
    buttons->addWidget(retry);
    buttons->addStretch();
    lay->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card, 4);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);

    connect(open, &QPushButton::clicked, this, &ConfigErrorPage::openRequested);
    connect(retry, &QPushButton::clicked, this, &ConfigErrorPage::retryRequested);
}

void ConfigErrorPage::setError(const QString &title, const QString &detail)
{
    m_title->setText(title);
    m_detail->setText(detail);
}

QString ConfigErrorPage::title() const
{
    return m_title->text();
}

QString ConfigErrorPage::detail() const
{
    return m_detail->text();
}

void ConfigErrorPage::applyTone()
{
    const ToneColors c = toneColors(Tone::Error, QApplication::palette());
    m_detail->setStyleSheet(QStringLiteral("QLabel { background:%1; border:1px solid %2; border-radius:4px; padding:10px; color:%3; }")
                                .arg(c.background.name(), c.border.name(), c.text.name()));
}

} // namespace drover::ui
