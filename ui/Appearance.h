// Light or dark, whatever the desktop says. Qt 6.4 on X11 does not follow a desktop's dark
// setting by itself, so the user can choose: Follow System (the platform's palette and style),
// Light or Dark (Fusion with a palette of ours). Widgets that draw their own colours derive
// them from the palette (see isDark) instead of hard-coding light-theme values.
#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

namespace drover::ui {

enum class Appearance { System, Light, Dark };

// "system", "light", "dark" (what the settings file holds); anything else is System.
Appearance appearanceFromString(const QString &s);
QString appearanceToString(Appearance a);
// Apply to the whole application (style and palette); System restores what Qt started with.
void applyAppearance(Appearance a);
// Emits changed() after every applyAppearance. Widgets whose style sheets carry colours listen
// here: a style sheet keeps them from receiving the palette's own change events.
class AppearanceSignals : public QObject
{
    Q_OBJECT
public:
    static AppearanceSignals *instance();
Q_SIGNALS:
    void changed();
};
Appearance currentAppearance();
// True when text is lighter than the window behind it.
bool isDark(const QPalette &p);

// Colours that say something (a banner, a row that needs attention, a word in red), readable on
// the palette given: the light values on a light window, the dark ones on a dark window.
enum class Tone { Info, Success, Warning, Error };
struct ToneColors
{
    QColor background, border, text;
};
ToneColors toneColors(Tone t, const QPalette &p);
// A word in that tone on the window's own background.
QColor toneText(Tone t, const QPalette &p);
// "color: #rrggbb;" for a label's style sheet.
QString toneStyle(Tone t, const QPalette &p);

} // namespace drover::ui

class QChart;
namespace drover::ui {
// Background, titles, axis labels, grid and legend of a chart from the palette (QtCharts' own
// light theme otherwise paints white boxes on a dark window).
void applyPalette(QChart *chart, const QPalette &p);
} // namespace drover::ui
