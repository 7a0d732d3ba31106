#include "YamlJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

namespace drover::kube {

namespace {

QString text(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

QJsonValue scalar(const YAML::Node &n)
{
    const QString s = text(n);
    if (n.Tag() == "!") // quoted
        return s;
    static const QStringList nulls = {QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"), QStringLiteral("NULL")};
    static const QStringList yes = {QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"), QStringLiteral("Yes"),
                                    QStringLiteral("YES"), QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON"),
                                    QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE")};
    static const QStringList no = {QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"), QStringLiteral("No"),
                                   QStringLiteral("NO"), QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF"),
                                   QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE")};
    static const QRegularExpression number(QStringLiteral("^[-+]?(0|[1-9][0-9]*|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)([eE][-+]?[0-9]+)?$"));
    if (nulls.contains(s))
        return QJsonValue(QJsonValue::Null);
    if (yes.contains(s) || no.contains(s))
        return yes.contains(s);
    if (number.match(s).hasMatch())
        return s.toDouble();
    bool hex = false;
    if (const qint64 h = s.startsWith(QLatin1String("0x")) ? s.mid(2).toLongLong(&hex, 16) : 0; hex)
        return double(h);
    return s;
}

} // namespace

QJsonValue yamlToJson(const YAML::Node &n)
{
    if (n.IsNull())
        return QJsonValue(QJsonValue::Null);
    if (n.IsSequence()) {
        QJsonArray a;
        for (const YAML::Node &item : n)
            a.append(yamlToJson(item));
        return a;
    }
    if (n.IsMap()) {
        QJsonObject o;
        for (const auto &p : n)
            o.insert(text(p.first), yamlToJson(p.second));
        return o;
    }
    return scalar(n);
}

Result<QJsonObject> yamlObject(const QString &yaml)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return Error{QStringLiteral("the text is not a YAML mapping (an object with apiVersion, kind, metadata, spec)")};
        return yamlToJson(root).toObject();
    } catch (const YAML::Exception &e) {
        return Error{QStringLiteral("line %1, column %2: %3")
                               .arg(e.mark.line + 1)
                               .arg(e.mark.column + 1)
                               .arg(QString::fromStdString(e.msg))};
    }
}

} // namespace drover::kube
