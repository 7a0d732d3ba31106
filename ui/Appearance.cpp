#include "Appearance.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QStyle>
#include <QStyleFactory>

namespace drover::ui {

namespace {

struct Startup
{
    QString style;
    QPalette palette;
    bool captured = false;
};

Startup &startup()
{
    static Startup s;
    return s;
}

Appearance &current()
{
    static Appearance a = Appearance::System;
    return a;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x21, 0x23), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2f, 0x6f, 0xb3);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion->standardPalette();
    delete fusion;
    return p;
}

} // namespace

Appearance appearanceFromString(const QString &s)
{
    if (s == QLatin1String("dark"))
        return Appearance::Dark;
    if (s == QLatin1String("light"))
        return Appearance::Light;
    return Appearance::System;
}

QString appearanceToString(Appearance a)
{
    switch (a) {
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

void applyAppearance(Appearance a)
{
    Startup &s = startup();
    if (!s.captured) {
        s.style = QApplication::style()->name();
        s.palette = QApplication::palette();
        s.captured = true;
    }
    current() = a;
    if (a == Appearance::System) {
        QApplication::setStyle(s.style);
        QApplication::setPalette(s.palette);
    } else {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(a == Appearance::Dark ? darkPalette() : lightPalette());
    }
    Q_EMIT AppearanceSignals::instance()->changed();
}

AppearanceSignals *AppearanceSignals::instance()
{
    static AppearanceSignals *signals = new AppearanceSignals; // lives as long as the process
    return signals;
}

Appearance currentAppearance()
{
    return current();
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::WindowText).lightness() > p.color(QPalette::Window).lightness();
}

ToneColors toneColors(Tone t, const QPalette &p)
{
    // {background, border, text}: light then dark.
    static const QRgb table[4][2][3] = {
        {{0xe8f1fc, 0x9cc0ec, 0x17324f}, {0x1c2b3d, 0x3d6591, 0xcfe3fa}},
        {{0xe7f5ea, 0x93cfa2, 0x163b20}, {0x1b3322, 0x3f7a50, 0xcdeed5}},
        {{0xfff4dc, 0xe6b85c, 0x4a3300}, {0x3a2f17, 0x8a6a24, 0xf6e2b3}},
        {{0xfdeaea, 0xe59a9a, 0x5a1414}, {0x3d1e1e, 0x8f3f3f, 0xf8d0d0}},
    };
    const QRgb *c = table[int(t)][isDark(p) ? 1 : 0];
    return {QColor(c[0]), QColor(c[1]), QColor(c[2])};
}

QColor toneText(Tone t, const QPalette &p)
{
    static const QRgb table[4][2] = {{0x1f5fa8, 0x8ab4f8}, {0x1e7b34, 0x7bd88f}, {0x8a5a00, 0xf2c14e}, {0xb3261e, 0xff8a80}};
    return QColor(table[int(t)][isDark(p) ? 1 : 0]);
}

QString toneStyle(Tone t, const QPalette &p)
{
    return QStringLiteral("color: %1;").arg(toneText(t, p).name());
}

void applyPalette(QChart *chart, const QPalette &p)
{
    const QColor text = p.color(QPalette::Text);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(p.color(isDark(p) ? QPalette::Light : QPalette::Midlight));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
}

} // namespace drover::ui
