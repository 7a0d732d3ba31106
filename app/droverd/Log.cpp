#include "Log.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace drover::app {

namespace {
bool g_json = false;
}

void setupLogging(bool json, bool debug)
{
    g_json = json;
    spdlog::set_default_logger(json ? spdlog::stderr_logger_mt("droverd") : spdlog::stderr_color_mt("droverd"));
    spdlog::set_level(debug ? spdlog::level::debug : spdlog::level::info);
    spdlog::set_pattern(json ? R"({"ts":"%Y-%m-%dT%H:%M:%S.%fZ","level":"%l",%v})" : "%Y-%m-%dT%H:%M:%S.%f %l droverd: %v",
                        spdlog::pattern_time_type::utc);
}

void logLine(spdlog::level::level_enum level, const QString &msg)
{
    if (!g_json) {
        spdlog::log(level, "{}", msg.toStdString());
        return;
    }
    // "msg":"…" with JSON's escaping: the object's text without its braces.
    const QByteArray object = QJsonDocument(QJsonObject{{QStringLiteral("msg"), msg}}).toJson(QJsonDocument::Compact);
    spdlog::log(level, "{}", object.mid(1, object.size() - 2).toStdString());
}

} // namespace drover::app
