#pragma once
// Drover's icons, drawn with QPainter at whatever size and device pixel ratio is asked for (no
// SVG image plugin is needed, and HiDPI screens get crisp lines).
#include "VmStatus.h"

#include <QIcon>

namespace drover::ui {

enum class Glyph { Start, Stop, ForceStop, Restart, Pause, Resume, Host, Cluster, Warning, Error, Info, Success, Filter, App };

QIcon icon(Glyph g);
QIcon actionIcon(models::VmAction a);
// A filled circle: status dots in views.
QIcon dotIcon(const QColor &color);

} // namespace drover::ui
