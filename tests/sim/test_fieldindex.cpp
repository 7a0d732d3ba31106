// The store's index of pods by spec.nodeName (FieldIndex.h), which the DaemonSet controller,
// kubectl drain and the scheduler's pending list read: whatever the index answers must be what a
// scan of every pod answers, through creates, a pod bound to a node, moves, deletes, a state
// file's restore, an index made after the pods, pages, and selectors it does not serve.
#include "ObjectStore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace drover;
using namespace drover::sim;
using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &PODS = ApiResource::pods();
const QStringList kNodes{u"hv-1"_s, u"hv-2"_s, u"hv-3"_s, QString()}; // empty: not scheduled
const QStringList kSpaces{u"prod"_s, u"lab"_s};

QJsonObject pod(const QString &ns, const QString &name, const QString &node, const QString &app)
{
    QJsonObject spec;
    if (!node.isEmpty())
        spec.insert("nodeName"_L1, node);
    QJsonObject meta{{"name"_L1, name}, {"namespace"_L1, ns}};
    if (!app.isEmpty()) // else no label at all
        meta.insert("labels"_L1, QJsonObject{{"app"_L1, app}});
    return QJsonObject{{"metadata"_L1, meta}, {"spec"_L1, spec}};
}

QStringList keys(const QList<QJsonObject> &objs)
{
    QStringList out;
    for (const QJsonObject &o : objs) {
        const QJsonObject m = o.value("metadata"_L1).toObject();
        out.append(m.value("namespace"_L1).toString() + u'/' + m.value("name"_L1).toString());
    }
    return out;
}

// A label alone, with a namespace or without.
QList<WatchFilter> labelFilters()
{
    QList<WatchFilter> out;
    for (const QString &app : {u"agent"_s, u"web"_s}) {
        WatchFilter f;
        f.labels.insert(u"app"_s, app);
        out.append(f);
        f.ns = u"lab"_s;
        out.append(f);
    }
    return out;
}

// The filters a controller or kubectl sends: a node alone, with a namespace, with a label.
QList<WatchFilter> filtersFor(const QString &node)
{
    QList<WatchFilter> out;
    for (const QString &ns : {QString(), u"prod"_s}) {
        for (const QString &app : {QString(), u"agent"_s}) {
            WatchFilter f;
            f.ns = ns;
            if (!app.isEmpty())
                f.labels.insert(u"app"_s, app);
            f.fields.append({u"spec.nodeName"_s, node, false});
            out.append(f);
        }
    }
    return out;
}

// What the filter selects, found without the index: every pod, tested one by one.
QStringList scanned(const ObjectStore &store, const WatchFilter &f)
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : store.list(PODS))
        if (f.matches(o))
            out.append(o);
    return keys(out);
}

// Every filter, listed whole and in pages of 2, equals the scan.
void checkAgrees(const ObjectStore &store, const char *when)
{
    QList<WatchFilter> filters = labelFilters();
    for (const QString &node : kNodes)
        filters += filtersFor(node);
    for (const WatchFilter &f : filters) {
        const QStringList want = scanned(store, f), listed = keys(store.list(PODS, f));
        const QString node = f.fields.isEmpty() ? u"(any)"_s : f.fields.first().value;
        QVERIFY2(listed == want, qPrintable(u"%1, node '%2', ns '%3': %4 against %5"_s.arg(QLatin1StringView(when), node, f.ns,
                                                                                           listed.join(u' '), want.join(u' '))));
        QStringList paged;
        QString after;
        for (int guard = 0; guard < 100; ++guard) {
            const ObjectStore::Page page = store.listPage(PODS, f, after, 2);
            for (const auto &item : page.items)
                paged.append(item.first);
            if (!page.more)
                break;
            after = page.items.last().first;
        }
        QCOMPARE(paged, want);
    }
}

} // namespace

class TestFieldIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAsAScanThroughEveryChange()
    {
        ObjectStore store;
        store.registerResource(PODS);
        store.addIndex(PODS, FieldIndex::Kind::Field, u"spec.nodeName"_s);
        store.addIndex(PODS, FieldIndex::Kind::Label, u"app"_s);
        QRandomGenerator rng(14);
        const QStringList apps{u"web"_s, u"agent"_s, QString()};
        for (int i = 0; i < 60; ++i)
            QVERIFY(store
                        .create(PODS, {},
                                pod(kSpaces[i % 2], u"p%1"_s.arg(i, 2, 10, QChar(u'0')), kNodes[rng.bounded(kNodes.size())],
                                    apps[i % 5 % 3]))
                        .ok());
        QVERIFY(!scanned(store, filtersFor(u"hv-1"_s).first()).isEmpty());
        QVERIFY(!scanned(store, filtersFor(QString()).first()).isEmpty());
        QVERIFY(!scanned(store, labelFilters().first()).isEmpty());
        checkAgrees(store, "after creates");

        for (int i = 0; i < 60; i += 3) { // bound, moved, or unbound
            const QString ns = kSpaces[i % 2], name = u"p%1"_s.arg(i, 2, 10, QChar(u'0'));
            const QString node = kNodes[rng.bounded(kNodes.size())];
            const QString app = apps[rng.bounded(apps.size())]; // relabelled too
            QVERIFY(store.mutate(PODS, ns, name, [&](QJsonObject &o) { o = pod(ns, name, node, app); }).ok());
        }
        checkAgrees(store, "after updates");

        for (int i = 1; i < 60; i += 4)
            QVERIFY(store.remove(PODS, kSpaces[i % 2], u"p%1"_s.arg(i, 2, 10, QChar(u'0'))).ok());
        checkAgrees(store, "after deletes");

        // A state file's journal puts objects back as they were, and drops deleted ones.
        QJsonObject back = pod(u"prod"_s, u"p02"_s, u"hv-3"_s, u"agent"_s);
        store.restore(ObjectStore::resKey(PODS), u"MODIFIED"_s, back);
        store.restore(ObjectStore::resKey(PODS), u"ADDED"_s, pod(u"lab"_s, u"restored"_s, u"hv-2"_s, u"agent"_s));
        store.restore(ObjectStore::resKey(PODS), u"DELETED"_s, pod(u"lab"_s, u"p03"_s, QString(), u"web"_s));
        checkAgrees(store, "after a restore");
        QVERIFY(keys(store.list(PODS, filtersFor(u"hv-3"_s).first())).contains(u"prod/p02"_s));
    }

    void anIndexMadeLaterCoversThePodsBeforeIt()
    {
        ObjectStore store;
        store.registerResource(PODS);
        for (int i = 0; i < 12; ++i)
            QVERIFY(store.create(PODS, {}, pod(u"prod"_s, u"p%1"_s.arg(i), kNodes[i % kNodes.size()], u"agent"_s)).ok());
        store.addIndex(PODS, FieldIndex::Kind::Field, u"spec.nodeName"_s);
        QCOMPARE(keys(store.list(PODS, filtersFor(u"hv-2"_s).first())), (QStringList{u"prod/p1"_s, u"prod/p5"_s, u"prod/p9"_s}));
        checkAgrees(store, "index made after the pods");
    }

    void selectorsTheIndexDoesNotServeStillWork()
    {
        ObjectStore store;
        store.registerResource(PODS);
        store.addIndex(PODS, FieldIndex::Kind::Field, u"spec.nodeName"_s);
        for (int i = 0; i < 8; ++i)
            QVERIFY(store.create(PODS, {}, pod(u"prod"_s, u"p%1"_s.arg(i), kNodes[i % kNodes.size()], u"web"_s)).ok());
        WatchFilter notOnHv1; // kubectl's --field-selector spec.nodeName!=hv-1
        notOnHv1.fields.append({u"spec.nodeName"_s, u"hv-1"_s, true});
        QCOMPARE(keys(store.list(PODS, notOnHv1)).size(), 6);
        QCOMPARE(keys(store.list(PODS, notOnHv1)), scanned(store, notOnHv1));
        WatchFilter phase; // another field: scanned as before
        phase.fields.append({u"status.phase"_s, QString(), false});
        QCOMPARE(keys(store.list(PODS, phase)).size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestFieldIndex)
#include "test_fieldindex.moc"
