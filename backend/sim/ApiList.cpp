// ApiServer: list with paging, watch streams, and the /drover-sim/v1/ admin endpoints.
#include "CrdTable.h"
#include "JsonOut.h"
#include "ApiServer.h"
#include "WatchStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace drover::sim {

// Splits "a in (x,y),b" at the commas outside parentheses.
static QStringList selectorTerms(const QString &sel)
{
    QStringList out;
    QString cur;
    int depth = 0;
    for (const QChar c : sel) {
        depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
        if (c == QLatin1Char(',') && depth == 0) {
            out.append(cur.trimmed());
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    if (!cur.trimmed().isEmpty())
        out.append(cur.trimmed());
    return out;
}

// One labelSelector term, as k8s.io/apimachinery/pkg/labels/selector.go parses them.
static bool parseLabelTerm(const QString &term, WatchFilter &f)
{
    using T = WatchFilter::LabelTerm;
    static const QRegularExpression set(QStringLiteral("^([^\\s!=]+)\\s+(in|notin)\\s*\\((.*)\\)$"));
    if (const auto m = set.match(term); m.hasMatch()) {
        QStringList values;
        for (const QString &v : m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(v.trimmed());
        f.labelTerms.append(T{m.captured(2) == QLatin1String("in") ? T::In : T::NotIn, m.captured(1), values});
        return true;
    }
    if (const qsizetype ne = term.indexOf(QLatin1String("!=")); ne > 0) {
        f.labelTerms.append(T{T::NotEquals, term.left(ne).trimmed(), {term.mid(ne + 2).trimmed()}});
        return true;
    }
    if (const qsizetype eq = term.indexOf(QLatin1Char('=')); eq > 0) {
        const QString value = term.mid(term.mid(eq, 2) == QLatin1String("==") ? eq + 2 : eq + 1).trimmed();
        f.labels.insert(term.left(eq).trimmed(), value);
        return true;
    }
    if (term.startsWith(QLatin1Char('!')) && term.size() > 1) {
        f.labelTerms.append(T{T::DoesNotExist, term.mid(1).trimmed(), {}});
        return true;
    }
    if (!term.isEmpty() && !term.contains(QLatin1Char(' '))) {
        f.labelTerms.append(T{T::Exists, term, {}});
        return true;
    }
    return false;
}

// The field labels the API server accepts: every resource has metadata.name and
// metadata.namespace; pods add those of pkg/registry/core/pod/strategy.go ToSelectableFields,
// core/v1 events those of pkg/registry/core/event/strategy.go ToSelectableFields.
static bool fieldSupported(const kube::ApiResource &r, const QString &label)
{
    static const QStringList podFields = {
        QStringLiteral("spec.nodeName"),       QStringLiteral("spec.restartPolicy"),
        QStringLiteral("spec.schedulerName"),  QStringLiteral("spec.serviceAccountName"),
        QStringLiteral("spec.hostNetwork"),    QStringLiteral("status.phase"),
        QStringLiteral("status.podIP"),        QStringLiteral("status.nominatedNodeName")};
    static const QStringList eventFields = {
        QStringLiteral("involvedObject.kind"),       QStringLiteral("involvedObject.namespace"),
        QStringLiteral("involvedObject.name"),       QStringLiteral("involvedObject.uid"),
        QStringLiteral("involvedObject.apiVersion"), QStringLiteral("involvedObject.resourceVersion"),
        QStringLiteral("involvedObject.fieldPath"),  QStringLiteral("reason"),
        QStringLiteral("reportingComponent"),        QStringLiteral("source"),
        QStringLiteral("type")};
    if (label == QLatin1String("metadata.name") || label == QLatin1String("metadata.namespace"))
        return true;
    if (!r.group.isEmpty())
        return false;
    return r.plural == QLatin1String("pods") ? podFields.contains(label)
                                              : r.plural == QLatin1String("events") && eventFields.contains(label);
}

// Where a supported field label is read in the stored JSON. An Event's "source" is
// source.component, or reportingComponent when that is empty (event/strategy.go).
static QString fieldPath(const kube::ApiResource &r, const QString &label)
{
    if (r.group.isEmpty() && r.plural == QLatin1String("events") && label == QLatin1String("source"))
        return QStringLiteral("source.component|reportingComponent");
    return label;
}

// labelSelector (equality, "!=", exists, "in"/"notin") and fieldSelector ("=", "==", "!=").
static Result<WatchFilter> parseFilter(const QUrlQuery &q, const QString &ns, const kube::ApiResource &r)
{
    WatchFilter f;
    f.ns = ns;
    const QString labels = q.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded);
    for (const QString &term : selectorTerms(labels))
        if (!parseLabelTerm(term, f))
            return Result<WatchFilter>::failure(QStringLiteral("unable to parse requirement: %1").arg(term));
    const QString fields = q.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded);
    for (const QString &term : fields.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype ne = term.indexOf(QLatin1String("!="));
        const qsizetype eq = term.indexOf(QLatin1Char('='));
        if (eq <= 0 && ne <= 0)
            return Result<WatchFilter>::failure(QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(fields, term));
        const QString key = (ne > 0 ? term.left(ne) : term.left(eq)).trimmed();
        const QString value = (ne > 0 ? term.mid(ne + 2) : term.mid(term.mid(eq, 2) == QLatin1String("==") ? eq + 2 : eq + 1)).trimmed();
        // The API server's error for an unknown label (pkg/registry/.../strategy.go, fields conversion).
        if (!fieldSupported(r, key))
            return Result<WatchFilter>::failure(QStringLiteral("field label not supported: %1").arg(key));
        if (ne <= 0 && key == QLatin1String("metadata.name"))
            f.name = value;
        else if (ne <= 0 && key == QLatin1String("metadata.namespace") && (f.ns.isEmpty() || f.ns == value))
            f.ns = value;
        else
            f.fields.append(WatchFilter::FieldTerm{fieldPath(r, key), value, ne > 0});
    }
    return f;
}

// kube-apiserver's answer (storage/etcd3/store.go, handleCompactedErrorForPaginatedList) to a
// continue token older than etcd's compaction.
void ApiServer::respondContinueExpired(const QHttpServerRequest &req, QTcpSocket *socket, const QByteArray &lastKey)
{
    const QString message = QStringLiteral(
        "The provided continue parameter is too old to display a consistent list result. You can start a new list "
        "without the continue parameter, or use the continue token in this response to retrieve the remainder of the "
        "results. Continuing with the provided token results in an inconsistent list - objects that were created, "
        "modified, or deleted between the time the first chunk was returned and now may show up in the list.");
    const QString next = QString::fromLatin1((QByteArray("-1\n") + lastKey).toBase64());
    respondJson(req, socket, 410,
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("continue"), next}}},
                            {QStringLiteral("status"), QStringLiteral("Failure")},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("reason"), QStringLiteral("Expired")},
                            {QStringLiteral("code"), 410}});
}

void ApiServer::handleList(const QHttpServerRequest &req, QTcpSocket *socket, const Target &t)
{
    const QUrlQuery q(req.url());
    auto filter = parseFilter(q, t.ns, t.res);
    if (!filter) {
        respondStatus(req, socket, 400, QStringLiteral("BadRequest"), filter.error().message);
        return;
    }
    const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
    QString after;
    qint64 listRv = m_store->currentRv();
    const QString cont = q.queryItemValue(QStringLiteral("continue"));
    if (!cont.isEmpty()) {
        // Our continue token: base64("rv\nlastKey"). Not a true snapshot (the items are today's),
        // but as kube-apiserver's: every page carries the first page's resourceVersion, a token
        // from before a compaction is 410 Expired (with a token to go on at the latest, rv -1).
        const QByteArray raw = QByteArray::fromBase64(cont.toLatin1());
        const qsizetype nl = raw.indexOf('\n');
        bool rvOk = false;
        const qint64 tokenRv = nl < 0 ? 0 : raw.left(nl).toLongLong(&rvOk);
        if (!rvOk) {
            respondStatus(req, socket, 400, QStringLiteral("BadRequest"), QStringLiteral("invalid continue token"));
            return;
        }
        after = QString::fromUtf8(raw.mid(nl + 1));
        if (tokenRv >= 0 && tokenRv < m_store->compactedRv()) {
            respondContinueExpired(req, socket, raw.mid(nl + 1));
            return;
        }
        if (tokenRv >= 0)
            listRv = tokenRv;
    }
    const ObjectStore::Page page = m_store->listPage(t.res, *filter, after, limit);
    QJsonObject listMeta{{QStringLiteral("resourceVersion"), QString::number(listRv)}};
    if (page.more)
        listMeta.insert(QStringLiteral("continue"),
                        QString::fromLatin1((QByteArray::number(listRv) + '\n' + page.items.last().first.toUtf8()).toBase64()));
    if (!acceptedTableVersion(req.value("Accept")).isEmpty()) {
        QJsonArray items;
        for (const auto &item : page.items)
            items.append(item.second);
        respondRead(req, socket, t.res,
                    QJsonObject{{QStringLiteral("kind"), t.res.kind + QStringLiteral("List")},
                                {QStringLiteral("apiVersion"), t.res.apiVersion()},
                                {QStringLiteral("metadata"), listMeta},
                                {QStringLiteral("items"), items}},
                    true);
        return;
    }
    // JSON: the kept text of each item (ServedBytes), in the order toCompactJson writes the keys.
    QByteArray body;
    body.reserve(4096);
    body += "{\"apiVersion\":";
    appendJson(body, QJsonValue(t.res.apiVersion()));
    body += ",\"items\":[";
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i > 0)
            body += ',';
        body += m_served.bytes(t.res, page.items[i].first, page.items[i].second);
    }
    body += "],\"kind\":";
    appendJson(body, QJsonValue(t.res.kind + QStringLiteral("List")));
    body += ",\"metadata\":";
    appendJson(body, listMeta);
    body += '}';
    respondJsonText(req, socket, 200, body);
}

// What a watch request asks for beyond its selectors.
struct WatchRequest
{
    ObjectStore::WatchStart start;
    bool initialEventsEnd = false; // a BOOKMARK annotated k8s.io/initial-events-end after them
    int invalidCode = 0;           // 400 or 422 when the options are refused
    QString invalid;
};

// resourceVersion, resourceVersionMatch and sendInitialEvents as kube-apiserver reads them.
// Validation: staging/src/k8s.io/apimachinery/pkg/apis/meta/internalversion/validation/
// validation.go validateWatchOptions. Semantics (KEP-3157 and cacher.go Watch): resourceVersion
// unset or "0" starts with an ADDED event per matching object, then live events; an exact one
// replays the events after it; sendInitialEvents=true (with resourceVersionMatch=NotOlderThan)
// sends the current state as ADDED events at any resourceVersion and, when bookmarks are
// allowed, ends them with an annotated BOOKMARK; sendInitialEvents=false never sends them.
// drover-sim reports v1.30, where the WatchList gate is alpha and off by default (a stock 1.30
// refuses sendInitialEvents); the simulator serves it as a 1.27+ server with the gate on does.
static WatchRequest parseWatchRequest(const QUrlQuery &q, bool bookmarks)
{
    WatchRequest w;
    const QString rv = q.queryItemValue(QStringLiteral("resourceVersion"));
    const QString match = q.queryItemValue(QStringLiteral("resourceVersionMatch"));
    const bool hasSie = q.hasQueryItem(QStringLiteral("sendInitialEvents"));
    const QString sieText = q.queryItemValue(QStringLiteral("sendInitialEvents"));
    // Go's strconv.ParseBool, which the query parameter codec uses.
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"),
                                    QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("F"),
                                   QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
    if (hasSie && !yes.contains(sieText) && !no.contains(sieText)) {
        w.invalidCode = 400;
        w.invalid = QStringLiteral("sendInitialEvents must be a boolean");
        return w;
    }
    const bool sie = hasSie && yes.contains(sieText);
    QStringList errs;
    if (hasSie && match != QLatin1String("NotOlderThan"))
        errs << QStringLiteral("resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan");
    if (!match.isEmpty()) {
        if (!hasSie)
            errs << QStringLiteral("resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided");
        if (match != QLatin1String("NotOlderThan"))
            errs << QStringLiteral("resourceVersionMatch: Unsupported value: \"%1\": supported values: \"NotOlderThan\"").arg(match);
    }
    if (!errs.isEmpty()) {
        // apierrors.NewInvalid: one error as it is, several as an aggregate "[a, b]".
        w.invalidCode = 422;
        w.invalid = QStringLiteral("ListOptions.meta.k8s.io \"\" is invalid: ") +
                    (errs.size() == 1 ? errs.first() : QLatin1Char('[') + errs.join(QStringLiteral(", ")) + QLatin1Char(']'));
        return w;
    }
    const bool legacy = rv.isEmpty() || rv == QLatin1String("0");
    w.start.fromRv = legacy ? 0 : rv.toLongLong();
    w.start.initialEvents = hasSie ? sie : legacy;
    // cacher.go: the bookmark after the initial events only for a watch that allows bookmarks.
    w.initialEventsEnd = sie && bookmarks;
    return w;
}

void ApiServer::handleWatch(const QHttpServerRequest &req, QTcpSocket *socket, const Target &t)
{
    const QUrlQuery q(req.url());
    auto filter = parseFilter(q, t.ns, t.res);
    if (!filter) {
        respondStatus(req, socket, 400, QStringLiteral("BadRequest"), filter.error().message);
        return;
    }
    const int timeout = q.queryItemValue(QStringLiteral("timeoutSeconds")).toInt();
    const bool bookmarks = q.queryItemValue(QStringLiteral("allowWatchBookmarks")) == QLatin1String("true");
    const WatchRequest wr = parseWatchRequest(q, bookmarks);
    if (wr.invalidCode) {
        respondStatus(req, socket, wr.invalidCode,
                      wr.invalidCode == 422 ? QStringLiteral("Invalid") : QStringLiteral("BadRequest"), wr.invalid);
        return;
    }
    const qint64 fromRv = wr.start.fromRv;
    // kube-apiserver's watch cache bookmarks a watch 2 s before its deadline: a short watch
    // (timeoutSeconds 5) gets one at 3 s, so the interval here is never longer than that.
    int bookmarkMs = bookmarks ? m_bookmarkMs : 0;
    if (bookmarks && timeout > 2)
        bookmarkMs = qMin(bookmarkMs, (timeout - 2) * 1000);
    auto *stream = new WatchStream(socket, timeout > 0 ? timeout : 1800, bookmarkMs, this);
    stream->begin();
    bool gone = false;
    const int id = m_store->addWatcher(t.res, *filter, wr.start,
                                       [stream](const QByteArray &line) { stream->send(line); }, &gone);
    if (gone) {
        // As kube-apiserver: a 200 stream whose first event is an ERROR with a 410 Status.
        QJsonObject ev{{QStringLiteral("type"), QStringLiteral("ERROR")},
                       {QStringLiteral("object"),
                        QJsonDocument::fromJson(
                            [&] {
                                QJsonObject s{{QStringLiteral("kind"), QStringLiteral("Status")},
                                              {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                              {QStringLiteral("status"), QStringLiteral("Failure")},
                                              {QStringLiteral("message"),
                                               QStringLiteral("too old resource version: %1 (%2)").arg(fromRv).arg(m_store->currentRv())},
                                              {QStringLiteral("reason"), QStringLiteral("Expired")},
                                              {QStringLiteral("code"), 410}};
                                return QJsonDocument(s).toJson();
                            }())
                            .object()}};
        stream->send(toCompactJson(ev) + '\n');
        stream->finish();
        return;
    }
    if (wr.initialEventsEnd)
        stream->send(m_store->bookmarkLine(t.res, true));
    m_watches.append(stream);
    const kube::ApiResource res = t.res;
    connect(stream, &WatchStream::bookmarkDue, this,
            [this, stream, res] { stream->send(m_store->bookmarkLine(res)); });
    connect(stream, &WatchStream::closed, this, [this, stream, id] {
        m_store->removeWatcher(id);
        m_watches.removeOne(stream);
    });
}

void ApiServer::handleAdmin(const QHttpServerRequest &req, QTcpSocket *socket, const QString &what)
{
    const SimAdmin::Reply r = m_admin.reply(req.method(), what, QUrlQuery(req.url()));
    if (r.json)
        respondJson(req, socket, r.code, *r.json);
    else
        respondStatus(req, socket, r.code, r.reason, r.message);
}

} // namespace drover::sim
