#include "CloneAdmission.h"

#include "CloneJson.h"
#include "Eviction.h"
#include "VmiJson.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace drover::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kMutator{"virtualmachineclones-mutator.kubevirt.io"};
constexpr QLatin1StringView kValidator{"vm-clone-validator.kubevirt.io"};

ApiServer::HookAnswer unreachable(QLatin1StringView webhook, QLatin1StringView path)
{
    // dispatcher.go: ErrCallingWebhook under failurePolicy Fail → NewInternalError (Eviction.cpp).
    const QString err = QStringLiteral("failed calling webhook \"%1\": failed to call webhook: Post "
                                       "\"https://virt-api.kubevirt.svc:443%2?timeout=10s\": "
                                       "dial tcp 10.96.0.115:443: connect: connection refused")
                            .arg(webhook, path);
    return {500, statusObject(500, u"Internal error occurred: "_s + err, u"InternalError"_s,
                              QJsonObject{{u"causes"_s, QJsonArray{QJsonObject{{u"message"_s, err}}}}})};
}

void mutate(QJsonObject &obj)
{
    QJsonObject spec = objectAt(obj, "spec"_L1);
    const QString name = u"clone-"_s + stringAt(objectAt(spec, "source"_L1), "name"_L1) + u'-' + clone::randomString(5);
    if (!spec.contains("target"_L1) || spec.value("target"_L1).isNull())
        spec.insert("target"_L1, QJsonObject{{u"apiGroup"_s, u"kubevirt.io"_s}, {u"kind"_s, u"VirtualMachine"_s}, {u"name"_s, name}});
    else if (stringAt(objectAt(spec, "target"_L1), "name"_L1).isEmpty()) {
        QJsonObject target = objectAt(spec, "target"_L1);
        target.insert("name"_L1, name);
        spec.insert("target"_L1, target);
    }
    obj.insert("spec"_L1, spec);
}

struct Causes
{
    QJsonArray list;
    void add(const QString &message, const QString &field)
    {
        list.append(QJsonObject{{u"reason"_s, u"FieldValueInvalid"_s}, {u"message"_s, message}, {u"field"_s, field}});
    }
};

void validateFilters(Causes &c, const QJsonValue &filters, const QString &field)
{
    for (const QJsonValue &f : filters.toArray()) {
        const QString filter = f.toString();
        if (filter.size() == 1) {
            if (filter == "!"_L1)
                c.add(u"a negation character is not a valid filter"_s, field);
            continue;
        }
        const QString pattern = u"%1 filter %2 is invalid: cannot contain a %3 character (%4); FilterRules: %5"_s;
        if (filter.mid(1).contains(u'!'))
            c.add(pattern.arg(field, filter, u"negation"_s, u"!"_s, u"NegationChar can be only used at the beginning of the filter"_s), field);
        if (filter.chopped(1).contains(u'*'))
            c.add(pattern.arg(field, filter, u"wildcard"_s, u"*"_s, u"WildcardChar can be only at the end of the filter"_s), field);
    }
}

void validateSourceAndTarget(Causes &c, const QJsonObject &spec)
{
    const QJsonObject source = objectAt(spec, "source"_L1), target = objectAt(spec, "target"_L1);
    const QString kind = stringAt(source, "kind"_L1);
    if (kind != "VirtualMachine"_L1 && kind != "VirtualMachineSnapshot"_L1)
        c.add(u"Source kind is not supported"_s, u"spec.Source.Kind"_s);
    if (spec.contains("target"_L1) && stringAt(target, "kind"_L1) != "VirtualMachine"_L1)
        c.add(u"Target kind is not supported"_s, u"spec.Target.Kind"_s);
    if (!spec.contains("source"_L1) || spec.value("source"_L1).isNull()) {
        c.add(u"Source cannot be nil"_s, u"spec.Source"_s);
    } else {
        if (stringAt(source, "apiGroup"_L1).isEmpty())
            c.add(u"Source's APIGroup cannot be empty"_s, u"spec.Source.APIGroup"_s);
        if (kind.isEmpty())
            c.add(u"Source's Kind cannot be empty"_s, u"spec.Source"_s);
        if (stringAt(source, "name"_L1).isEmpty())
            c.add(u"Source's name cannot be empty"_s, u"spec.Source.Name"_s);
    }
    if (kind == "VirtualMachine"_L1 && spec.contains("target"_L1) && stringAt(target, "kind"_L1) == "VirtualMachine"_L1 &&
        stringAt(target, "name"_L1) == stringAt(source, "name"_L1))
        c.add(u"Target name cannot be equal to source name when both are VirtualMachines"_s, u"spec.target.name"_s);
}

// Go's net.ParseMAC, six octets only (link.ValidateMacAddress).
bool validMac(const QString &mac)
{
    static const QRegularExpression colons(u"^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\\1){4}[0-9A-Fa-f]{2}$"_s);
    static const QRegularExpression dots(u"^[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}$"_s);
    return colons.match(mac).hasMatch() || dots.match(mac).hasMatch();
}

void validateMacsAndPatches(Causes &c, const QJsonObject &spec)
{
    const QJsonObject macs = objectAt(spec, "newMacAddresses"_L1);
    for (auto it = macs.begin(); it != macs.end(); ++it) {
        const QString mac = it.value().toString();
        if (!mac.isEmpty() && !validMac(mac))
            c.add(QStringLiteral("interface %1 has malformed MAC address (%2).").arg(it.key(), mac), u"spec.newMacAddresses."_s + it.key());
    }
    const QJsonArray patches = spec.value("patches"_L1).toArray();
    for (qsizetype i = 0; i < patches.size(); ++i) {
        // json.Valid: one JSON value of any kind (QJsonDocument parses only objects and arrays).
        const QString patch = patches.at(i).toString();
        QJsonParseError err;
        const QJsonDocument wrapped = QJsonDocument::fromJson((u'[' + patch + u']').toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || wrapped.array().size() != 1)
            c.add(QStringLiteral("patch is not valid JSON (%1)").arg(patch), QStringLiteral("spec.patches[%1]").arg(i));
    }
}

} // namespace

std::optional<ApiServer::HookAnswer> admitVirtualMachineClone(QJsonObject &obj, bool create, bool virtApiUp)
{
    if (!virtApiUp)
        return create ? unreachable(kMutator, "/vm-clone-mutate-create"_L1) : unreachable(kValidator, "/vm-clone-validate-create"_L1);
    if (create)
        mutate(obj);
    const QJsonObject spec = objectAt(obj, "spec"_L1);
    Causes c;
    validateFilters(c, spec.value("annotationFilters"_L1), u"spec.annotations"_s);
    validateFilters(c, spec.value("labelFilters"_L1), u"spec.labels"_s);
    validateFilters(c, objectAt(spec, "template"_L1).value("annotationFilters"_L1), u"spec.template.annotations"_s);
    validateFilters(c, objectAt(spec, "template"_L1).value("labelFilters"_L1), u"spec.template.labels"_s);
    validateSourceAndTarget(c, spec);
    validateMacsAndPatches(c, spec);
    if (c.list.isEmpty())
        return std::nullopt;
    // webhookutils.ToAdmissionResponse: the first ten causes; statuserror.go ToStatusErr.
    QStringList messages;
    QJsonArray shown;
    for (qsizetype i = 0; i < c.list.size() && i < 10; ++i) {
        messages << stringAt(c.list.at(i).toObject(), "message"_L1);
        shown.append(c.list.at(i));
    }
    QString message = messages.join(u", "_s);
    if (c.list.size() > 10)
        message += QStringLiteral(", and %1 more validation errors").arg(c.list.size() - 10);
    message = QStringLiteral("admission webhook \"%1\" denied the request: %2").arg(kValidator, message);
    return ApiServer::HookAnswer{422, statusObject(422, message, u"Invalid"_s, QJsonObject{{u"causes"_s, shown}})};
}

} // namespace drover::sim
