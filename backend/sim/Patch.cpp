#include "Patch.h"

#include <QJsonArray>
#include <QStringList>

namespace drover::sim {

static QJsonValue mergeValue(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergeValue(result.value(it.key()), it.value()));
    }
    return result;
}

QJsonObject applyMergePatch(const QJsonObject &target, const QJsonObject &patch)
{
    return mergeValue(target, patch).toObject();
}

namespace {

// JSON pointer tokens (RFC 6901): "/a/b~1c" -> ["a", "b/c"].
Result<QStringList> parsePointer(const QString &ptr)
{
    if (ptr.isEmpty())
        return QStringList();
    if (!ptr.startsWith(QLatin1Char('/')))
        return Result<QStringList>::failure(QStringLiteral("'%1' is not a JSON pointer").arg(ptr));
    QStringList tokens = ptr.mid(1).split(QLatin1Char('/'));
    for (auto &t : tokens)
        t.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

enum class Op { Add, Remove, Replace, Get };

// Applies op at tokens[depth...] inside v. For Get, *out receives the value.
Result<QJsonValue> walk(const QJsonValue &v, const QStringList &tokens, int depth, Op op,
                        const QJsonValue &value, QJsonValue *out, bool lenientReplace = false)
{
    using R = Result<QJsonValue>;
    const QString &tok = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        if (last) {
            switch (op) {
            case Op::Add: o.insert(tok, value); return QJsonValue(o);
            case Op::Replace:
                if (!o.contains(tok) && !lenientReplace)
                    return R::failure(QStringLiteral("path not found"));
                o.insert(tok, value);
                return QJsonValue(o);
            case Op::Remove:
                if (!o.contains(tok))
                    return R::failure(QStringLiteral("path not found"));
                o.remove(tok);
                return QJsonValue(o);
            case Op::Get:
                if (!o.contains(tok))
                    return R::failure(QStringLiteral("path not found"));
                *out = o.value(tok);
                return v;
            }
        }
        if (!o.contains(tok))
            return R::failure(QStringLiteral("path not found"));
        auto child = walk(o.value(tok), tokens, depth + 1, op, value, out, lenientReplace);
        if (!child)
            return child;
        o.insert(tok, *child);
        return QJsonValue(o);
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        bool isNum = false;
        const int idx = tok == QLatin1String("-") ? int(a.size()) : tok.toInt(&isNum);
        if (tok != QLatin1String("-") && (!isNum || idx < 0))
            return R::failure(QStringLiteral("'%1' is not an array index").arg(tok));
        const bool inRange = idx < a.size();
        if (last) {
            switch (op) {
            case Op::Add:
                if (idx > a.size())
                    return R::failure(QStringLiteral("index %1 out of range").arg(idx));
                a.insert(idx, value);
                return QJsonValue(a);
            case Op::Replace:
            case Op::Remove:
            case Op::Get:
                if (!inRange)
                    return R::failure(QStringLiteral("index %1 out of range").arg(idx));
                if (op == Op::Replace)
                    a.replace(idx, value);
                else if (op == Op::Remove)
                    a.removeAt(idx);
                else
                    *out = a.at(idx);
                return QJsonValue(a);
            }
        }
        if (!inRange)
            return R::failure(QStringLiteral("index %1 out of range").arg(idx));
        auto child = walk(a.at(idx), tokens, depth + 1, op, value, out, lenientReplace);
        if (!child)
            return child;
        a.replace(idx, *child);
        return QJsonValue(a);
    }
    return R::failure(QStringLiteral("path not found"));
}

} // namespace

Result<QJsonObject> applyJsonPatch(const QJsonObject &target, const QJsonArray &ops, JsonPatchFlavour flavour)
{
    const bool lenient = flavour == JsonPatchFlavour::EvanphxV4;
    QJsonValue doc(target);
    for (int i = 0; i < ops.size(); ++i) {
        const QJsonObject o = ops.at(i).toObject();
        const QString name = o.value(QLatin1String("op")).toString();
        const QString path = o.value(QLatin1String("path")).toString();
        auto fail = [&](const QString &why) {
            return Result<QJsonObject>::failure(QStringLiteral("op %1 (%2 %3): %4").arg(i).arg(name, path, why));
        };
        auto tokens = parsePointer(path);
        if (!tokens)
            return fail(tokens.error().message);
        if (tokens->isEmpty())
            return fail(QStringLiteral("patching the whole object is not supported"));
        QJsonValue got;
        Result<QJsonValue> r = QJsonValue();
        if (name == QLatin1String("add")) {
            r = walk(doc, *tokens, 0, Op::Add, o.value(QLatin1String("value")), nullptr);
        } else if (name == QLatin1String("remove")) {
            r = walk(doc, *tokens, 0, Op::Remove, {}, nullptr);
        } else if (name == QLatin1String("replace")) {
            r = walk(doc, *tokens, 0, Op::Replace, o.value(QLatin1String("value")), nullptr, lenient);
        } else if (name == QLatin1String("test")) {
            r = walk(doc, *tokens, 0, Op::Get, {}, &got);
            if (r && got != o.value(QLatin1String("value")))
                return fail(QStringLiteral("test failed: the value differs"));
        } else if (name == QLatin1String("move") || name == QLatin1String("copy")) {
            auto from = parsePointer(o.value(QLatin1String("from")).toString());
            if (!from || from->isEmpty())
                return fail(QStringLiteral("bad 'from'"));
            r = walk(doc, *from, 0, Op::Get, {}, &got);
            if (r && name == QLatin1String("move"))
                r = walk(doc, *from, 0, Op::Remove, {}, nullptr);
            if (r)
                r = walk(*r, *tokens, 0, Op::Add, got, nullptr);
        } else {
            return fail(QStringLiteral("unknown operation"));
        }
        if (!r)
            return fail(r.error().message);
        if (name != QLatin1String("test"))
            doc = *r;
    }
    return doc.toObject();
}

} // namespace drover::sim
